//! Have you talked to the service already?

use leptos::prelude::*;
use redress_core::journey::Step;

use crate::components::ChoicePage;
use crate::msg;
use crate::pages::yes_no;
use crate::wizard::Wizard;

/// Talking first is encouraged on the next page, never required.
#[component]
pub fn TalkedToServicePage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <ChoicePage
            step=Step::TalkedToService
            name="talked"
            question=msg!("talked-question")
            hint=msg!("talked-hint")
            choices=yes_no()
            current=wizard.answers.with_untracked(|a| a.talked_to_service)
            required=msg!("talked-error")
            apply=|answers, talked| answers.talked_to_service = Some(talked)
        />
    }
}
