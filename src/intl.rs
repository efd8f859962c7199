//! The browser's own `Intl`: plural categories, numbers and dates in every
//! language, with no locale tables compiled into the wasm. (What the start
//! page shows, such as opening hours, uses none of it: the page is
//! prerendered natively and must read the same in every browser.)
//!
//! Native builds (tests, clippy) have no browser, so they use English rules.

use crate::i18n::LanguageRules;

/// Plural and number rules for the language being shown.
pub fn rules() -> LanguageRules {
    imp::RULES
}

/// Today's date in the UK (Europe/London), where councils count their days,
/// whatever the device's own time zone.
pub fn today_in_uk() -> redress_core::date::Date {
    imp::today_in_uk()
}

/// A date written out in `lang`, e.g. "Friday 4 December 2026".
pub fn long_date(lang: &str, date: redress_core::date::Date) -> String {
    imp::format_date(
        lang,
        date,
        &[
            ("weekday", "long"),
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
        ],
    )
}

/// A month and year written out in `lang`, e.g. "March 2026".
pub fn month_year(lang: &str, month: redress_core::date::YearMonth) -> String {
    imp::format_date(
        lang,
        month.first_day(),
        &[("month", "long"), ("year", "numeric")],
    )
}

/// Items joined as a list in `lang`'s own way, e.g. "Email, Phone and
/// Post" in British English, "Email، Phone و Post" in Arabic.
pub fn list(lang: &str, items: &[String]) -> String {
    imp::list(lang, items)
}

/// Now in UTC as iCalendar writes it: `YYYYMMDDTHHMMSSZ`.
pub fn utc_stamp() -> String {
    imp::utc_stamp()
}

/// Now in UTC as RFC 3339 with milliseconds (`2026-11-20T16:45:07.123Z`),
/// as the payload's `submitted_at`.
pub fn utc_now() -> String {
    imp::utc_now()
}

