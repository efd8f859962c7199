//! Procedure profiles and council calendars, as a web team writes them:
//! any text is read or refused with its problems named, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redress_core::calendar::Calendar;
use redress_core::procedure::Procedure;

fuzz_target!(|text: &str| {
    if let Err(invalid) = Procedure::from_json(text) {
        assert!(!invalid.problems.is_empty());
    }
    if let Err(invalid) = Calendar::from_json(text) {
        assert!(!invalid.problems.is_empty());
    }
});
