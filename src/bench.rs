//! What `scripts/bench` measures inside the wasm.

/// Times the timescale engine inside the wasm, for `scripts/bench`: the
/// children's statutory timeline (every stage, the time limit and the
/// Ombudsman's window), computed in `batches` batches of 100; returns the
/// median milliseconds of one computation.
pub fn time_timeline(batches: u32) -> f64 {
    use redress_core::calendar::{Calendar, Division};
    use redress_core::procedure::built_in_procedure;
    use redress_core::timeline::{timeline, ApproximateDate, Complaint};

    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return f64::NAN;
    };
    let Some(procedure) = built_in_procedure("children-statutory-england") else {
        return f64::NAN;
    };
    let calendar = Calendar::new(Division::EnglandAndWales);
    let Ok(received) = "2026-11-20T16:45".parse() else {
        return f64::NAN;
    };
    let mut complaint = Complaint::new(received);
    complaint.happened = "2026-03".parse::<ApproximateDate>().ok();
    let mut times: Vec<f64> = (0..batches.max(1))
        .map(|_| {
            let start = performance.now();
            for _ in 0..100 {
                std::hint::black_box(
                    timeline(procedure, &calendar, std::hint::black_box(&complaint)).ok(),
                );
            }
            (performance.now() - start) / 100.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
