//! What is sent when the person presses Send: the answers, the routing and
//! the dated timeline, under an id and a reference a person can read out.
//!
//! The payload is versioned ([`VERSION`]) and described by a JSON Schema
//! published beside the wizard, `public/schema/submission-v1.json`; the
//! reference receiver checks every submission against it, and so do the
//! tests, for every route through the journey.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::attachment::AttachedFile;
use crate::calendar::Calendar;
use crate::date::{Date, DateTime};
use crate::follow_up::{follow_up, FollowUp, FollowUpError, FollowUpRequest};
use crate::journey::{routing, Answers, Consent, ContactKind, ProcedureRole, Rules};
use crate::procedure::Procedure;
use crate::timeline::{timeline, Complaint, Timeline};

/// Letters for references: Crockford's base 32, without I, L, O and U, so a
/// reference read out on the phone cannot be misheard as another.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A reference like `RDX-7K3P-Q9MA` from 5 random bytes (40 bits: a
/// collision is vanishingly unlikely for a council's volume).
///
/// ```
/// assert_eq!(redress_core::submission::reference([0, 0, 0, 0, 0]), "RDX-0000-0000");
/// assert_eq!(redress_core::submission::reference([255; 5]), "RDX-ZZZZ-ZZZZ");
/// ```
pub fn reference(bytes: [u8; 5]) -> String {
    let mut value = bytes.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    let mut letters = [0u8; 8];
    for slot in letters.iter_mut().rev() {
        *slot = ALPHABET[(value & 31) as usize];
        value >>= 5;
    }
    let text = String::from_utf8_lossy(&letters).into_owned();
    format!("RDX-{}-{}", &text[..4], &text[4..])
}

/// A reference as a person types it back: any case, with or without
/// spaces, hyphens or the `RDX-`, and with the letters Crockford's base 32
/// reads as digits (I and L as 1, O as 0). `None` when it is not one of
/// ours (a council's own reference for a complaint made by phone or letter).
///
/// ```
/// use redress_core::submission::read_reference;
/// assert_eq!(read_reference(" rdx 7k3p q9ma ").as_deref(), Some("RDX-7K3P-Q9MA"));
/// assert_eq!(read_reference("7K3P-Q9MA").as_deref(), Some("RDX-7K3P-Q9MA"));
/// assert_eq!(read_reference("RDX-7K3P-Q9MO").as_deref(), Some("RDX-7K3P-Q9M0"));
/// assert_eq!(read_reference("CMP/2026/1234"), None);
/// ```
pub fn read_reference(typed: &str) -> Option<String> {
    let letters: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '_'))
        .map(|c| match c.to_ascii_uppercase() {
            'I' | 'L' => '1',
            'O' => '0',
            other => other,
        })
        .collect();
    let letters = letters.strip_prefix("RDX").unwrap_or(&letters);
    (letters.len() == 8 && letters.bytes().all(|b| ALPHABET.contains(&b)))
        .then(|| format!("RDX-{}-{}", &letters[..4], &letters[4..]))
}

/// A version 4 UUID from 16 random bytes.
///
/// ```
/// let id = redress_core::submission::uuid_v4([0xab; 16]);
/// assert_eq!(id, "abababab-abab-4bab-abab-abababababab");
/// ```
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex = crate::hex(&bytes);
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// The payload's version: the `version` field, and the `v1` in the name of
/// the schema that describes it (`public/schema/submission-v1.json`).
pub const VERSION: u32 = 1;

/// The procedure a submission went through, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoutedTo {
    /// Which of the council's procedures.
    pub role: ProcedureRole,
    /// The procedure's id (see `redress-dates procedures`).
    pub procedure: String,
    /// The procedure's name, in English.
    pub procedure_name: String,
    /// Why, as a Fluent message id (its English text is in `english`).
    pub reason: &'static str,
}

/// One question and its answer written out in English, for staff who do
/// not read the person's language. Free text stays exactly as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RenderedAnswer {
    /// The question, in English.
    pub question: String,
    /// The answer, one entry per line: fixed answers in English, typed text
    /// as written.
    pub answer: Vec<String>,
}

