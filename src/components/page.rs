//! What every page does on arrival: name itself in the browser tab and move
//! focus to its heading so screen readers announce the new page.

use leptos::prelude::*;

use crate::browser;
use crate::l10n::use_i18n;

/// The id of each page's main heading, which takes focus on arrival.
pub const HEADING_ID: &str = "page-heading";

/// Keeps the tab title as "page – service – council" in the person's
/// language, and focuses the page heading once the page is on screen.
pub fn use_page_title(page: impl Fn() -> String + Send + Sync + 'static) {
    use_title(move || Some(page()));
}

/// The start page's title: "service – council", as GOV.UK names a
/// service's start page by the service alone.
pub fn use_start_title() {
    use_title(|| None);
}

fn use_title(page: impl Fn() -> Option<String> + Send + Sync + 'static) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let service = i18n.t("service-name");
        let title = match page() {
            Some(page) => i18n.t_with(
                "page-title",
                &[("page", page.into()), ("service", service.into())],
            ),
            None => i18n.t_with("page-title-start", &[("service", service.into())]),
        };
        crate::takeover::set_title(title);
    });
    // Not over a prerendered page being taken over, where the person may
    // already have moved focus (see `crate::takeover`).
    Effect::new(move |_| {
        if crate::takeover::is_live() {
            browser::focus(HEADING_ID);
        }
    });
}
