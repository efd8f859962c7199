//! The `redress-dates` binary as staff run it: its output agrees with the API,
//! and bad arguments give one line on standard error and exit code 2.

use redress_core::calendar::{Calendar, Division};
use redress_core::date::DateTime;
use redress_core::follow_up::{follow_up, Earlier, Standing};
use redress_core::procedure::{built_in, built_in_procedure};
use redress_core::timeline::{timeline, Complaint};
use std::process::{Command, Output};

fn redress_dates(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redress-dates"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty());
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn add_prints_the_issues_date() {
    let output = redress_dates(&[
        "add",
        "--division",
        "england-and-wales",
        "--start",
        "2025-12-19",
        "--working-days",
        "10",
    ]);
    assert_eq!(stdout(&output), "2026-01-07\n");
}

#[test]
fn holidays_are_the_apis_lines_and_nothing_else() {
    let output = redress_dates(&[
        "holidays",
        "--division",
        "scotland",
        "--from",
        "1995",
        "--to",
        "2035",
    ]);
    let expected: String = (1995..=2035)
        .flat_map(|year| Calendar::new(Division::Scotland).bank_holidays(year))
        .map(|holiday| format!("{},{}\n", holiday.date, holiday.title))
        .collect();
    let printed = stdout(&output);
    assert_eq!(printed, expected);
    assert!(printed.contains("2026-06-15,World Cup bank holiday\n"));
    let dates: Vec<&str> = printed.lines().map(|line| &line[..10]).collect();
    assert!(
        dates.windows(2).all(|pair| pair[0] < pair[1]),
        "sorted by date"
    );
}

#[test]
fn procedures_lists_every_built_in_profile() {
    let printed = stdout(&redress_dates(&["procedures"]));
    let ids: Vec<&str> = printed
        .lines()
        .map(|line| line.split_whitespace().next().unwrap())
        .collect();
    let expected: Vec<&str> = built_in().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, expected);
}

#[test]
fn the_json_timeline_is_the_apis_timeline() {
    let printed = stdout(&redress_dates(&[
        "timeline",
        "--procedure",
        "children-statutory-england",
        "--received",
        "2026-11-20T16:45",
        "--format",
        "json",
        "--event",
        "stage2:requested=2027-01-11",
    ]));
    let procedure = built_in_procedure("children-statutory-england").unwrap();
    let mut complaint = Complaint::new("2026-11-20T16:45".parse().unwrap());
    complaint.events.push(redress_core::timeline::KnownEvent {
        stage: Some("stage2".into()),
        event: redress_core::procedure::Event::Requested,
        date: "2027-01-11".parse().unwrap(),
    });
    let expected = timeline(
        procedure,
        &Calendar::new(Division::EnglandAndWales),
        &complaint,
    )
    .unwrap();
    let printed: serde_json::Value = serde_json::from_str(&printed).unwrap();
    assert_eq!(printed, serde_json::to_value(&expected).unwrap());
}

