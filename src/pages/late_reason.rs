//! Past, or near, the time limit: why now? Never a dead end.

use leptos::prelude::*;
use redress_core::journey::Step;

use crate::components::LongTextPage;
use crate::msg;
use crate::wizard::Wizard;

/// Explains that a late complaint may still be considered, and asks why it
/// is being made now.
#[component]
pub fn LateReasonPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <LongTextPage
            step=Step::LateReason
            id="late-reason"
            question=msg!("late-question")
            hint=msg!("late-hint")
            current=wizard.answers.with_untracked(|a| a.late_reason.clone())
            required=msg!("late-error")
            too_long=msg!("late-too-long")
            apply=|answers, text| answers.late_reason = Some(text)
        />
    }
}
