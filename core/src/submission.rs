//! What is sent when the person presses Send: the answers, the routing and
//! the dated timeline, under an id and a reference a person can read out.
//!
//! This is the draft shape the wizard sends today; the versioned, published
//! payload schema is issue 6's work and will replace it.

use serde::Serialize;

use crate::calendar::Calendar;
use crate::date::DateTime;
use crate::journey::{routing, Answers, ContactKind, ProcedureRole};
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

/// A version 4 UUID from 16 random bytes.
///
/// ```
/// let id = redress_core::submission::uuid_v4([0xab; 16]);
/// assert_eq!(id, "abababab-abab-4bab-abab-abababababab");
/// ```
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// The procedure a submission went through, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoutedTo {
    /// Which of the council's procedures.
    pub role: ProcedureRole,
    /// The built-in procedure's id.
    pub procedure: String,
    /// Why, as a Fluent message id.
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

/// One complaint, compliment or comment as sent.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Submission {
    /// Made by the browser, so a retried send is recognised as the same one.
    pub id: String,
    /// What the person quotes when they call.
    pub reference: String,
    /// When it was sent, on the council's clock (UK local time).
    pub sent_at: DateTime,
    /// The language the person used.
    pub language: String,
    /// Complaint, compliment or comment.
    pub kind: Option<ContactKind>,
    /// The procedure, for a complaint.
    pub routed_to: Option<RoutedTo>,
    /// What will happen when, for a complaint.
    pub timeline: Option<Timeline>,
    /// Every answer on the route taken.
    pub answers: Answers,
    /// The same answers written out in English for staff.
    pub english: Vec<RenderedAnswer>,
}

/// Builds the submission. `procedure_for` gives the council's procedure for
/// each role; the timeline uses that procedure's nation's calendar.
pub fn build(
    answers: &Answers,
    id: String,
    reference: String,
    sent_at: DateTime,
    language: &str,
    english: Vec<RenderedAnswer>,
    procedure_for: impl Fn(ProcedureRole) -> &'static Procedure,
) -> Submission {
    let routed = routing(answers).map(|routing| (routing, procedure_for(routing.role)));
    let dated = routed.and_then(|(_, procedure)| {
        let calendar = Calendar::new(procedure.nation.division());
        let mut complaint = Complaint::new(sent_at);
        complaint.happened = answers.happened;
        complaint.found_out = answers.found_out;
        timeline(procedure, &calendar, &complaint).ok()
    });
    Submission {
        id,
        reference,
        sent_at,
        language: language.to_owned(),
        kind: answers.kind,
        routed_to: routed.map(|(routing, procedure)| RoutedTo {
            role: routing.role,
            procedure: procedure.id.clone(),
            reason: routing.reason,
        }),
        timeline: dated,
        answers: answers.clone(),
        english,
    }
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

    #[test]
    fn a_complaint_carries_its_procedure_and_dated_timeline() {
        let mut answers = Answers::default();
        answers.acknowledge(Step::Start);
        answers.kind = Some(ContactKind::Complaint);
        answers.who = Some(Who::Myself);
        answers.topic = Some(Topic::ChildrensSocialCare);
        let sent_at = "2026-11-20T16:45".parse().unwrap();
        let submission = build(
            &answers,
            "id".into(),
            "RDX-0000-0000".into(),
            sent_at,
            "en-GB",
            Vec::new(),
            procedure_for,
        );
        let routed = submission.routed_to.unwrap();
        assert_eq!(routed.procedure, "children-statutory-england");
        let timeline = submission.timeline.unwrap();
        let json = serde_json::to_string(&timeline).unwrap();
        // Stage 1: 10 working days after Friday 20 November 2026.
        assert!(json.contains("2026-12-04"), "{json}");
    }

    #[test]
    fn compliments_have_no_procedure_or_timeline() {
        let answers = Answers {
            kind: Some(ContactKind::Compliment),
            ..Answers::default()
        };
        let sent_at = "2026-11-20T10:00".parse().unwrap();
        let submission = build(
            &answers,
            "id".into(),
            "r".into(),
            sent_at,
            "cy",
            Vec::new(),
            procedure_for,
        );
        assert_eq!(submission.routed_to, None);
        assert_eq!(submission.timeline, None);
        assert_eq!(submission.language, "cy");
    }

    proptest! {
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
