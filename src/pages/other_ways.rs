//! The page Start leads to when the wizard cannot run (no JavaScript, or a
//! browser that cannot run it): says so plainly, and gives every other way
//! to complain and who to call if someone is at risk. Prerendered for each
//! language (see `crate::prerender`); the wasm never draws it.

use leptos::prelude::*;

use crate::components::{ContactDetails, RiskContacts};
use crate::config::StartConfig;
use crate::l10n::use_i18n;
use crate::language::Languages;

/// Other ways to complain, for someone the wizard cannot serve.
#[component]
pub fn OtherWaysPage() -> impl IntoView {
    let i18n = use_i18n();
    let config = expect_context::<StartConfig>();
    let languages = Languages::get();
    let start = languages.href(&i18n.lang_untracked());
    view! {
        <h1 id="page-heading" class="redress-heading-l" tabindex="-1">
            {i18n.text("other-ways-heading")}
        </h1>
        <p class="redress-body">{i18n.text("other-ways-why")}</p>
        <p class="redress-body">{i18n.text("other-ways-instead")}</p>
        <section class="redress-section" aria-labelledby="other-ways-contacts-heading">
            <h2 id="other-ways-contacts-heading" class="redress-heading-m">
                {i18n.text("start-other-ways-heading")}
            </h2>
            <ContactDetails contacts=config.contacts.clone()/>
        </section>
        <section class="redress-section" aria-labelledby="other-ways-risk-heading">
            <h2 id="other-ways-risk-heading" class="redress-heading-m">
                {i18n.text("start-risk-heading")}
            </h2>
            <RiskContacts safety=config.safety.clone()/>
        </section>
        <p class="redress-body">
            <a class="redress-link" href=start>{i18n.text("other-ways-back")}</a>
        </p>
    }
}
