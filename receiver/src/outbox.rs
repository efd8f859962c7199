//! Deliveries: each stored submission sent on to the council's systems.
//!
//! A delivery is a row in the same SQLite database as the submissions,
//! written in the same transaction as the submission it carries (see
//! [`crate::store::Store::with_deliveries`]), so nothing stored is left
//! unsent and nothing is sent that was not stored. The browser is answered
//! once the submission is stored, never after it is delivered.
//!
//! One worker sends them, oldest first. A failed attempt is tried again
//! after a wait that doubles each time (from `backoff`, at most an hour),
//! each wait between half and all of that at random so that many
//! deliveries failing together do not come back together. After the
//! configured number of attempts a delivery is marked failed: the log says
//! so, the staff listing shows it, and `redress-receiver deliveries --retry`
//! sends it again. A receiver killed mid-send finds the delivery still
//! pending when it starts again and sends it once more, with the same
//! `webhook-id`, so a system that honours the id never takes it twice.

use std::sync::Arc;
use std::time::Duration;

use crate::acknowledge::{self, NotMade, Sources};
use crate::attachments;
use crate::mail::{self, Email, Sent};
use crate::store::{Due, Store, StoreError};
use crate::team_email;
use crate::webhook::{self, Secret};

/// Where deliveries go, as the receiver was started.
#[derive(Clone, Debug, PartialEq)]
pub struct Deliveries {
    /// A council system's webhook, if one is configured.
    pub webhook: Option<Webhook>,
    /// Email to the complaints team, if configured.
    pub email: Option<Email>,
    /// How many attempts before a delivery is marked failed.
    pub attempts: u32,
    /// The first wait after a failed attempt; each next one doubles.
    pub backoff: Duration,
    /// Where the acknowledgement's words come from.
    pub sources: Sources,
}

/// A webhook target.
#[derive(Clone, Debug, PartialEq)]
pub struct Webhook {
    /// Where to POST each submission.
    pub url: String,
    /// The signing secret.
    pub secret: Secret,
}

/// The name of the webhook target in the database and the listing.
pub const WEBHOOK: &str = "webhook";

/// The name of the complaints team's email in the database and the listing.
pub const TEAM_EMAIL: &str = "team-email";

/// The name of the acknowledgement to the person in the database and the
/// listing.
pub const ACKNOWLEDGEMENT: &str = "acknowledgement";

/// The longest wait between attempts.
const LONGEST_WAIT: Duration = Duration::from_secs(3600);

/// How long one attempt may take, connecting and answering.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);

/// How often the worker looks for due deliveries when nothing wakes it (a
/// `deliveries --retry` from another process cannot).
const LOOK_EVERY: Duration = Duration::from_secs(30);

impl Default for Deliveries {
    fn default() -> Self {
        Deliveries {
            webhook: None,
            email: None,
            attempts: 30,
            backoff: Duration::from_secs(10),
            sources: Sources::default(),
        }
    }
}

impl Deliveries {
    /// The targets each new submission is delivered to.
    pub fn targets(&self) -> Vec<String> {
        let email = self.email.iter();
        let team = email
            .clone()
            .filter(|email| !email.team.is_empty())
            .map(|_| TEAM_EMAIL);
        let acknowledgement = email
            .filter(|email| email.acknowledge)
            .map(|_| ACKNOWLEDGEMENT);
        let webhook = self.webhook.iter().map(|_| WEBHOOK);
        team.chain(acknowledgement)
            .chain(webhook)
            .map(str::to_owned)
            .collect()
    }

    /// The targets a submission with `payload` is delivered to: an
    /// acknowledgement only to a person who gave an email address.
    pub fn targets_for(&self, payload: &str) -> Vec<String> {
        let mut targets = self.targets();
        if targets.iter().any(|target| target == ACKNOWLEDGEMENT) {
            let has_address = serde_json::from_str::<serde_json::Value>(payload)
                .is_ok_and(|payload| acknowledge::address(&payload).is_some());
            targets.retain(|target| has_address || target != ACKNOWLEDGEMENT);
        }
        targets
    }

