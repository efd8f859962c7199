//! GOV.UK date input: day, month and year boxes in a fieldset, where the
//! day may be left out for an approximate date.

use leptos::prelude::*;
use redress_core::timeline::ApproximateDate;
use redress_core::validate::{DatePart, DateProblem, FieldError};

use crate::components::error_summary::{described_by, ErrorMessage};
use crate::components::Legend;
use crate::l10n::use_i18n;

/// What is typed in the three boxes.
#[derive(Clone, Copy)]
pub struct DateFields {
    /// The day box.
    pub day: RwSignal<String>,
    /// The month box.
    pub month: RwSignal<String>,
    /// The year box.
    pub year: RwSignal<String>,
}

impl DateFields {
    /// Boxes holding `(day, month, year)`.
    pub fn new((day, month, year): (String, String, String)) -> Self {
        DateFields {
            day: RwSignal::new(day),
            month: RwSignal::new(month),
            year: RwSignal::new(year),
        }
    }

    /// Boxes holding a date already given (empty for none).
    pub fn holding(date: Option<ApproximateDate>) -> Self {
        DateFields::new(boxes(date))
    }
}

/// The boxes' contents for a date already given.
pub fn boxes(date: Option<ApproximateDate>) -> (String, String, String) {
    match date {
        Some(ApproximateDate::Exact(date)) => (
            date.day().to_string(),
            date.month().to_string(),
            date.year().to_string(),
        ),
        Some(ApproximateDate::Month(month)) => (
            String::new(),
            month.month().to_string(),
            month.year().to_string(),
        ),
        _ => Default::default(),
    }
}

/// The error for a date problem, pointing at the box to fix: `ids` are the
/// day, month and year boxes' ids.
pub fn date_error(ids: [&'static str; 3], problem: DateProblem) -> FieldError {
    let [day, month, year] = ids;
    let field = match problem.part() {
        DatePart::Day => day,
        DatePart::Month => month,
        DatePart::Year => year,
    };
    let message = match problem {
        DateProblem::MissingMonth => crate::msg!("date-error-month"),
        DateProblem::MissingYear => crate::msg!("date-error-year"),
        DateProblem::NotReal => crate::msg!("date-error-real"),
        DateProblem::InFuture => crate::msg!("date-error-future"),
    };
    FieldError::new(field, message)
}

/// Day, month and year boxes with ids `{id}-day`, `{id}-month`, `{id}-year`.
#[component]
pub fn DateInput(
    /// The date's id prefix; errors point at `{id}-day` and so on.
    id: &'static str,
    /// The legend's message id.
    legend: &'static str,
    /// The hint's message id.
    hint: &'static str,
    /// The boxes.
    fields: DateFields,
    /// The date's error, if any (its `field` names the box to fix).
    error: Signal<Option<FieldError>>,
    /// Whether the legend is the page's h1 (a page asking only this date).
    #[prop(optional)]
    heading: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let described = described_by(id, true, error);
    let part =
        move |suffix: &'static str, label: &'static str, value: RwSignal<String>, wide: bool| {
            let input_id = format!("{id}-{suffix}");
            let wrong = {
                let input_id = input_id.clone();
                move || error.with(|e| e.is_some_and(|e| e.field == input_id))
            };
            view! {
                <div class="redress-date-input__item">
                    <label class="redress-label redress-date-input__label" for=input_id.clone()>
                        {i18n.text(label)}
                    </label>
                    <input
                        class="redress-input redress-date-input__input"
                        class:redress-input--width-4=wide
                        class:redress-input--width-2=!wide
                        class:redress-input--error=wrong.clone()
                        id=input_id
                        type="text"
                        inputmode="numeric"
                        spellcheck="false"
                        aria-invalid=move || wrong().then_some("true")
                        prop:value=move || value.get()
                        on:input=move |event| value.set(event_target_value(&event))
                    />
                </div>
            }
        };
    view! {
        <div class="redress-form-group" class:redress-form-group--error=move || error.with(Option::is_some)>
            <fieldset class="redress-fieldset" role="group" aria-describedby=described>
                <Legend text=legend heading/>
                <div id=format!("{id}-hint") class="redress-hint">{i18n.text(hint)}</div>
                <ErrorMessage error field=id/>
                <div class="redress-date-input">
                    {part("day", crate::msg!("date-day"), fields.day, false)}
                    {part("month", crate::msg!("date-month"), fields.month, false)}
                    {part("year", crate::msg!("date-year"), fields.year, true)}
                </div>
            </fieldset>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_date_refills_the_boxes_it_came_from() {
        assert_eq!(
            boxes(Some("2026-03-05".parse().unwrap())),
            ("5".into(), "3".into(), "2026".into())
        );
        assert_eq!(
            boxes(Some("2026-03".parse().unwrap())),
            (String::new(), "3".into(), "2026".into())
        );
        assert_eq!(boxes(None), Default::default());
    }

    #[test]
    fn errors_point_at_the_box_to_fix() {
        let ids = ["a-day", "a-month", "a-year"];
        assert_eq!(date_error(ids, DateProblem::MissingYear).field, "a-year");
        assert_eq!(date_error(ids, DateProblem::MissingMonth).field, "a-month");
        let future = date_error(ids, DateProblem::InFuture);
        assert_eq!(
            (future.field, future.message),
            ("a-day", "date-error-future")
        );
        assert_eq!(
            date_error(ids, DateProblem::NotReal).message,
            "date-error-real"
        );
    }
}
