//! The built-in profiles carry the timescales of the seeds and of
//! shared/domain.md, figure by figure.

use redress_core::procedure::{built_in_procedure, Anchor, CountsFrom, Event, Unit};

/// (milestone, anchor, unit, minimum, normal, maximum, open extension)
type Expected<'a> = (&'a str, &'a str, Unit, Option<u32>, u32, Option<u32>, bool);

fn check(procedure: &str, expected: &[Expected<'_>]) {
    let procedure = built_in_procedure(procedure).unwrap();
    let actual: Vec<Expected<'_>> = procedure
        .stages
        .iter()
        .flat_map(|stage| &stage.milestones)
        .map(|m| {
            let d = m.duration;
            let anchor = m.anchor.id();
            (
                m.id.as_str(),
                anchor,
                d.unit,
                d.minimum,
                d.normal,
                d.maximum,
                m.open_extension,
            )
        })
        .collect();
    assert_eq!(actual, expected, "{}", procedure.id);
}

use Unit::{Months, WorkingDays as WD};

#[test]
fn childrens_procedure() {
    check(
        "children-statutory-england",
        &[
            ("stage1-response", "received", WD, None, 10, Some(20), false),
            (
                "stage2-request",
                "stage1-response",
                WD,
                None,
                20,
                None,
                false,
            ),
            (
                "stage2-response",
                "requested",
                WD,
                None,
                25,
                Some(65),
                false,
            ),
            (
                "stage3-request",
                "stage2-response",
                WD,
                None,
                20,
                None,
                false,
            ),
            (
                "stage3-panel-meeting",
                "requested",
                WD,
                None,
                30,
                None,
                false,
            ),
            (
                "stage3-panel-report",
                "meeting-held",
                WD,
                None,
                5,
                None,
                false,
            ),
            (
                "stage3-response",
                "report-received",
                WD,
                None,
                15,
                None,
                false,
            ),
        ],
    );
    let children = built_in_procedure("children-statutory-england").unwrap();
    let limit = children.time_limit.unwrap();
    assert_eq!(
        (limit.months, limit.counts_from, limit.discretion),
        (12, CountsFrom::Happened, true)
    );
    assert_eq!(children.stages[0].id, "on-the-spot");
    assert!(children.stages[0].milestones.is_empty());
}

#[test]
fn adult_procedure() {
    check(
        "adult-statutory-england",
        &[
            (
                "next-working-day-resolution",
                "received",
                WD,
                None,
                1,
                None,
                false,
            ),
            ("acknowledgement", "received", WD, None, 3, None, false),
            ("completion", "received", Months, None, 6, None, true),
        ],
    );
    let adults = built_in_procedure("adult-statutory-england").unwrap();
    let limit = adults.time_limit.unwrap();
    assert_eq!(
        (limit.months, limit.counts_from),
        (12, CountsFrom::HappenedOrFoundOut)
    );
    let ombudsman = adults.ombudsman.as_ref().unwrap();
    assert_eq!(
        (ombudsman.id.as_str(), ombudsman.window_months),
        ("lgsco", 12)
    );
    assert!(adults.resolution_option("resolution-meeting").is_some());
}

#[test]
fn barnsley_procedure() {
    check(
        "general-barnsley",
        &[
            (
                "early-resolution-response",
                "received",
                WD,
                None,
                5,
                None,
                false,
            ),
            (
                "early-resolution-response-adult-social-care",
                "received",
                WD,
                None,
                2,
                Some(5),
                false,
            ),
            ("stage1-contact", "requested", WD, Some(3), 5, None, true),
            (
                "stage1-response",
                "stage1-contact",
                WD,
                Some(10),
                65,
                None,
                false,
            ),
            ("stage2-review", "requested", WD, Some(10), 30, None, false),
        ],
    );
    let barnsley = built_in_procedure("general-barnsley").unwrap();
    let routes: Vec<(&str, Option<&str>)> = barnsley
        .ombudsman
        .as_ref()
        .unwrap()
        .after
        .iter()
        .map(|route| (route.milestone.as_str(), route.service.as_deref()))
        .collect();
    assert_eq!(
        routes,
        [
            ("stage2-review", None),
            ("stage1-response", Some("adult-social-care"))
        ]
    );
}

#[test]
fn lgsco_code_and_the_seed_000_councils_general_procedure() {
    let code: &[Expected] = &[
        (
            "stage1-acknowledgement",
            "received",
            WD,
            None,
            5,
            None,
            false,
        ),
        (
            "stage1-response",
            "acknowledged",
            WD,
            None,
            10,
            Some(20),
            false,
        ),
        (
            "stage2-acknowledgement",
            "requested",
            WD,
            None,
            5,
            None,
            false,
        ),
        ("stage2-response", "acknowledged", WD, None, 20, None, true),
    ];
    check("lgsco-complaint-handling-code", code);
    check("general-council-000", code);
    let council = built_in_procedure("general-council-000").unwrap();
    assert!(council
        .description
        .contains("does not set out its corporate procedure"));
}

#[test]
fn wales_and_scotland() {
    check(
        "wales-social-services",
        &[
            (
                "stage1-acknowledgement",
                "received",
                WD,
                None,
                2,
                None,
                false,
            ),
            (
                "stage1-discussion",
                "acknowledged",
                WD,
                None,
                10,
                None,
                false,
            ),
            ("stage2-response", "requested", WD, None, 25, None, false),
        ],
    );
    check(
        "scotland-spso",
        &[
            ("stage1-response", "received", WD, None, 5, Some(10), false),
            (
                "stage2-acknowledgement",
                "requested",
                WD,
                None,
                3,
                None,
                false,
            ),
            ("stage2-response", "requested", WD, None, 20, None, true),
        ],
    );
    let spso = built_in_procedure("scotland-spso").unwrap();
    assert_eq!(spso.time_limit.unwrap().months, 6);
    assert_eq!(spso.ombudsman.as_ref().unwrap().id, "spso");
    let wales = built_in_procedure("wales-social-services").unwrap();
    assert_eq!(wales.ombudsman.as_ref().unwrap().id, "psow");
}

#[test]
fn acknowledgements_are_the_deadline_for_the_acknowledged_event() {
    for id in [
        "lgsco-complaint-handling-code",
        "wales-social-services",
        "adult-statutory-england",
    ] {
        let procedure = built_in_procedure(id).unwrap();
        let stage = procedure.first_stage_using(Event::Acknowledged).unwrap();
        assert!(stage
            .milestones
            .iter()
            .any(|m| m.deadline_for == Some(Event::Acknowledged)
                && m.anchor == Anchor::Event(Event::Received)));
    }
}
