//! Check your answers: every answer on the route, each with a Change link
//! that returns here, then Send.

use leptos::prelude::*;
use redress_core::delivery::{mailto_within, MailtoLink, Problem, MAILTO_LIMIT};
use redress_core::follow_up::FollowUpRequest;
use redress_core::journey::{is_answered, path, routing, Answers, ContactKind, Rules, Step};
use redress_core::submission::{build, reference, uuid_v4, Envelope, RenderedAnswer, Submission};
use redress_core::timeline::ApproximateDate;

use crate::browser;
use crate::components::{use_page_title, ActionLink, BackLink, Choice, HEADING_ID};
use crate::config::{Adapter, CouncilConfig};
use crate::delivery::{
    deliver, email, problem_message, sending_file_text, waiting_text, Files, Progress,
};
use crate::i18n::Localizer;
use crate::intl;
use crate::l10n::{use_i18n, Texts};
use crate::msg;
use crate::pages::evidence::{file_line, lost, NotAdded};
use crate::pages::{
    care_arrangement, consent, contact, earlier_stage, kind, stage_date, standing, support, topic,
    who, yes_no,
};
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
        ApproximateDate::Exact(date) => intl::long_date(i18n.rules(), &i18n.language(), date),
        ApproximateDate::Month(month) => intl::month_year(i18n.rules(), &i18n.language(), month),
        ApproximateDate::StillHappening => i18n.text("when-still-happening", &[]),
    }
}

/// The answers written out in `texts`' language (with the council's own
/// words), question by question: in English for staff in the payload, in
/// the person's language in the team's email.
pub fn rendering(texts: &Localizer, answers: &Answers, rules: &Rules) -> Vec<RenderedAnswer> {
    rows(texts, answers, rules)
        .into_iter()
        .map(|row| RenderedAnswer {
            question: texts.text(row.key, &[]),
            answer: row.lines,
        })
        .collect()
}

/// The answers written out as plain text, question by question (for a copy
/// to keep: the email, the download, the fallback page).
pub fn answers_text(i18n: &dyn Texts, answers: &Answers, rules: &Rules) -> String {
    let mut out = String::new();
    for row in rows(i18n, answers, rules) {
        push_answer(&mut out, &i18n.text(row.key, &[]), &row.lines);
    }
    without_isolates(&out)
}

