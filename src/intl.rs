//! The browser's own `Intl`: plural categories, numbers and dates in every
//! language, with no locale tables compiled into the wasm. (What the start
//! page shows, such as opening hours, uses none of it: the page is
//! prerendered natively and must read the same in every browser.)
//!
//! Native builds (tests, the prerender step) have no browser, so they use
//! British English rules, written out in [`english`].

use crate::i18n::{DateOptions, LanguageRules};

/// Plural and number rules for the language being shown.
pub fn rules() -> LanguageRules {
    imp::RULES
}

/// Today's date in the UK (Europe/London), where councils count their days,
/// whatever the device's own time zone.
pub fn today_in_uk() -> redress_core::date::Date {
    imp::today_in_uk()
}

/// A date written out in full in `lang` by `rules`, e.g. "Friday, 4
/// December 2026": what a date in a message is without `DATETIME()`
/// options.
pub fn long_date(rules: LanguageRules, lang: &str, date: redress_core::date::Date) -> String {
    (rules.date)(lang, date, &[])
}

/// A month and year written out in `lang` by `rules`, e.g. "March 2026".
pub fn month_year(
    rules: LanguageRules,
    lang: &str,
    month: redress_core::date::YearMonth,
) -> String {
    let options = [("month", "long"), ("year", "numeric")]
        .map(|(key, value)| (key.to_owned(), value.to_owned()));
    (rules.date)(lang, month.first_day(), &options)
}

