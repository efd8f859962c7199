//! Every parser in redress-core, fed random and adversarial text: none
//! panics, and every refusal is a typed error with a place and a message a
//! web team can act on.

use proptest::prelude::*;
use redress_core::calendar::{Calendar, Division};
use redress_core::cli;
use redress_core::date::{Date, DateTime, TimeOfDay, YearMonth};
use redress_core::problems::Severity;
use redress_core::procedure::Procedure;
use redress_core::theme::Colour;
use redress_core::timeline::ApproximateDate;

const PROFILE: &str = include_str!("../profiles/children-statutory-england.json");
const CALENDAR: &str = r#"{"division": "england-and-wales", "cut_off": "17:00",
    "closures": [{"date": "2026-12-29", "until": "2026-12-31", "reason": "Closed"}],
    "extra_bank_holidays": [{"date": "2027-05-10", "title": "New"}]}"#;

/// Text with the characters that break naive code: bidi overrides,
/// zero-width and combining marks, emoji, quotes, braces, NUL.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,64}",
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                Just("\u{202E}"),
                Just("\u{200B}"),
                Just("\u{0301}"),
                Just("😀"),
                Just("\""),
                Just("{"),
                Just("}"),
                Just("\0"),
                Just("<script>"),
                Just("9999999999999999999999"),
                Just("-"),
                Just("T"),
                Just(":"),
            ],
            0..24
        )
        .prop_map(|parts| parts.concat()),
    ]
}

/// `valid` with a slice replaced by `insert`: mostly near-valid JSON.
fn mutate(valid: &str, at: usize, cut: usize, insert: &str) -> String {
    let chars: Vec<char> = valid.chars().collect();
    let at = at % (chars.len() + 1);
    let end = (at + cut).min(chars.len());
    chars[..at]
        .iter()
        .chain(insert.chars().collect::<Vec<_>>().iter())
        .chain(chars[end..].iter())
        .collect()
}

/// `valid` with one of its digits (the `at`th, wrapping) changed to `digit`.
fn change_digit(valid: &str, at: usize, digit: u32) -> String {
    let places: Vec<usize> = valid
        .char_indices()
        .filter(|(_, c)| c.is_ascii_digit())
        .map(|(i, _)| i)
        .collect();
    let place = places[at % places.len()];
    let mut text = valid.to_owned();
    text.replace_range(
        place..place + 1,
        &char::from_digit(digit, 10).unwrap().to_string(),
    );
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn value_parsers_never_panic(text in hostile()) {
        let _ = text.parse::<Date>();
        let _ = text.parse::<DateTime>();
        let _ = text.parse::<TimeOfDay>();
        let _ = text.parse::<YearMonth>();
        let _ = text.parse::<ApproximateDate>();
        let _ = text.parse::<Division>();
        let _ = text.parse::<Colour>();
    }

    #[test]
    fn a_mangled_procedure_profile_is_refused_with_its_place(at in any::<usize>(), cut in 0usize..40, insert in hostile()) {
        let text = mutate(PROFILE, at, cut, &insert);
        match Procedure::from_json(&text) {
            Err(invalid) => {
                prop_assert!(!invalid.problems.is_empty());
                for problem in &invalid.problems {
                    prop_assert!(!problem.path.is_empty());
                    prop_assert!(!problem.to_string().is_empty());
                }
            }
            // Whatever is accepted holds to the rules, and its warnings are all of them.
            Ok(checked) => {
                let problems = checked.value.validate();
                prop_assert!(problems.iter().all(|p| p.severity == Severity::Warning), "{problems:?}");
                prop_assert_eq!(checked.warnings, problems);
            }
        }
    }

    #[test]
    fn a_mangled_calendar_is_refused_with_its_place(text in prop_oneof![
        (any::<usize>(), 0usize..20, hostile()).prop_map(|(at, cut, insert)| mutate(CALENDAR, at, cut, &insert)),
        // Still JSON, and still dates, but often a closure that ends before it starts.
        (any::<usize>(), 0u32..10).prop_map(|(at, digit)| change_digit(CALENDAR, at, digit)),
    ]) {
        match Calendar::from_json(&text) {
            Err(invalid) => {
                prop_assert!(!invalid.problems.is_empty());
                for problem in &invalid.problems {
                    prop_assert!(!problem.path.is_empty());
                }
            }
            Ok(checked) => {
                let problems = checked.value.validate();
                prop_assert!(problems.iter().all(|p| p.severity == Severity::Warning), "{problems:?}");
                prop_assert_eq!(checked.warnings, problems);
            }
        }
    }

    #[test]
    fn the_command_line_never_panics(args in proptest::collection::vec(hostile(), 0..6), command in prop_oneof![
        Just("add"), Just("holidays"), Just("procedures"), Just("timeline"), Just("next"), Just("between"),
    ]) {
        let mut all = vec![command.to_owned()];
        all.extend(args);
        if let Err(error) = cli::run(&all, "2026-12-05".parse().unwrap()) {
            prop_assert!(!error.to_string().is_empty());
        }
    }

    /// `next` with its own options and values near the edges: every
    /// procedure, stage and date either answers or names what is wrong.
    #[test]
    fn next_answers_or_names_the_argument(
        options in proptest::collection::vec((
            prop::sample::select(vec![
                "--procedure", "--stage", "--responded", "--waiting-since", "--extended-to",
                "--complained", "--service", "--today", "--division", "--format",
            ]),
            prop::sample::select(vec![
                "children-statutory-england", "general-barnsley", "scotland-spso", "stage1",
                "stage2", "stage3", "complaint", "early-resolution", "2026-11-20", "2026-11",
                "2026-02-29", "1990-01-01", "9999-12-31", "0001-01", "still-happening",
                "adult-social-care", "json", "scotland", "",
            ]),
        ), 0..9),
    ) {
        let mut all = vec!["next".to_owned()];
        for (flag, value) in options {
            all.push(flag.to_owned());
            all.push(value.to_owned());
        }
        match cli::run(&all, "2026-12-05".parse().unwrap()) {
            Ok(printed) => prop_assert!(!printed.is_empty()),
            Err(error) => {
                prop_assert!(error.argument.starts_with("--"), "{error}");
                prop_assert!(!error.to_string().contains('\n'));
            }
        }
    }
}
