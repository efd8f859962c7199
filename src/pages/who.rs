//! Who is the complaint for?

use leptos::prelude::*;
use redress_core::journey::{Step, Who};

use crate::components::{Choice, ChoicePage};
use crate::msg;
use crate::wizard::Wizard;

/// The choices, in order; also how Check your answers names the answer.
pub fn choices() -> Vec<Choice<Who>> {
    vec![
        Choice::new(Who::Myself, msg!("who-myself")),
        Choice::hinted(
            Who::SomeoneElse,
            msg!("who-someone-else"),
            msg!("who-someone-else-hint"),
        ),
        Choice::hinted(
            Who::Professional,
            msg!("who-professional"),
            msg!("who-professional-hint"),
        ),
    ]
}

/// Me, someone else, or as an advocate or professional.
#[component]
pub fn WhoPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <ChoicePage
            step=Step::Who
            name="who"
            question=msg!("who-question")
            choices=choices()
            current=wizard.answers.with_untracked(|a| a.who)
            required=msg!("who-error")
            apply=|answers, who| answers.who = Some(who)
        />
    }
}
