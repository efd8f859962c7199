//! Sending a submission to the council: the configured adapter, retries
//! with back-off (decided by `redress_core::delivery`), waiting offline
//! until the browser is back online, and telling the person what is
//! happening through the live region.
//!
//! One module per adapter: [`json`], [`form`] and [`email`] (which has no
//! request: the person's email program sends it).

pub mod email;
pub mod form;
pub mod json;

use leptos::prelude::*;
use redress_core::delivery::{attachment_url, next, Next, Outcome, Problem, RetryPolicy};
use redress_core::submission::Submission;

use crate::browser::{self, Body, Post};
use crate::config::{Adapter, SubmissionTarget};
use crate::device_files;
use crate::l10n::I18n;
use crate::live_region::announce;
use crate::msg;

/// Where a send has got to, for the page to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Not sending.
    Idle,
    /// A try is on its way.
    Sending,
    /// One of the person's files is on its way, before the answers.
    SendingFile {
        /// Which file, counting from 1.
        number: usize,
        /// How many files.
        count: usize,
    },
    /// The last try failed; the next starts after a wait.
    Waiting {
        /// Seconds until the next try.
        seconds: u64,
        /// Why the last try failed.
        because: Problem,
    },
    /// The browser is offline: the submission waits in the outbox and goes
    /// when the connection is back.
    Offline,
    /// Stopped trying: the person chooses what to do.
    Failed(Problem),
}

impl Progress {
    /// Whether a send is under way (the Send button does nothing meanwhile).
    pub fn busy(self) -> bool {
        matches!(
            self,
            Progress::Sending
                | Progress::SendingFile { .. }
                | Progress::Waiting { .. }
                | Progress::Offline
        )
    }
}

/// What the person is told about a failed try, as a message id.
pub fn problem_message(problem: Problem) -> &'static str {
    match problem {
        Problem::Unreachable => msg!("send-problem-unreachable"),
        Problem::TimedOut => msg!("send-problem-timed-out"),
        Problem::ServerError => msg!("send-problem-server"),
        Problem::Busy => msg!("send-problem-busy"),
        Problem::Rejected => msg!("send-problem-rejected"),
    }
}

/// What the person is told while waiting to try again: what went wrong,
/// and when the next try is.
pub fn waiting_text(i18n: I18n, seconds: u64, because: Problem) -> String {
    format!(
        "{} {}",
        i18n.t(problem_message(because)),
        i18n.t_with("send-retrying", &[("seconds", (seconds as i64).into())])
    )
}

/// What a send needs besides the submission: where the files are kept on
/// the device, and which of them have arrived already in this send.
pub struct Files {
    /// The journey the files are kept under ([`crate::device_files`]).
    pub journey: String,
    /// The digests of the files the receiver has taken.
    arrived: Vec<String>,
}

impl Files {
    /// The files of `journey`, none sent yet.
    pub fn of(journey: String) -> Files {
        Files {
            journey,
            arrived: Vec::new(),
        }
    }
}

/// How long to wait for a request carrying `bytes`: the configured time, and
/// a second more for each 50 KB (a slow mobile connection's pace).
fn timeout_ms(target: &SubmissionTarget, bytes: usize) -> u32 {
    let extra = u32::try_from(bytes / 50_000).unwrap_or(u32::MAX);
    target
        .timeout_seconds
        .saturating_add(extra)
        .saturating_mul(1000)
}

/// What cannot be sent at all (nothing to send, or a file gone from the
/// device): a refusal no try can change.
const UNSENDABLE: Outcome = Outcome::Refused {
    status: 0,
    retry_after: None,
};

/// A file's bytes from the device, or the outcome that stops the try.
async fn file_bytes(files: &Files, sha256: &str) -> Result<Vec<u8>, Outcome> {
    match device_files::read(&files.journey, sha256).await {
        Ok(Some(bytes)) => Ok(bytes),
        // Gone from the device: no try will find it (the page asks the
        // person to add it again before sending).
        _ => Err(UNSENDABLE),
    }
}

