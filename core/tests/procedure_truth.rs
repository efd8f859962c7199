//! What the wizard tells a person follows from their answers and is what
//! their procedure says: each test is one rule, named after it, citing the
//! seed line or regulation it checks (issue 15).

use redress_core::calendar::{Calendar, Division};
use redress_core::journey::{
    Answers, CareArrangement, ContactKind, ProcedureRole, Rules, Topic, Who,
};
use redress_core::procedure::{built_in, built_in_procedure, NonWorkingReceipt, Procedure};
use redress_core::submission::{build, Envelope};
use redress_core::timeline::{timeline, Complaint, Timeline, When};

fn england() -> Calendar {
    Calendar::new(Division::EnglandAndWales)
}

fn dated(procedure: &str, at: &str, handling: Option<&str>, service: Option<&str>) -> Timeline {
    let mut complaint = Complaint::new(at.parse().unwrap());
    complaint.handling = handling.map(str::to_owned);
    complaint.service = service.map(str::to_owned);
    timeline(
        built_in_procedure(procedure).unwrap(),
        &england(),
        &complaint,
    )
    .unwrap()
}

/// The due date of a dated milestone, and its latest.
fn due(timeline: &Timeline, id: &str) -> (String, String) {
    match &timeline
        .milestone(id)
        .unwrap_or_else(|| panic!("{id} is not shown"))
        .when
    {
        When::Dated(window) => (window.due.to_string(), window.latest.to_string()),
        waiting => panic!("{id} is {waiting:?}"),
    }
}

fn waiting(timeline: &Timeline, id: &str) -> bool {
    matches!(timeline.milestone(id).unwrap().when, When::Waiting { .. })
}

fn stage_ids(timeline: &Timeline) -> Vec<&str> {
    timeline
        .stages
        .iter()
        .map(|stage| stage.id.as_str())
        .collect()
}

// A working Friday, 10:00.
const FRIDAY: &str = "2026-11-20T10:00";
const SATURDAY: &str = "2026-11-21T10:00";

/// Seed 000, Stage Two: "for more serious matters" the Customer Relations
/// Team arranges an independent investigation, so a person asking for a formal
/// investigation starts at Stage 2 where the council agrees; Stage 1 is shown
/// as what happens if it does not.
#[test]
fn childrens_formal_investigation_starts_at_stage2_where_the_council_agrees() {
    let timeline = dated(
        "children-statutory-england",
        FRIDAY,
        Some("resolution-formal-investigation"),
        None,
    );
    assert_eq!(timeline.starts_at, "stage2");
    assert_eq!(timeline.otherwise.as_deref(), Some("stage1"));
    assert_eq!(stage_ids(&timeline), ["stage1", "stage2", "stage3"]);
    assert!(timeline.stages[0].if_not_agreed);
    assert!(!timeline.stages[1].if_not_agreed);
    // 25 working days from the complaint (Christmas Day and the Boxing Day
    // substitute skipped), up to 65 with the person's agreement.
    assert_eq!(
        due(&timeline, "stage2-response"),
        ("2026-12-29".into(), "2027-02-24".into())
    );
    assert_eq!(
        due(&timeline, "stage1-response"),
        ("2026-12-04".into(), "2026-12-18".into())
    );
}

/// Seed 000: "Usually we can sort out a problem straight away" (no clock);
/// Stage One "we aim to respond within ten working days".
#[test]
fn childrens_on_the_spot_shows_the_undated_stage_then_stage1() {
    let on_the_spot = dated(
        "children-statutory-england",
        FRIDAY,
        Some("resolution-on-the-spot"),
        None,
    );
    assert_eq!(
        stage_ids(&on_the_spot),
        ["on-the-spot", "stage1", "stage2", "stage3"]
    );
    assert!(on_the_spot.stages[0].milestones.is_empty());
    let local = dated(
        "children-statutory-england",
        FRIDAY,
        Some("resolution-local"),
        None,
    );
    assert_eq!(stage_ids(&local), ["stage1", "stage2", "stage3"]);
    assert_eq!(due(&local, "stage1-response").0, "2026-12-04");
    // Stage 2 waits for the person to ask for it: its dates are not promised.
    assert!(local
        .milestone("stage2-request")
        .unwrap()
        .is_request_window());
    assert_eq!(local.awaiting_request(), [false, true, true]);
}

/// Seed 004, early resolution: "If you don't want us to consider your
/// complaint at this stage please let us know right away and we can then
/// progress your complaint onto stage one."
#[test]
fn barnsley_formal_investigation_skips_early_resolution() {
    let timeline = dated(
        "general-barnsley",
        FRIDAY,
        Some("resolution-formal-investigation"),
        Some("other"),
    );
    assert_eq!(stage_ids(&timeline), ["stage1", "stage2"]);
    // "the Customer Resolution Team will contact you within three to five
    // working days"
    assert_eq!(due(&timeline, "stage1-contact").0, "2026-11-27");
}

