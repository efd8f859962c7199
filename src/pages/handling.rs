//! How the person would like the complaint handled (the procedure's own
//! options) and whether they would like a meeting.

use leptos::prelude::*;
use redress_core::journey::{routing, ProcedureRole, Step};
use redress_core::validate::{all, choice, FieldError};

use crate::components::{field_error, Choice, QuestionPage, Radios};
use crate::config::CouncilConfig;
use crate::msg;
use crate::pages::yes_no;
use crate::wizard::Wizard;

/// The procedure's resolution options, then the meeting question.
#[component]
pub fn HandlingPage() -> impl IntoView {
    let wizard = Wizard::get();
    let config = expect_context::<CouncilConfig>();
    let role = wizard
        .answers
        .with_untracked(routing)
        .map_or(ProcedureRole::General, |r| r.role);
    // Each option's label, and what choosing it means where that matters
    // (putting it right by the next working day ends the complaint).
    let options: Vec<(&'static str, Option<&'static str>)> = config
        .procedure(role)
        .resolution_options
        .iter()
        .map(|option| (option.id.as_str(), option.hint.as_deref()))
        .collect();
    let (handling, meeting) = wizard
        .answers
        .with_untracked(|a| (a.handling.clone(), a.meeting));
    let current = handling.and_then(|h| options.iter().map(|o| o.0).find(|o| *o == h));
    let chosen = RwSignal::new(current);
    let meet = RwSignal::new(meeting);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let asks_handling = !options.is_empty();
    let on_continue = Callback::new(move |()| {
        let handling = choice(
            chosen.get_untracked(),
            FieldError::new("handling", msg!("handling-error")),
        );
        let meeting = choice(
            meet.get_untracked(),
            FieldError::new("meeting", msg!("meeting-error")),
        );
        all([
            if asks_handling {
                handling.map(drop)
            } else {
                Ok(())
            },
            meeting.map(drop),
        ])?;
        wizard.answer(Step::Handling, |answers| {
            answers.handling = handling.ok().map(str::to_owned);
            answers.meeting = meeting.ok();
        });
        Ok(())
    });
    let choices = options
        .iter()
        .map(|&(option, hint)| match hint {
            Some(hint) => Choice::hinted(option, option, hint),
            None => Choice::new(option, option),
        })
        .collect();
    let title = if asks_handling {
        msg!("handling-question")
    } else {
        msg!("meeting-question")
    };
    view! {
        <QuestionPage title errors on_continue>
            {asks_handling
                .then(|| {
                    view! {
                        <Radios
                            name="handling"
                            question=msg!("handling-question")
                            hint=Some(msg!("handling-hint"))
                            choices
                            selected=chosen
                            as_heading=true
                            error=field_error(errors, "handling")
                        />
                    }
                })}
            <Radios
                name="meeting"
                question=msg!("meeting-question")
                hint=Some(msg!("meeting-hint"))
                choices=yes_no()
                selected=meet
                as_heading=!asks_handling
                error=field_error(errors, "meeting")
            />
        </QuestionPage>
    }
}
