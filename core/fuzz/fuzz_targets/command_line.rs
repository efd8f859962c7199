//! `redress-dates`, with any arguments (NUL-separated): an answer or a
//! one-line error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redress_core::cli;

fuzz_target!(|text: &str| {
    let args: Vec<String> = text.split('\0').map(str::to_owned).collect();
    if let Err(error) = cli::run(&args) {
        assert!(!error.to_string().is_empty());
    }
});
