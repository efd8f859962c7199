//! Which service or team it is about.

use leptos::prelude::*;
use redress_core::journey::Step;
use redress_core::validate::{text, FieldError, SHORT_TEXT_LIMIT};

use crate::components::{field_error, QuestionPage, TextInput};
use crate::msg;
use crate::wizard::Wizard;

/// One short answer naming the service, as the person knows it.
#[component]
pub fn ServicePage() -> impl IntoView {
    let wizard = Wizard::get();
    let value = RwSignal::new(
        wizard
            .answers
            .with_untracked(|a| a.service.clone())
            .unwrap_or_default(),
    );
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = Callback::new(move |()| {
        let service = value.with_untracked(|typed| {
            text(
                typed,
                SHORT_TEXT_LIMIT,
                FieldError::new("service", msg!("service-error")),
                FieldError::new("service", msg!("service-too-long")),
            )
        });
        let service = service.map_err(|e| vec![e])?;
        wizard.answer(Step::Service, |answers| answers.service = Some(service));
        Ok(())
    });
    view! {
        <QuestionPage title=msg!("service-question") errors on_continue>
            <TextInput
                id="service"
                label=msg!("service-question")
                hint=msg!("service-hint")
                heading=true
                value
                error=field_error(errors, "service")
            />
        </QuestionPage>
    }
}