#[test]
fn a_council_calendar_file_adds_closure_days() {
    let path = std::env::temp_dir().join(format!("redress-calendar-{}.json", std::process::id()));
    std::fs::write(
        &path,
        r#"{"division": "england-and-wales", "cut_off": "16:30",
            "closures": [{"date": "2026-12-29", "until": "2026-12-31", "reason": "Closed"}]}"#,
    )
    .unwrap();
    let path_text = path.to_str().unwrap();
    let added = stdout(&redress_dates(&[
        "add",
        "--closures",
        path_text,
        "--start",
        "2026-12-24",
        "--working-days",
        "1",
    ]));
    assert_eq!(added, "2027-01-04\n");
    let text = stdout(&redress_dates(&[
        "timeline",
        "--procedure",
        "children-statutory-england",
        "--received",
        "2026-11-20T16:45",
        "--closures",
        path_text,
    ]));
    assert!(
        text.contains("counts as received Monday 23 November 2026"),
        "{text}"
    );
    let mismatch = redress_dates(&[
        "add",
        "--closures",
        path_text,
        "--division",
        "scotland",
        "--start",
        "2026-12-24",
        "--working-days",
        "1",
    ]);
    assert_eq!(mismatch.status.code(), Some(2));
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn bad_arguments_exit_2_with_one_line() {
    for args in [
        vec![
            "holidays",
            "--division",
            "wales",
            "--from",
            "1995",
            "--to",
            "2035",
        ],
        vec![
            "add",
            "--division",
            "scotland",
            "--start",
            "19/12/2025",
            "--working-days",
            "10",
        ],
        vec!["timeline", "--procedure", "children-statutory-england"],
        vec![
            "next",
            "--procedure",
            "children-statutory-england",
            "--stage",
            "stage1",
            "--responded",
            "2999-01-01",
        ],
        vec![
            "timeline",
            "--procedure",
            "x",
            "--received",
            "2026-11-20T16:45",
        ],
        vec![
            "add",
            "--closures",
            "/nonexistent/calendar.json",
            "--start",
            "2026-01-01",
            "--working-days",
            "1",
        ],
        vec![],
    ] {
        let output = redress_dates(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("error: "), "{stderr}");
    }
    let output = redress_dates(&[
        "holidays",
        "--division",
        "wales",
        "--from",
        "1995",
        "--to",
        "2035",
    ]);
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "error: --division: \"wales\" is not accepted; expected england-and-wales, scotland or northern-ireland\n"
    );
}

#[test]
fn next_prints_the_apis_follow_up() {
    let printed = stdout(&redress_dates(&[
        "next",
        "--procedure",
        "general-barnsley",
        "--stage",
        "stage1",
        "--responded",
        "2026-11-20",
        "--service",
        "adult-social-care",
        "--today",
        "2026-12-04",
        "--format",
        "json",
    ]));
    let earlier = Earlier {
        complained: None,
        service: Some("adult-social-care".into()),
        standing: Standing::Answered {
            stage: "stage1".into(),
            on: "2026-11-20".parse().unwrap(),
        },
    };
    let expected = follow_up(
        built_in_procedure("general-barnsley").unwrap(),
        &Calendar::new(Division::EnglandAndWales),
        &earlier,
        "2026-12-04".parse().unwrap(),
    )
    .unwrap();
    let printed: serde_json::Value = serde_json::from_str(&printed).unwrap();
    assert_eq!(printed, serde_json::to_value(&expected).unwrap());
    assert_eq!(printed["ombudsman"]["open"]["status"], "now");
}

#[test]
fn next_counts_from_today_in_the_uk_by_default() {
    let printed = stdout(&redress_dates(&[
        "next",
        "--procedure",
        "children-statutory-england",
        "--stage",
        "stage1",
        "--responded",
        "2020-01-06",
        "--format",
        "json",
    ]));
    let printed: serde_json::Value = serde_json::from_str(&printed).unwrap();
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    // The test and the command read the clock a moment apart: either day.
    let days: Vec<String> = [seconds - 60, seconds + 60]
        .iter()
        .map(|&at| DateTime::in_uk_at(at).unwrap().date.to_string())
        .collect();
    assert!(
        days.iter().any(|day| printed["today"] == day.as_str()),
        "{} not in {days:?}",
        printed["today"]
    );
}

/// A copy of `examples/config-barnsley.json` in a file of its own for the
/// test `name` (tests run at once).
fn barnsley_config(name: &str) -> std::path::PathBuf {
    let path =
        std::env::temp_dir().join(format!("redress-config-{name}-{}.json", std::process::id()));
    std::fs::write(&path, include_str!("../../examples/config-barnsley.json")).unwrap();
    path
}