/// The date and time now on the UK's clock, where councils count days.
pub fn now_in_uk() -> redress_core::date::DateTime {
    imp::now_in_uk()
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
        fn new(locales: &JsValue, options: &JsValue) -> DateTimeFormat;
        #[wasm_bindgen(method, js_name = format)]
        fn format_date(this: &DateTimeFormat, date: &js_sys::Date) -> String;

        #[wasm_bindgen(js_namespace = Intl, js_name = ListFormat)]
        type ListFormat;
        // Missing from browsers before 2021 (Safari 14.0): caught.
        #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "ListFormat")]
        fn new(locales: &JsValue, options: &JsValue) -> Result<ListFormat, JsValue>;
        #[wasm_bindgen(method, js_name = format)]
        fn format_list(this: &ListFormat, items: &js_sys::Array) -> String;
    }

    pub fn list(lang: &str, items: &[String]) -> String {
        match ListFormat::new(&locales(lang), &options(&[("type", "conjunction")])) {
            Ok(format) => {
                let array: js_sys::Array = items
                    .iter()
                    .map(|item| JsValue::from(item.as_str()))
                    .collect();
                format.format_list(&array)
            }
            Err(_) => items.join(", "),
        }
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

    /// `lang`, then British English: a browser without date data for the
    /// person's language writes dates the British way, never in its own
    /// default (often US English, "December 8").
    fn locales(lang: &str) -> JsValue {
        js_sys::Array::of2(&lang.into(), &"en-GB".into()).into()
    }

    fn options(pairs: &[(&str, &str)]) -> JsValue {
        let object = js_sys::Object::new();
        for (key, value) in pairs {
            // Setting a string on a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
        }
        object.into()
    }

    const HOUR_MS: f64 = 3_600_000.0;

    pub fn today_in_uk() -> redress_core::date::Date {
        // Swedish writes dates as ISO 8601, YYYY-MM-DD.
        let text = DateTimeFormat::new(&"sv-SE".into(), &options(&[("timeZone", "Europe/London")]))
            .format_date(&js_sys::Date::new_0());
        text.parse().unwrap_or_else(|_| super::utc_today())
    }

    pub fn format_date(
        lang: &str,
        date: redress_core::date::Date,
        parts: &[(&str, &str)],
    ) -> String {
        let epoch = redress_core::date::Date::new(1970, 1, 1).unwrap_or(date);
        // Noon UTC, formatted in UTC: the same calendar day everywhere.
        let ms = (f64::from(epoch.days_until(date)) * 24.0 + 12.0) * HOUR_MS;
        let mut options_list = parts.to_vec();
        options_list.push(("timeZone", "UTC"));
        DateTimeFormat::new(&locales(lang), &options(&options_list))
            .format_date(&js_sys::Date::new(&JsValue::from_f64(ms)))
    }

    pub fn utc_now() -> String {
        js_sys::Date::new_0().to_iso_string().into()
    }

    pub fn utc_stamp() -> String {
        let iso: String = js_sys::Date::new_0().to_iso_string().into();
        // 2026-11-20T16:45:07.123Z -> 20261120T164507Z
        let digits: String = iso
            .chars()
            .take(19)
            .filter(|c| *c != '-' && *c != ':')
            .collect();
        format!("{digits}Z")
    }

    pub fn now_in_uk() -> redress_core::date::DateTime {
        let format = DateTimeFormat::new(
            &"sv-SE".into(),
            &options(&[
                ("timeZone", "Europe/London"),
                ("year", "numeric"),
                ("month", "2-digit"),
                ("day", "2-digit"),
                ("hour", "2-digit"),
                ("minute", "2-digit"),
                ("hourCycle", "h23"),
            ]),
        );
        let text = format.format_date(&js_sys::Date::new_0()).replace(' ', "T");
        text.parse().unwrap_or_else(|_| super::utc_today().into())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use crate::i18n::{LanguageRules, ENGLISH_RULES};

    pub const RULES: LanguageRules = ENGLISH_RULES;

    /// As British English writes a list: "a, b and c".
    pub fn list(_lang: &str, items: &[String]) -> String {
        match items.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => items.concat(),
        }
    }

    pub fn today_in_uk() -> redress_core::date::Date {
        super::utc_today()
    }

    pub fn format_date(
        _lang: &str,
        date: redress_core::date::Date,
        parts: &[(&str, &str)],
    ) -> String {
        if parts.iter().any(|(part, _)| *part == "day") {
            date.long_english()
        } else {
            format!(
                "{} {}",
                redress_core::date::YearMonth::month_english(date.month()),
                date.year()
            )
        }
    }

    pub fn now_in_uk() -> redress_core::date::DateTime {
        super::utc_today().into()
    }

    pub fn utc_now() -> String {
        let date = super::utc_today();
        format!(
            "{:04}-{:02}-{:02}T00:00:00.000Z",
            date.year(),
            date.month(),
            date.day()
        )
    }

    pub fn utc_stamp() -> String {
        let date = super::utc_today();
        format!(
            "{:04}{:02}{:02}T000000Z",
            date.year(),
            date.month(),
            date.day()
        )
    }
}

/// Today's date in UTC, from the system clock: the fallback when `Intl`
/// cannot say (at most an hour out, in British Summer Time).
fn utc_today() -> redress_core::date::Date {
    let days = now_ms() / 86_400_000.0;
    redress_core::date::Date::new(1970, 1, 1)
        .map(|epoch| epoch.add_days(days.floor() as i32))
        .unwrap_or_else(|_| unreachable!("1 January 1970 is a valid date"))
}

#[cfg(target_arch = "wasm32")]
fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[cfg(not(target_arch = "wasm32"))]
fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as f64)
        .unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_list_is_joined_as_british_english_writes_it_natively() {
        let items = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(super::list("en-GB", &items(&[])), "");
        assert_eq!(super::list("en-GB", &items(&["Email"])), "Email");
        assert_eq!(
            super::list("en-GB", &items(&["Email", "Phone"])),
            "Email and Phone"
        );
        assert_eq!(
            super::list("en-GB", &items(&["Email", "Phone", "Post"])),
            "Email, Phone and Post"
        );
    }
}
