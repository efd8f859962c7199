//! Redress's rules, free of any browser dependency so that they build and
//! test natively in seconds and a council's own server can reuse them.
//!
//! The timescale engine: [`date`] (civil dates without a date crate),
//! [`calendar`] (UK bank holidays by division, a council's closure days, and
//! working-day arithmetic), [`procedure`] (complaints procedures as data, with
//! the built-in profiles), [`timeline`] (every milestone of a procedure dated
//! for one complaint, the time-limit check and the Ombudsman's window),
//! [`follow_up`] (after the first answer: the next stage, a late answer, the
//! Ombudsman),
//! [`problems`] (what is wrong with a configuration file) and [`cli`] (the
//! `redress-dates` command line).
//!
//! ```
//! use redress_core::calendar::{Calendar, Division};
//! use redress_core::date::Date;
//!
//! let calendar = Calendar::new(Division::EnglandAndWales);
//! let start = Date::new(2025, 12, 19).unwrap();
//! assert_eq!(calendar.add_working_days(start, 10).to_string(), "2026-01-07");
//! ```

/// Marks a Fluent message id written in code, so the message-file tests
/// can check that it exists in every language: `msg!("kind-error")`.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $id
    };
}

/// `bytes` in lowercase hex, two digits a byte: how digests, ids and the
/// names of files on the device are written.
///
/// ```
/// assert_eq!(redress_core::hex(&[0x0f, 0xa0]), "0fa0");
/// ```
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

pub mod attachment;
pub mod bodies;
pub mod calendar;
pub mod cli;
pub mod contact;
pub mod council;
pub mod date;
pub mod delivery;
pub mod follow_up;
pub mod ics;
pub mod journey;
pub mod json;
pub mod language;
pub mod localized;
pub mod problems;
pub mod procedure;
pub mod shape;
pub mod submission;
pub mod theme;
pub mod timeline;
pub mod validate;