    /// Lines for the log at start: where submissions go.
    pub fn describe(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(email) = self.email.as_ref().filter(|email| !email.team.is_empty()) {
            let team: Vec<String> = email.team.iter().map(|to| to.email.to_string()).collect();
            lines.push(format!(
                "Deliveries: each submission is emailed to {} through {} (up to {} attempts)",
                team.join(", "),
                email.smtp.shown(),
                self.attempts
            ));
        }
        if let Some(email) = self.email.as_ref().filter(|email| email.acknowledge) {
            lines.push(format!(
                "Deliveries: each person who gave an email address is sent an acknowledgement in their language \
                 through {}, written with {} and the message files in {}",
                email.smtp.shown(),
                self.sources.config.display(),
                self.sources.locales.display()
            ));
        }
        if let Some(webhook) = &self.webhook {
            lines.push(format!(
                "Deliveries: each submission is sent to the webhook at {} (signed; up to {} attempts)",
                webhook.url, self.attempts
            ));
        }
        if lines.is_empty() {
            lines.push("Deliveries: none configured; submissions are kept here only, for the staff listing (see docs/submission.md, \"Deliveries\")".to_owned());
        }
        lines
    }
}

/// The wait before attempt `attempt + 1`, after `attempt` failed ones (1 or
/// more): `first` doubled for each failure after the first, at most an hour,
/// then scaled to between half and all of it by `unit` (0 to 1, at random).
pub fn backoff(first: Duration, attempt: u32, unit: f64) -> Duration {
    let doublings = attempt.saturating_sub(1).min(20);
    let full = first.saturating_mul(1 << doublings).min(LONGEST_WAIT);
    full.mul_f64(0.5 + unit.clamp(0.0, 1.0) / 2.0)
}

/// What came of one attempt.
#[derive(Debug, PartialEq)]
enum Attempt {
    Delivered,
    /// Worth trying again later.
    Failed(String),
    /// Refused for good: trying again unchanged is no use.
    Refused(String),
}

/// Sends deliveries as they fall due, for as long as the receiver runs.
pub async fn run(store: Store, deliveries: Arc<Deliveries>) {
    let agent = ureq::config::Config::builder()
        .timeout_global(Some(ATTEMPT_TIMEOUT))
        .http_status_as_error(false)
        // A redirect is an answer to fix, not one to follow with a
        // complaint's contents.
        .max_redirects(0)
        .user_agent(concat!("redress-receiver/", env!("CARGO_PKG_VERSION")))
        .build()
        .new_agent();
    loop {
        // What is due, and when the next is, away from the async threads.
        let looked = {
            let store = store.clone();
            tokio::task::spawn_blocking(move || -> Result<_, StoreError> {
                Ok((store.due(now_ms(), 20)?, store.next_due()?))
            })
            .await
        };
        let (due, next) = match looked {
            Ok(Ok(found)) => found,
            Ok(Err(error)) => {
                eprintln!("redress-receiver: deliveries: {error}");
                (Vec::new(), None)
            }
            Err(_) => (Vec::new(), None),
        };
        if due.is_empty() {
            let wait = next
                .map(|at| Duration::from_millis(at.saturating_sub(now_ms()).max(0) as u64))
                .unwrap_or(LOOK_EVERY)
                .min(LOOK_EVERY);
            let _ = tokio::time::timeout(wait, store.woken()).await;
            continue;
        }
        for item in due {
            let outcome = {
                let agent = agent.clone();
                let deliveries = Arc::clone(&deliveries);
                let item = item.clone();
                let store = store.clone();
                tokio::task::spawn_blocking(move || attempt(&agent, &store, &deliveries, &item))
                    .await
                    .unwrap_or_else(|_| Attempt::Failed("the attempt stopped unexpectedly".into()))
            };
            record(&store, &deliveries, &item, outcome).await;
        }
    }
}

/// One attempt at one delivery.
fn attempt(agent: &ureq::Agent, store: &Store, deliveries: &Deliveries, item: &Due) -> Attempt {
    match (item.target.as_str(), &deliveries.webhook, &deliveries.email) {
        (WEBHOOK, Some(webhook), _) => send_webhook(agent, webhook, item),
        (TEAM_EMAIL, _, Some(email)) if !email.team.is_empty() => {
            send_team_email(email, store, &deliveries.sources, item)
        }
        (ACKNOWLEDGEMENT, _, Some(email)) if email.acknowledge => {
            send_acknowledgement(email, &deliveries.sources, item)
        }
        (target, _, _) => Attempt::Failed(format!(
            "the target \"{target}\" is no longer configured; configure it and retry"
        )),
    }
}

