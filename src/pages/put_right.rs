//! What would put things right.

use leptos::prelude::*;
use redress_core::journey::Step;

use crate::components::LongTextPage;
use crate::msg;
use crate::wizard::Wizard;

/// The outcome the person hopes for.
#[component]
pub fn PutRightPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <LongTextPage
            step=Step::PutRight
            id="put-right"
            question=msg!("put-right-question")
            hint=msg!("put-right-hint")
            current=wizard.answers.with_untracked(|a| a.put_right.clone())
            required=msg!("put-right-error")
            too_long=msg!("put-right-too-long")
            apply=|answers, text| answers.put_right = Some(text)
        />
    }
}
