//! Asking for the next stage: what the person is still unhappy about.

use leptos::prelude::*;
use redress_core::journey::Step;

use crate::components::LongTextPage;
use crate::msg;
use crate::wizard::Wizard;

/// What in the council's answer the person disagrees with, in their words.
#[component]
pub fn UnresolvedPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <LongTextPage
            step=Step::Unresolved
            id="unresolved"
            question=msg!("unresolved-question")
            hint=msg!("unresolved-hint")
            current=wizard.answers.with_untracked(|a| a.unresolved.clone())
            required=msg!("unresolved-error")
            too_long=msg!("unresolved-too-long")
            apply=|answers, text| answers.unresolved = Some(text)
        />
    }
}
