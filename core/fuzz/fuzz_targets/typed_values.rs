//! What people type: email, phone, postcode and approximate dates, and the
//! values of configuration files. Accepted values are stable when checked
//! again; nothing panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redress_core::date::{Date, DateTime, TimeOfDay, YearMonth};
use redress_core::theme::Colour;
use redress_core::timeline::ApproximateDate;
use redress_core::validate::{approximate_date, email, phone, postcode};

fuzz_target!(|text: &str| {
    if let Some(address) = email(text) {
        assert_eq!(email(&address), Some(address.clone()));
    }
    if let Some(number) = phone(text) {
        assert_eq!(phone(&number), Some(number.clone()));
    }
    if let Some(code) = postcode(text) {
        assert_eq!(postcode(&code), Some(code.clone()));
    }
    let parts: Vec<&str> = text.splitn(3, '/').collect();
    if let [day, month, year] = parts[..] {
        let today = Date::new(2026, 11, 20).unwrap();
        if let Ok(Some(ApproximateDate::Exact(date))) = approximate_date(day, month, year, today) {
            assert!(date <= today);
        }
    }
    let _ = text.parse::<Date>();
    let _ = text.parse::<DateTime>();
    let _ = text.parse::<TimeOfDay>();
    let _ = text.parse::<YearMonth>();
    let _ = text.parse::<ApproximateDate>();
    let _ = text.parse::<Colour>();
});
