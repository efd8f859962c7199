//! What every page does on arrival: name itself in the browser tab and move
//! focus to its heading so screen readers announce the new page.

use leptos::prelude::*;

use crate::browser;
use crate::config::StartConfig;
use crate::l10n::use_i18n;

/// The id of each page's main heading, which takes focus on arrival.
pub const HEADING_ID: &str = "page-heading";

/// Keeps the tab title as "page – service – council" in the person's
/// language, and focuses the page heading once the page is on screen.
pub fn use_page_title(page: impl Fn() -> String + Send + Sync + 'static) {
    let i18n = use_i18n();
    let council = use_context::<StartConfig>().map(|c| c.council.name);
    Effect::new(move |_| {
        let title = i18n.t_with(
            "page-title",
            &[
                ("page", page().into()),
                ("service", i18n.t("service-name").into()),
                ("council", council.clone().unwrap_or_default().into()),
            ],
        );
        browser::set_title(&title);
    });
    Effect::new(move |_| browser::focus(HEADING_ID));
}