/// Staff at Barnsley ask for the dates of an adult social care complaint:
/// the council's own procedure (which the wizard uses for adults), its
/// closure days and its cut-off time, from the same file the wizard reads.
#[test]
fn a_councils_config_gives_the_wizards_dates() {
    let config = include_str!("../../examples/config-barnsley.json");
    let dates = redress_core::council::CouncilDates::from_json(config)
        .unwrap()
        .value;
    let setup = dates.setup();
    let mut complaint = Complaint::new("2026-12-21T17:30".parse().unwrap());
    complaint.service = Some("adult-social-care".into());
    let expected = timeline(setup.adults, setup.calendar.as_ref().unwrap(), &complaint).unwrap();
    let path = barnsley_config("dates");
    let path_text = path.to_str().unwrap();
    let printed = stdout(&redress_dates(&[
        "--config",
        path_text,
        "timeline",
        "--procedure",
        "adults",
        "--service",
        "adult-social-care",
        "--received",
        "2026-12-21T17:30",
        "--format",
        "json",
    ]));
    let printed: serde_json::Value = serde_json::from_str(&printed).unwrap();
    assert_eq!(printed, serde_json::to_value(&expected).unwrap());
    assert_eq!(printed["procedure"], "general-barnsley");
    // After the 17:00 cut-off: received the next working day.
    assert_eq!(printed["received"], "2026-12-22");

    let text = stdout(&redress_dates(&[
        "timeline",
        "--config",
        path_text,
        "--procedure",
        "general-barnsley",
        "--service",
        "adult-social-care",
        "--received",
        "2026-12-21T17:30",
    ]));
    assert!(text.contains("Tuesday 22 December 2026"), "{text}");

    // Its closure days are days off for `add` and are listed by `holidays`.
    let added = stdout(&redress_dates(&[
        "--config",
        path_text,
        "add",
        "--start",
        "2026-12-24",
        "--working-days",
        "1",
    ]));
    assert_eq!(added, "2027-01-04\n");
    let holidays = stdout(&redress_dates(&[
        "--config", path_text, "holidays", "--from", "2026", "--to", "2026",
    ]));
    assert!(
        holidays.ends_with(
            "2026-12-25,Christmas Day\n2026-12-28,Boxing Day\n\
             2026-12-29,Offices closed between Christmas and New Year (closed)\n\
             2026-12-30,Offices closed between Christmas and New Year (closed)\n\
             2026-12-31,Offices closed between Christmas and New Year (closed)\n"
        ),
        "{holidays}"
    );
    let procedures = stdout(&redress_dates(&["--config", path_text, "procedures"]));
    assert!(
        procedures.starts_with("children                        uses children-statutory-england\n"),
        "{procedures}"
    );
    assert!(procedures.contains("adults                          uses general-barnsley\n"));
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn a_config_that_cannot_be_used_is_one_line_naming_the_field() {
    let path = std::env::temp_dir().join(format!("redress-bad-config-{}.json", std::process::id()));
    std::fs::write(&path, r#"{"procedures": {"adults": "adult-barnsley"}}"#).unwrap();
    let path_text = path.to_str().unwrap();
    let wrong = redress_dates(&[
        "--config",
        path_text,
        "add",
        "--start",
        "2026-12-24",
        "--working-days",
        "1",
    ]);
    let barnsley = barnsley_config("errors");
    let unknown = redress_dates(&[
        "--config",
        barnsley.to_str().unwrap(),
        "timeline",
        "--procedure",
        "adult-barnsley",
        "--received",
        "2026-12-21",
    ]);
    let both = redress_dates(&[
        "--config",
        barnsley.to_str().unwrap(),
        "add",
        "--closures",
        barnsley.to_str().unwrap(),
        "--start",
        "2026-12-24",
        "--working-days",
        "1",
    ]);
    std::fs::remove_file(&path).unwrap();
    std::fs::remove_file(&barnsley).unwrap();
    for (output, starts) in [
        (&wrong, "error: --config: "),
        (
            &unknown,
            "error: --procedure: \"adult-barnsley\" is neither",
        ),
        (&both, "error: --closures: "),
    ] {
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with(starts), "{stderr}");
    }
    assert!(String::from_utf8_lossy(&wrong.stderr)
        .contains("procedures.adults: no built-in procedure \"adult-barnsley\""));
}
