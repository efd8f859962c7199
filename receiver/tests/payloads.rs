//! Every payload the journey can produce matches the published schema:
//! every combination of the answers that decide the route (exhaustively),
//! and random answers with adversarial text (by property).

use std::collections::BTreeSet;

use proptest::prelude::*;
use redress_core::contact::{ContactDetails, ContactMethod, PostalAddress, Support, SupportNeed};
use redress_core::journey::{
    follow_up_now, route, Answers, CannotConsent, CareArrangement, Consent, ContactKind,
    CouncilSetup, EarlierStanding, ProcedureRole, Representation, Rules, Step, Topic, Who,
};
use redress_core::procedure::{built_in, built_in_procedure, Procedure};
use redress_core::submission::{build, reference, uuid_v4, Envelope, RenderedAnswer};
use redress_core::timeline::ApproximateDate;
use redress_core::validate::{LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT};
use redress_receiver::schema::Schema;

fn procedure_for(role: ProcedureRole) -> &'static Procedure {
    built_in_procedure(match role {
        ProcedureRole::Children => "children-statutory-england",
        ProcedureRole::Adults => "adult-statutory-england",
        ProcedureRole::General => "general-barnsley",
    })
    .unwrap()
}

fn envelope(seed: u8, sent_at: &str, language: &str) -> Envelope {
    Envelope {
        id: uuid_v4([seed; 16]),
        reference: reference([seed; 5]),
        submitted_at: "2026-11-20T16:45:12.345Z".into(),
        sent_at: sent_at.parse().unwrap(),
        language: language.into(),
    }
}

/// Answers to every page, so that `build` keeps those on the route.
fn full_answers(text: &str) -> Answers {
    let mut answers = Answers {
        representation: Some(Representation {
            name: text.into(),
            relationship: text.into(),
        }),
        late_reason: Some(text.into()),
        service: Some(text.into()),
        message: Some(text.into()),
        what_happened: Some(text.into()),
        evidence: Some(vec![redress_core::attachment::AttachedFile {
            name: format!("{}.pdf", text.chars().take(200).collect::<String>()),
            media_type: "application/pdf".into(),
            size: 1024,
            sha256: "ab".repeat(32),
        }]),
        put_right: Some(text.into()),
        handling: Some("formal".into()),
        meeting: Some(true),
        records: Some(true),
        confidential: Some(true),
        confidential_detail: Some(text.into()),
        support: Some(Support {
            needs: [SupportNeed::Interpreter, SupportNeed::Advocacy]
                .into_iter()
                .collect(),
            interpreter_language: text.into(),
            reply_language: String::new(),
            helper: text.into(),
        }),
        contact: Some(ContactDetails {
            name: text.into(),
            methods: [
                ContactMethod::Email,
                ContactMethod::Phone,
                ContactMethod::Post,
            ]
            .into_iter()
            .collect(),
            email: Some("name@example.org".into()),
            phone: Some("+441632960001".into()),
            address: Some(PostalAddress {
                line1: text.into(),
                line2: String::new(),
                town: text.into(),
                postcode: "S70 2TA".into(),
            }),
            best_time: text.into(),
        }),
        ..Answers::default()
    };
    for step in [
        Step::Start,
        Step::SafetyAdvice,
        Step::ConsentAdvice,
        Step::TalkFirstAdvice,
        Step::Check,
    ] {
        answers.acknowledge(step);
    }
    answers
}

fn english() -> Vec<RenderedAnswer> {
    vec![RenderedAnswer {
        question: "What happened?".into(),
        answer: vec!["It went wrong".into()],
    }]
}