/// The parts of a date `options` ask for, as `Intl.DateTimeFormat` takes
/// them: all of them (weekday, day, month and year) when none are given.
fn date_parts(options: &DateOptions) -> Vec<(&str, &str)> {
    if options.is_empty() {
        vec![
            ("weekday", "long"),
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
        ]
    } else {
        options
            .iter()
            .map(|(key, value)| (key.as_str(), value.as_str()))
            .collect()
    }
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

    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    use crate::i18n::{DateOptions, LanguageRules, NumberOptions};

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
        type PluralRules;
        // Options a translator wrote may be out of range (RangeError):
        // caught, and the defaults used.
        #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "PluralRules")]
        fn new(locale: &str, options: &JsValue) -> Result<PluralRules, JsValue>;
        #[wasm_bindgen(method)]
        fn select(this: &PluralRules, n: f64) -> String;

        #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
        type NumberFormat;
        #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "NumberFormat")]
        fn new(locale: &str, options: &JsValue) -> Result<NumberFormat, JsValue>;
        #[wasm_bindgen(method)]
        fn format(this: &NumberFormat, n: f64) -> String;

        #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
        type DateTimeFormat;
        // Caught too: `dateStyle` beside `weekday` is a TypeError.
        #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "DateTimeFormat")]
        fn new(locales: &JsValue, options: &JsValue) -> Result<DateTimeFormat, JsValue>;
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
        /// The `Intl.PluralRules` (`true`) and `Intl.NumberFormat` objects
        /// made so far, by language and options: a handful, so a list.
        static MADE: RefCell<Vec<(bool, String, NumberOptions, JsValue)>> =
            const { RefCell::new(Vec::new()) };
    }

    /// `options` as `Intl.NumberFormat` and `Intl.PluralRules` take them.
    fn number_options(options: &NumberOptions) -> JsValue {
        let object = js_sys::Object::new();
        let set = |key: &str, value: JsValue| {
            // Setting a value on a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&object, &key.into(), &value);
        };
        if options.ordinal {
            set("type", "ordinal".into());
        }
        if options.no_grouping {
            set("useGrouping", false.into());
        }
        let digits = [
            ("minimumIntegerDigits", options.minimum_integer_digits),
            ("minimumFractionDigits", options.minimum_fraction_digits),
            ("maximumFractionDigits", options.maximum_fraction_digits),
            (
                "minimumSignificantDigits",
                options.minimum_significant_digits,
            ),
            (
                "maximumSignificantDigits",
                options.maximum_significant_digits,
            ),
        ];
        for (key, value) in digits {
            if let Some(value) = value {
                set(key, f64::from(value).into());
            }
        }
        object.into()
    }

    /// The plural rules (`plural`) or number format for `lang` with
    /// `options`, made once; with the default options if the language's own
    /// would not do (a translator's option out of range).
    fn made(plural: bool, lang: &str, options: &NumberOptions) -> Option<JsValue> {
        MADE.with(|made| {
            let mut made = made.borrow_mut();
            let found = made
                .iter()
                .find(|(kind, tag, set, _)| *kind == plural && tag == lang && set == options);
            if let Some((.., object)) = found {
                return Some(object.clone());
            }
            let make = |options: &JsValue| -> Result<JsValue, JsValue> {
                if plural {
                    PluralRules::new(lang, options).map(Into::into)
                } else {
                    NumberFormat::new(lang, options).map(Into::into)
                }
            };
            let object = make(&number_options(options))
                .or_else(|_| make(&JsValue::UNDEFINED))
                .ok()?;
            made.push((plural, lang.to_owned(), options.clone(), object.clone()));
            Some(object)
        })
    }

    fn plural(lang: &str, n: f64, options: &NumberOptions) -> &'static str {
        let category = made(true, lang, options)
            .map(|rules| rules.unchecked_into::<PluralRules>().select(n))
            .unwrap_or_default();
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

    fn number(lang: &str, n: f64, options: &NumberOptions) -> String {
        made(false, lang, options)
            .map(|format| format.unchecked_into::<NumberFormat>().format(n))
            // No Intl for numbers at all: JavaScript's own digits.
            .unwrap_or_else(|| {
                String::from(
                    js_sys::Number::from(n)
                        .to_string_with_radix(10)
                        .unwrap_or_default(),
                )
            })
    }

    pub const RULES: LanguageRules = LanguageRules {
        plural,
        number,
        date,
    };

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
        DateTimeFormat::new(&"sv-SE".into(), &options(&[("timeZone", "Europe/London")]))
            .ok()
            .and_then(|format| format.format_date(&js_sys::Date::new_0()).parse().ok())
            .unwrap_or_else(super::utc_today)
    }

    fn date(lang: &str, date: redress_core::date::Date, parts: &DateOptions) -> String {
        let epoch = redress_core::date::Date::new(1970, 1, 1).unwrap_or(date);
        // Noon UTC, formatted in UTC: the same calendar day everywhere.
        let ms = (f64::from(epoch.days_until(date)) * 24.0 + 12.0) * HOUR_MS;
        let mut options_list = super::date_parts(parts);
        options_list.push(("timeZone", "UTC"));
        let written = DateTimeFormat::new(&locales(lang), &options(&options_list))
            .or_else(|_| DateTimeFormat::new(&locales(lang), &options(&[("timeZone", "UTC")])))
            .map(|format| format.format_date(&js_sys::Date::new(&JsValue::from_f64(ms))));
        // No Intl for dates at all: the ISO date, 2026-03-27.
        written.unwrap_or_else(|_| date.to_string())
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
        format
            .ok()
            .and_then(|format| {
                let text = format.format_date(&js_sys::Date::new_0()).replace(' ', "T");
                text.parse().ok()
            })
            .unwrap_or_else(|| super::utc_today().into())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use crate::i18n::LanguageRules;

    pub const RULES: LanguageRules = LanguageRules {
        plural: |_, n, options| super::english::plural(n, options),
        number: |_, n, options| super::english::number(n, options),
        date: |_, date, options| super::english::date(date, options),
    };

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

/// British English numbers, plural categories and dates, as
/// `Intl` writes them for `en-GB`, for native builds.
#[cfg(not(target_arch = "wasm32"))]
mod english {
    use redress_core::date::{Date, YearMonth};

    use crate::i18n::{DateOptions, NumberOptions};

    /// CLDR's English rules: cardinal `one` is 1 with no fraction digits
    /// shown; ordinals are 1st, 2nd, 3rd (but 11th, 12th, 13th) and the
    /// rest.
    pub fn plural(n: f64, options: &NumberOptions) -> &'static str {
        let whole = n.fract() == 0.0;
        let i = n.abs() as u64;
        if options.ordinal {
            return match (whole, i % 10, i % 100) {
                (true, 1, tens) if tens != 11 => "one",
                (true, 2, tens) if tens != 12 => "two",
                (true, 3, tens) if tens != 13 => "few",
                _ => "other",
            };
        }
        let shown = number(
            n,
            &NumberOptions {
                no_grouping: true,
                ..options.clone()
            },
        );
        if shown.trim_start_matches('-') == "1" {
            "one"
        } else {
            "other"
        }
    }

    /// `n` with `options`: at most three fraction digits unless asked,
    /// grouped in thousands with commas.
    pub fn number(n: f64, options: &NumberOptions) -> String {
        if !n.is_finite() {
            return n.to_string();
        }
        let fixed = match (
            options.minimum_significant_digits,
            options.maximum_significant_digits,
        ) {
            (None, None) => {
                let least = usize::from(options.minimum_fraction_digits.unwrap_or(0));
                let most = options
                    .maximum_fraction_digits
                    .map_or(least.max(3), usize::from)
                    .max(least);
                trimmed(format!("{:.*}", most, n.abs()), least)
            }
            (least, most) => {
                let most = usize::from(most.unwrap_or(21).clamp(1, 21));
                let least = usize::from(least.unwrap_or(1).clamp(1, 21)).min(most);
                let magnitude = if n == 0.0 {
                    1
                } else {
                    n.abs().log10().floor() as i64 + 1
                };
                let fraction = |digits: usize| (digits as i64 - magnitude).max(0) as usize;
                let scale = 10f64.powi((most as i64 - magnitude).min(0) as i32);
                let rounded = (n.abs() * scale).round() / scale;
                trimmed(format!("{:.*}", fraction(most), rounded), fraction(least))
            }
        };
        let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let width = usize::from(options.minimum_integer_digits.unwrap_or(1));
        let whole = format!("{whole:0>width$}");
        let mut out = String::new();
        if n.is_sign_negative() && fixed.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            out.push('-');
        }
        for (at, digit) in whole.chars().enumerate() {
            if at > 0 && (whole.len() - at) % 3 == 0 && !options.no_grouping {
                out.push(',');
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push('.');
            out.push_str(fraction);
        }
        out
    }

    /// `fixed` without trailing fraction zeros beyond `keep` digits.
    fn trimmed(fixed: String, keep: usize) -> String {
        let Some((whole, fraction)) = fixed.split_once('.') else {
            return fixed;
        };
        let mut fraction = fraction.trim_end_matches('0').to_owned();
        while fraction.len() < keep {
            fraction.push('0');
        }
        if fraction.is_empty() {
            whole.to_owned()
        } else {
            format!("{whole}.{fraction}")
        }
    }

    /// `date` as `Intl.DateTimeFormat` writes it in `en-GB` with `options`
    /// ("Friday, 27 March 2026" when there are none).
    pub fn date(date: Date, options: &DateOptions) -> String {
        let parts = super::date_parts(options);
        let part = |name: &str| {
            parts
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| *value)
        };
        let (weekday, day, month, year) = match part("dateStyle") {
            Some("full") => (Some("long"), Some("numeric"), Some("long"), Some("numeric")),
            Some("long") => (None, Some("numeric"), Some("long"), Some("numeric")),
            Some("medium") => (None, Some("numeric"), Some("short"), Some("numeric")),
            Some(_) => (None, Some("2-digit"), Some("2-digit"), Some("numeric")),
            None => (part("weekday"), part("day"), part("month"), part("year")),
        };
        let two = |n: u32| format!("{n:02}");
        let day = day.map(|style| match style {
            "2-digit" => two(date.day()),
            _ => date.day().to_string(),
        });
        let name = YearMonth::month_english(date.month());
        let month_named = matches!(month, Some("long" | "short" | "narrow"));
        let month = month.map(|style| match style {
            "long" => name.to_owned(),
            "short" => name.chars().take(3).collect(),
            "narrow" => name.chars().take(1).collect(),
            "2-digit" => two(date.month()),
            _ => date.month().to_string(),
        });
        let year = year.map(|style| match style {
            "2-digit" => two(date.year().rem_euclid(100) as u32),
            _ => date.year().to_string(),
        });
        let rest: Vec<String> = [day, month, year].into_iter().flatten().collect();
        let rest = rest.join(if month_named || rest.len() < 2 {
            " "
        } else {
            "/"
        });
        let weekday = weekday.map(|style| {
            let name = date.weekday().english();
            match style {
                "short" => name.chars().take(3).collect(),
                "narrow" => name.chars().take(1).collect(),
                _ => name.to_owned(),
            }
        });
        match (weekday, rest.is_empty()) {
            (Some(weekday), true) => weekday,
            (Some(weekday), false) => format!("{weekday}, {rest}"),
            (None, _) => rest,
        }
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
