//! Past, or near, the time limit: why now? Never a dead end.

use leptos::prelude::*;
use redress_core::journey::{routing, Step};

use crate::config::CouncilConfig;

use crate::components::LongTextPage;
use crate::msg;
use crate::wizard::Wizard;

/// Explains that a late complaint may still be considered, and asks why it
/// is being made now.
#[component]
pub fn LateReasonPage() -> impl IntoView {
    let wizard = Wizard::get();
    let config = expect_context::<CouncilConfig>();
    // The page is only reached once routing has chosen the procedure.
    let months = wizard
        .answers
        .with_untracked(routing)
        .and_then(|routing| config.procedure(routing.role).time_limit)
        .map_or(12, |limit| limit.months);
    view! {
        <LongTextPage
            step=Step::LateReason
            id="late-reason"
            question=msg!("late-question")
            hint=msg!("late-hint")
            hint_args=vec![("months", i64::from(months).into())]
            current=wizard.answers.with_untracked(|a| a.late_reason.clone())
            required=msg!("late-error")
            too_long=msg!("late-too-long")
            apply=|answers, text| answers.late_reason = Some(text)
        />
    }
}