/// Writes one question, its answer lines indented, and a blank line.
pub fn push_answer(out: &mut String, question: &str, lines: &[String]) {
    out.push_str(question);
    out.push('\n');
    for line in lines {
        out.push_str("  ");
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
}

/// Plain text without the isolate marks that help on screen but are noise
/// in a file or an email.
pub fn without_isolates(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The rows for every answered page on the route, in order.
pub fn rows(i18n: &dyn Texts, answers: &Answers, rules: &Rules) -> Vec<Row> {
    let yes_no = |value: &bool| label(i18n, &yes_no(), value);
    let text = |value: &Option<String>| value.iter().cloned().collect::<Vec<_>>();
    path(answers, rules)
        .into_iter()
        .filter(|step| is_answered(*step, answers, rules))
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
                Step::Evidence => {
                    let mut lines: Vec<String> = answers
                        .evidence
                        .iter()
                        .flatten()
                        .map(|file| file_line(i18n, file))
                        .collect();
                    if lines.is_empty() {
                        lines.push(i18n.text("check-no-evidence", &[]));
                    }
                    (msg!("evidence-question"), lines)
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
                        lines.push(i18n.text(
                            "check-reply-by",
                            &[("ways", crate::intl::list(&i18n.language(), &ways).into())],
                        ));
                    }
                    (msg!("contact-heading"), lines)
                }
                Step::Earlier => {
                    let mut lines: Vec<String> = answers
                        .earlier_reference
                        .iter()
                        .filter(|typed| !typed.is_empty())
                        .map(|typed| {
                            i18n.text(
                                "check-earlier-reference",
                                &[("reference", typed.clone().into())],
                            )
                        })
                        .collect();
                    lines.extend(answers.complained.map(|complained| {
                        i18n.text(
                            "check-complained",
                            &[("date", date(i18n, complained).into())],
                        )
                    }));
                    (msg!("earlier-heading"), lines)
                }
                Step::Standing => (
                    msg!("standing-question"),
                    answers
                        .standing
                        .iter()
                        .map(|v| label(i18n, &standing::choices(), v))
                        .collect(),
                ),
                Step::EarlierStage => (
                    earlier_stage::question(answers.standing),
                    answers
                        .earlier_stage
                        .iter()
                        .map(|id| {
                            rules
                                .procedure(answers)
                                .and_then(|procedure| procedure.stage(id))
                                .map_or_else(
                                    || id.clone(),
                                    |stage| i18n.text(&stage.message_id, &[]),
                                )
                        })
                        .collect(),
                ),
                Step::StageDate => (
                    stage_date::question(answers.standing),
                    answers.stage_date.iter().map(|d| date(i18n, *d)).collect(),
                ),
                Step::ExtendedTo => (
                    msg!("extended-to-question"),
                    answers
                        .extended_to
                        .iter()
                        .map(|d| date(i18n, ApproximateDate::Exact(*d)))
                        .collect(),
                ),
                Step::FollowUpAnswer => {
                    let mut lines = Vec::new();
                    match answers.request {
                        Some(FollowUpRequest::NextStage) => {
                            lines.push(i18n.text("follow-up-request-next", &[]));
                            // The stage after the one it stands at.
                            let next = rules.procedure(answers).and_then(|procedure| {
                                let at =
                                    procedure.stage_index(answers.earlier_stage.as_deref()?)?;
                                procedure.stages.get(at + 1)
                            });
                            lines.extend(next.map(|stage| i18n.text(&stage.message_id, &[])));
                        }
                        Some(FollowUpRequest::Chase) => {
                            lines.push(i18n.text("follow-up-request-chase", &[]));
                        }
                        None => {}
                    }
                    (msg!("follow-up-request-question"), lines)
                }
                Step::Unresolved => (msg!("unresolved-question"), text(&answers.unresolved)),
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
                            <dt class="redress-summary-list__key">{i18n.text(key)}</dt>
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
                                                {i18n.text("check-change")}
                                                <span class="redress-visually-hidden">
                                                    " " {i18n.text(key)}
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
    let config = expect_context::<CouncilConfig>();
    move || {
        wizard.answers.with(routing).map(|routing| {
            let reason = routing.reason_in(config.procedure(routing.role));
            view! {
                <div class="redress-inset">
                    <p class="redress-body">{i18n.text(reason)}</p>
                </div>
            }
        })
    }
}

/// Check your answers, and Send.
#[component]
pub fn CheckPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let config = expect_context::<CouncilConfig>();
    let (send_heading, button) = match wizard.answers.with_untracked(|a| a.kind) {
        Some(ContactKind::Complaint) => (
            msg!("check-send-heading-complaint"),
            msg!("check-send-complaint"),
        ),
        Some(ContactKind::FollowUp) => (
            msg!("check-send-heading-follow-up"),
            msg!("check-send-follow-up"),
        ),
        _ => (
            msg!("check-send-heading-feedback"),
            msg!("check-send-feedback"),
        ),
    };
    use_page_title(i18n.text("check-heading"));
    let progress = RwSignal::new(Progress::Idle);
    let lost_files = RwSignal::new(Vec::<NotAdded>::new());
    let rules = wizard.rules();
    let config = StoredValue::new(config);
    // The submission for the answers on screen, under the envelope of any
    // send of these same answers already started.
    let submission = move || -> Option<Submission> {
        let envelope = wizard.envelope_for(|| Envelope {
            id: uuid_v4(browser::random_bytes()),
            reference: reference(browser::random_bytes()),
            submitted_at: intl::utc_now(),
            sent_at: intl::now_in_uk(),
            language: i18n.lang(),
        });
        let rules = wizard.rules();
        config.with_value(|config| {
            wizard.answers.with_untracked(|answers| {
                build(
                    answers,
                    &rules,
                    envelope,
                    rendering(&i18n.english(), answers, &rules),
                    |role| config.procedure(role),
                    config.calendar.as_ref(),
                )
                .ok()
            })
        })
    };
    let send = move || {
        if progress.get_untracked().busy() {
            return;
        }
        let Some(mut submission) = submission() else {
            progress.set(Progress::Failed(Problem::Rejected));
            return;
        };
        let target = config.with_value(|c| c.submission.clone());
        wizard.set_sending(true);
        leptos::task::spawn_local(async move {
            let journey = wizard.journey();
            let gone = lost(&journey, &submission.attachments).await;
            if !gone.is_empty() {
                wizard.set_sending(false);
                lost_files.set(gone);
                return;
            }
            lost_files.set(Vec::new());
            match deliver(i18n, &target, &submission, Files::of(journey), progress).await {
                Ok(reference) => {
                    if let Some(reference) = reference {
                        submission.reference = reference;
                    }
                    wizard.sent(submission, false);
                }
                Err(_) => wizard.set_sending(false),
            }
        });
    };
    // After a reload during a send, carry on trying (the outbox).
    if wizard
        .pending
        .get_untracked()
        .is_some_and(|p| p.sending && wizard.answers.with_untracked(|a| *a == p.answers))
    {
        send();
    }
    let by_email = config.with_value(|c| c.submission.adapter == Adapter::Email);
    let email_to = config.with_value(|c| c.submission_email().map(str::to_owned));
    // The answers as text (subject and body), built once for both the
    // download and the email: the email adapter, and the fallback offered
    // when sending fails.
    let copy = move || {
        let submission = submission()?;
        Some(AnswersCopy {
            subject: email::subject(&i18n, &submission),
            text: email::text(&i18n, &submission, &wizard.rules()),
        })
    };
    let copy_name = move || {
        wizard
            .pending
            .with(|p| p.as_ref().map(|p| format!("{}.txt", p.envelope.reference)))
            .unwrap_or_else(|| "redress.txt".into())
    };
    let sent_by_email = move || {
        if let Some(submission) = submission() {
            wizard.sent(submission, true);
        }
    };
    view! {
        <BackLink/>
        <div class="redress-grid">
            <div class="redress-grid__main">
                <SendProblem
                    progress
                    copy
                    email_to=email_to.clone()
                    copy_name
                    retry=Callback::new(move |()| send())
                    on_sent=Callback::new(move |()| sent_by_email())
                />
                <LostFiles lost=lost_files/>
                <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">{i18n.text("check-heading")}</h1>
                <RoutingReason/>
                {move || {
                    let rows = wizard.answers.with(|answers| rows(&i18n, answers, &rules));
                    view! { <SummaryList rows change=true/> }
                }}
                <h2 class="redress-heading-m">{i18n.text(send_heading)}</h2>
                <p class="redress-body">{i18n.text("check-send-body")}</p>
                <SendStatus progress/>
                {if by_email {
                    view! {
                        <p class="redress-body">{i18n.text("send-email-explain")}</p>
                        <ByEmail copy email_to=email_to.clone() copy_name on_sent=Callback::new(move |()| sent_by_email()) primary=true/>
                    }
                        .into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="redress-button"
                            aria-disabled=move || progress.get().busy().then_some("true")
                            on:click=move |_| send()
                        >
                            {move || if progress.get().busy() { i18n.t("check-sending") } else { i18n.t(button) }}
                        </button>
                    }
                        .into_any()
                }}
            </div>
        </div>
    }
}

