//! A follow-up: the earlier complaint's reference, if the person has it,
//! and when they complained.

use leptos::prelude::*;
use redress_core::journey::Step;
use redress_core::validate::{approximate_date, reference as reference_text, FieldError};

use crate::components::{
    date_error, field_error, group_error, DateFields, DateInput, QuestionPage, TextInput,
    HEADING_ID,
};
use crate::l10n::use_i18n;
use crate::msg;
use crate::wizard::Wizard;

/// The date's boxes.
const COMPLAINED: [&str; 3] = ["complained-day", "complained-month", "complained-year"];

/// Which complaint: a reference (optional, any form) and the day or month
/// it was made.
#[component]
pub fn EarlierPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let (reference, complained) = wizard
        .answers
        .with_untracked(|a| (a.earlier_reference.clone(), a.complained));
    let reference = RwSignal::new(reference.unwrap_or_default());
    let boxes = DateFields::holding(complained);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let today = wizard.rules().today;
    let on_continue = Callback::new(move |()| {
        let typed = reference.with_untracked(|typed| {
            reference_text(
                typed,
                FieldError::new("earlier-reference", msg!("earlier-reference-too-long")),
            )
        });
        let complained = approximate_date(
            &boxes.day.get_untracked(),
            &boxes.month.get_untracked(),
            &boxes.year.get_untracked(),
            today,
        )
        .map_err(|problem| date_error(COMPLAINED, problem))
        .and_then(|date| {
            date.ok_or(FieldError::new(
                COMPLAINED[0],
                msg!("earlier-complained-error"),
            ))
        });
        let problems: Vec<FieldError> = [typed.clone().err(), complained.err()]
            .into_iter()
            .flatten()
            .collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        wizard.answer(Step::Earlier, |answers| {
            answers.earlier_reference = typed.ok();
            answers.complained = complained.ok();
        });
        Ok(())
    });
    view! {
        <QuestionPage title=msg!("earlier-heading") errors on_continue>
            <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">
                {i18n.text("earlier-heading")}
            </h1>
            <TextInput
                id="earlier-reference"
                label=msg!("earlier-reference")
                hint=msg!("earlier-reference-hint")
                value=reference
                error=field_error(errors, "earlier-reference")
            />
            <DateInput
                id="complained"
                legend=msg!("earlier-complained")
                hint=msg!("earlier-complained-hint")
                fields=boxes
                error=group_error(errors, "complained")
            />
        </QuestionPage>
    }
}
