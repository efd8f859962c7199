//! Confidentiality wishes, with their limit explained.

use leptos::prelude::*;
use redress_core::journey::Step;
use redress_core::validate::{choice, optional_text, FieldError, LONG_TEXT_LIMIT};

use crate::components::{field_error, CharacterCount, QuestionPage, Radios, HEADING_ID};
use crate::l10n::use_i18n;
use crate::msg;
use crate::pages::yes_no;
use crate::wizard::Wizard;

/// Who will see the complaint, what cannot be kept secret, and what the
/// person would like kept confidential.
#[component]
pub fn ConfidentialityPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let (current, detail) = wizard
        .answers
        .with_untracked(|a| (a.confidential, a.confidential_detail.clone()));
    let wants = RwSignal::new(current);
    let detail = RwSignal::new(detail.unwrap_or_default());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = Callback::new(move |()| {
        let wants = choice(
            wants.get_untracked(),
            FieldError::new("confidential", msg!("confidential-error")),
        )
        .map_err(|e| vec![e])?;
        let detail = if wants {
            detail.with_untracked(|text| {
                optional_text(
                    text,
                    LONG_TEXT_LIMIT,
                    FieldError::new("confidential-detail", msg!("confidential-detail-too-long")),
                )
            })
        } else {
            Ok(String::new())
        }
        .map_err(|e| vec![e])?;
        wizard.answer(Step::Confidentiality, |answers| {
            answers.confidential = Some(wants);
            answers.confidential_detail = Some(detail);
        });
        Ok(())
    });
    view! {
        <QuestionPage title=msg!("confidentiality-heading") errors on_continue>
            <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">
                {i18n.text("confidentiality-heading")}
            </h1>
            <p class="redress-body">{i18n.text("confidentiality-who")}</p>
            <div class="redress-inset">
                <p class="redress-body">{i18n.text("confidentiality-limit")}</p>
            </div>
            <Radios
                name="confidential"
                question=msg!("confidential-question")
                hint=Some(msg!("confidential-hint"))
                choices=yes_no()
                selected=wants
                as_heading=false
                error=field_error(errors, "confidential")
            />
            <div hidden=move || wants.get() != Some(true)>
                <CharacterCount
                    id="confidential-detail"
                    label=msg!("confidential-detail-label")
                    value=detail
                    limit=LONG_TEXT_LIMIT
                    error=field_error(errors, "confidential-detail")
                />
            </div>
        </QuestionPage>
    }
}