/// Seed 004: "We'll aim to provide a resolution to your complaint within
/// five working days"; Stage 1 starts only if early resolution has not
/// resolved it, so its dates are not known yet.
#[test]
fn barnsley_early_resolution_is_five_working_days_then_stage1_waits() {
    let timeline = dated(
        "general-barnsley",
        FRIDAY,
        Some("resolution-early"),
        Some("other"),
    );
    assert_eq!(
        stage_ids(&timeline),
        ["early-resolution", "stage1", "stage2"]
    );
    assert_eq!(
        due(&timeline, "early-resolution-response"),
        ("2026-11-27".into(), "2026-11-27".into())
    );
    // One early-resolution date, not the adult social care one as well.
    assert!(timeline
        .milestone("early-resolution-response-adult-social-care")
        .is_none());
    assert!(waiting(&timeline, "stage1-contact"));
    assert!(waiting(&timeline, "stage1-response"));
}

/// Seed 004: "If your complaint relates to adult social care we will try to
/// resolve your early resolution complaint within two working days however,
/// this may be extended to five working days if you agree."
#[test]
fn barnsley_adult_social_care_early_resolution_is_two_working_days_up_to_five() {
    let timeline = dated(
        "general-barnsley",
        FRIDAY,
        Some("resolution-early"),
        Some("adult-social-care"),
    );
    assert_eq!(
        due(&timeline, "early-resolution-response-adult-social-care"),
        ("2026-11-24".into(), "2026-11-27".into())
    );
    assert!(timeline.milestone("early-resolution-response").is_none());
}

/// Seed 004, adult social care: "if you remain unhappy after you have
/// received your stage one complaint response you don't have to ask us to
/// review your complaint ... you can contact the Local Government and Social
/// Care Ombudsman directly."
#[test]
fn barnsley_adult_social_care_may_go_to_the_ombudsman_after_stage1() {
    let routes = |service| {
        dated(
            "general-barnsley",
            FRIDAY,
            Some("resolution-formal-investigation"),
            Some(service),
        )
        .ombudsman
        .into_iter()
        .map(|window| window.after)
        .collect::<Vec<_>>()
    };
    assert_eq!(
        routes("adult-social-care"),
        ["stage2-review", "stage1-response"]
    );
    assert_eq!(routes("other"), ["stage2-review"]);
}

fn config_procedures(file: &str) -> serde_json::Value {
    let path = format!("{}/../examples/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str::<serde_json::Value>(&text).unwrap()["procedures"].clone()
}

/// Seed 004: "We use the same procedure for investigating complaints about
/// adult social care services"; only children's social care has "a
/// different procedure".
#[test]
fn barnsleys_example_sends_adult_social_care_to_barnsleys_own_procedure() {
    let procedures = config_procedures("config-barnsley.json");
    assert_eq!(procedures["adults"], "general-barnsley");
    assert_eq!(procedures["general"], "general-barnsley");
    assert_eq!(procedures["children"], "children-statutory-england");
}

fn barnsley_for(role: ProcedureRole) -> &'static Procedure {
    built_in_procedure(match role {
        ProcedureRole::Children => "children-statutory-england",
        ProcedureRole::Adults | ProcedureRole::General => "general-barnsley",
    })
    .unwrap()
}

fn submitted(answers: &Answers, at: &str) -> redress_core::submission::Submission {
    let envelope = Envelope {
        id: "7d444840-9dc0-41c8-8b52-3f8a2b1c2d3e".into(),
        reference: "RDX-0000-0000".into(),
        submitted_at: "2026-11-20T10:00:00.000Z".into(),
        sent_at: at.parse().unwrap(),
        language: "en-GB".into(),
    };
    let rules = Rules::new("2026-11-20".parse().unwrap());
    build(answers, &rules, envelope, Vec::new(), barnsley_for, None).unwrap()
}

fn complaint_about(topic: Topic, handling: &str) -> Answers {
    Answers {
        kind: Some(ContactKind::Complaint),
        who: Some(Who::Myself),
        topic: Some(topic),
        care: (topic == Topic::AdultSocialCare).then_some(CareArrangement::Council),
        handling: Some(handling.into()),
        meeting: Some(false),
        ..Answers::default()
    }
}

