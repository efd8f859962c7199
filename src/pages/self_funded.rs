//! Self-funded care: the provider first, then the nation's Ombudsman (or in
//! Scotland the Care Inspectorate); the regulator can be told. Carries on if the complaint is about the council's own part.

use leptos::prelude::*;
use redress_core::journey::{ProcedureRole, Step};

use crate::components::{AfterTheirAnswer, ChoicePage};
use crate::config::CouncilConfig;
use crate::l10n::use_i18n;
use crate::msg;
use crate::pages::yes_no;
use crate::wizard::Wizard;

/// Explains where self-funded care complaints go, then asks whether this
/// one is about something the council did.
#[component]
pub fn SelfFundedPage() -> impl IntoView {
    let wizard = Wizard::get();
    let i18n = use_i18n();
    // The bodies of the nation whose adult social care procedure applies.
    let nation = expect_context::<CouncilConfig>()
        .procedure(ProcedureRole::Adults)
        .nation;
    view! {
        <ChoicePage
            step=Step::SelfFunded
            heading=msg!("self-funded-heading")
            name="council-part"
            question=msg!("self-funded-question")
            hint=msg!("self-funded-hint")
            choices=yes_no()
            current=wizard.answers.with_untracked(|a| a.about_council_part)
            required=msg!("self-funded-error")
            apply=|answers, yes| answers.about_council_part = Some(yes)
        >
            <p class="redress-body">{i18n.text("self-funded-provider")}</p>
            <AfterTheirAnswer nation=nation/>
        </ChoicePage>
    }
}
