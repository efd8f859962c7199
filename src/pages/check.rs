//! Check your answers: every answer on the route, each with a Change link
//! that returns here, then Send.

use leptos::prelude::*;
use redress_core::journey::{path, routing, Answers, ContactKind, Rules, Step};
use redress_core::submission::{build, reference, uuid_v4, RenderedAnswer, Submission};
use redress_core::timeline::ApproximateDate;

use crate::browser::{self, PostError};
use crate::components::{use_page_title, ActionLink, BackLink, Choice, HEADING_ID};
use crate::config::CouncilConfig;
use crate::intl;
use crate::l10n::{english, use_i18n, Texts};
use crate::live_region::announce;
use crate::msg;
use crate::pages::{care_arrangement, consent, contact, kind, support, topic, who, yes_no};
use crate::wizard::Wizard;

/// One row of the summary: the page it came from, its key and its lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The page that asked, for the Change link.
    pub step: Step,
    /// The key's message id.
    pub key: &'static str,
    /// The answer, one entry per line.
    pub lines: Vec<String>,
}

fn label<T: PartialEq>(i18n: &dyn Texts, choices: &[Choice<T>], value: &T) -> String {
    choices
        .iter()
        .find(|choice| choice.value == *value)
        .map(|choice| i18n.text(choice.label, &[]))
        .unwrap_or_default()
}

fn date(i18n: &dyn Texts, date: ApproximateDate) -> String {
    match date {
        ApproximateDate::Exact(date) => intl::long_date(&i18n.language(), date),
        ApproximateDate::Month(month) => intl::month_year(&i18n.language(), month),
        ApproximateDate::StillHappening => i18n.text("when-still-happening", &[]),
    }
}

/// The answers written out in English, question by question, for staff.
pub fn english_rendering(answers: &Answers, rules: &Rules) -> Vec<RenderedAnswer> {
    let english = english();
    rows(&english, answers, rules)
        .into_iter()
        .map(|row| RenderedAnswer {
            question: english.text(row.key, &[]),
            answer: row.lines,
        })
        .collect()
}