/// The wizard sets the complaint's service from what it is about, so a
/// procedure with deadlines for one service shows each complaint only its
/// own (seed 004's two early-resolution timescales never both).
#[test]
fn the_service_comes_from_what_the_complaint_is_about() {
    let other = submitted(
        &complaint_about(Topic::OtherService, "resolution-early"),
        FRIDAY,
    );
    let other = other.timeline.unwrap();
    assert_eq!(other.service.as_deref(), Some("other"));
    assert!(other.milestone("early-resolution-response").is_some());
    assert!(other
        .milestone("early-resolution-response-adult-social-care")
        .is_none());

    let care = submitted(
        &complaint_about(Topic::AdultSocialCare, "resolution-early"),
        FRIDAY,
    );
    let routing = care.routing.as_ref().unwrap();
    assert_eq!(routing.procedure, "general-barnsley");
    assert_eq!(routing.reason, "routing-reason-adults-own-procedure");
    let care = care.timeline.unwrap();
    assert_eq!(care.service.as_deref(), Some("adult-social-care"));
    assert!(care.milestone("early-resolution-response").is_none());
    assert!(care
        .milestone("early-resolution-response-adult-social-care")
        .is_some());
}

/// The handling answer reaches the timeline: Barnsley's formal choice skips
/// early resolution in what is sent, not only in the engine.
#[test]
fn the_handling_answer_selects_the_path_in_what_is_sent() {
    let early = submitted(
        &complaint_about(Topic::OtherService, "resolution-early"),
        FRIDAY,
    );
    let formal = submitted(
        &complaint_about(Topic::OtherService, "resolution-formal-investigation"),
        FRIDAY,
    );
    let early = early.timeline.unwrap();
    let formal = formal.timeline.unwrap();
    assert_eq!(early.starts_at, "early-resolution");
    assert_eq!(formal.starts_at, "stage1");
    assert_ne!(stage_ids(&early), stage_ids(&formal));
}

/// Seed 000, "Resolution within 1 working day": once resolved that way "the
/// issue cannot be raised again at a later date ... through this complaints
/// process" (SI 2009/309 regulation 8(1)(b)). So it is offered with that
/// consequence stated, and only that choice shows it.
#[test]
fn adults_next_working_day_is_offered_with_its_consequence_and_shown_only_when_chosen() {
    let adults = built_in_procedure("adult-statutory-england").unwrap();
    let option = adults
        .resolution_option("resolution-next-working-day")
        .unwrap();
    assert_eq!(
        option.hint.as_deref(),
        Some("resolution-next-working-day-hint")
    );
    let chosen = dated(
        "adult-statutory-england",
        FRIDAY,
        Some("resolution-next-working-day"),
        Some("adult-social-care"),
    );
    assert_eq!(stage_ids(&chosen), ["next-working-day", "complaint"]);
    assert_eq!(due(&chosen, "next-working-day-resolution").0, "2026-11-23");
    for other in ["resolution-meeting", "resolution-formal-investigation"] {
        let timeline = dated(
            "adult-statutory-england",
            FRIDAY,
            Some(other),
            Some("adult-social-care"),
        );
        assert_eq!(stage_ids(&timeline), ["complaint"], "{other}");
        assert!(timeline.milestone("next-working-day-resolution").is_none());
    }
}

/// Seed 000: "acknowledged within 3 working days of it being received by the
/// Council, and a meeting offered at that time"; "completed within 6 months
/// of the complaint being received".
#[test]
fn adults_meeting_is_offered_with_the_acknowledgement_and_completed_in_six_months() {
    let timeline = dated(
        "adult-statutory-england",
        FRIDAY,
        Some("resolution-meeting"),
        Some("adult-social-care"),
    );
    assert_eq!(due(&timeline, "acknowledgement").0, "2026-11-25");
    assert_eq!(due(&timeline, "completion").0, "2027-05-20");
}

/// SI 2009/309 regulation 14(1): "not later than 3 working days after the
/// day on which it receives the complaint". A Saturday complaint: Monday,
/// Tuesday, Wednesday; not moved to Monday and counted on to Thursday.
#[test]
fn a_saturday_complaint_is_acknowledged_by_the_wednesday() {
    let timeline = dated(
        "adult-statutory-england",
        SATURDAY,
        Some("resolution-formal-investigation"),
        Some("adult-social-care"),
    );
    assert_eq!(timeline.received.to_string(), "2026-11-21");
    assert_eq!(due(&timeline, "acknowledgement").0, "2026-11-25");
    // Six months from the day it was received.
    assert_eq!(due(&timeline, "completion").0, "2027-05-21");
}

/// The cut-off time is the council's own rule and stays: after it on a
/// working day, the complaint counts from the next working day.
#[test]
fn after_the_councils_cut_off_on_a_friday_the_clocks_count_from_monday() {
    let mut calendar = england();
    calendar.cut_off = Some("17:00".parse().unwrap());
    let mut complaint = Complaint::new("2026-11-20T17:30".parse().unwrap());
    complaint.handling = Some("resolution-meeting".into());
    let adults = built_in_procedure("adult-statutory-england").unwrap();
    let timeline = timeline(adults, &calendar, &complaint).unwrap();
    assert_eq!(timeline.received.to_string(), "2026-11-23");
    assert_eq!(due(&timeline, "acknowledgement").0, "2026-11-26");
}

