//! A follow-up: the new date the council gave for its answer.

use leptos::prelude::*;
use redress_core::date::Date;
use redress_core::follow_up::FollowUpError;
use redress_core::journey::{follow_up_now, Step};
use redress_core::timeline::ApproximateDate;
use redress_core::validate::{approximate_date, DateProblem, FieldError};

use crate::components::{date_error, group_error, DateFields, DateInput, QuestionPage};
use crate::msg;
use crate::wizard::Wizard;

/// The date's boxes.
const BOXES: [&str; 3] = ["extended-to-day", "extended-to-month", "extended-to-year"];

/// Reads the new date: a whole date (the day matters), past or future.
pub fn read(day: &str, month: &str, year: &str) -> Result<Date, FieldError> {
    let missing = FieldError::new(BOXES[0], msg!("extended-to-error"));
    match approximate_date(day, month, year, Date::new(9999, 12, 31).expect("a date")) {
        Ok(Some(ApproximateDate::Exact(date))) => Ok(date),
        Ok(_) => Err(missing),
        Err(DateProblem::NotReal) => Err(FieldError::new(BOXES[0], msg!("extended-to-error-real"))),
        Err(problem) => Err(date_error(BOXES, problem)),
    }
}

/// One whole date, after the stage was asked for.
#[component]
pub fn ExtendedToPage() -> impl IntoView {
    let wizard = Wizard::get();
    let current = wizard.answers.with_untracked(|a| a.extended_to);
    let boxes = DateFields::holding(current.map(ApproximateDate::Exact));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let rules = wizard.rules();
    let on_continue = Callback::new(move |()| {
        let date = read(
            &boxes.day.get_untracked(),
            &boxes.month.get_untracked(),
            &boxes.year.get_untracked(),
        )
        .map_err(|error| vec![error])?;
        let mut trial = wizard.answers.get_untracked();
        trial.extended_to = Some(date);
        if let Some(Err(FollowUpError::ExtendedBefore { .. })) = follow_up_now(&trial, &rules) {
            return Err(vec![FieldError::new(
                BOXES[0],
                msg!("extended-to-error-before"),
            )]);
        }
        wizard.answer(Step::ExtendedTo, |answers| answers.extended_to = Some(date));
        Ok(())
    });
    view! {
        <QuestionPage title=msg!("extended-to-question") errors on_continue>
            <DateInput
                id="extended-to"
                legend=msg!("extended-to-question")
                hint=msg!("extended-to-hint")
                fields=boxes
                heading=true
                error=group_error(errors, "extended-to")
            />
        </QuestionPage>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_new_date_needs_its_day_and_may_be_in_the_future() {
        assert_eq!(read("29", "1", "2027"), Ok("2027-01-29".parse().unwrap()));
        assert_eq!(
            read("", "1", "2027").unwrap_err().message,
            "extended-to-error"
        );
        assert_eq!(read("", "", "").unwrap_err().message, "extended-to-error");
        assert_eq!(
            read("31", "2", "2027").unwrap_err().message,
            "extended-to-error-real"
        );
        let year = read("29", "1", "27").unwrap_err();
        assert_eq!(
            (year.field, year.message),
            ("extended-to-year", "date-error-year")
        );
    }
}