/// The answers written out for the person to keep or email.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswersCopy {
    /// The email's subject line.
    pub subject: String,
    /// The answers as plain text.
    pub text: String,
}

impl AnswersCopy {
    /// A `mailto:` link to `to` with this copy, cut to a length email
    /// programs take, with `note` (where the rest is) at the end if cut.
    fn mailto(&self, to: &str, note: &str) -> MailtoLink {
        mailto_within(to, &self.subject, &self.text, note, MAILTO_LIMIT)
    }
}

/// Sending the answers by email: a copy to download, the email to open
/// (with the start of the answers and a note to attach the copy, when
/// they are too long for a link), and a button to say it has gone. The
/// answers stay until the person presses it.
#[component]
fn ByEmail(
    /// The answers as text.
    copy: impl Fn() -> Option<AnswersCopy> + Send + Sync + Copy + 'static,
    /// The council's address.
    email_to: Option<String>,
    /// The downloaded copy's file name.
    copy_name: impl Fn() -> String + Send + Sync + Copy + 'static,
    /// The person says the email has gone.
    on_sent: Callback<()>,
    /// The main way to send (a button-like link), or one of several.
    primary: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let link = move || {
        let to = email_to.clone()?;
        copy().map(|copy| copy.mailto(&to, &i18n.t("send-email-rest-attached")))
    };
    let (open_class, open_label) = if primary {
        ("redress-button", msg!("send-email-open"))
    } else {
        ("redress-link", msg!("send-by-email"))
    };
    move || {
        let link = link()?;
        let download = copy().map(|copy| email::download_href(&copy.text));
        Some(view! {
            {link
                .cut
                .then(|| {
                    view! {
                        <div class="redress-inset">
                            <p class="redress-body">{i18n.t("send-email-too-long")}</p>
                        </div>
                    }
                })}
            <AttachYourself/>
            {primary
                .then(|| {
                    download
                        .map(|href| {
                            view! {
                                <p class="redress-body">
                                    <a class="redress-link" href=href download=copy_name()>
                                        {i18n.t("send-download-copy")}
                                    </a>
                                </p>
                            }
                        })
                })}
            <p class="redress-body">
                <a class=open_class href=link.href>
                    {i18n.t(open_label)}
                </a>
            </p>
            <p class="redress-body">{i18n.t("send-email-kept")}</p>
            <button
                type="button"
                class="redress-button redress-button--secondary"
                on:click=move |_| on_sent.run(())
            >
                {i18n.t("send-email-done")}
            </button>
        })
    }
}

