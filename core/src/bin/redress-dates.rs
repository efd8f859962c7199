//! `redress-dates`: UK working days and complaint timescales for complaints
//! staff. All the work is in [`redress_core::cli::run`]; this only prints.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match redress_core::cli::run(&args) {
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
