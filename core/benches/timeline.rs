//! How long a timeline takes to compute, for each built-in procedure: the
//! wizard recomputes one whenever the person changes an answer, in wasm on
//! modest phones. Run with `cargo bench -p redress-core --bench timeline`.

use redress_core::calendar::{Calendar, Division};
use redress_core::procedure::built_in;
use redress_core::timeline::{timeline, Complaint, KnownEvent};
use std::hint::black_box;
use std::time::Instant;

const ROUNDS: u32 = 2_000;

fn main() {
    // Warm the bank-holiday tables so the first procedure is not charged for them.
    let _ = Calendar::new(Division::EnglandAndWales).is_working_day("2026-01-01".parse().unwrap());
    for procedure in built_in() {
        let calendar = Calendar::new(procedure.nation.division());
        let mut complaint = Complaint::new("2026-11-20T16:45".parse().unwrap());
        // Date the later stages too, so every milestone is counted.
        for stage in procedure.stages.iter().skip(1) {
            complaint.events.push(KnownEvent {
                stage: Some(stage.id.clone()),
                event: redress_core::procedure::Event::Requested,
                date: "2027-01-11".parse().unwrap(),
            });
        }
        complaint.happened = Some("2026-03".parse().unwrap());
        let started = Instant::now();
        for _ in 0..ROUNDS {
            let timeline = timeline(black_box(procedure), &calendar, black_box(&complaint));
            black_box(timeline.expect("built-in procedures date every complaint"));
        }
        let each = started.elapsed() / ROUNDS;
        println!(
            "{:<32} {:>8.1} µs per timeline",
            procedure.id,
            each.as_secs_f64() * 1e6
        );
    }
}