/// What is happening while a send is under way: visible text (the live
/// region announces the same).
#[component]
fn SendStatus(
    /// The send's progress.
    progress: RwSignal<Progress>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let text = match progress.get() {
            Progress::Waiting { seconds, because } => waiting_text(i18n, seconds, because),
            Progress::Offline => i18n.t("send-offline"),
            Progress::Sending => i18n.t("check-sending"),
            Progress::SendingFile { number, count } => sending_file_text(i18n, number, count),
            Progress::Idle | Progress::Failed(_) => return None,
        };
        Some(view! {
            <div class="redress-inset redress-send-status">
                <p class="redress-body">{text}</p>
            </div>
        })
    }
}

/// When sending has stopped: what went wrong, that nothing is lost, and
/// three ways on: try again, download a copy, or send it by email.
#[component]
fn SendProblem(
    /// The send's progress.
    progress: RwSignal<Progress>,
    /// The answers as text, for the download and the email.
    copy: impl Fn() -> Option<AnswersCopy> + Send + Sync + Copy + 'static,
    /// The council's address for the email, if it has one.
    email_to: Option<String>,
    /// The downloaded copy's file name.
    copy_name: impl Fn() -> String + Send + Sync + Copy + 'static,
    /// Tries again.
    retry: Callback<()>,
    /// The person says they have sent it by email.
    on_sent: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let Progress::Failed(problem) = progress.get() else {
            return None;
        };
        let title = i18n.t("check-send-failed");
        let download = copy().map(|copy| email::download_href(&copy.text));
        Some(view! {
            <div class="redress-error-summary" role="alert" aria-labelledby="send-problem-title">
                <h2 id="send-problem-title" class="redress-error-summary__title">{title}</h2>
                <p class="redress-body">{i18n.t(problem_message(problem))}</p>
                <p class="redress-body">{i18n.t("check-send-kept")}</p>
                <ul class="redress-list">
                    {(problem != Problem::Rejected)
                        .then(|| {
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="redress-button redress-button--secondary"
                                        on:click=move |_| retry.run(())
                                    >
                                        {i18n.t("send-try-again")}
                                    </button>
                                </li>
                            }
                        })}
                    {download
                        .map(|href| {
                            view! {
                                <li>
                                    <a class="redress-link" href=href download=copy_name()>
                                        {i18n.t("send-download-copy")}
                                    </a>
                                </li>
                            }
                        })}
                </ul>
                <ByEmail copy email_to=email_to.clone() copy_name on_sent primary=false/>
            </div>
        })
    }
}

/// Files the answers list that are gone from the device: each named, with
/// the way to add it again, before anything is sent.
#[component]
fn LostFiles(
    /// The files found gone when the person pressed Send.
    lost: RwSignal<Vec<NotAdded>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let limits = StoredValue::new(expect_context::<CouncilConfig>().attachments);
    move || {
        (!lost.with(Vec::is_empty)).then(|| {
            view! {
                <div class="redress-error-summary" role="alert" aria-labelledby="lost-files-title">
                    <h2 id="lost-files-title" class="redress-error-summary__title">
                        {i18n.text("check-send-failed")}
                    </h2>
                    <ul class="redress-list">
                        {lost
                            .get()
                            .iter()
                            .map(|not| {
                                let text = limits.with_value(|limits| not.text(&i18n, limits));
                                view! { <li>{text}</li> }
                            })
                            .collect_view()}
                    </ul>
                    <p class="redress-body">
                        <ActionLink
                            class="redress-link"
                            on_click=Callback::new(move |()| wizard.change(Step::Evidence))
                        >
                            {i18n.text("evidence-question")}
                        </ActionLink>
                    </p>
                </div>
            }
        })
    }
}

/// For the email adapter: the person's files cannot go in the email link,
/// so they are listed for the person to attach themselves.
#[component]
fn AttachYourself() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    move || {
        let files = wizard
            .answers
            .with(|a| a.evidence.clone().unwrap_or_default());
        (!files.is_empty()).then(|| {
            view! {
                <div class="redress-inset">
                    <p class="redress-body">{i18n.text("send-email-attach")}</p>
                    <ul class="redress-list redress-list--bullet">
                        {files.iter().map(|file| view! { <li>{file_line(&i18n, file)}</li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