/// The rows for every answered page on the route, in order.
pub fn rows(i18n: &dyn Texts, answers: &Answers, rules: &Rules) -> Vec<Row> {
    let yes_no = |value: &bool| label(i18n, &yes_no(), value);
    let text = |value: &Option<String>| value.iter().cloned().collect::<Vec<_>>();
    path(answers, rules)
        .into_iter()
        .filter(|step| answers.is_answered(*step))
        .filter_map(|step| {
            let (key, lines) = match step {
                Step::Kind => (
                    msg!("kind-question"),
                    answers
                        .kind
                        .iter()
                        .map(|v| label(i18n, &kind::choices(), v))
                        .collect(),
                ),
                Step::Safety => (
                    msg!("safety-question"),
                    answers.at_risk.iter().map(yes_no).collect(),
                ),
                Step::Who => (
                    msg!("who-question"),
                    answers
                        .who
                        .iter()
                        .map(|v| label(i18n, &who::choices(), v))
                        .collect(),
                ),
                Step::Representation => (
                    msg!("representation-heading"),
                    answers
                        .representation
                        .iter()
                        .flat_map(|r| [r.name.clone(), r.relationship.clone()])
                        .collect(),
                ),
                Step::Consent => (
                    msg!("consent-question"),
                    answers
                        .consent
                        .iter()
                        .map(|v| label(i18n, &consent::choices(), v))
                        .collect(),
                ),
                Step::Topic => (
                    msg!("topic-question"),
                    answers
                        .topic
                        .iter()
                        .map(|v| label(i18n, &topic::choices(), v))
                        .collect(),
                ),
                Step::CareArrangement => (
                    msg!("care-question"),
                    answers
                        .care
                        .iter()
                        .map(|v| label(i18n, &care_arrangement::choices(), v))
                        .collect(),
                ),
                Step::SelfFunded => (
                    msg!("self-funded-question"),
                    answers.about_council_part.iter().map(yes_no).collect(),
                ),
                Step::TalkedToService => (
                    msg!("talked-question"),
                    answers.talked_to_service.iter().map(yes_no).collect(),
                ),
                Step::When => {
                    let mut lines: Vec<String> =
                        answers.happened.iter().map(|d| date(i18n, *d)).collect();
                    if let Some(found_out) = answers.found_out {
                        lines.push(
                            i18n.text("check-found-out", &[("date", date(i18n, found_out).into())]),
                        );
                    }
                    (msg!("when-heading"), lines)
                }
                Step::LateReason => (msg!("late-question"), text(&answers.late_reason)),
                Step::Service => (msg!("service-question"), text(&answers.service)),
                Step::Message => (msg!("message-question"), text(&answers.message)),
                Step::WhatHappened => {
                    (msg!("what-happened-question"), text(&answers.what_happened))
                }
                Step::PutRight => (msg!("put-right-question"), text(&answers.put_right)),
                Step::Handling => {
                    let mut lines: Vec<String> = answers
                        .handling
                        .iter()
                        .map(|option| i18n.text(option, &[]))
                        .collect();
                    if let Some(meeting) = answers.meeting {
                        let id = if meeting {
                            msg!("check-meeting-yes")
                        } else {
                            msg!("check-meeting-no")
                        };
                        lines.push(i18n.text(id, &[]));
                    }
                    (msg!("handling-question"), lines)
                }
                Step::Records => (
                    msg!("records-question"),
                    answers.records.iter().map(yes_no).collect(),
                ),
                Step::Confidentiality => {
                    let mut lines: Vec<String> = answers.confidential.iter().map(yes_no).collect();
                    lines.extend(
                        answers
                            .confidential_detail
                            .iter()
                            .filter(|d| !d.is_empty())
                            .cloned(),
                    );
                    (msg!("confidential-question"), lines)
                }
                Step::Support => {
                    let support = answers.support.clone().unwrap_or_default();
                    let mut lines: Vec<String> = support
                        .needs
                        .iter()
                        .map(|need| label(i18n, &support::needs(), need))
                        .collect();
                    if !support.interpreter_language.is_empty() {
                        lines.push(i18n.text(
                            "check-interpreter",
                            &[("language", support.interpreter_language.into())],
                        ));
                    }
                    if !support.reply_language.is_empty() {
                        lines.push(i18n.text(
                            "check-reply-language",
                            &[("language", support.reply_language.into())],
                        ));
                    }
                    if !support.helper.is_empty() {
                        lines.push(i18n.text("check-helper", &[("name", support.helper.into())]));
                    }
                    if lines.is_empty() {
                        lines.push(i18n.text("check-no-support", &[]));
                    }
                    (msg!("support-heading"), lines)
                }
                Step::Contact => {
                    let details = answers.contact.clone().unwrap_or_default();
                    let mut lines: Vec<String> = Vec::new();
                    if !details.name.is_empty() {
                        lines.push(details.name);
                    }
                    lines.extend(details.email);
                    lines.extend(details.phone);
                    if !details.best_time.is_empty() {
                        lines.push(details.best_time);
                    }
                    if let Some(address) = details.address {
                        lines.extend(
                            [address.line1, address.line2, address.town, address.postcode]
                                .into_iter()
                                .filter(|l| !l.is_empty()),
                        );
                    }
                    if details.methods.is_empty() {
                        lines.push(i18n.text("check-no-reply", &[]));
                    } else {
                        let ways: Vec<String> = details
                            .methods
                            .iter()
                            .map(|m| label(i18n, &contact::methods(), m))
                            .collect();
                        lines
                            .push(i18n.text("check-reply-by", &[("ways", ways.join(", ").into())]));
                    }
                    (msg!("contact-heading"), lines)
                }
                Step::Start
                | Step::SafetyAdvice
                | Step::ConsentAdvice
                | Step::TalkFirstAdvice
                | Step::Signpost
                | Step::Check
                | Step::Confirmation => return None,
            };
            Some(Row { step, key, lines })
        })
        .collect()
}

