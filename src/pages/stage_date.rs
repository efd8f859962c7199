//! A follow-up: when the stage's answer came or, while waiting, when the
//! stage was asked for.

use leptos::prelude::*;
use redress_core::follow_up::FollowUpError;
use redress_core::journey::{follow_up_now, EarlierStanding, Step};
use redress_core::validate::{approximate_date, FieldError};

use crate::components::{date_error, group_error, DateFields, DateInput, QuestionPage};
use crate::msg;
use crate::wizard::Wizard;

/// The date's boxes.
const BOXES: [&str; 3] = ["stage-date-day", "stage-date-month", "stage-date-year"];

/// The question: when the answer came, or when the stage was asked for.
pub fn question(standing: Option<EarlierStanding>) -> &'static str {
    match standing {
        Some(EarlierStanding::Answered) => msg!("stage-date-answered"),
        _ => msg!("stage-date-asked"),
    }
}

/// One date, a day or a month, not before the complaint.
#[component]
pub fn StageDatePage() -> impl IntoView {
    let wizard = Wizard::get();
    let (standing, current) = wizard
        .answers
        .with_untracked(|a| (a.standing, a.stage_date));
    let question = question(standing);
    let boxes = DateFields::holding(current);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let rules = wizard.rules();
    let on_continue = Callback::new(move |()| {
        let date = approximate_date(
            &boxes.day.get_untracked(),
            &boxes.month.get_untracked(),
            &boxes.year.get_untracked(),
            rules.today,
        )
        .map_err(|problem| date_error(BOXES, problem))
        .and_then(|date| date.ok_or(FieldError::new(BOXES[0], msg!("stage-date-error"))))
        .map_err(|error| vec![error])?;
        // The dates must fit together as the procedure counts them.
        let mut trial = wizard.answers.get_untracked();
        trial.stage_date = Some(date);
        if let Some(Err(FollowUpError::ComplainedAfter { .. })) = follow_up_now(&trial, &rules) {
            return Err(vec![FieldError::new(
                BOXES[0],
                msg!("stage-date-error-before"),
            )]);
        }
        wizard.answer(Step::StageDate, |answers| answers.stage_date = Some(date));
        Ok(())
    });
    view! {
        <QuestionPage title=question errors on_continue>
            <DateInput
                id="stage-date"
                legend=question
                hint=msg!("stage-date-hint")
                fields=boxes
                heading=true
                error=group_error(errors, "stage-date")
            />
        </QuestionPage>
    }
}