/// The JSON adapter's files: each `PUT` under its digest before the
/// submission (a repeat is harmless, so a retry never duplicates one), each
/// only until it has arrived once. 409 means the submission itself has
/// already been kept (its answer was lost on the way): the files are there.
async fn put_files(
    i18n: I18n,
    target: &SubmissionTarget,
    submission: &Submission,
    files: &mut Files,
    progress: RwSignal<Progress>,
) -> Result<(), Outcome> {
    let count = submission.attachments.len();
    for (at, file) in submission.attachments.iter().enumerate() {
        if files.arrived.contains(&file.sha256) {
            continue;
        }
        progress.set(Progress::SendingFile {
            number: at + 1,
            count,
        });
        announce(&sending_file_text(i18n, at + 1, count));
        let bytes = file_bytes(files, &file.sha256).await?;
        let url = attachment_url(&target.endpoint, &submission.id, &file.sha256);
        let outcome = browser::post(Post {
            method: "PUT",
            url: &crate::embed::asset(&url),
            body: Body::Bytes(&bytes, &file.media_type),
            idempotency_key: &submission.id,
            headers: &target.headers,
            timeout_ms: timeout_ms(target, bytes.len()),
        })
        .await;
        match outcome {
            Outcome::Accepted { .. } | Outcome::Refused { status: 409, .. } => {
                files.arrived.push(file.sha256.clone());
            }
            other => return Err(other),
        }
    }
    Ok(())
}

/// What the person is told while a file is on its way.
pub fn sending_file_text(i18n: I18n, number: usize, count: usize) -> String {
    i18n.t_with(
        "check-sending-file",
        &[
            ("number", (number as i64).into()),
            ("count", (count as i64).into()),
        ],
    )
}

/// One try through the configured adapter.
async fn try_once(
    i18n: I18n,
    target: &SubmissionTarget,
    submission: &Submission,
    files: &mut Files,
    progress: RwSignal<Progress>,
) -> Outcome {
    let mut size = 0;
    let form_data;
    let text;
    let body = match target.adapter {
        Adapter::Json => {
            if let Err(outcome) = put_files(i18n, target, submission, files, progress).await {
                return outcome;
            }
            progress.set(Progress::Sending);
            let Some(body) = json::body(submission) else {
                return UNSENDABLE;
            };
            text = body;
            Body::Text(&text, json::CONTENT_TYPE)
        }
        Adapter::Form if submission.attachments.is_empty() => {
            let Some(body) = form::body(submission) else {
                return UNSENDABLE;
            };
            text = body;
            Body::Text(&text, form::CONTENT_TYPE)
        }
        Adapter::Form => {
            let mut bytes = Vec::new();
            for file in &submission.attachments {
                match file_bytes(files, &file.sha256).await {
                    Ok(content) => {
                        size += content.len();
                        bytes.push(content);
                    }
                    Err(outcome) => return outcome,
                }
            }
            let Some(data) = form::multipart(submission, &bytes) else {
                return UNSENDABLE;
            };
            form_data = data;
            Body::Form(&form_data)
        }
        // The email adapter sends nothing itself.
        Adapter::Email => return UNSENDABLE,
    };
    browser::post(Post {
        method: "POST",
        url: &crate::embed::asset(&target.endpoint),
        body,
        idempotency_key: &submission.id,
        headers: &target.headers,
        timeout_ms: timeout_ms(target, size),
    })
    .await
}

/// Sends `submission` until it arrives or the retry policy gives up,
/// keeping `progress` up to date and announcing each change. Resolves to
/// the receiver's own reference, if it gave one.
pub async fn deliver(
    i18n: I18n,
    target: &SubmissionTarget,
    submission: &Submission,
    mut files: Files,
    progress: RwSignal<Progress>,
) -> Result<Option<String>, Problem> {
    let policy = RetryPolicy::default();
    let mut attempt = 1;
    loop {
        if !browser::online() {
            progress.set(Progress::Offline);
            announce(&i18n.t("send-offline"));
            browser::until_online().await;
        }
        progress.set(Progress::Sending);
        announce(&i18n.t("check-sending"));
        let outcome = try_once(i18n, target, submission, &mut files, progress).await;
        if outcome == Outcome::Unreachable && !browser::online() {
            // Went offline mid-try: wait for the connection, without using
            // up a try.
            continue;
        }
        match next(
            &policy,
            attempt,
            &outcome,
            browser::now_ms(),
            browser::random_unit(),
        ) {
            Next::Delivered { reference } => {
                progress.set(Progress::Idle);
                return Ok(reference);
            }
            Next::Retry { after_ms, because } => {
                let seconds = after_ms.div_ceil(1000).max(1);
                progress.set(Progress::Waiting { seconds, because });
                announce(&waiting_text(i18n, seconds, because));
                browser::sleep(after_ms).await;
                attempt += 1;
            }
            Next::GiveUp { because } => {
                progress.set(Progress::Failed(because));
                announce(&i18n.t("check-send-failed"));
                return Err(because);
            }
        }
    }
}
