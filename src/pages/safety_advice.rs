//! Interruption: someone is at risk. Who to call now, then carry on.

use leptos::prelude::*;
use redress_core::journey::Step;

use crate::components::{InterruptionPage, SafeguardingContacts};
use crate::config::CouncilConfig;
use crate::l10n::use_i18n;
use crate::msg;

/// 999 for immediate danger, and the council's safeguarding contacts.
#[component]
pub fn SafetyAdvicePage() -> impl IntoView {
    let i18n = use_i18n();
    let safety = expect_context::<CouncilConfig>().safety;
    let emergency = safety.emergency_number.clone();
    view! {
        <InterruptionPage
            step=Step::SafetyAdvice
            heading=msg!("safety-advice-heading")
            button=msg!("safety-advice-continue")
        >
            <p class="redress-body redress-body--lead">
                <strong>
                    {move || {
                        i18n.t_with("safety-advice-emergency", &[("number", emergency.clone().into())])
                    }}
                </strong>
            </p>
            <p class="redress-body">{i18n.text("safety-advice-safeguarding")}</p>
            <SafeguardingContacts safety=safety/>
            <p class="redress-body">{i18n.text("safety-advice-carry-on")}</p>
            <p class="redress-body">{i18n.text("safety-advice-history")}</p>
        </InterruptionPage>
    }
}
