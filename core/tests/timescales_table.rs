//! The table in `docs/timescales.md` of what a person is shown, for each
//! built-in procedure, handling choice and service, is made by this test
//! from the code, so it cannot drift. After a change to a profile or the
//! engine, `REDRESS_BLESS=1 cargo test -p redress-core --test
//! timescales_table` rewrites it; review the difference before committing.

use std::fmt::Write as _;

use redress_core::calendar::Calendar;
use redress_core::procedure::{built_in, Procedure, WindowFrom};
use redress_core::timeline::{timeline, Complaint, When};

const START: &str = "<!-- milestones-table:start -->";
const END: &str = "<!-- milestones-table:end -->";
/// The complaint every row is dated for: a working Friday morning.
const RECEIVED: &str = "2026-11-20T10:00";

/// The services a procedure's deadlines or Ombudsman routes tell apart, and
/// `other` for the rest; just "any" when it tells none apart.
fn services(procedure: &Procedure) -> Vec<Option<String>> {
    let mut named: Vec<String> = procedure
        .stages
        .iter()
        .flat_map(|stage| &stage.milestones)
        .flat_map(|m| m.service.iter().chain(&m.except_services))
        .chain(
            procedure
                .ombudsman
                .iter()
                .flat_map(|o| &o.after)
                .flat_map(|route| &route.service),
        )
        .cloned()
        .collect();
    named.sort();
    named.dedup();
    if named.is_empty() {
        return vec![None];
    }
    named
        .into_iter()
        .map(Some)
        .chain([Some("other".into())])
        .collect()
}

fn table() -> String {
    let mut out = String::new();
    out.push_str(
        "| procedure | handling | service | stage | milestone | timescale | due (latest) |\n",
    );
    out.push_str("| --- | --- | --- | --- | --- | --- | --- |\n");
    for procedure in built_in() {
        let options: Vec<Option<&str>> = if procedure.resolution_options.is_empty() {
            vec![None]
        } else {
            procedure
                .resolution_options
                .iter()
                .map(|option| Some(option.id.as_str()))
                .collect()
        };
        let calendar = Calendar::new(procedure.nation.division());
        for handling in &options {
            for service in services(procedure) {
                let mut complaint = Complaint::new(RECEIVED.parse().unwrap());
                complaint.handling = handling.map(str::to_owned);
                complaint.service = service.clone();
                let dated = timeline(procedure, &calendar, &complaint).unwrap();
                let row_start = format!(
                    "| `{}` | `{}` | {} |",
                    procedure.id,
                    handling.unwrap_or("-"),
                    service.as_deref().unwrap_or("any")
                );
                for stage in &dated.stages {
                    let stage_name = if stage.if_not_agreed {
                        format!(
                            "{} (if the council does not agree to start later)",
                            stage.name
                        )
                    } else {
                        stage.name.clone()
                    };
                    if stage.milestones.is_empty() {
                        let _ =
                            writeln!(out, "{row_start} {stage_name} | - | no set timescale | - |");
                    }
                    for milestone in &stage.milestones {
                        let d = milestone.duration;
                        let mut rule = match d.minimum {
                            Some(minimum) => format!("{minimum} to {}", d.unit.quantity(d.normal)),
                            None => d.unit.quantity(d.normal),
                        };
                        let _ = write!(rule, " after {}", milestone.anchor.id());
                        if let Some(maximum) = d.maximum {
                            let _ = write!(rule, "; up to {}", d.unit.quantity(maximum));
                        }
                        if milestone.open_extension {
                            rule.push_str("; or later with reasons");
                        }
                        let when = match &milestone.when {
                            When::Dated(window) if window.latest > window.due => {
                                format!("{} ({})", window.due, window.latest)
                            }
                            When::Dated(window) => window.due.to_string(),
                            When::Waiting { event, .. } => format!("when {event} is known"),
                        };
                        let _ = writeln!(
                            out,
                            "{row_start} {stage_name} | {} | {rule} | {when} |",
                            milestone.name
                        );
                    }
                }
                for window in &dated.ombudsman {
                    let _ = writeln!(
                        out,
                        "{row_start} Ombudsman | {} | after {}: normally within {} months of {} | - |",
                        window.name,
                        window.after,
                        window.months,
                        match window.from {
                            WindowFrom::Notice => "first knowing about the matter",
                            WindowFrom::FinalResponse => "the final response",
                        }
                    );
                }
            }
        }
    }
    out
}

#[test]
fn the_docs_table_of_milestones_is_made_from_the_code() {
    let path = format!("{}/../docs/timescales.md", env!("CARGO_MANIFEST_DIR"));
    let docs = std::fs::read_to_string(&path).unwrap();
    let start = docs
        .find(START)
        .expect("docs/timescales.md has the start marker")
        + START.len();
    let end = docs
        .find(END)
        .expect("docs/timescales.md has the end marker");
    let made = format!("\n{}", table());
    if std::env::var_os("REDRESS_BLESS").is_some() {
        let updated = format!("{}{made}{}", &docs[..start], &docs[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert!(
        docs[start..end] == made,
        "docs/timescales.md's table is out of date: run REDRESS_BLESS=1 cargo test -p redress-core --test timescales_table"
    );
}
