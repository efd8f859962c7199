//! `redress-dates`: UK working days and complaint timescales for complaints
//! staff. All the work is in [`redress_core::cli::run`]; this only prints.

use redress_core::date::{Date, DateTime};
use std::io::Write;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

/// Today in the UK, by the system clock.
fn today_in_uk() -> Date {
    let seconds = match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(since) => i64::try_from(since.as_secs()).unwrap_or(i64::MAX),
        Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
    };
    DateTime::in_uk_at(seconds)
        .expect("the system clock is within the years 1 to 9999")
        .date
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match redress_core::cli::run(&args, today_in_uk()) {
        Ok(output) => {
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = std::io::stdout().write_all(output.as_bytes());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(redress_core::cli::EXIT_BAD_ARGUMENTS as u8)
        }
    }
}
