//! Submissions as the wizard builds them, for the receiver's unit tests.

use redress::pages::check::rendering;
use redress_core::contact::{ContactDetails, ContactMethod, Support, SupportNeed};
use redress_core::journey::{Answers, ContactKind, ProcedureRole, Rules, Step, Topic, Who};
use redress_core::procedure::built_in_procedure;
use redress_core::submission::{build, reference, uuid_v4, Envelope};
use redress_core::timeline::ApproximateDate;
use serde_json::Value;

use crate::team_email::english;

/// A complaint about another service, by email, with `support` and
/// someone at risk or not; what happened is in Arabic and English.
pub fn complaint(support: Option<Support>, at_risk: bool) -> Answers {
    let mut answers = Answers {
        kind: Some(ContactKind::Complaint),
        at_risk: Some(at_risk),
        who: Some(Who::Myself),
        topic: Some(Topic::OtherService),
        talked_to_service: Some(true),
        happened: Some(ApproximateDate::Exact("2026-11-02".parse().unwrap())),
        service: Some("Bins".into()),
        what_happened: Some("لم يتم جمع القمامة منذ ثلاثة أسابيع.\nNo one came.".into()),
        evidence: Some(Vec::new()),
        put_right: Some("Collect it".into()),
        handling: Some("formal".into()),
        meeting: Some(false),
        records: Some(true),
        confidential: Some(false),
        support,
        contact: Some(ContactDetails {
            name: "Amira Haddad".into(),
            methods: [ContactMethod::Email].into_iter().collect(),
            email: Some("amira@example.org".into()),
            ..ContactDetails::default()
        }),
        ..Answers::default()
    };
    for step in [Step::Start, Step::SafetyAdvice, Step::Check] {
        answers.acknowledge(step);
    }
    answers
}

/// The payload the wizard sends for `answers`, written in `language`.
pub fn payload(answers: &Answers, language: &str) -> Value {
    let rules = Rules::new("2026-12-07".parse().unwrap());
    let submission = build(
        answers,
        &rules,
        Envelope {
            id: uuid_v4([7; 16]),
            reference: reference([7; 5]),
            submitted_at: "2026-12-07T14:05:00.000Z".into(),
            sent_at: "2026-12-07T14:05".parse().unwrap(),
            language: language.into(),
        },
        rendering(english(), answers, &rules),
        |role| {
            built_in_procedure(match role {
                ProcedureRole::Children => "children-statutory-england",
                ProcedureRole::Adults => "adult-statutory-england",
                ProcedureRole::General => "general-barnsley",
            })
            .unwrap()
        },
        None,
    )
    .unwrap();
    serde_json::to_value(submission).unwrap()
}

/// An interpreter in Arabic, and an advocate.
pub fn interpreter() -> Option<Support> {
    Some(Support {
        needs: [SupportNeed::Interpreter, SupportNeed::Advocacy]
            .into_iter()
            .collect(),
        interpreter_language: "Arabic".into(),
        reply_language: String::new(),
        helper: String::new(),
    })
}
