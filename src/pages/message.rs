//! A compliment's or comment's text.

use leptos::prelude::*;
use redress_core::journey::Step;

use crate::components::LongTextPage;
use crate::msg;
use crate::wizard::Wizard;

/// What the person would like to tell the council.
#[component]
pub fn MessagePage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <LongTextPage
            step=Step::Message
            id="message"
            question=msg!("message-question")
            hint=msg!("message-hint")
            current=wizard.answers.with_untracked(|a| a.message.clone())
            required=msg!("message-error")
            too_long=msg!("message-too-long")
            apply=|answers, text| answers.message = Some(text)
        />
    }
}
