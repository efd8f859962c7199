//! Sent: the reference, what happens next in real dates, and a copy of the
//! answers to keep. Never claims a council received what a test receiver
//! kept.

use leptos::prelude::*;
use redress_core::bodies::Body;
use redress_core::follow_up::FollowUpRequest;
use redress_core::ics::{calendar, CalendarEvent};
use redress_core::journey::{ContactKind, Topic};
use redress_core::submission::Submission;
use redress_core::timeline::{MilestoneTimeline, When};

use crate::browser;
use crate::components::{
    use_page_title, ActionLink, FollowUpSummary, OmbudsmanAdvice, RegulatorNote, HEADING_ID,
};
use crate::config::CouncilConfig;
use crate::intl;
use crate::l10n::{use_i18n, I18n};
use crate::msg;
use crate::next_steps::{entry_note, milestone_lines, StageLines};
use crate::pages::check::{rows, SummaryList};
use crate::wizard::{Receipt, Wizard};
use redress_core::submission::answers_given;

/// The milestones with promised dates: a new complaint's, except in stages
/// waiting for the person to ask; a follow-up's next stage's, once asked for.
fn promised(receipt: &Submission) -> Vec<&MilestoneTimeline> {
    if let Some(timeline) = &receipt.timeline {
        return timeline
            .stages
            .iter()
            .zip(timeline.awaiting_request())
            .filter(|(_, awaiting)| !awaiting)
            .flat_map(|(stage, _)| &stage.milestones)
            .collect();
    }
    receipt
        .follow_up
        .iter()
        .filter(|sent| sent.request == FollowUpRequest::NextStage)
        .filter_map(|sent| sent.answer.next.as_ref())
        .flat_map(|next| &next.if_asked_today)
        .collect()
}

/// The key dates as a calendar file, as a `data:` URL to download.
fn calendar_file(i18n: I18n, receipt: &Submission) -> Option<String> {
    let events: Vec<CalendarEvent> = promised(receipt)
        .into_iter()
        .filter_map(|milestone| match &milestone.when {
            When::Dated(window) => Some(CalendarEvent {
                uid: format!("{}.{}@redress", milestone.id, receipt.id),
                date: window.due,
                summary: i18n.t_plain_with(
                    "ics-summary",
                    &[
                        ("what", i18n.t(&milestone.message_id).into()),
                        ("reference", receipt.reference.clone().into()),
                    ],
                ),
                description: i18n.t_plain_with(
                    "ics-description",
                    &[("reference", receipt.reference.clone().into())],
                ),
            }),
            When::Waiting { .. } => None,
        })
        .collect();
    if events.is_empty() {
        return None;
    }
    let file = calendar(&events, &intl::utc_stamp());
    Some(format!(
        "data:text/calendar;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&file))
    ))
}

