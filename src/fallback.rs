//! If the wizard ever fails, the page must not go blank. A plain page, in
//! the person's language, replaces the wizard: it says their answers are
//! not lost, offers them to copy or download, and gives the council's other
//! contact routes.
//!
//! The release build stops at a panic at once (`-Cpanic=immediate-abort`,
//! which keeps the panic machinery out of the download), so no panic hook
//! runs. Instead the start script (and `mount.js`) call [`show_fallback`]
//! when the wasm traps: after a panic, and also after what no hook would
//! ever see, such as running out of memory. Nothing reactive can run then,
//! so the page is built with plain DOM calls from text prepared beforehand:
//! the app keeps [`FallbackText`] up to date as the language and the
//! answers change.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;

use crate::components::opening_hours;
use crate::config::{Contacts, OpeningHours, PhoneLine, Safety};
use crate::embed;
use crate::l10n::I18n;

/// Everything the fallback page shows, already in the person's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FallbackText {
    /// The language tag, for `lang`.
    pub lang: String,
    /// Whether the language is written right to left.
    pub right_to_left: bool,
    /// The heading.
    pub title: String,
    /// What happened and what to do.
    pub body: String,
    /// The heading over the answers.
    pub answers_label: String,
    /// The answers so far, as plain text.
    pub answers: String,
    /// The download link's text.
    pub download: String,
    /// The heading over the contact routes.
    pub contacts_label: String,
    /// The council's other contact routes, one per line.
    pub contacts: Vec<String>,
    /// The heading over who to call if someone is at risk.
    pub risk_label: String,
    /// Who to call if someone is at risk, one per line.
    pub risk: Vec<String>,
}

thread_local! {
    static TEXT: RefCell<FallbackText> = RefCell::new(FallbackText::default());
    /// Whether the fallback page is already up (a failure can trap twice).
    static SHOWN: Cell<bool> = const { Cell::new(false) };
}

/// Changes the text the fallback page would show.
pub fn prepare(change: impl FnOnce(&mut FallbackText)) {
    TEXT.with(|current| {
        if let Ok(mut current) = current.try_borrow_mut() {
            change(&mut current);
        }
    });
}

/// A line of text such as "Phone: 0113 496 0000".
fn line(i18n: I18n, label: &str, value: &str) -> String {
    format!("{}: {value}", i18n.t(label))
}

/// A line followed by opening hours: "… (Monday – Friday, 9:00 to 17:00)".
fn with_hours(i18n: I18n, text: String, hours: &[OpeningHours]) -> String {
    format!("{text} ({})", opening_hours(i18n, hours).join("; "))
}

fn phone(i18n: I18n, label: &str, phone: &PhoneLine) -> String {
    with_hours(i18n, line(i18n, label, &phone.number), &phone.hours)
}

/// The council's other contact routes as lines of text, with the same
/// opening hours as the start page and the page of other ways to complain
/// show, for a page that must be built without Leptos.
pub fn contact_lines(i18n: I18n, contacts: &Contacts) -> Vec<String> {
    let line = |label: &str, value: String| line(i18n, label, &value);
    let mut lines = Vec::new();
    if let Some(number) = &contacts.phone {
        lines.push(phone(i18n, "contact-phone", number));
    }
    if let Some(email) = &contacts.email {
        lines.push(line("contact-email", email.clone()));
    }
    let lang = i18n.lang_untracked();
    let post = contacts.post.lines_in(&lang);
    if !post.is_empty() {
        lines.push(line("contact-post", post.join(", ")));
    }
    if let Some(office) = &contacts.in_person {
        let address = line(
            "contact-in-person",
            office.address.lines_in(&lang).join(", "),
        );
        lines.push(if office.hours.is_empty() {
            address
        } else {
            with_hours(i18n, address, &office.hours)
        });
    }
    lines
}