/// Every built-in procedure says how a day of receipt that is not a working
/// day counts, and cites where that comes from.
#[test]
fn every_built_in_procedure_cites_how_a_non_working_day_of_receipt_counts() {
    for procedure in built_in() {
        assert!(
            procedure
                .sources
                .iter()
                .any(|source| source.starts_with("Day of receipt: ")),
            "{} cites no source for the day of receipt",
            procedure.id
        );
        let saturday = dated(&procedure.id, SATURDAY, None, None).received;
        let expected = match procedure.non_working_receipt {
            NonWorkingReceipt::CountsFromThatDay => "2026-11-21",
            NonWorkingReceipt::NextWorkingDay => "2026-11-23",
        };
        assert_eq!(saturday.to_string(), expected, "{}", procedure.id);
    }
}

/// Every handling choice of every built-in procedure, for every service it
/// tells apart, dates a timeline that starts where the choice says: no stage
/// before it is shown, and no Ombudsman route after a skipped stage.
#[test]
fn every_handling_choice_starts_the_timeline_where_it_says() {
    for procedure in built_in() {
        assert!(!procedure.resolution_options.is_empty(), "{}", procedure.id);
        for option in &procedure.resolution_options {
            for service in ["adult-social-care", "childrens-social-care", "other"] {
                let timeline = dated(&procedure.id, FRIDAY, Some(&option.id), Some(service));
                let start = option
                    .starts_at
                    .clone()
                    .unwrap_or_else(|| procedure.stages[0].id.clone());
                let first = option.otherwise.as_ref().unwrap_or(&start);
                assert_eq!(
                    &timeline.stages[0].id, first,
                    "{} {}",
                    procedure.id, option.id
                );
                assert_eq!(timeline.starts_at, start);
                let shown = stage_ids(&timeline);
                for window in &timeline.ombudsman {
                    let stage = procedure
                        .stages
                        .iter()
                        .find(|stage| stage.milestones.iter().any(|m| m.id == window.after))
                        .unwrap();
                    assert!(shown.contains(&stage.id.as_str()), "{}", window.after);
                }
            }
        }
    }
}

/// A handling answer the procedure does not offer is refused by the engine
/// (the wizard only sends options of the procedure).
#[test]
fn an_unknown_handling_choice_is_refused() {
    let mut complaint = Complaint::new(FRIDAY.parse().unwrap());
    complaint.handling = Some("resolution-teleport".into());
    let children = built_in_procedure("children-statutory-england").unwrap();
    let error = timeline(children, &england(), &complaint).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the procedure has no resolution option \"resolution-teleport\""
    );
}

/// A small two-stage profile whose options are given, for the checks below.
fn two_stage(options: &str, stage2_anchor: &str) -> String {
    format!(
        r#"{{
  "id": "two-stage", "name": "Two stages", "message_id": "procedure-two-stage",
  "nation": "england",
  "ombudsman": {{ "id": "lgsco", "name": "LGSCO", "message_id": "ombudsman-lgsco", "window_months": 12,
    "after": [{{ "milestone": "stage1-response" }}, {{ "milestone": "stage2-response" }}] }},
  "resolution_options": {options},
  "stages": [
    {{ "id": "stage1", "name": "Stage 1", "message_id": "stage-stage1", "milestones": [
      {{ "id": "stage1-response", "name": "Response", "message_id": "milestone-stage1-response",
         "anchor": "received", "duration": {{ "unit": "working-days", "normal": 10 }} }} ] }},
    {{ "id": "stage2", "name": "Stage 2", "message_id": "stage-stage2", "milestones": [
      {{ "id": "stage2-response", "name": "Response", "message_id": "milestone-stage2-response",
         "anchor": "{stage2_anchor}", "duration": {{ "unit": "working-days", "normal": 20 }} }} ] }}
  ]
}}"#
    )
}

fn problems(json: &str) -> Vec<String> {
    match Procedure::from_json(json) {
        Ok(_) => Vec::new(),
        Err(invalid) => invalid.problems.iter().map(ToString::to_string).collect(),
    }
}