/// The rows as a GOV.UK summary list; with Change links when `change` is on.
#[component]
pub fn SummaryList(
    /// The rows.
    rows: Vec<Row>,
    /// Whether to show Change links.
    change: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    view! {
        <dl class="redress-summary-list">
            {rows
                .into_iter()
                .map(|row| {
                    let key = row.key;
                    let step = row.step;
                    view! {
                        <div class="redress-summary-list__row">
                            <dt class="redress-summary-list__key">{move || i18n.t(key)}</dt>
                            <dd class="redress-summary-list__value">
                                {row
                                    .lines
                                    .into_iter()
                                    .map(|line| view! { <p class="redress-summary-list__line"><bdi>{line}</bdi></p> })
                                    .collect_view()}
                            </dd>
                            {change
                                .then(|| {
                                    view! {
                                        <dd class="redress-summary-list__actions">
                                            <ActionLink class="redress-link" on_click=Callback::new(move |()| wizard.change(step))>
                                                {move || i18n.t("check-change")}
                                                <span class="redress-visually-hidden">
                                                    " " {move || i18n.t(key)}
                                                </span>
                                            </ActionLink>
                                        </dd>
                                    }
                                })}
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}

/// Which procedure a complaint will follow, and why (the triage's answer).
#[component]
pub fn RoutingReason() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    move || {
        wizard.answers.with(routing).map(|routing| {
            view! {
                <div class="redress-inset">
                    <p class="redress-body">{move || i18n.t(routing.reason)}</p>
                </div>
            }
        })
    }
}

/// What went wrong sending, for the person.
#[derive(Clone, Copy, Debug, PartialEq)]
enum SendProblem {
    /// Nothing came back: offline, or the server is down.
    Unreachable,
    /// The server refused or failed.
    Refused,
}

/// Check your answers, and Send.
#[component]
pub fn CheckPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let config = expect_context::<CouncilConfig>();
    let complaint = wizard
        .answers
        .with_untracked(|a| a.kind == Some(ContactKind::Complaint));
    let (heading, send_heading, button) = if complaint {
        (
            msg!("check-heading"),
            msg!("check-send-heading-complaint"),
            msg!("check-send-complaint"),
        )
    } else {
        (
            msg!("check-heading"),
            msg!("check-send-heading-feedback"),
            msg!("check-send-feedback"),
        )
    };
    use_page_title(move || i18n.t(heading));
    let sending = RwSignal::new(false);
    let problem = RwSignal::new(None::<SendProblem>);
    // One id and reference for this journey's send, however many tries it takes.
    let id = StoredValue::new(uuid_v4(browser::random_bytes()));
    let reference = StoredValue::new(reference(browser::random_bytes()));
    let endpoint = config.submission.endpoint.clone();
    let send = move |_| {
        if sending.get_untracked() {
            return;
        }
        sending.set(true);
        problem.set(None);
        announce(&i18n.t("check-sending"));
        let submission: Submission = wizard.answers.with_untracked(|answers| {
            build(
                answers,
                id.get_value(),
                reference.get_value(),
                intl::now_in_uk(),
                &i18n.lang(),
                english_rendering(answers, &wizard.rules()),
                |role| config.procedure(role),
            )
        });
        let endpoint = endpoint.clone();
        leptos::task::spawn_local(async move {
            let json = serde_json::to_string(&submission).unwrap_or_default();
            let outcome = browser::post_json(&endpoint, &json, &submission.id).await;
            sending.set(false);
            match outcome {
                Ok(_) => wizard.sent(submission),
                Err(error) => {
                    let kind = match error {
                        PostError::Network(_) => SendProblem::Unreachable,
                        PostError::Status(_) => SendProblem::Refused,
                    };
                    announce(&i18n.t("check-send-failed"));
                    problem.set(Some(kind));
                }
            }
        });
    };
    let rules = wizard.rules();
    view! {
        <BackLink/>
        <div class="redress-grid">
            <div class="redress-grid__main">
                {move || {
                    problem
                        .get()
                        .map(|kind| {
                            let detail = match kind {
                                SendProblem::Unreachable => msg!("check-send-unreachable"),
                                SendProblem::Refused => msg!("check-send-refused"),
                            };
                            view! {
                                <div class="redress-error-summary" role="alert">
                                    <h2 class="redress-error-summary__title">
                                        {move || i18n.t("check-send-failed")}
                                    </h2>
                                    <p class="redress-body">{move || i18n.t(detail)}</p>
                                    <p class="redress-body">{move || i18n.t("check-send-kept")}</p>
                                </div>
                            }
                        })
                }}
                <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">{move || i18n.t(heading)}</h1>
                <RoutingReason/>
                {move || {
                    let rows = wizard.answers.with(|answers| rows(&i18n, answers, &rules));
                    view! { <SummaryList rows change=true/> }
                }}
                <h2 class="redress-heading-m">{move || i18n.t(send_heading)}</h2>
                <p class="redress-body">{move || i18n.t("check-send-body")}</p>
                <button
                    type="button"
                    class="redress-button"
                    aria-disabled=move || sending.get().then_some("true")
                    on:click=send
                >
                    {move || if sending.get() { i18n.t("check-sending") } else { i18n.t(button) }}
                </button>
            </div>
        </div>
    }
}
