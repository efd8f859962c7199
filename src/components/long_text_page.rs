//! A page that asks for one piece of free text, with a character count.

use leptos::prelude::*;
use redress_core::journey::{Answers, Step};
use redress_core::validate::{text, FieldError, LONG_TEXT_LIMIT};

use crate::components::{field_error, CharacterCount, QuestionPage};
use crate::i18n::Arg;
use crate::wizard::Wizard;

/// One free-text question for `step`, answered into the journey by `apply`.
#[component]
pub fn LongTextPage(
    /// The step this page is.
    step: Step,
    /// The textarea's id.
    id: &'static str,
    /// The question's message id: the label, the h1 and the page title.
    question: &'static str,
    /// The hint's message id.
    hint: &'static str,
    /// The hint message's variables, if it has any.
    #[prop(optional)]
    hint_args: Vec<(&'static str, Arg)>,
    /// The answer already given, if any.
    current: Option<String>,
    /// The error's message id when nothing is typed.
    required: &'static str,
    /// The error's message id when the text is over the limit.
    too_long: &'static str,
    /// Stores the text in the answers.
    apply: fn(&mut Answers, String),
) -> impl IntoView {
    let wizard = Wizard::get();
    let value = RwSignal::new(current.unwrap_or_default());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = Callback::new(move |()| {
        let answer = value.with_untracked(|typed| {
            text(
                typed,
                LONG_TEXT_LIMIT,
                FieldError::new(id, required),
                FieldError::new(id, too_long),
            )
        });
        let answer = answer.map_err(|e| vec![e])?;
        wizard.answer(step, |answers| apply(answers, answer));
        Ok(())
    });
    view! {
        <QuestionPage title=question errors on_continue>
            <CharacterCount
                id
                label=question
                hint
                hint_args
                heading=true
                value
                limit=LONG_TEXT_LIMIT
                error=field_error(errors, id)
            />
        </QuestionPage>
    }
}
