//! Shown when the council's configuration cannot be read: never a blank
//! page. The web team finds the list of problems in the console.

use leptos::prelude::*;

use crate::components::{use_page_title, ContactDetails};
use crate::config::Contacts;
use crate::l10n::use_i18n;

/// A polite page for the public when the wizard cannot start, with the
/// council's other contact routes where they could be read.
#[component]
pub fn ConfigErrorPage(
    /// The contact routes read from the broken configuration.
    contacts: Contacts,
) -> impl IntoView {
    let i18n = use_i18n();
    let any = !contacts.is_empty();
    use_page_title(i18n.text("config-error-title"));
    view! {
        <h1 id="page-heading" class="redress-heading-l" tabindex="-1">
            {i18n.text("config-error-title")}
        </h1>
        <p class="redress-body">{i18n.text("config-error-body")}</p>
        {any
            .then(|| {
                view! {
                    <h2 class="redress-heading-m">{i18n.text("start-other-ways-heading")}</h2>
                    <ContactDetails contacts/>
                }
            })}
        <p class="redress-body">{i18n.text("config-error-emergency")}</p>
    }
}