/// The permissions the person gave or withheld, gathered in one place so
/// staff can see at once what they may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Consents {
    /// May the council look at the records it keeps about the person (and
    /// the person complained for)? `None` when not asked.
    pub records: Option<bool>,
    /// For a complaint made for someone else: have they agreed? `None` when
    /// the complaint is the person's own.
    pub person_complained_for: Option<Consent>,
    /// Did the person ask for something to be kept confidential (within the
    /// limit they were told of)? `None` when not asked.
    pub confidentiality_requested: Option<bool>,
}

/// What the browser knows about this send, besides the answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    /// A UUID v4 made by the browser once per journey, so a retried send is
    /// recognised as the same one.
    pub id: String,
    /// What the person quotes when they call.
    pub reference: String,
    /// The moment it was sent, in UTC (RFC 3339, e.g.
    /// `2026-11-20T16:45:12.345Z`).
    pub submitted_at: String,
    /// The same moment on the council's clock (UK local time).
    pub sent_at: DateTime,
    /// The language the person used (a BCP 47 tag).
    pub language: String,
}

/// One complaint, compliment or comment as sent: version 1 of the payload,
/// described by `public/schema/submission-v1.json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Submission {
    /// Always [`VERSION`].
    pub version: u32,
    /// Made by the browser, so a retried send is recognised as the same one.
    pub id: String,
    /// What the person quotes when they call.
    pub reference: String,
    /// When it was sent, in UTC.
    pub submitted_at: String,
    /// When it was sent, on the council's clock (UK local time).
    pub sent_at: DateTime,
    /// The council-local day it counts as received: for a complaint, the next
    /// working day when it arrived on a non-working day or after the cut-off.
    pub received_on: Date,
    /// The language the person used.
    pub language: String,
    /// Complaint, compliment or comment.
    pub kind: ContactKind,
    /// The procedure, for a complaint.
    pub routing: Option<RoutedTo>,
    /// What will happen when, for a complaint.
    pub timeline: Option<Timeline>,
    /// Every answer on the route taken; answers given on pages later left
    /// off the route are not sent.
    pub answers: Answers,
    /// The permissions given, gathered from the answers.
    pub consents: Consents,
    /// The answers written out in English, question by question, for staff.
    pub english: Vec<RenderedAnswer>,
    /// A follow-up of an earlier complaint: what is asked and the dates.
    pub follow_up: Option<FollowUpSent>,
    /// The files attached as evidence, each sent apart under its digest;
    /// left out of the payload when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<AttachedFile>,
}

/// What a follow-up asks, about which complaint, with its dates.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FollowUpSent {
    /// The earlier complaint's reference as the person typed it, if they did.
    pub earlier_reference: Option<String>,
    /// That reference read as one of ours (`RDX-…`), where it is one.
    pub redress_reference: Option<String>,
    /// What the person asks the council for.
    pub request: FollowUpRequest,
    /// Where the complaint stands and what can happen next, dated on the
    /// day it was sent.
    pub answer: FollowUp,
}

/// Why a submission cannot be built yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incomplete {
    /// The person has not said whether it is a complaint, a compliment or a
    /// comment.
    NoKind,
    /// A follow-up whose stage, dates or request are not all given.
    FollowUpUnanswered,
    /// A follow-up whose dates do not fit the procedure or each other.
    FollowUpUndated(FollowUpError),
}

impl fmt::Display for Incomplete {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Incomplete::NoKind => f.write_str("the kind of contact has not been chosen"),
            Incomplete::FollowUpUnanswered => {
                f.write_str("the follow-up's stage, dates or request are not all given")
            }
            Incomplete::FollowUpUndated(error) => {
                write!(f, "the follow-up cannot be dated: {error}")
            }
        }
    }
}

impl std::error::Error for Incomplete {}

/// The answers as the person gave them: `answers` with the files they
/// added, which the payload lists apart, as `attachments`. What Check your
/// answers showed is written again from these (the confirmation, the copy,
/// the team's email).
pub fn answers_given(answers: &Answers, attachments: &[AttachedFile]) -> Answers {
    Answers {
        evidence: Some(attachments.to_vec()),
        ..answers.clone()
    }
}

