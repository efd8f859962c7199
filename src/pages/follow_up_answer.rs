//! A follow-up's answer: where the complaint stands and what the person can
//! do now, worked out from the procedure and the dates they gave; then what
//! to ask the council for, where there is something to ask.

use leptos::prelude::*;
use redress_core::follow_up::{FollowUp, FollowUpError, FollowUpRequest};
use redress_core::journey::{follow_up_now, Step};
use redress_core::procedure::Procedure;

use crate::components::{
    use_page_title, ActionLink, BackLink, Choice, ChoicePage, FollowUpSummary, HEADING_ID,
};
use crate::l10n::use_i18n;
use crate::msg;
use crate::wizard::Wizard;

/// The requests the dates allow, as radios; asking for the next stage names
/// it in its hint.
pub fn choices(procedure: &'static Procedure, answer: &FollowUp) -> Vec<Choice<FollowUpRequest>> {
    answer
        .requests()
        .into_iter()
        .map(|request| match request {
            FollowUpRequest::NextStage => Choice {
                value: request,
                label: msg!("follow-up-request-next"),
                hint: answer
                    .next
                    .as_ref()
                    .and_then(|next| procedure.stage(&next.id))
                    .map(|stage| stage.message_id.as_str()),
            },
            FollowUpRequest::Chase => Choice::hinted(
                request,
                msg!("follow-up-request-chase"),
                msg!("follow-up-request-chase-hint"),
            ),
        })
        .collect()
}

/// What is wrong with dates that do not fit together, and the page to fix
/// them on.
fn undated(error: &FollowUpError) -> (&'static str, Step) {
    match error {
        FollowUpError::ComplainedAfter { .. } => {
            (msg!("follow-up-error-complained-after"), Step::Earlier)
        }
        FollowUpError::ExtendedBefore { .. } => {
            (msg!("follow-up-error-extended-before"), Step::ExtendedTo)
        }
        _ => (msg!("follow-up-undated"), Step::EarlierStage),
    }
}

/// The answer, and the choice of what to send where there is one.
#[component]
pub fn FollowUpAnswerPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let rules = wizard.rules();
    let (procedure, found, current) = wizard.answers.with_untracked(|answers| {
        (
            rules.procedure(answers),
            follow_up_now(answers, &rules),
            answers.request,
        )
    });
    let heading = msg!("follow-up-answer-heading");
    match (procedure, found) {
        (Some(procedure), Some(Ok(answer))) => {
            let choices = choices(procedure, &answer);
            if choices.is_empty() {
                // Nothing to send: the answer is all there is (wait for a
                // reply not yet due, or go to the Ombudsman).
                use_page_title(i18n.text(heading));
                view! {
                    <BackLink/>
                    <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">{i18n.text(heading)}</h1>
                    <FollowUpSummary follow_up=answer/>
                }
                .into_any()
            } else {
                let current = current.filter(|request| choices.iter().any(|c| c.value == *request));
                view! {
                    <ChoicePage
                        step=Step::FollowUpAnswer
                        name="request"
                        heading=heading
                        question=msg!("follow-up-request-question")
                        choices=choices
                        current=current
                        required=msg!("follow-up-request-error")
                        apply=|answers, request| answers.request = Some(request)
                    >
                        <FollowUpSummary follow_up=answer/>
                    </ChoicePage>
                }
                .into_any()
            }
        }
        (_, found) => {
            let (problem, fix) = match &found {
                Some(Err(error)) => undated(error),
                _ => (msg!("follow-up-undated"), Step::Earlier),
            };
            use_page_title(i18n.text(heading));
            view! {
                <BackLink/>
                <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">{i18n.text(heading)}</h1>
                <p class="redress-body">{i18n.text(problem)}</p>
                <p class="redress-body">
                    <ActionLink class="redress-link" on_click=Callback::new(move |()| wizard.go(fix))>
                        {i18n.text("follow-up-check-dates")}
                    </ActionLink>
                </p>
            }
            .into_any()
        }
    }
}
