//! Shown when the council's configuration cannot be read: never a blank
//! page. The web team finds the list of problems in the console.

use leptos::prelude::*;

use crate::components::use_page_title;
use crate::l10n::use_i18n;

/// A polite page for the public when the wizard cannot start.
#[component]
pub fn ConfigErrorPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t("config-error-title"));
    view! {
        <h1 id="page-heading" class="redress-heading-l" tabindex="-1">
            {move || i18n.t("config-error-title")}
        </h1>
        <p class="redress-body">{move || i18n.t("config-error-body")}</p>
        <p class="redress-body">{move || i18n.t("config-error-emergency")}</p>
    }
}