/// "What happens next": for a follow-up, what was asked and the answer as
/// it stood when sent; for a complaint, its stages and dates, then the care
/// regulator (`regulator`, where it applies) and the Ombudsman.
fn next_steps(i18n: I18n, receipt: &Submission, regulator: Option<&'static Body>) -> AnyView {
    if let Some(sent) = &receipt.follow_up {
        let asked = match (sent.request, &sent.answer.next) {
            (FollowUpRequest::NextStage, Some(next)) => i18n.t_with(
                "confirmation-follow-up-next",
                &[("stage", i18n.t(&next.message_id).into())],
            ),
            _ => i18n.t("confirmation-follow-up-chase"),
        };
        return view! {
            <p class="redress-body">{asked}</p>
            <FollowUpSummary follow_up=sent.answer.clone() sent=true/>
        }
        .into_any();
    }
    let Some(timeline) = &receipt.timeline else {
        return view! { <p class="redress-body">{i18n.text("confirmation-feedback-next")}</p> }
            .into_any();
    };
    let note = entry_note(&i18n, timeline);
    let ombudsman = timeline.ombudsman.first().cloned();
    let reference = receipt.reference.clone();
    view! {
        {note.map(|note| view! { <p class="redress-body">{note}</p> })}
        <ol class="redress-timeline">
            {milestone_lines(&i18n, timeline)
                .into_iter()
                .map(|StageLines { name, about, lines }| {
                    view! {
                        <li class="redress-timeline__stage">
                            <h3 class="redress-heading-s">{name}</h3>
                            {about.map(|about| view! { <p class="redress-body">{about}</p> })}
                            <ul class="redress-list">
                                {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        {regulator.map(|regulator| view! { <RegulatorNote regulator=regulator/> })}
        {ombudsman.map(|window| view! { <OmbudsmanAdvice window=window reference=reference/> })}
    }
    .into_any()
}

/// The confirmation page for the receipt in memory.
#[component]
pub fn ConfirmationPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let config = expect_context::<CouncilConfig>();
    let receipt: Option<Receipt> = wizard.receipt.get_untracked();
    let heading = match receipt.as_ref().map(|r| r.submission.kind) {
        Some(ContactKind::Complaint) => msg!("confirmation-heading-complaint"),
        Some(ContactKind::FollowUp) => msg!("confirmation-heading-follow-up"),
        _ => msg!("confirmation-heading-feedback"),
    };
    use_page_title(i18n.text(heading));
    let Some(Receipt {
        submission: receipt,
        by_email,
    }) = receipt
    else {
        return ().into_any();
    };
    let email_to = config.submission_email().unwrap_or_default().to_owned();
    let reference = receipt.reference.clone();
    // Email goes to the council's own address; a test receiver does not.
    let reached = config.submission.reaches_council || by_email;
    let rules = wizard.rules();
    // Everything below is written again in a language chosen on this page.
    let receipt = StoredValue::new(receipt);
    let answer_rows = move || {
        let answers =
            receipt.with_value(|r| rows(&i18n, &answers_given(&r.answers, &r.attachments), &rules));
        view! { <SummaryList rows=answers change=false/> }
    };
    // Adult social care: the nation's care regulator can be told too, for
    // care the council arranges as well (seed 004).
    let regulator = receipt.with_value(|receipt| {
        receipt
            .routing
            .as_ref()
            .filter(|_| receipt.answers.topic == Some(Topic::AdultSocialCare))
            .map(|routed| config.procedure(routed.role).nation.care_regulator())
    });
    let next = move || receipt.with_value(|receipt| next_steps(i18n, receipt, regulator));
    let ics = move || receipt.with_value(|receipt| calendar_file(i18n, receipt));
    let ics_name = format!("{}.ics", reference);
    view! {
        <div class="redress-panel">
            <h1 id=HEADING_ID class="redress-panel__title" tabindex="-1">{i18n.text(heading)}</h1>
            <div class="redress-panel__body">
                {i18n.text("confirmation-reference")}
                <br/>
                <strong class="redress-panel__reference"><bdi>{reference.clone()}</bdi></strong>
            </div>
        </div>
        {by_email
            .then(|| {
                let reference = reference.clone();
                view! {
                    <div class="redress-warning" role="note">
                        <p class="redress-body">
                            <strong>
                                {move || {
                                    i18n.t_with(
                                        "confirmation-by-email",
                                        &[
                                            ("email", email_to.clone().into()),
                                            ("reference", reference.clone().into()),
                                        ],
                                    )
                                }}
                            </strong>
                        </p>
                    </div>
                }
            })}
        {(!reached)
            .then(|| {
                view! {
                    <div class="redress-warning" role="note">
                        <p class="redress-body">
                            <strong>
                                {move || {
                                    i18n.t("confirmation-not-sent")
                                }}
                            </strong>
                        </p>
                    </div>
                }
            })}
        <h2 class="redress-heading-m">{i18n.text("confirmation-next-heading")}</h2>
        {next}
        {move || {
            let ics_name = ics_name.clone();
            ics()
                .map(|href| {
                    view! {
                        <p class="redress-body">
                            <a class="redress-link" href=href download=ics_name>
                                {i18n.text("confirmation-calendar")}
                            </a>
                        </p>
                    }
                })
        }}
        <h2 class="redress-heading-m">{i18n.text("confirmation-copy-heading")}</h2>
        {answer_rows}
        <button type="button" class="redress-button redress-button--secondary" on:click=move |_| browser::print()>
            {i18n.text("confirmation-print")}
        </button>
        <p class="redress-body">
            <ActionLink class="redress-link" on_click=Callback::new(move |()| wizard.clear())>
                {i18n.text("confirmation-start-again")}
            </ActionLink>
        </p>
    }
        .into_any()
}
