//! What would you like to do: complaint, compliment, comment, or follow up
//! a complaint already made.

use leptos::prelude::*;
use redress_core::journey::{ContactKind, Step};

use crate::components::{Choice, ChoicePage};
use crate::msg;
use crate::wizard::Wizard;

/// The choices, in order; also how Check your answers names the answer.
pub fn choices() -> Vec<Choice<ContactKind>> {
    vec![
        Choice::hinted(
            ContactKind::Complaint,
            msg!("kind-complaint"),
            msg!("kind-complaint-hint"),
        ),
        Choice::hinted(
            ContactKind::Compliment,
            msg!("kind-compliment"),
            msg!("kind-compliment-hint"),
        ),
        Choice::hinted(
            ContactKind::Comment,
            msg!("kind-comment"),
            msg!("kind-comment-hint"),
        ),
        Choice::hinted(
            ContactKind::FollowUp,
            msg!("kind-follow-up"),
            msg!("kind-follow-up-hint"),
        ),
    ]
}

/// The first question.
#[component]
pub fn KindPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <ChoicePage
            step=Step::Kind
            name="kind"
            question=msg!("kind-question")
            choices=choices()
            current=wizard.answers.with_untracked(|a| a.kind)
            required=msg!("kind-error")
            apply=|answers, kind| answers.kind = Some(kind)
        />
    }
}
