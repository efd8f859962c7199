//! A follow-up: where the earlier complaint stands.

use leptos::prelude::*;
use redress_core::journey::{EarlierStanding, Step};

use crate::components::{Choice, ChoicePage};
use crate::msg;
use crate::wizard::Wizard;

/// The choices, in order; also how Check your answers names the answer.
pub fn choices() -> Vec<Choice<EarlierStanding>> {
    vec![
        Choice::new(EarlierStanding::Waiting, msg!("standing-waiting")),
        Choice::new(EarlierStanding::Answered, msg!("standing-answered")),
        Choice::new(EarlierStanding::Extended, msg!("standing-extended")),
    ]
}

/// Waiting, answered, or the council needs longer.
#[component]
pub fn StandingPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <ChoicePage
            step=Step::Standing
            name="standing"
            question=msg!("standing-question")
            choices=choices()
            current=wizard.answers.with_untracked(|a| a.standing)
            required=msg!("standing-error")
            apply=|answers, standing| answers.standing = Some(standing)
        />
    }
}