/// Builds the submission from the answers on the route. `procedure_for`
/// gives the council's procedure for each role. The timeline counts working
/// days in `calendar`, the council's own (closure days, cut-off time), or
/// when it has none, in the bank holidays of the procedure's nation.
pub fn build(
    answers: &Answers,
    rules: &Rules,
    envelope: Envelope,
    english: Vec<RenderedAnswer>,
    procedure_for: impl Fn(ProcedureRole) -> &'static Procedure,
    calendar: Option<&Calendar>,
) -> Result<Submission, Incomplete> {
    let mut answers = answers.relevant(rules);
    let attachments = answers.evidence.take().unwrap_or_default();
    let kind = answers.kind.ok_or(Incomplete::NoKind)?;
    let routed = routing(&answers).map(|routing| (routing, procedure_for(routing.role)));
    let calendar_for = |procedure: &Procedure| {
        calendar
            .cloned()
            .unwrap_or_else(|| Calendar::new(procedure.nation.division()))
    };
    let sent = match (kind, routed) {
        (ContactKind::FollowUp, Some((_, procedure))) => {
            let earlier = answers
                .earlier(rules)
                .ok_or(Incomplete::FollowUpUnanswered)?;
            let request = answers.request.ok_or(Incomplete::FollowUpUnanswered)?;
            let calendar = calendar_for(procedure);
            let answer = follow_up(procedure, &calendar, &earlier, envelope.sent_at.date)
                .map_err(Incomplete::FollowUpUndated)?;
            let typed = answers
                .earlier_reference
                .as_deref()
                .map(str::trim)
                .filter(|typed| !typed.is_empty());
            Some(FollowUpSent {
                earlier_reference: typed.map(str::to_owned),
                redress_reference: typed.and_then(read_reference),
                request,
                answer,
            })
        }
        (ContactKind::FollowUp, None) => return Err(Incomplete::FollowUpUnanswered),
        _ => None,
    };
    let new_complaint = routed.filter(|_| kind == ContactKind::Complaint);
    let dated = new_complaint.and_then(|(_, procedure)| {
        let calendar = calendar_for(procedure);
        let mut complaint = Complaint::new(envelope.sent_at);
        complaint.service = answers
            .topic
            .and_then(|topic| topic.service())
            .map(str::to_owned);
        // An answer the procedure does not offer (a profile changed under a
        // saved journey) starts at the first stage rather than failing.
        complaint.handling = answers
            .handling
            .clone()
            .filter(|id| procedure.resolution_option(id).is_some());
        complaint.happened = answers.happened;
        complaint.found_out = answers.found_out;
        timeline(procedure, &calendar, &complaint).ok()
    });
    // A follow-up reaches the council as a complaint does: on the day it
    // arrives, or the next working day under the procedure's rule.
    let received_on = match (&dated, routed) {
        (Some(timeline), _) => timeline.received,
        (None, Some((_, procedure))) => {
            calendar_for(procedure).receipt_day(envelope.sent_at, procedure.non_working_receipt)
        }
        (None, None) => envelope.sent_at.date,
    };
    let consents = Consents {
        records: answers.records,
        person_complained_for: answers.consent,
        confidentiality_requested: answers.confidential,
    };
    Ok(Submission {
        version: VERSION,
        id: envelope.id,
        reference: envelope.reference,
        submitted_at: envelope.submitted_at,
        sent_at: envelope.sent_at,
        received_on,
        language: envelope.language,
        kind,
        routing: routed.map(|(routing, procedure)| RoutedTo {
            role: routing.role,
            procedure: procedure.id.clone(),
            procedure_name: procedure.name.clone(),
            reason: routing.reason_in(procedure),
        }),
        timeline: dated,
        answers,
        consents,
        english,
        follow_up: sent,
        attachments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::{Step, Topic, Who};
    use crate::procedure::built_in_procedure;
    use proptest::prelude::*;

    fn procedure_for(role: ProcedureRole) -> &'static Procedure {
        let id = match role {
            ProcedureRole::Children => "children-statutory-england",
            ProcedureRole::Adults => "adult-statutory-england",
            ProcedureRole::General => "general-barnsley",
        };
        built_in_procedure(id).unwrap()
    }

    fn envelope(sent_at: &str, language: &str) -> Envelope {
        Envelope {
            id: "7d444840-9dc0-41c8-8b52-3f8a2b1c2d3e".into(),
            reference: "RDX-0000-0000".into(),
            submitted_at: "2026-11-20T16:45:00.000Z".into(),
            sent_at: sent_at.parse().unwrap(),
            language: language.into(),
        }
    }

    fn rules() -> Rules {
        Rules::new("2026-11-20".parse().unwrap())
    }

    /// A complaint for oneself about `topic`, answered up to the topic.
    fn complaint_about(topic: Topic) -> Answers {
        let mut answers = Answers::default();
        answers.acknowledge(Step::Start);
        answers.kind = Some(ContactKind::Complaint);
        answers.at_risk = Some(false);
        answers.who = Some(Who::Myself);
        answers.topic = Some(topic);
        answers
    }

    /// `answers` sent on Friday 20 November 2026 at 16:45, in English.
    fn sent(answers: &Answers) -> Submission {
        build(
            answers,
            &rules(),
            envelope("2026-11-20T16:45", "en-GB"),
            Vec::new(),
            procedure_for,
            None,
        )
        .unwrap()
    }

    #[test]
    fn a_complaint_carries_its_procedure_and_dated_timeline() {
        let submission = sent(&complaint_about(Topic::ChildrensSocialCare));
        assert_eq!(submission.version, 1);
        let routed = submission.routing.unwrap();
        assert_eq!(routed.procedure, "children-statutory-england");
        assert_eq!(submission.received_on.to_string(), "2026-11-20");
        let timeline = submission.timeline.unwrap();
        let json = serde_json::to_string(&timeline).unwrap();
        // Stage 1: 10 working days after Friday 20 November 2026.
        assert!(json.contains("2026-12-04"), "{json}");
    }

    #[test]
    fn the_files_added_are_listed_as_attachments_and_not_in_the_answers() {
        let file = AttachedFile {
            name: "care plan.pdf".into(),
            media_type: "application/pdf".into(),
            size: 2048,
            sha256: "0f".repeat(32),
        };
        let mut answers = complaint_about(Topic::OtherService);
        answers.talked_to_service = Some(true);
        answers.happened = Some(crate::timeline::ApproximateDate::StillHappening);
        answers.service = Some("Housing repairs".into());
        answers.what_happened = Some("The repair was not done.".into());
        answers.evidence = Some(vec![file.clone()]);
        let submission = sent(&answers);
        assert_eq!(submission.attachments, [file]);
        assert_eq!(submission.answers.evidence, None);
        assert_eq!(
            answers_given(&submission.answers, &submission.attachments),
            answers.relevant(&rules())
        );
        let json = serde_json::to_value(&submission).unwrap();
        assert!(json["answers"].get("evidence").is_none(), "{json}");
        assert_eq!(json["attachments"][0]["name"], "care plan.pdf");
    }

    #[test]
    fn a_complaint_sent_on_a_saturday_counts_from_the_saturday() {
        let answers = Answers {
            kind: Some(ContactKind::Complaint),
            who: Some(Who::Myself),
            topic: Some(Topic::OtherService),
            ..Answers::default()
        };
        let submission = build(
            &answers,
            &rules(),
            envelope("2026-11-21T10:00", "en-GB"),
            Vec::new(),
            procedure_for,
            None,
        )
        .unwrap();
        assert_eq!(submission.sent_at.to_string(), "2026-11-21T10:00");
        // The general procedure counts working days after the day it arrived.
        assert_eq!(submission.received_on.to_string(), "2026-11-21");
    }

    #[test]
    fn the_councils_calendar_moves_the_day_received() {
        let answers = Answers {
            kind: Some(ContactKind::Complaint),
            who: Some(Who::Myself),
            topic: Some(Topic::OtherService),
            ..Answers::default()
        };
        let council = Calendar::from_json(
            r#"{"division": "england-and-wales", "cut_off": "17:00",
                "closures": [{"date": "2026-12-29", "until": "2026-12-31"}]}"#,
        )
        .unwrap()
        .value;
        let sent = |at: &str, calendar: Option<&Calendar>| {
            build(
                &answers,
                &rules(),
                envelope(at, "en-GB"),
                Vec::new(),
                procedure_for,
                calendar,
            )
            .unwrap()
            .received_on
            .to_string()
        };
        // After the cut-off on Christmas Eve: Christmas, Boxing Day's
        // substitute, the closure, New Year's Day and a weekend pass.
        assert_eq!(sent("2026-12-24T17:30", Some(&council)), "2027-01-04");
        assert_eq!(sent("2026-12-24T17:30", None), "2026-12-24");
        assert_eq!(sent("2026-12-24T16:59", Some(&council)), "2026-12-24");
    }

    #[test]
    fn compliments_have_no_procedure_or_timeline() {
        let answers = Answers {
            kind: Some(ContactKind::Compliment),
            ..Answers::default()
        };
        let submission = build(
            &answers,
            &rules(),
            envelope("2026-11-21T10:00", "cy"),
            Vec::new(),
            procedure_for,
            None,
        )
        .unwrap();
        assert_eq!(submission.routing, None);
        assert_eq!(submission.timeline, None);
        assert_eq!(submission.language, "cy");
        assert_eq!(submission.received_on.to_string(), "2026-11-21");
    }

    #[test]
    fn answers_off_the_route_are_not_sent() {
        let answers = Answers {
            kind: Some(ContactKind::Complaint),
            who: Some(Who::Myself),
            // Given before the person changed "someone else" to "me".
            representation: Some(crate::journey::Representation {
                name: "Ann".into(),
                relationship: "mother".into(),
            }),
            consent: Some(Consent::NotYet),
            ..Answers::default()
        };
        let submission = build(
            &answers,
            &rules(),
            envelope("2026-11-20T10:00", "en-GB"),
            Vec::new(),
            procedure_for,
            None,
        )
        .unwrap();
        assert_eq!(submission.answers.representation, None);
        assert_eq!(submission.consents.person_complained_for, None);
    }

    #[test]
    fn nothing_is_built_before_the_kind_is_chosen() {
        let built = build(
            &Answers::default(),
            &rules(),
            envelope("2026-11-20T10:00", "en-GB"),
            Vec::new(),
            procedure_for,
            None,
        );
        assert_eq!(built, Err(Incomplete::NoKind));
        // What a caller logs says what is missing.
        assert_eq!(
            Incomplete::NoKind.to_string(),
            "the kind of contact has not been chosen"
        );
    }

    fn council_rules(today: &str) -> Rules {
        Rules {
            council: Some(crate::journey::CouncilSetup {
                children: procedure_for(ProcedureRole::Children),
                adults: procedure_for(ProcedureRole::Adults),
                general: procedure_for(ProcedureRole::General),
                calendar: None,
            }),
            ..Rules::new(today.parse().unwrap())
        }
    }

    /// A Barnsley adult social care complaint answered at Stage 1.
    fn follow_up_answers() -> Answers {
        Answers {
            kind: Some(ContactKind::FollowUp),
            at_risk: Some(false),
            who: Some(Who::Myself),
            topic: Some(Topic::OtherService),
            earlier_reference: Some(" rdx 7k3p q9ma ".into()),
            complained: Some("2026-10".parse().unwrap()),
            standing: Some(crate::journey::EarlierStanding::Answered),
            earlier_stage: Some("stage1".into()),
            stage_date: Some("2026-11-20".parse().unwrap()),
            request: Some(FollowUpRequest::NextStage),
            unresolved: Some("Nothing was repaired".into()),
            ..Answers::default()
        }
    }

    #[test]
    fn a_follow_up_carries_what_it_asks_and_the_dates_on_the_day_sent() {
        let answers = follow_up_answers();
        let submission = build(
            &answers,
            &council_rules("2026-12-04"),
            envelope("2026-12-05T10:00", "en-GB"),
            Vec::new(),
            procedure_for,
            None,
        )
        .unwrap();
        assert_eq!(submission.kind, ContactKind::FollowUp);
        assert_eq!(submission.routing.unwrap().procedure, "general-barnsley");
        // Not a new complaint: no new timeline.
        assert_eq!(submission.timeline, None);
        // Sent on a Saturday: Barnsley counts from the day it arrives.
        assert_eq!(submission.received_on.to_string(), "2026-12-05");
        let sent = submission.follow_up.unwrap();
        assert_eq!(sent.earlier_reference.as_deref(), Some("rdx 7k3p q9ma"));
        assert_eq!(sent.redress_reference.as_deref(), Some("RDX-7K3P-Q9MA"));
        assert_eq!(sent.request, FollowUpRequest::NextStage);
        // Dated on the day it was sent, not the day the page was opened.
        assert_eq!(sent.answer.today.to_string(), "2026-12-05");
        let next = sent.answer.next.unwrap();
        assert_eq!(next.id, "stage2");
        assert!(next.council_decides);
        assert_eq!(
            submission.answers.unresolved.as_deref(),
            Some("Nothing was repaired")
        );

        // A council reference is kept as typed; none given is none sent.
        let mut answers = follow_up_answers();
        answers.earlier_reference = Some("CMP/2026/1234".into());
        let sent = |answers: &Answers| {
            build(
                answers,
                &council_rules("2026-12-04"),
                envelope("2026-12-04T10:00", "en-GB"),
                Vec::new(),
                procedure_for,
                None,
            )
        };
        let built = sent(&answers).unwrap().follow_up.unwrap();
        assert_eq!(built.earlier_reference.as_deref(), Some("CMP/2026/1234"));
        assert_eq!(built.redress_reference, None);
        answers.earlier_reference = Some("  ".into());
        let built = sent(&answers).unwrap();
        assert_eq!(built.received_on.to_string(), "2026-12-04");
        assert_eq!(built.follow_up.unwrap().earlier_reference, None);

        // Not all answered, or dates that do not fit, are not sent.
        answers.request = None;
        assert_eq!(sent(&answers).unwrap_err(), Incomplete::FollowUpUnanswered);
        answers.request = Some(FollowUpRequest::NextStage);
        answers.stage_date = None;
        assert_eq!(sent(&answers).unwrap_err(), Incomplete::FollowUpUnanswered);
        answers.stage_date = Some("2026-09-30".parse().unwrap());
        let undated = sent(&answers).unwrap_err();
        assert!(matches!(
            undated,
            Incomplete::FollowUpUndated(FollowUpError::ComplainedAfter { .. })
        ));
        assert_eq!(
            undated.to_string(),
            "the follow-up cannot be dated: the complaint (2026-10-01) is dated after the stage's date (2026-09-30)"
        );
        answers.topic = Some(Topic::CourtMatter);
        assert_eq!(sent(&answers).unwrap_err(), Incomplete::FollowUpUnanswered);
        assert_eq!(
            Incomplete::FollowUpUnanswered.to_string(),
            "the follow-up's stage, dates or request are not all given"
        );
    }

    #[test]
    fn a_follow_up_sent_after_the_cut_off_counts_from_the_next_working_day() {
        let council =
            Calendar::from_json(r#"{"division": "england-and-wales", "cut_off": "17:00"}"#)
                .unwrap()
                .value;
        let submission = build(
            &follow_up_answers(),
            &council_rules("2026-12-04"),
            envelope("2026-12-04T17:30", "en-GB"),
            Vec::new(),
            procedure_for,
            Some(&council),
        )
        .unwrap();
        assert_eq!(submission.received_on.to_string(), "2026-12-07");
    }

    #[test]
    fn references_are_read_back_however_they_are_typed() {
        for typed in [
            "RDX-7K3P-Q9MA",
            "rdx-7k3p-q9ma",
            "7k3pq9ma",
            " RDX 7K3P Q9MA",
            "rdx.7k3p.q9ma",
        ] {
            assert_eq!(
                read_reference(typed).as_deref(),
                Some("RDX-7K3P-Q9MA"),
                "{typed}"
            );
        }
        assert_eq!(
            read_reference("RDX-IL0O-0000").as_deref(),
            Some("RDX-1100-0000")
        );
        for typed in [
            "",
            "RDX-7K3P-Q9M",
            "RDX-7K3P-Q9MAA",
            "RDX-7K3P-Q9MU",
            "CMP/2026/1234",
            "RDX-7K3P-Q9M!",
        ] {
            assert_eq!(read_reference(typed), None, "{typed}");
        }
    }

    proptest! {
        #[test]
        fn every_reference_reads_back_as_itself(bytes in any::<[u8; 5]>()) {
            let made = reference(bytes);
            prop_assert_eq!(read_reference(&made), Some(made.clone()));
            prop_assert_eq!(read_reference(&made.to_lowercase().replace('-', " ")), Some(made));
        }

        #[test]
        fn references_are_readable_and_distinct(a in any::<[u8; 5]>(), b in any::<[u8; 5]>()) {
            let (ra, rb) = (reference(a), reference(b));
            prop_assert_eq!(ra.len(), 13);
            prop_assert!(ra[4..].chars().all(|c| c == '-' || ALPHABET.contains(&(c as u8))));
            prop_assert_eq!(a == b, ra == rb);
        }

        #[test]
        fn ids_are_version_4_uuids(bytes in any::<[u8; 16]>()) {
            let id = uuid_v4(bytes);
            prop_assert_eq!(id.len(), 36);
            prop_assert_eq!(&id[14..15], "4");
            prop_assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"));
        }
    }
}
