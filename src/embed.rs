//! Where the wizard runs: a page of its own, an iframe in a council's page,
//! or mounted into an element of the council's page.
//!
//! Mounted, the wizard lives in a shadow root on that element (`mount.js`
//! attaches it, with the stylesheet), so the host's CSS cannot reach in and
//! the wizard's cannot leak out; `lang`, `dir` and the theme go on the
//! wizard's own container, never on the host's `<html>`. In an iframe, the
//! wizard tells the host page its height (`embed.js` resizes the frame).
//! Either way it tells the host when the step or language changes and when
//! something is sent: the reference only, never anything the person typed.

use std::cell::RefCell;

use crate::config::{Embedding, EventDetail};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How the wizard was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A page of its own.
    Page,
    /// Inside an iframe of another page.
    Frame,
    /// In a shadow root on an element of the host page.
    Mounted,
}

/// A mounted wizard's place in the host page.
struct Mount {
    host: web_sys::Element,
    shadow: web_sys::ShadowRoot,
    container: web_sys::HtmlElement,
    /// The wizard's own folder, which its files are fetched from.
    base: String,
}

thread_local! {
    static MOUNT: RefCell<Option<Mount>> = const { RefCell::new(None) };
    /// What the host page may be told, and where (see [`configure`]).
    static TOLD: RefCell<Option<Embedding>> = const { RefCell::new(None) };
    /// The language last told, so that a language is told once, not at
    /// every reload of its messages.
    static LAST_LANGUAGE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The attribute that marks the host page's element to mount into.
const MOUNT_ATTRIBUTE: &str = "data-redress-mount";

/// Finds the element to mount into, if the host page has one, and makes the
/// wizard's container in its shadow root. `None`: mount on the body.
pub fn prepare() -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    let host = document
        .query_selector(&format!("[{MOUNT_ATTRIBUTE}]"))
        .ok()??;
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()?,
    };
    let container: web_sys::HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    container.set_class_name("redress-mount redress-body-root");
    shadow.append_child(&container).ok()?;
    let base = host.get_attribute("data-redress-base").unwrap_or_default();
    MOUNT.with(|mount| {
        *mount.borrow_mut() = Some(Mount {
            host,
            shadow,
            container: container.clone(),
            base,
        })
    });
    Some(container)
}

/// How the wizard was opened.
pub fn mode() -> Mode {
    if MOUNT.with(|mount| mount.borrow().is_some()) {
        return Mode::Mounted;
    }
    // Rendered natively (the prerendered pages): a page of its own.
    if cfg!(not(target_arch = "wasm32")) {
        return Mode::Page;
    }
    let framed = web_sys::window()
        .and_then(|w| w.parent().ok().flatten().map(|parent| parent != w))
        .unwrap_or(false);
    if framed {
        Mode::Frame
    } else {
        Mode::Page
    }
}

/// The URL of one of the wizard's own files (`config.json`,
/// `locales/cy.ftl`, a relative submission endpoint): relative to the page,
/// or to the wizard's folder when it is mounted in another site's page.
pub fn asset(path: &str) -> String {
    if path.contains("://") || path.starts_with('/') {
        return path.to_owned();
    }
    let base = MOUNT.with(|mount| mount.borrow().as_ref().map(|m| m.base.clone()));
    match base {
        Some(base) if !base.is_empty() => format!("{}/{path}", base.trim_end_matches('/')),
        _ => path.to_owned(),
    }
}

/// The wizard's container in the host page, when mounted.
pub fn mounted_container() -> Option<web_sys::HtmlElement> {
    MOUNT.with(|mount| {
        mount
            .try_borrow()
            .ok()?
            .as_ref()
            .map(|m| m.container.clone())
    })
}

/// The element that carries `lang`, `dir` and the theme: the document's
/// root, or the wizard's container when mounted.
pub fn root() -> Option<web_sys::HtmlElement> {
    if let Some(container) = mounted_container() {
        return Some(container);
    }
    web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into()
        .ok()
}

/// The wizard's element with this id, in its shadow root when mounted.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    if let Some(shadow) = MOUNT.with(|mount| mount.borrow().as_ref().map(|m| m.shadow.clone())) {
        return shadow.get_element_by_id(id);
    }
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// A message for the host page: `{source: "redress", type, detail}`.
fn message(kind: &str, detail: JsValue) -> js_sys::Object {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"source".into(), &"redress".into());
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&message, &"detail".into(), &detail);
    message
}

/// Sets what the host page may be told, from the configuration. Until it
/// is called, nothing is told.
pub fn configure(embedding: &Embedding) {
    TOLD.with(|told| *told.borrow_mut() = Some(embedding.clone()));
    send_height();
}

/// Tells the host page something happened: `kind` is `started` or
/// `submitted` (with the reference), or, only when the configuration asks
/// for detailed events, `step` (a step name) or `language` (a tag). Framed,
/// a `postMessage` to the parent, addressed to each configured host origin
/// (never to any page: a page that is not the council's hears nothing);
/// mounted, a `postMessage` to the page and a `redress:{kind}` DOM event on
/// the mount element. Nothing on a page of its own.
pub fn tell_host(kind: &str, detail: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(embedding) = TOLD.with(|told| told.borrow().clone()) else {
        return;
    };
    let minimal = matches!(kind, "started" | "submitted");
    if !minimal && embedding.events != EventDetail::Detailed {
        return;
    }
    if kind == "language" && LAST_LANGUAGE.with(|last| last.replace(detail.to_owned())) == detail {
        return;
    }
    let message = message(kind, detail.into());
    match mode() {
        Mode::Page => {}
        Mode::Frame => {
            if let Ok(Some(parent)) = window.parent() {
                for origin in &embedding.host_origins {
                    let _ = parent.post_message(&message, origin);
                }
            }
        }
        Mode::Mounted => {
            let origin = window.location().origin().unwrap_or_else(|_| "*".into());
            let _ = window.post_message(&message, &origin);
            let init = web_sys::CustomEventInit::new();
            init.set_detail(&JsValue::from_str(detail));
            init.set_bubbles(true);
            if let Ok(event) =
                web_sys::CustomEvent::new_with_event_init_dict(&format!("redress:{kind}"), &init)
            {
                MOUNT.with(|mount| {
                    if let Some(mount) = mount.borrow().as_ref() {
                        let _ = mount.host.dispatch_event(&event);
                    }
                });
            }
        }
    }
}

/// In an iframe, tells the parent page the wizard's height whenever it
/// changes, so `embed.js` can size the frame to fit with no inner scrollbar.
pub fn report_height() {
    if mode() != Mode::Frame {
        return;
    }
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let callback = Closure::<dyn Fn()>::new(send_height);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// Tells the parent page the wizard's height now, if framed.
fn send_height() {
    if mode() != Mode::Frame {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    // A height can hint at the page shown: to the council's own sites when
    // they are configured; to any page otherwise, as without it no frame
    // could fit the wizard. Until the configuration is read, nothing is
    // sent; [`configure`] sends the height then (a prerendered page may
    // already be its full height, and not change size again).
    let Some(origins) = TOLD.with(|told| told.borrow().as_ref().map(|e| e.host_origins.clone()))
    else {
        return;
    };
    let height = body.get_bounding_client_rect().height().ceil();
    let message = message("resize", height.into());
    if origins.is_empty() {
        let _ = parent.post_message(&message, "*");
    }
    for origin in &origins {
        let _ = parent.post_message(&message, origin);
    }
}
