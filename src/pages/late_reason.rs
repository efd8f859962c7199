//! Past, or near, the time limit: why now? Never a dead end.

use leptos::prelude::*;
use redress_core::journey::{routing, Step};
use redress_core::procedure::CountsFrom;

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
    let limit = wizard
        .answers
        .with_untracked(routing)
        .and_then(|routing| config.procedure(routing.role).time_limit);
    let months = limit.map_or(12, |limit| limit.months);
    // Where the limit counts from when it happened only (the children's
    // procedure), finding out later does not move it: the hint must not say so.
    let hint = match limit.map(|limit| limit.counts_from) {
        Some(CountsFrom::Happened) => msg!("late-hint-happened"),
        _ => msg!("late-hint"),
    };
    view! {
        <LongTextPage
            step=Step::LateReason
            id="late-reason"
            question=msg!("late-question")
            hint
            hint_args=vec![("months", i64::from(months).into())]
            current=wizard.answers.with_untracked(|a| a.late_reason.clone())
            required=msg!("late-error")
            too_long=msg!("late-too-long")
            apply=|answers, text| answers.late_reason = Some(text)
        />
    }
}
