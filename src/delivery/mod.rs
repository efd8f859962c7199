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
use redress_core::delivery::{next, Next, Outcome, Problem, RetryPolicy};
use redress_core::submission::Submission;

use crate::browser::{self, Post};
use crate::config::{Adapter, SubmissionTarget};
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
            Progress::Sending | Progress::Waiting { .. } | Progress::Offline
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

/// One try through the configured adapter.
async fn try_once(target: &SubmissionTarget, submission: &Submission) -> Outcome {
    let encoded = match target.adapter {
        Adapter::Json => json::body(submission).map(|body| (json::CONTENT_TYPE, body)),
        Adapter::Form => form::body(submission).map(|body| (form::CONTENT_TYPE, body)),
        // The email adapter sends nothing itself.
        Adapter::Email => None,
    };
    let Some((content_type, body)) = encoded else {
        return Outcome::Refused {
            status: 0,
            retry_after: None,
        };
    };
    browser::post(Post {
        url: &crate::embed::asset(&target.endpoint),
        content_type,
        body: &body,
        idempotency_key: &submission.id,
        headers: &target.headers,
        timeout_ms: target.timeout_seconds.saturating_mul(1000),
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
        let outcome = try_once(target, submission).await;
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
