//! `redress-dates`: UK working days and complaint timescales for complaints
//! staff. All the work is in [`redress_core::cli`]; this only starts it.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let status = redress_core::cli::main(&args);
    ExitCode::from(u8::try_from(status).unwrap_or(1))
}
