//! Interruption: permission from the person complained for is not yet given.

use leptos::prelude::*;
use redress_core::journey::Step;

use crate::components::InterruptionPage;
use crate::l10n::use_i18n;
use crate::msg;

/// Permission will be needed, and the outcome may not be shared with you.
#[component]
pub fn ConsentAdvicePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <InterruptionPage
            step=Step::ConsentAdvice
            heading=msg!("consent-advice-heading")
            button=msg!("consent-advice-continue")
        >
            <p class="redress-body">{i18n.text("consent-advice-permission")}</p>
            <p class="redress-body">{i18n.text("consent-advice-outcome")}</p>
            <p class="redress-body">{i18n.text("consent-advice-carry-on")}</p>
        </InterruptionPage>
    }
}