#[test]
fn every_route_produces_a_payload_the_schema_accepts() {
    let schema = Schema::submission_v1();
    let rules = Rules::new("2026-11-20".parse().unwrap());
    let consents = [
        Consent::Given,
        Consent::NotYet,
        Consent::CannotGive(CannotConsent::Child),
        Consent::CannotGive(CannotConsent::LacksCapacity),
        Consent::CannotGive(CannotConsent::Died),
    ];
    let whens = [
        ApproximateDate::StillHappening,
        ApproximateDate::Month("2026-10".parse().unwrap()),
        ApproximateDate::Exact("2019-05-04".parse().unwrap()),
    ];
    let mut routes = BTreeSet::new();
    let mut checked = 0;
    for kind in [
        ContactKind::Complaint,
        ContactKind::Compliment,
        ContactKind::Comment,
    ] {
        for at_risk in [false, true] {
            for who in [Who::Myself, Who::SomeoneElse, Who::Professional] {
                for consent in consents {
                    for topic in Topic::ALL {
                        for care in [CareArrangement::Council, CareArrangement::SelfFunded] {
                            for council_part in [false, true] {
                                for talked in [false, true] {
                                    for happened in whens {
                                        let mut answers = full_answers("Text");
                                        answers.kind = Some(kind);
                                        answers.at_risk = Some(at_risk);
                                        answers.who = Some(who);
                                        answers.consent = Some(consent);
                                        answers.topic = Some(topic);
                                        answers.care = Some(care);
                                        answers.about_council_part = Some(council_part);
                                        answers.talked_to_service = Some(talked);
                                        answers.happened = Some(happened);
                                        let steps = route(&answers, &rules);
                                        if !steps.contains(&Step::Check) {
                                            // Signposted elsewhere: nothing is sent.
                                            continue;
                                        }
                                        routes.insert(steps);
                                        let submission = build(
                                            &answers,
                                            &rules,
                                            envelope(checked as u8, "2026-11-20T16:45", "en-GB"),
                                            english(),
                                            procedure_for,
                                            None,
                                        )
                                        .unwrap();
                                        let value = serde_json::to_value(&submission).unwrap();
                                        let problems = schema.problems(&value);
                                        assert!(
                                            problems.is_empty(),
                                            "{problems:#?}\nfor {value:#}"
                                        );
                                        checked += 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    // Compliment, comment, and the many complaint routes through the
    // optional pages (safety advice, consent advice, talk first, late reason).
    assert!(routes.len() > 30, "only {} routes", routes.len());
    assert!(checked > 1000);
}

/// A follow-up of each built-in procedure, from each stage, waiting (with
/// and without an extension) or answered, with dates known to the day or
/// the month, and each request the dates allow: every payload validates.
#[test]
fn every_follow_up_produces_a_payload_the_schema_accepts() {
    let schema = Schema::submission_v1();
    let mut checked = 0;
    let mut kinds = BTreeSet::new();
    for procedure in built_in() {
        let rules = Rules {
            council: Some(CouncilSetup {
                children: procedure,
                adults: procedure,
                general: procedure,
                calendar: None,
            }),
            ..Rules::new("2026-12-04".parse().unwrap())
        };
        for stage in &procedure.stages {
            for standing in [
                EarlierStanding::Waiting,
                EarlierStanding::Answered,
                EarlierStanding::Extended,
            ] {
                for (complained, stage_date) in [
                    ("2026-03", "2026-04-14"),
                    ("2026-11-02", "2026-11"),
                    ("2026-11-27", "2026-11-30"),
                ] {
                    for topic in [
                        Topic::ChildrensSocialCare,
                        Topic::AdultSocialCare,
                        Topic::OtherService,
                    ] {
                        let mut answers = full_answers("Text");
                        answers.kind = Some(ContactKind::FollowUp);
                        answers.at_risk = Some(false);
                        answers.who = Some(Who::Myself);
                        answers.topic = Some(topic);
                        answers.care = Some(CareArrangement::Council);
                        answers.earlier_reference = Some("rdx 7k3p q9ma".into());
                        answers.complained = Some(complained.parse().unwrap());
                        answers.standing = Some(standing);
                        answers.earlier_stage = Some(stage.id.clone());
                        answers.stage_date = Some(stage_date.parse().unwrap());
                        answers.extended_to = Some("2026-12-18".parse().unwrap());
                        answers.unresolved = Some("Text".into());
                        let answer = follow_up_now(&answers, &rules).unwrap().unwrap();
                        for request in answer.requests() {
                            answers.request = Some(request);
                            assert!(route(&answers, &rules).contains(&Step::Check));
                            let submission = build(
                                &answers,
                                &rules,
                                envelope(checked as u8, "2026-12-04T16:45", "ar"),
                                english(),
                                |role| rules.council.as_ref().unwrap().get(role),
                                None,
                            )
                            .unwrap();
                            let value = serde_json::to_value(&submission).unwrap();
                            let problems = schema.problems(&value);
                            assert!(problems.is_empty(), "{problems:#?}\nfor {value:#}");
                            let sent = &value["follow_up"]["answer"];
                            for part in ["answer", "next", "ombudsman"] {
                                if !sent[part].is_null() {
                                    kinds.insert(part.to_owned());
                                }
                            }
                            if let Some(status) = sent["ombudsman"]["open"]["status"].as_str() {
                                kinds.insert(format!("ombudsman-{status}"));
                            }
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    // Every part of the answer appears in some payload checked.
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        [
            "answer",
            "next",
            "ombudsman",
            "ombudsman-after",
            "ombudsman-now"
        ]
    );
    assert!(checked > 100, "only {checked}");
}

#[test]
fn every_built_in_procedure_gives_a_timeline_the_schema_accepts() {
    let schema = Schema::submission_v1();
    let rules = Rules::new("2026-11-20".parse().unwrap());
    for procedure in built_in() {
        let mut answers = full_answers("x");
        answers.kind = Some(ContactKind::Complaint);
        answers.at_risk = Some(false);
        answers.who = Some(Who::Myself);
        answers.topic = Some(Topic::OtherService);
        answers.talked_to_service = Some(true);
        answers.happened = Some(ApproximateDate::Month("2026-01".parse().unwrap()));
        answers.found_out = Some(ApproximateDate::Exact("2026-02-03".parse().unwrap()));
        let submission = build(
            &answers,
            &rules,
            envelope(1, "2026-12-24T18:30", "cy"),
            english(),
            |_| procedure,
            None,
        )
        .unwrap();
        assert!(
            submission.timeline.is_some(),
            "{}: no timeline",
            procedure.id
        );
        let value = serde_json::to_value(&submission).unwrap();
        let problems = schema.problems(&value);
        assert!(problems.is_empty(), "{}: {problems:#?}", procedure.id);
    }
}

#[test]
fn the_schema_refuses_what_a_receiver_must_not_store() {
    let schema = Schema::submission_v1();
    let rules = Rules::new("2026-11-20".parse().unwrap());
    let mut answers = full_answers("x");
    answers.kind = Some(ContactKind::Compliment);
    let good = serde_json::to_value(
        build(
            &answers,
            &rules,
            envelope(2, "2026-11-20T10:00", "pl"),
            english(),
            procedure_for,
            None,
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(schema.problems(&good), Vec::<String>::new());
    let broken = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut value = good.clone();
        change(&mut value);
        schema.problems(&value)
    };
    assert!(!broken(&|v| v["id"] = "not-a-uuid".into()).is_empty());
    assert!(!broken(&|v| v["reference"] = "RDX-IIII-OOOO".into()).is_empty());
    assert!(!broken(&|v| v["kind"] = "praise".into()).is_empty());
    assert!(!broken(&|v| v["answers"]["who"] = "everyone".into()).is_empty());
    assert!(!broken(&|v| v["extra"] = true.into()).is_empty());
    assert!(!broken(&|v| v["sent_at"] = "2026-13-01T10:00".into()).is_empty());
    assert!(!broken(&|v| {
        v.as_object_mut().unwrap().remove("english");
    })
    .is_empty());
}

/// Any text the wizard lets through: hostile, but within the one-line limit
/// (the tightest), as the wizard refuses longer text before it is sent.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        Just("<script>alert(1)</script>".to_owned()),
        Just("\u{202E}evil\u{202C} \u{200B}\u{0301}".to_owned()),
        Just("ضياء 😀 ਪੰਜਾਬੀ".to_owned()),
        "\\PC{0,300}",
    ]
    .prop_map(|text| text.chars().take(SHORT_TEXT_LIMIT).collect())
}

/// Answers with every text at the wizard's own limit (in characters of
/// several bytes, as the schema counts code points): the schema accepts
/// them. One character more, and it refuses, naming where.
#[test]
fn text_at_the_wizards_limits_is_accepted_and_one_more_is_not() {
    let schema = Schema::submission_v1();
    let rules = Rules::new("2026-11-20".parse().unwrap());
    let short = "é".repeat(SHORT_TEXT_LIMIT);
    let long = "€".repeat(LONG_TEXT_LIMIT);
    let at_limits = || {
        let mut answers = full_answers(&short);
        answers.kind = Some(ContactKind::Complaint);
        answers.at_risk = Some(false);
        answers.who = Some(Who::SomeoneElse);
        answers.consent = Some(Consent::Given);
        answers.topic = Some(Topic::ALL[0]);
        answers.care = Some(CareArrangement::Council);
        answers.talked_to_service = Some(true);
        answers.happened = Some(ApproximateDate::Exact("2019-05-04".parse().unwrap()));
        for text in [
            &mut answers.late_reason,
            &mut answers.what_happened,
            &mut answers.put_right,
            &mut answers.confidential_detail,
        ] {
            *text = Some(long.clone());
        }
        let contact = answers.contact.as_mut().unwrap();
        contact.email = Some(format!("{}@example.org", "a".repeat(254 - 12)));
        answers
    };
    let english = vec![
        RenderedAnswer {
            question: "What happened?".into(),
            answer: vec![long.clone()],
        },
        RenderedAnswer {
            question: "What would put things right?".into(),
            answer: vec![String::new(); LONG_TEXT_LIMIT + 1],
        },
    ];
    let payload = |answers: &Answers| {
        let submission = build(
            answers,
            &rules,
            envelope(9, "2026-11-20T16:45", "cy"),
            english.clone(),
            procedure_for,
            None,
        )
        .unwrap();
        serde_json::to_value(&submission).unwrap()
    };
    let accepted = payload(&at_limits());
    assert_eq!(schema.problems(&accepted), Vec::<String>::new());
    for text in [
        &accepted["answers"]["what_happened"],
        &accepted["answers"]["contact"]["name"],
    ] {
        assert!(
            text.as_str().is_some(),
            "the field at its limit was not on the route"
        );
    }

    let mut over_short = at_limits();
    over_short.contact.as_mut().unwrap().name.push('é');
    let mut over_long = at_limits();
    over_long.what_happened.as_mut().unwrap().push('€');
    let mut over_email = at_limits();
    over_email.contact.as_mut().unwrap().email = Some(format!("{}@example.org", "a".repeat(243)));
    for (answers, path) in [
        // Contact details are one of two shapes (none, or details), so the
        // checker names the whole contact when neither fits.
        (over_short, "/answers/contact"),
        (over_long, "/answers/what_happened"),
        (over_email, "/answers/contact"),
    ] {
        let problems = schema.problems(&payload(&answers));
        assert!(
            problems.iter().any(|p| p.starts_with(path)),
            "{path}: {problems:?}"
        );
    }
}

proptest! {
    #[test]
    fn payloads_with_any_text_match_the_schema(
        text in any_text(),
        kind in 0..3usize,
        topic in 0..6usize,
        who in 0..3usize,
        seed in any::<u8>(),
    ) {
        let schema = Schema::submission_v1();
        let rules = Rules::new("2026-11-20".parse().unwrap());
        let mut answers = full_answers(&text);
        answers.kind = Some([ContactKind::Complaint, ContactKind::Compliment, ContactKind::Comment][kind]);
        answers.at_risk = Some(seed % 2 == 0);
        answers.who = Some([Who::Myself, Who::SomeoneElse, Who::Professional][who]);
        answers.consent = Some(Consent::Given);
        answers.topic = Some(Topic::ALL[topic]);
        answers.care = Some(CareArrangement::Council);
        answers.talked_to_service = Some(true);
        answers.happened = Some(ApproximateDate::StillHappening);
        let submission = build(&answers, &rules, envelope(seed, "2026-11-20T16:45", "ar"), english(), procedure_for, None).unwrap();
        let value = serde_json::to_value(&submission).unwrap();
        let problems = schema.problems(&value);
        prop_assert!(problems.is_empty(), "{:?}", problems);
    }
}

#[test]
fn the_end_to_end_fixture_matches_the_schema() {
    // tests/e2e/fixtures/submission.json is the template the durability
    // test sends hundreds of copies of (each with its own id).
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/e2e/fixtures/submission.json")).unwrap();
    assert_eq!(
        Schema::submission_v1().problems(&fixture),
        Vec::<String>::new()
    );
}
