//! The person complained for: their name and how you know them.

use leptos::prelude::*;
use redress_core::journey::{Representation, Step};
use redress_core::validate::{all, text, FieldError, SHORT_TEXT_LIMIT};

use crate::components::{field_error, QuestionPage, TextInput, HEADING_ID};
use crate::l10n::use_i18n;
use crate::msg;
use crate::wizard::Wizard;

/// Two short answers about the person the complaint is for.
#[component]
pub fn RepresentationPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let current = wizard
        .answers
        .with_untracked(|a| a.representation.clone())
        .unwrap_or_default();
    let name = RwSignal::new(current.name);
    let relationship = RwSignal::new(current.relationship);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = Callback::new(move |()| {
        let field = |value: RwSignal<String>, id, empty, long| {
            value.with_untracked(|typed| {
                text(
                    typed,
                    SHORT_TEXT_LIMIT,
                    FieldError::new(id, empty),
                    FieldError::new(id, long),
                )
            })
        };
        let name = field(
            name,
            "their-name",
            msg!("their-name-error"),
            msg!("their-name-too-long"),
        );
        let relationship = field(
            relationship,
            "relationship",
            msg!("relationship-error"),
            msg!("relationship-too-long"),
        );
        all([name.clone().map(drop), relationship.clone().map(drop)])?;
        let representation = Representation {
            name: name.unwrap_or_default(),
            relationship: relationship.unwrap_or_default(),
        };
        wizard.answer(Step::Representation, |answers| {
            answers.representation = Some(representation)
        });
        Ok(())
    });
    view! {
        <QuestionPage title=msg!("representation-heading") errors on_continue>
            <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">
                {i18n.text("representation-heading")}
            </h1>
            <TextInput
                id="their-name"
                label=msg!("their-name-label")
                value=name
                error=field_error(errors, "their-name")
            />
            <TextInput
                id="relationship"
                label=msg!("relationship-label")
                hint=msg!("relationship-hint")
                value=relationship
                error=field_error(errors, "relationship")
            />
        </QuestionPage>
    }
}