/// Who to call if someone is at risk, as lines of text: the emergency
/// number, then the safeguarding lines with their hours.
pub fn risk_lines(i18n: I18n, safety: &Safety) -> Vec<String> {
    vec![
        i18n.t_with(
            "start-risk-emergency",
            &[("number", safety.emergency_number.clone().into())],
        ),
        phone(i18n, "start-risk-adults", &safety.adults),
        phone(i18n, "start-risk-children", &safety.children),
        phone(i18n, "start-risk-out-of-hours", &safety.out_of_hours),
    ]
}

/// Panics on purpose, so that a web team (or a test) can see what people
/// would see if the wizard ever failed. Call it from the browser console
/// through the wizard's JavaScript module, outside any `try`, such as
/// `setTimeout(simulate_crash)`: the fallback follows the uncaught trap.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn simulate_crash() {
    panic!("simulate_crash: a deliberate panic, to show the fallback page");
}

/// Builds the fallback page where the wizard was, once; called by the
/// start script when the wasm traps.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn show_fallback() {
    // Before the wasm took over a prerendered page, that page still works
    // (the start script lets its links lead on).
    if !crate::takeover::is_live() {
        return;
    }
    if SHOWN.with(|shown| shown.replace(true)) {
        return;
    }
    let Some(text) = TEXT.with(|t| t.try_borrow().ok().map(|t| t.clone())) else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = embed::mounted_container().or_else(|| document.body()) else {
        return;
    };
    let element = |tag: &str, class: &str, content: &str| {
        let element = document.create_element(tag).ok()?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        if !content.is_empty() {
            element.set_text_content(Some(content));
        }
        Some(element)
    };
    let Some(main) = element(
        if embed::mode() == embed::Mode::Mounted {
            "section"
        } else {
            "main"
        },
        "redress-main",
        "",
    ) else {
        return;
    };
    let _ = main.set_attribute("lang", &text.lang);
    let _ = main.set_attribute("dir", if text.right_to_left { "rtl" } else { "ltr" });
    let _ = main.set_attribute("aria-label", &text.title);
    let mut parts = Vec::new();
    let heading = element("h1", "redress-heading-l", &text.title);
    if let Some(heading) = &heading {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.set_attribute("id", "redress-fallback-heading");
    }
    parts.push(heading);
    parts.push(element("p", "redress-body", &text.body));
    if !text.answers.trim().is_empty() {
        parts.push(element("h2", "redress-heading-m", &text.answers_label));
        let copy = element("textarea", "redress-textarea", &text.answers);
        if let Some(copy) = &copy {
            let _ = copy.set_attribute("id", "redress-fallback-answers");
            let _ = copy.set_attribute("readonly", "");
            let _ = copy.set_attribute("rows", "10");
            let _ = copy.set_attribute("aria-label", &text.answers_label);
        }
        parts.push(copy);
        let link = element("a", "redress-link", &text.download);
        if let Some(link) = &link {
            let href = format!(
                "data:text/plain;charset=utf-8,{}",
                String::from(js_sys::encode_uri_component(&text.answers))
            );
            let _ = link.set_attribute("href", &href);
            let _ = link.set_attribute("download", "redress-answers.txt");
        }
        let paragraph = element("p", "redress-body", "");
        if let (Some(paragraph), Some(link)) = (&paragraph, &link) {
            let _ = paragraph.append_child(link);
        }
        parts.push(paragraph);
    }
    for (label, lines) in [
        (&text.contacts_label, &text.contacts),
        (&text.risk_label, &text.risk),
    ] {
        if lines.is_empty() {
            continue;
        }
        parts.push(element("h2", "redress-heading-m", label));
        let list = element("ul", "redress-list", "");
        if let Some(list) = &list {
            for line in lines {
                if let Some(item) = element("li", "", line) {
                    let _ = list.append_child(&item);
                }
            }
        }
        parts.push(list);
    }
    for part in parts.into_iter().flatten() {
        let _ = main.append_child(&part);
    }
    root.set_text_content(None);
    let _ = root.append_child(&main);
    if embed::mode() != embed::Mode::Mounted {
        document.set_title(&text.title);
    }
    if let Some(heading) = embed::element_by_id("redress-fallback-heading")
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}
