//! `redress-dates`, with any arguments (NUL-separated): an answer or a
//! one-line error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redress_core::cli;

fuzz_target!(|text: &str| {
    let args: Vec<String> = text.split('\0').map(str::to_owned).collect();
    let today = "2026-12-05".parse().expect("a date");
    if let Err(error) = cli::run(&args, today) {
        assert!(!error.to_string().is_empty());
    }
});