fn send_webhook(agent: &ureq::Agent, webhook: &Webhook, item: &Due) -> Attempt {
    let id = webhook::message_id(&item.submission_id);
    let timestamp = now_ms() / 1000;
    let signature = webhook::signature(&webhook.secret, &id, timestamp, item.payload.as_bytes());
    let sent = agent
        .post(&webhook.url)
        .header("content-type", "application/json")
        .header("webhook-id", &id)
        .header("webhook-timestamp", &timestamp.to_string())
        .header("webhook-signature", &signature)
        .send(item.payload.as_str());
    match sent {
        Ok(response) if response.status().is_success() => Attempt::Delivered,
        Ok(response) => Attempt::Failed(format!("answered HTTP {}", response.status().as_u16())),
        Err(error) => Attempt::Failed(format!("not reached: {error}")),
    }
}

/// The stored payload, as JSON.
fn stored_payload(item: &Due) -> Result<serde_json::Value, Attempt> {
    serde_json::from_str(&item.payload)
        .map_err(|error| Attempt::Refused(format!("the stored submission is not JSON: {error}")))
}

/// Sends an email made for a delivery.
fn send_made(email: &Email, message: Result<lettre::Message, String>) -> Attempt {
    let message = match message {
        Ok(message) => message,
        Err(error) => return Attempt::Refused(format!("the email could not be made: {error}")),
    };
    match mail::send(&email.smtp, &message, ATTEMPT_TIMEOUT) {
        Sent::Taken => Attempt::Delivered,
        Sent::Later(error) => Attempt::Failed(error),
        Sent::Refused(error) => Attempt::Refused(error),
    }
}

fn send_team_email(email: &Email, store: &Store, sources: &Sources, item: &Due) -> Attempt {
    let payload = match stored_payload(item) {
        Ok(payload) => payload,
        Err(refused) => return refused,
    };
    // The files they attached go with it when they fit in one email.
    let listed = attachments::listed(&payload);
    let total: u64 = listed.iter().map(|file| file.size).sum();
    let mut files = Vec::new();
    if total <= team_email::ATTACH_AT_MOST {
        for file in &listed {
            match store.attached(&item.submission_id, &file.sha256) {
                Ok(Some((_, bytes))) => files.push((file.clone(), bytes)),
                Ok(None) => {
                    return Attempt::Failed(format!(
                        "the file {:?} ({}) is not kept here",
                        file.name, file.sha256
                    ))
                }
                Err(error) => return Attempt::Failed(error.to_string()),
            }
        }
    }
    // Their answers in their language help, but the English ones are what
    // the team needs: without the wizard's files the email goes without.
    let theirs =
        acknowledge::answers_in_their_language(sources, &payload).unwrap_or_else(|error| {
            eprintln!(
                "redress-receiver: the team's email of {} has the answers in English only: {error}",
                item.reference
            );
            Vec::new()
        });
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let team = team_email::compose(&payload, &theirs, &listed, !files.is_empty(), &stamp);
    send_made(
        email,
        mail::team_message(email, &item.submission_id, &item.payload, team, files),
    )
}

fn send_acknowledgement(email: &Email, sources: &Sources, item: &Due) -> Attempt {
    let payload = match stored_payload(item) {
        Ok(payload) => payload,
        Err(refused) => return refused,
    };
    let (to, reply_to, acknowledgement) = match acknowledge::make(sources, &payload) {
        Ok(made) => made,
        Err(NotMade::Later(error)) => return Attempt::Failed(error),
        Err(NotMade::Never(error)) => return Attempt::Refused(error),
    };
    send_made(
        email,
        mail::acknowledgement_message(email, &item.submission_id, to, reply_to, acknowledgement),
    )
}

