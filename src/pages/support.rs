//! Support: interpreting, formats, advocacy, and someone helping.

use leptos::prelude::*;
use redress_core::contact::{check_support, Support, SupportNeed};
use redress_core::journey::Step;
use redress_core::validate::FieldError;

use crate::components::{
    field_error, CheckboxItem, Checkboxes, Choice, QuestionPage, TextInput, HEADING_ID,
};
use crate::config::CouncilConfig;
use crate::l10n::use_i18n;
use crate::msg;
use crate::wizard::Wizard;

/// The kinds of support, in order; also how Check your answers names them.
pub fn needs() -> Vec<Choice<SupportNeed>> {
    vec![
        Choice::new(SupportNeed::Interpreter, msg!("support-interpreter")),
        Choice::new(SupportNeed::BritishSignLanguage, msg!("support-bsl")),
        Choice::new(SupportNeed::Braille, msg!("support-braille")),
        Choice::new(SupportNeed::LargePrint, msg!("support-large-print")),
        Choice::new(SupportNeed::EasyRead, msg!("support-easy-read")),
        Choice::new(SupportNeed::Audio, msg!("support-audio")),
        Choice::new(SupportNeed::Advocacy, msg!("support-advocacy")),
    ]
}

/// Asks what help the person needs; nothing here is required.
#[component]
pub fn SupportPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let advocacy = expect_context::<CouncilConfig>().advocacy;
    let current = wizard
        .answers
        .with_untracked(|a| a.support.clone())
        .unwrap_or_default();
    let selected = RwSignal::new(current.needs);
    let interpreter_language = RwSignal::new(current.interpreter_language);
    let reply_language = RwSignal::new(current.reply_language);
    let helper = RwSignal::new(current.helper);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = Callback::new(move |()| {
        let support = check_support(&Support {
            needs: selected.get_untracked(),
            interpreter_language: interpreter_language.get_untracked(),
            reply_language: reply_language.get_untracked(),
            helper: helper.get_untracked(),
        })?;
        wizard.answer(Step::Support, |answers| answers.support = Some(support));
        Ok(())
    });
    let items = needs()
        .into_iter()
        .map(|choice| match choice.value {
            SupportNeed::Interpreter => CheckboxItem::revealing(choice, move || {
                view! {
                    <TextInput
                        id="interpreter-language"
                        label=msg!("interpreter-language-label")
                        value=interpreter_language
                        error=field_error(errors, "interpreter-language")
                    />
                }
            }),
            SupportNeed::Advocacy if !advocacy.is_empty() => {
                let advocacy = advocacy.clone();
                CheckboxItem::revealing(choice, move || {
                    view! {
                        <p class="redress-body">{i18n.text("advocacy-intro")}</p>
                        <ul class="redress-list">
                            {advocacy
                                .iter()
                                .map(|organisation| {
                                    view! {
                                        <li>
                                            <strong><bdi>{organisation.name.clone()}</bdi></strong>
                                            {organisation
                                                .phone
                                                .clone()
                                                .map(|number| {
                                                    view! {
                                                        " "
                                                        <crate::components::PhoneNumber number/>
                                                    }
                                                })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
            }
            _ => CheckboxItem::plain(choice),
        })
        .collect();
    view! {
        <QuestionPage title=msg!("support-heading") errors on_continue>
            <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">
                {i18n.text("support-heading")}
            </h1>
            <Checkboxes
                name="support"
                legend=msg!("support-question")
                hint=Some(msg!("support-hint"))
                items
                selected
                error=field_error(errors, "support")
            />
            <TextInput
                id="reply-language"
                label=msg!("reply-language-label")
                hint=msg!("reply-language-hint")
                value=reply_language
                error=field_error(errors, "reply-language")
            />
            <TextInput
                id="helper"
                label=msg!("helper-label")
                hint=msg!("helper-hint")
                value=helper
                error=field_error(errors, "helper")
            />
        </QuestionPage>
    }
}
