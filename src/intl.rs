//! The browser's own `Intl`: plural categories, numbers and names of days in
//! every language, with no locale tables compiled into the wasm.
//!
//! Native builds (tests, clippy) have no browser, so they use English rules.

use crate::i18n::LanguageRules;

/// Plural and number rules for the language being shown.
pub fn rules() -> LanguageRules {
    imp::RULES
}

/// The name of a day of the week (0 = Monday) in the language `lang`.
pub fn weekday_name(lang: &str, monday_based: u8) -> String {
    imp::weekday_name(lang, monday_based)
}

/// A time of day (`hour`, `minute`) written the way `lang` writes times.
pub fn time_of_day(lang: &str, hour: u8, minute: u8) -> String {
    imp::time_of_day(lang, hour, minute)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use wasm_bindgen::prelude::*;

    use crate::i18n::LanguageRules;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
        type PluralRules;
        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "PluralRules")]
        fn new(locale: &str) -> PluralRules;
        #[wasm_bindgen(method)]
        fn select(this: &PluralRules, n: f64) -> String;

        #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
        type NumberFormat;
        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat")]
        fn new(locale: &str) -> NumberFormat;
        #[wasm_bindgen(method)]
        fn format(this: &NumberFormat, n: f64) -> String;

        #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
        type DateTimeFormat;
        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat")]
        fn new(locale: &str, options: &JsValue) -> DateTimeFormat;
        #[wasm_bindgen(method, js_name = format)]
        fn format_date(this: &DateTimeFormat, date: &js_sys::Date) -> String;
    }

    thread_local! {
        static PLURALS: RefCell<HashMap<String, PluralRules>> = RefCell::new(HashMap::new());
        static NUMBERS: RefCell<HashMap<String, NumberFormat>> = RefCell::new(HashMap::new());
    }

    fn plural(lang: &str, n: f64) -> &'static str {
        let category = PLURALS.with(|cache| {
            cache
                .borrow_mut()
                .entry(lang.to_owned())
                .or_insert_with(|| PluralRules::new(lang))
                .select(n)
        });
        // Intl only ever answers one of CLDR's six categories.
        match category.as_str() {
            "zero" => "zero",
            "one" => "one",
            "two" => "two",
            "few" => "few",
            "many" => "many",
            _ => "other",
        }
    }

    fn number(lang: &str, n: f64) -> String {
        NUMBERS.with(|cache| {
            cache
                .borrow_mut()
                .entry(lang.to_owned())
                .or_insert_with(|| NumberFormat::new(lang))
                .format(n)
        })
    }

    pub const RULES: LanguageRules = LanguageRules { plural, number };

    fn options(pairs: &[(&str, &str)]) -> JsValue {
        let object = js_sys::Object::new();
        for (key, value) in pairs {
            // Setting a string on a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
        }
        object.into()
    }

    /// Midnight UTC at the start of Monday 1 January 2024, in milliseconds.
    const A_MONDAY_MS: f64 = 1_704_067_200_000.0;
    const HOUR_MS: f64 = 3_600_000.0;

    fn utc(ms_after_monday: f64) -> js_sys::Date {
        js_sys::Date::new(&JsValue::from_f64(A_MONDAY_MS + ms_after_monday))
    }

    pub fn weekday_name(lang: &str, monday_based: u8) -> String {
        // Noon, so the date is the same in every time zone we format in.
        let date = utc((f64::from(monday_based % 7) * 24.0 + 12.0) * HOUR_MS);
        DateTimeFormat::new(lang, &options(&[("weekday", "long"), ("timeZone", "UTC")]))
            .format_date(&date)
    }

    pub fn time_of_day(lang: &str, hour: u8, minute: u8) -> String {
        let date = utc((f64::from(hour) + f64::from(minute) / 60.0) * HOUR_MS);
        DateTimeFormat::new(
            lang,
            &options(&[
                ("hour", "numeric"),
                ("minute", "2-digit"),
                ("timeZone", "UTC"),
            ]),
        )
        .format_date(&date)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use crate::i18n::{LanguageRules, ENGLISH_RULES};

    pub const RULES: LanguageRules = ENGLISH_RULES;

    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];

    pub fn weekday_name(_lang: &str, monday_based: u8) -> String {
        DAYS[usize::from(monday_based % 7)].to_owned()
    }

    pub fn time_of_day(_lang: &str, hour: u8, minute: u8) -> String {
        format!("{hour:02}:{minute:02}")
    }
}
