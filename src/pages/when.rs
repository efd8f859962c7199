//! When it happened, and when the person found out: approximate dates
//! allowed, or "still happening".

use leptos::prelude::*;
use redress_core::journey::Step;
use redress_core::timeline::ApproximateDate;
use redress_core::validate::{approximate_date, DateProblem, FieldError};

use crate::components::{group_error, DateFields, DateInput, QuestionPage, HEADING_ID};
use crate::l10n::use_i18n;
use crate::msg;
use crate::wizard::Wizard;

/// The error for a date problem, pointing at the box to fix.
fn date_error(prefix: &'static str, problem: DateProblem) -> FieldError {
    let ids = match prefix {
        "happened" => ["happened-day", "happened-month", "happened-year"],
        _ => ["found-out-day", "found-out-month", "found-out-year"],
    };
    crate::components::date_error(ids, problem)
}

/// The first day a date could be, to compare two approximate dates.
fn first_day(date: ApproximateDate) -> Option<redress_core::date::Date> {
    match date {
        ApproximateDate::Exact(date) => Some(date),
        ApproximateDate::Month(month) => Some(month.first_day()),
        ApproximateDate::StillHappening => None,
    }
}

/// Asks when it happened and, optionally, when the person found out.
#[component]
pub fn WhenPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let (happened, found_out) = wizard.answers.with_untracked(|a| (a.happened, a.found_out));
    let happened_boxes = DateFields::holding(happened);
    let found_out_boxes = DateFields::holding(found_out);
    let still = RwSignal::new(happened == Some(ApproximateDate::StillHappening));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let today = wizard.rules().today;
    let read = move |fields: DateFields, prefix| {
        approximate_date(
            &fields.day.get_untracked(),
            &fields.month.get_untracked(),
            &fields.year.get_untracked(),
            today,
        )
        .map_err(|problem| date_error(prefix, problem))
    };
    let on_continue = Callback::new(move |()| {
        let mut problems = Vec::new();
        let happened = if still.get_untracked() {
            Some(ApproximateDate::StillHappening)
        } else {
            match read(happened_boxes, "happened") {
                Ok(Some(date)) => Some(date),
                Ok(None) => {
                    problems.push(FieldError::new("happened-day", msg!("when-error-missing")));
                    None
                }
                Err(error) => {
                    problems.push(error);
                    None
                }
            }
        };
        let found_out = match read(found_out_boxes, "found-out") {
            Ok(date) => date,
            Err(error) => {
                problems.push(error);
                None
            }
        };
        if let (Some(happened), Some(found)) =
            (happened.and_then(first_day), found_out.and_then(first_day))
        {
            if found < happened {
                problems.push(FieldError::new(
                    "found-out-day",
                    msg!("when-error-found-out-before"),
                ));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        wizard.answer(Step::When, |answers| {
            answers.happened = happened;
            answers.found_out = found_out;
        });
        Ok(())
    });
    view! {
        <QuestionPage title=msg!("when-heading") errors on_continue>
            <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">
                {i18n.text("when-heading")}
            </h1>
            <DateInput
                id="happened"
                legend=msg!("when-happened")
                hint=msg!("when-happened-hint")
                fields=happened_boxes
                error=group_error(errors, "happened")
            />
            <div class="redress-form-group">
                <div class="redress-checkboxes">
                    <div class="redress-checkboxes__item">
                        <input
                            class="redress-checkboxes__input"
                            id="still-happening"
                            type="checkbox"
                            prop:checked=move || still.get()
                            on:change=move |event| still.set(event_target_checked(&event))
                        />
                        <label class="redress-checkboxes__label" for="still-happening">
                            {i18n.text("when-still-happening")}
                        </label>
                    </div>
                </div>
            </div>
            <DateInput
                id="found-out"
                legend=msg!("when-found-out")
                hint=msg!("when-found-out-hint")
                fields=found_out_boxes
                error=group_error(errors, "found-out")
            />
        </QuestionPage>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_point_at_the_box_of_their_date() {
        assert_eq!(
            date_error("happened", DateProblem::MissingYear).field,
            "happened-year"
        );
        assert_eq!(
            date_error("found-out", DateProblem::MissingMonth).field,
            "found-out-month"
        );
    }
}
