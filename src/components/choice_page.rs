//! A page that asks one question with radios: the most common page.

use leptos::prelude::*;
use redress_core::journey::{Answers, Step};
use redress_core::validate::{choice, FieldError};

use crate::components::{field_error, Choice, QuestionPage, Radios, HEADING_ID};
use crate::l10n::use_i18n;
use crate::wizard::Wizard;

/// One radio question for `step`, answered into the journey by `apply`.
#[component]
pub fn ChoicePage<T>(
    /// The step this page is.
    step: Step,
    /// The radio group's name and id.
    name: &'static str,
    /// The question's message id: the h1 and the page title.
    question: &'static str,
    /// The hint's message id, if any.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The choices.
    choices: Vec<Choice<T>>,
    /// The answer already given, if any.
    current: Option<T>,
    /// The error's message id when nothing is chosen.
    required: &'static str,
    /// Stores the chosen value in the answers.
    apply: fn(&mut Answers, T),
    /// A heading of its own, when the page explains something before it asks
    /// (then the question is the fieldset's legend, not the h1).
    #[prop(optional)]
    heading: Option<&'static str>,
    /// The explanation under that heading.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let wizard = Wizard::get();
    let i18n = use_i18n();
    let selected = RwSignal::new(current);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = Callback::new(move |()| {
        let value = choice(selected.get_untracked(), FieldError::new(name, required))
            .map_err(|e| vec![e])?;
        wizard.answer(step, |answers| apply(answers, value));
        Ok(())
    });
    view! {
        <QuestionPage title=heading.unwrap_or(question) errors on_continue>
            {heading
                .map(|heading| {
                    view! {
                        <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">
                            {i18n.text(heading)}
                        </h1>
                    }
                })}
            {children.map(|children| children())}
            <Radios
                name
                question
                hint
                choices
                selected
                as_heading=heading.is_none()
                error=field_error(errors, name)
            />
        </QuestionPage>
    }
}