/// A handling option must start at a stage that exists, fall back to an
/// earlier one, and not leave a milestone shown that counts from a skipped
/// stage; the configuration checker says exactly which field is wrong.
#[test]
fn handling_options_are_checked_against_the_stages() {
    let good = two_stage(
        r#"["resolution-local", { "id": "resolution-formal-investigation", "starts_at": "stage2", "otherwise": "stage1" }]"#,
        "requested",
    );
    assert_eq!(problems(&good), Vec::<String>::new());
    let unknown = two_stage(
        r#"[{ "id": "resolution-local", "starts_at": "stage9" }]"#,
        "requested",
    );
    assert_eq!(
        problems(&unknown),
        ["error: resolution_options[0].starts_at: there is no stage with the id \"stage9\""]
    );
    let later = two_stage(
        r#"[{ "id": "resolution-local", "starts_at": "stage1", "otherwise": "stage2" }]"#,
        "requested",
    );
    assert_eq!(
        problems(&later),
        ["error: resolution_options[0].otherwise: the stage \"stage2\" must come before \"stage1\": it is where the complaint starts if the council does not agree to start at \"stage1\""]
    );
    let skipped = two_stage(
        r#"[{ "id": "resolution-local", "starts_at": "stage2" }]"#,
        "stage1-response",
    );
    assert_eq!(
        problems(&skipped),
        ["error: resolution_options[0].starts_at: starting here skips the stage of \"stage1-response\", which \"stage2-response\" counts from, so it could not be dated"]
    );
    let twice = two_stage(r#"["resolution-local", "resolution-local"]"#, "requested");
    assert_eq!(
        problems(&twice),
        ["error: resolution_options[1].id: the id \"resolution-local\" is used more than once"]
    );
}

/// Starting at Stage 2 skips Stage 1, and with it the Ombudsman route after
/// Stage 1's response; the stage's request is the complaint itself.
#[test]
fn starting_later_skips_the_earlier_stages_and_their_ombudsman_routes() {
    let json = two_stage(
        r#"[{ "id": "resolution-formal-investigation", "starts_at": "stage2" }]"#,
        "requested",
    );
    let procedure = Procedure::from_json(&json).unwrap().value;
    let mut complaint = Complaint::new(FRIDAY.parse().unwrap());
    complaint.handling = Some("resolution-formal-investigation".into());
    let timeline = timeline(&procedure, &england(), &complaint).unwrap();
    assert_eq!(stage_ids(&timeline), ["stage2"]);
    assert_eq!(due(&timeline, "stage2-response").0, "2026-12-18");
    let routes: Vec<&str> = timeline
        .ombudsman
        .iter()
        .map(|w| w.after.as_str())
        .collect();
    assert_eq!(routes, ["stage2-response"]);
}

/// A date the council records for a stage's request wins over the day the
/// complaint was received; an event of another stage, or another event of
/// the same stage, does not stop the complaint being the request.
#[test]
fn a_recorded_request_date_wins_and_other_events_do_not_stop_the_entry() {
    use redress_core::procedure::Event;
    use redress_core::timeline::KnownEvent;
    let children = built_in_procedure("children-statutory-england").unwrap();
    let mut complaint = Complaint::new(FRIDAY.parse().unwrap());
    complaint.handling = Some("resolution-formal-investigation".into());
    complaint.events.push(KnownEvent {
        stage: Some("stage2".into()),
        event: Event::Requested,
        date: "2026-12-01".parse().unwrap(),
    });
    let recorded = timeline(children, &england(), &complaint).unwrap();
    // 25 working days from Tuesday 1 December 2026.
    assert_eq!(due(&recorded, "stage2-response").0, "2027-01-08");

    let mut complaint = Complaint::new(FRIDAY.parse().unwrap());
    complaint.handling = Some("resolution-formal-investigation".into());
    complaint.events.push(KnownEvent {
        stage: Some("stage3".into()),
        event: Event::Requested,
        date: "2026-12-01".parse().unwrap(),
    });
    let other_stage = timeline(children, &england(), &complaint).unwrap();
    assert_eq!(due(&other_stage, "stage2-response").0, "2026-12-29");

    let barnsley = built_in_procedure("general-barnsley").unwrap();
    let mut complaint = Complaint::new(FRIDAY.parse().unwrap());
    complaint.handling = Some("resolution-formal-investigation".into());
    complaint.events.push(KnownEvent {
        stage: Some("stage1".into()),
        event: Event::Acknowledged,
        date: "2026-11-23".parse().unwrap(),
    });
    let other_event = timeline(barnsley, &england(), &complaint).unwrap();
    assert_eq!(due(&other_event, "stage1-contact").0, "2026-11-27");
}

/// SI 2006/1738: the person may ask for Stage 2 within 20 working days of
/// the Stage 1 response, and for a review panel within 20 working days of
/// the Stage 2 response. Both are shown as rules (their day moves with the
/// response), except that a complaint starting at Stage 2 is itself the
/// request for it.
#[test]
fn childrens_stage2_and_stage3_requests_are_20_working_days_after_the_previous_response() {
    let local = dated(
        "children-statutory-england",
        FRIDAY,
        Some("resolution-local"),
        None,
    );
    for (id, after) in [
        ("stage2-request", "stage1-response"),
        ("stage3-request", "stage2-response"),
    ] {
        let window = local.milestone(id).unwrap();
        assert!(window.is_request_window(), "{id}");
        assert_eq!(window.anchor.id(), after);
        assert_eq!(window.duration.normal, 20);
    }
    assert!(!local
        .milestone("stage1-response")
        .unwrap()
        .is_request_window());
    // A council deadline counted from another milestone is not the person's
    // window to ask (Barnsley's Stage 1 response counts from the contact).
    let barnsley = dated(
        "general-barnsley",
        FRIDAY,
        Some("resolution-formal-investigation"),
        Some("other"),
    );
    assert!(!barnsley
        .milestone("stage1-response")
        .unwrap()
        .is_request_window());
    let formal = dated(
        "children-statutory-england",
        FRIDAY,
        Some("resolution-formal-investigation"),
        None,
    );
    assert!(formal.milestone("stage2-request").is_none());
    assert!(formal.milestone("stage3-request").is_some());
    // Stage 1 (if the council does not agree) and Stage 2 are promised;
    // Stage 3 waits for the person to ask.
    assert_eq!(formal.awaiting_request(), [false, false, true]);
}

/// Seed 000: Stage Two is an investigation "by a fully accredited
/// investigating officer", with "a written report, and a formal response from
/// a senior manager"; Stage Three: "Three independent people will review the
/// whole situation, meet with you". Seed 004: "A review is not another
/// investigation". The person is told what each of these stages is.
#[test]
fn stage2_stage3_and_barnsleys_review_say_what_they_are() {
    let children = dated(
        "children-statutory-england",
        FRIDAY,
        Some("resolution-local"),
        None,
    );
    let about = |timeline: &Timeline, id: &str| {
        timeline
            .stages
            .iter()
            .find(|stage| stage.id == id)
            .and_then(|stage| stage.description_id.clone())
    };
    assert_eq!(
        about(&children, "stage2").as_deref(),
        Some("stage-independent-investigation-about")
    );
    assert_eq!(
        about(&children, "stage3").as_deref(),
        Some("stage-review-panel-about")
    );
    let barnsley = dated(
        "general-barnsley",
        FRIDAY,
        Some("resolution-early"),
        Some("other"),
    );
    assert_eq!(
        about(&barnsley, "stage2").as_deref(),
        Some("stage-review-about")
    );
}

/// Seed 004: "You can also share your complaint with the Care Quality
/// Commission", for adult social care the council arranges too. Issue 15
/// point 7: each nation's own regulator (England CQC, Wales CIW, Scotland
/// the Care Inspectorate, Northern Ireland RQIA), never England's elsewhere.
#[test]
fn adult_social_care_is_told_of_its_own_nations_care_regulator() {
    use redress_core::procedure::Nation;
    let told = |nation: Nation| nation.care_regulator().tell;
    assert_eq!(told(Nation::England), Some("regulator-tell-cqc"));
    assert_eq!(told(Nation::Wales), Some("regulator-tell-ciw"));
    assert_eq!(
        told(Nation::Scotland),
        Some("regulator-tell-care-inspectorate")
    );
    assert_eq!(told(Nation::NorthernIreland), Some("regulator-tell-rqia"));
}

/// A complaint made at 10:00 on this day about something that happened, or
/// that the person found out about, on the days given.
fn knowing(procedure: &str, happened: &str, found_out: Option<&str>) -> Timeline {
    let mut complaint = Complaint::new("2026-11-20T10:00".parse().unwrap());
    complaint.happened = Some(happened.parse().unwrap());
    complaint.found_out = found_out.map(|date| date.parse().unwrap());
    let procedure = built_in_procedure(procedure).unwrap();
    let calendar = Calendar::new(procedure.nation.division());
    timeline(procedure, &calendar, &complaint).unwrap()
}

fn closes(timeline: &Timeline) -> Option<(String, String)> {
    timeline.ombudsman[0]
        .closes
        .map(|range| (range.earliest.to_string(), range.latest.to_string()))
}

/// The LGSCO's wording for councils: "You usually have up to 12 months to do
/// this, starting from the date you first knew about the matter you
/// complained about, not from the date of this letter" (Local Government
/// Act 1974 s26B). The PSOW (Public Services Ombudsman (Wales) Act 2019) and
/// the SPSO (SPSO Act 2002 s10) count "12 months of the person having notice
/// of the matter" too.
#[test]
fn the_ombudsmans_12_months_count_from_when_the_person_first_knew() {
    use redress_core::procedure::WindowFrom;
    for procedure in [
        "children-statutory-england",
        "adult-statutory-england",
        "general-barnsley",
        "general-council-000",
        "lgsco-complaint-handling-code",
        "wales-social-services",
        "wales-psow-model",
        "scotland-spso",
    ] {
        let dated = knowing(procedure, "2026-03-10", None);
        let window = &dated.ombudsman[0];
        assert_eq!(window.from, WindowFrom::Notice, "{procedure}");
        assert_eq!(window.months, 12, "{procedure}");
        let day = Some(("2027-03-10".into(), "2027-03-10".into()));
        assert_eq!(closes(&dated), day, "{procedure}");
        // Found out later: from then.
        let dated = knowing(procedure, "2026-01-05", Some("2026-03-10"));
        assert_eq!(closes(&dated), day, "{procedure}");
        // A month given: the safe (earliest) day, and the latest.
        let dated = knowing(procedure, "2026-03", None);
        assert_eq!(
            closes(&dated),
            Some(("2027-03-01".into(), "2027-03-31".into())),
            "{procedure}"
        );
        // Still happening: no day to count from.
        let dated = knowing(procedure, "still-happening", None);
        assert_eq!(closes(&dated), None, "{procedure}");
    }
}

/// NIPSO: "We would not generally accept your complaint if you make your
/// complaint more than 6 months after completing the organisation's
/// complaints procedure" (Public Services Ombudsman Act (Northern Ireland)
/// 2016). The response's day is not known, so the window is its dates.
#[test]
fn nipsos_6_months_count_from_the_final_response() {
    use redress_core::procedure::WindowFrom;
    let dated = knowing("northern-ireland-nipso-model", "2026-03-10", None);
    let window = &dated.ombudsman[0];
    assert_eq!((window.id.as_str(), window.months), ("nipso", 6));
    assert_eq!(window.from, WindowFrom::FinalResponse);
    assert_eq!(window.after, "stage2-response");
    // Stage 2 waits for the person to ask for it: no day yet.
    assert_eq!(window.closes, None);
    let procedure = built_in_procedure("northern-ireland-nipso-model").unwrap();
    let dated = dated_in(procedure, "resolution-formal-investigation");
    let window = &dated.ombudsman[0];
    let When::Dated(response) = &window.response else {
        panic!("starting at Stage 2, its response is dated")
    };
    let closes = window.closes.unwrap();
    assert_eq!(closes.earliest, response.earliest.add_months(6));
    assert_eq!(closes.latest, response.latest.add_months(6));
}

/// Issue 15 point 6: the Ombudsman with its phone and website, for every
/// built-in procedure, and the Ombudsman of the procedure's own nation.
#[test]
fn every_built_in_procedure_names_its_own_nations_ombudsman_and_how_to_reach_it() {
    for procedure in built_in() {
        let ombudsman = procedure.ombudsman.as_ref().unwrap();
        assert_eq!(
            ombudsman.id,
            procedure.nation.ombudsman().id,
            "{}",
            procedure.id
        );
        let (phone, website) = ombudsman.contact();
        assert!(phone.is_some(), "{}", procedure.id);
        assert!(website.unwrap().starts_with("https://"), "{}", procedure.id);
        let dated = knowing(&procedure.id, "2026-03-10", None);
        assert_eq!(dated.ombudsman[0].phone, phone);
    }
}

/// Northern Ireland (issue 15 point 7): a council's own two-stage procedure
/// on NIPSO's model: Stage 1 in 5 working days; Stage 2 acknowledged in 3
/// and answered in 20; complaints within 6 months; NIPSO after Stage 2.
#[test]
fn a_northern_ireland_councils_procedure_follows_nipsos_model() {
    use redress_core::procedure::Nation;
    let procedure = built_in_procedure("northern-ireland-nipso-model").unwrap();
    assert_eq!(procedure.nation, Nation::NorthernIreland);
    assert!(procedure.nation.social_care_by_trusts());
    assert_eq!(procedure.time_limit.unwrap().months, 6);
    let mut complaint = Complaint::new(FRIDAY.parse().unwrap());
    complaint.handling = Some("resolution-formal-investigation".into());
    let dated = timeline(
        procedure,
        &Calendar::new(Division::NorthernIreland),
        &complaint,
    )
    .unwrap();
    // Friday 20 November 2026: day 1 is Monday 23rd.
    assert_eq!(due(&dated, "stage2-acknowledgement").0, "2026-11-25");
    assert_eq!(due(&dated, "stage2-response").0, "2026-12-18");
    let local = dated_in(procedure, "resolution-local");
    assert_eq!(due(&local, "stage1-response").0, "2026-11-27");
}

fn dated_in(procedure: &Procedure, handling: &str) -> Timeline {
    let mut complaint = Complaint::new(FRIDAY.parse().unwrap());
    complaint.handling = Some(handling.into());
    let calendar = Calendar::new(procedure.nation.division());
    timeline(procedure, &calendar, &complaint).unwrap()
}

/// Issue 15 point 7: children's complaints in Wales are made under the
/// Representations Procedure (Wales) Regulations 2014 (SI 2014/1795), adults'
/// under SI 2014/1794; the Welsh profile serves both and cites both.
#[test]
fn welsh_social_services_cite_both_regulations() {
    let wales = built_in_procedure("wales-social-services").unwrap();
    for si in ["SI 2014/1794", "SI 2014/1795"] {
        assert!(
            wales.sources.iter().any(|source| source.contains(si)),
            "{si}"
        );
        assert!(wales.description.contains(si), "{si}");
    }
}

/// A stage the profile numbers ("Stage 2: investigation") is shown with that
/// number: the SPSO's Stage 2 was once shown as "Stage 1: investigation".
#[test]
fn every_numbered_stage_is_shown_with_its_own_number() {
    let english = include_str!("../../locales/en-GB.ftl");
    let shown = |id: &str| {
        english
            .lines()
            .find_map(|line| line.strip_prefix(&format!("{id} = ")))
            .unwrap_or_else(|| panic!("no message {id}"))
            .to_owned()
    };
    for procedure in built_in() {
        for stage in &procedure.stages {
            if let Some((number, _)) = stage.name.split_once(':') {
                let text = shown(&stage.message_id);
                assert!(
                    text == number || text.starts_with(&format!("{number}:")),
                    "{} {}: \"{text}\"",
                    procedure.id,
                    stage.id
                );
            }
        }
    }
}

/// A profile's Ombudsman: phone and website checked where given, one the
/// wizard does not know needs one of them, and one of another nation is
/// warned about.
#[test]
fn an_ombudsmans_contact_and_nation_are_checked() {
    let base: serde_json::Value =
        serde_json::from_str(include_str!("../profiles/wales-social-services.json")).unwrap();
    let check = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut profile = base.clone();
        change(&mut profile);
        let procedure: Procedure = serde_json::from_value(profile).unwrap();
        let found: Vec<String> = procedure
            .validate()
            .iter()
            .map(ToString::to_string)
            .collect();
        found
    };
    assert_eq!(check(&|_| {}), Vec::<String>::new());
    assert_eq!(
        check(&|p| p["ombudsman"]["phone"] = "call us".into()),
        ["error: ombudsman.phone: \"call us\" is not a phone number: write it as people dial it, such as 0300 061 0614"]
    );
    assert_eq!(
        check(&|p| p["ombudsman"]["website"] = "http://www.ombudsman.wales".into()),
        ["error: ombudsman.website: \"http://www.ombudsman.wales\" must be an https:// address, such as https://www.lgo.org.uk"]
    );
    assert_eq!(
        check(&|p| p["ombudsman"]["id"] = "lgsco".into()),
        ["warning: ombudsman.id: the Ombudsman \"lgsco\" is for England, but this is for Wales: a person would be sent to the wrong body or shown the wrong days off"]
    );
    assert_eq!(
        check(&|p| p["ombudsman"]["id"] = "housing".into()),
        ["warning: ombudsman: the wizard does not know the Ombudsman \"housing\": give its \"phone\" or \"website\", or people will see its name only"]
    );
    assert_eq!(
        check(&|p| {
            p["ombudsman"]["id"] = "housing".into();
            p["ombudsman"]["website"] = "https://www.housing-ombudsman.org.uk".into();
        }),
        Vec::<String>::new()
    );
}

/// Issue 15 point 7: a configuration mixing nations is warned about.
#[test]
fn procedures_and_a_calendar_of_another_nation_are_warned_about() {
    use redress_core::procedure::mixed_nations;
    let wales = built_in_procedure("wales-social-services").unwrap();
    let children = built_in_procedure("children-statutory-england").unwrap();
    let found = mixed_nations(
        &[
            ("procedures.general", wales),
            ("procedures.children", children),
        ],
        Some(("calendar.division", Division::EnglandAndWales)),
    );
    let text: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        ["warning: procedures.children: the procedure \"children-statutory-england\" is for England, but this is for Wales: a person would be sent to the wrong body or shown the wrong days off"]
    );
    let scotland = built_in_procedure("scotland-spso").unwrap();
    let found = mixed_nations(
        &[("procedures.general", scotland)],
        Some(("calendar.division", Division::EnglandAndWales)),
    );
    let text: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        ["warning: calendar.division: \"england-and-wales\" bank holidays are not those of Scotland, the nation of the council's procedures"]
    );
    assert!(mixed_nations(
        &[("procedures.general", scotland)],
        Some(("calendar.division", Division::Scotland))
    )
    .is_empty());
    assert!(mixed_nations(&[], None).is_empty());
}
