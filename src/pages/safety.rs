//! Is anyone in danger or at risk of harm?

use leptos::prelude::*;
use redress_core::journey::Step;

use crate::components::ChoicePage;
use crate::msg;
use crate::pages::yes_no;
use crate::wizard::Wizard;

/// Asked before anything else about a complaint, so help comes first.
#[component]
pub fn SafetyPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <ChoicePage
            step=Step::Safety
            name="at-risk"
            question=msg!("safety-question")
            hint=msg!("safety-hint")
            choices=yes_no()
            current=wizard.answers.with_untracked(|a| a.at_risk)
            required=msg!("safety-error")
            apply=|answers, at_risk| answers.at_risk = Some(at_risk)
        />
    }
}