/// Writes down what came of an attempt, and says in the log when a
/// delivery has failed for good.
async fn record(store: &Store, deliveries: &Deliveries, item: &Due, outcome: Attempt) {
    let attempts = item.attempts + 1;
    let store = store.clone();
    let item = item.clone();
    let limit = deliveries.attempts;
    let backoff_first = deliveries.backoff;
    let written = tokio::task::spawn_blocking(move || match outcome {
        Attempt::Delivered => store.delivered(&item.submission_id, &item.target, &crate::now_utc()),
        Attempt::Refused(error) => {
            eprintln!(
                "redress-receiver: delivery of {} to the {} was refused and will not be tried again \
                 ({error}); when that is put right, `redress-receiver deliveries --retry` sends it again",
                item.reference, item.target
            );
            store.not_delivered(&item.submission_id, &item.target, attempts, None, &error)
        }
        Attempt::Failed(error) if attempts >= limit => {
            eprintln!(
                "redress-receiver: delivery of {} to the {} failed {attempts} times and will not be tried again \
                 (last: {error}); `redress-receiver deliveries --retry` sends it again",
                item.reference, item.target
            );
            store.not_delivered(&item.submission_id, &item.target, attempts, None, &error)
        }
        Attempt::Failed(error) => {
            let wait = backoff(backoff_first, attempts, fastrand::f64());
            let next = now_ms().saturating_add(wait.as_millis() as i64);
            store.not_delivered(&item.submission_id, &item.target, attempts, Some(next), &error)
        }
    })
    .await;
    if let Ok(Err(error)) = written {
        eprintln!("redress-receiver: deliveries: {error}");
    }
}

/// Milliseconds since 1970 on this machine's clock.
fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn waits_double_up_to_an_hour() {
        let first = Duration::from_secs(10);
        let full = |attempt| backoff(first, attempt, 1.0).as_secs();
        assert_eq!(
            (1..=11).map(full).collect::<Vec<_>>(),
            [10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600]
        );
        assert_eq!(backoff(first, 1, 0.0), Duration::from_secs(5));
        assert_eq!(backoff(first, u32::MAX, 1.0), LONGEST_WAIT);
    }

    proptest! {
        /// A wait is between half and all of the doubled one, and never
        /// shorter than the wait before it at its longest would be halved.
        #[test]
        fn waits_are_jittered_within_half(attempt in 1u32..100, unit in 0.0f64..=1.0) {
            let first = Duration::from_secs(10);
            let full = backoff(first, attempt, 1.0);
            let wait = backoff(first, attempt, unit);
            prop_assert!(wait <= full && wait * 2 >= full, "{wait:?} of {full:?}");
            prop_assert!(backoff(first, attempt + 1, 1.0) >= full);
        }
    }

    #[test]
    fn targets_follow_the_configuration() {
        assert!(Deliveries::default().targets().is_empty());
        assert!(Deliveries::default().describe()[0].contains("none configured"));
        let with = Deliveries {
            webhook: Some(Webhook {
                url: "https://cases.example.gov.uk/hooks/redress".into(),
                secret: Secret::parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "S").unwrap(),
            }),
            ..Deliveries::default()
        };
        assert_eq!(with.targets(), [WEBHOOK]);
        assert!(with.describe()[0].contains("https://cases.example.gov.uk/hooks/redress"));
        assert!(!format!("{with:?}").contains("MfKQ9r8"));
    }

    #[test]
    fn an_acknowledgement_is_owed_only_to_someone_with_an_address() {
        let email = Email {
            smtp: crate::mail::Smtp::parse("smtp://127.0.0.1:2525", "S").unwrap(),
            from: "no-reply@example.gov.uk".parse().unwrap(),
            team: vec!["complaints@example.gov.uk".parse().unwrap()],
            acknowledge: true,
        };
        let deliveries = Deliveries {
            email: Some(email),
            ..Deliveries::default()
        };
        assert_eq!(deliveries.targets(), [TEAM_EMAIL, ACKNOWLEDGEMENT]);
        let with = r#"{"answers": {"contact": {"email": "amira@example.org"}}}"#;
        assert_eq!(deliveries.targets_for(with), [TEAM_EMAIL, ACKNOWLEDGEMENT]);
        for without in [
            r#"{"answers": {"contact": null}}"#,
            r#"{"answers": {"contact": {"email": ""}}}"#,
            "not json",
        ] {
            assert_eq!(deliveries.targets_for(without), [TEAM_EMAIL], "{without}");
        }
        assert_eq!(deliveries.describe().len(), 2);
    }
}
