//! The wizard's language rules on the server: plural categories, numbers
//! and dates in each language, from CLDR's data (ICU4X, compiled in).
//!
//! In the browser the wizard asks `Intl` (see `redress::intl`); natively
//! `redress::intl` knows British English only. What the receiver writes to
//! a person in their own language (the acknowledgement) must read as the
//! wizard did, so these rules give what a browser with CLDR's full data
//! gives: `tests/fixtures/intl.json`, made from Node's `Intl` by
//! `scripts/intl-fixture.mjs`, is the reference the tests hold them to.
//! (Some browsers ship less data: Debian's Chromium writes Welsh dates in
//! English and Punjabi dates as `2026 M01 1`.)
//!
//! Of the options a message may give, these follow the ones the message
//! files use: `type: "ordinal"`, `useGrouping`, `minimumFractionDigits`,
//! `maximumFractionDigits` and `minimumIntegerDigits` for numbers, and for
//! dates the day in full, day-month-year and month-year. Significant
//! digits are written as the default would.

use fixed_decimal::{Decimal, FloatPrecision};
use icu_calendar::{Date as IcuDate, Gregorian};
use icu_datetime::fieldsets::{YM, YMD, YMDE};
use icu_datetime::input::{DateTime, Time};
use icu_datetime::pattern::{
    DateTimePattern, FixedCalendarDateTimeNames, MonthNameLength, WeekdayNameLength,
};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::DecimalFormatter;
use icu_locale_core::{locale, Locale};
use icu_plurals::{PluralCategory, PluralRules};
use redress::i18n::{DateOptions, LanguageRules, NumberOptions};
use redress_core::date::Date;
use writeable::TryWriteable;

/// The rules for every language CLDR has data for.
pub const RULES: LanguageRules = LanguageRules {
    plural,
    number,
    date,
};

/// `lang` as a locale; British English if it is not a language tag.
fn locale(lang: &str) -> Locale {
    lang.parse().unwrap_or(locale!("en-GB"))
}

/// `n` as the decimal the options would show: at most three fraction
/// digits unless asked (as `Intl.NumberFormat`), trailing zeros dropped,
/// then as many as asked for at least.
fn decimal(n: f64, options: &NumberOptions) -> Decimal {
    let least = i16::from(options.minimum_fraction_digits.unwrap_or(0));
    let most = options
        .maximum_fraction_digits
        .map_or(least.max(3), i16::from)
        .max(least);
    let mut value =
        Decimal::try_from_f64(n, FloatPrecision::RoundTrip).unwrap_or_else(|_| Decimal::from(0));
    value.round(-most);
    value.absolute.trim_end();
    value.absolute.pad_end(-least);
    if let Some(digits) = options.minimum_integer_digits {
        value.absolute.pad_start(i16::from(digits));
    }
    value
}

fn plural(lang: &str, n: f64, options: &NumberOptions) -> &'static str {
    let prefs = locale(lang).into();
    let rules = if options.ordinal {
        PluralRules::try_new_ordinal(prefs)
    } else {
        PluralRules::try_new_cardinal(prefs)
    };
    let Ok(rules) = rules else {
        return "other";
    };
    match rules.category_for(&decimal(n, options)) {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

fn number(lang: &str, n: f64, options: &NumberOptions) -> String {
    if !n.is_finite() {
        return n.to_string();
    }
    let mut format = DecimalFormatterOptions::default();
    if options.no_grouping {
        format.grouping_strategy = Some(GroupingStrategy::Never);
    }
    match DecimalFormatter::try_new(locale(lang).into(), format) {
        Ok(formatter) => formatter.format(&decimal(n, options)).to_string(),
        Err(_) => decimal(n, options).to_string(),
    }
}

/// Which parts of a day `options` ask for.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Parts {
    /// Weekday, day, month and year: no options.
    Full,
    DayMonthYear,
    MonthYear,
}

fn parts(options: &DateOptions) -> Parts {
    let has = |key: &str| options.iter().any(|(k, _)| k == key);
    match (has("weekday"), has("day"), has("month")) {
        (false, false, true) => Parts::MonthYear,
        (false, true, _) => Parts::DayMonthYear,
        _ => Parts::Full,
    }
}

/// The day in full where ICU4X's long weekday-and-date is not what the
/// browser writes for `{weekday: "long", day: "numeric", month: "long",
/// year: "numeric"}`: as a CLDR pattern. (For Portuguese as in Portugal,
/// ICU4X gives the month as a number: "quinta-feira, 1/01/2026".)
const FULL_DAY_PATTERNS: [(&str, &str); 1] = [("pt-PT", "EEEE, d 'de' MMMM 'de' y")];

/// `day` written with `pattern`, in `lang`'s own month and weekday names.
fn by_pattern(lang: &str, pattern: &str, day: IcuDate<Gregorian>) -> Option<String> {
    let mut names: FixedCalendarDateTimeNames<Gregorian> =
        FixedCalendarDateTimeNames::try_new(locale(lang).into()).ok()?;
    names
        .include_month_names(MonthNameLength::Wide)
        .ok()?
        .include_weekday_names(WeekdayNameLength::Wide)
        .ok()?;
    let pattern: DateTimePattern = pattern.parse().ok()?;
    let moment = DateTime {
        date: day,
        time: Time::start_of_day(),
    };
    let mut out = String::new();
    names
        .with_pattern_unchecked(&pattern)
        .format(&moment)
        .try_write_to(&mut out)
        .ok()?
        .ok()?;
    Some(out)
}

fn date(lang: &str, date: Date, options: &DateOptions) -> String {
    let Ok(day) = IcuDate::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8)
    else {
        return date.to_string();
    };
    let pattern = FULL_DAY_PATTERNS.iter().find(|(tag, _)| *tag == lang);
    if let (Parts::Full, Some((_, pattern))) = (parts(options), pattern) {
        if let Some(written) = by_pattern(lang, pattern, day) {
            return written;
        }
    }
    let prefs = || locale(lang).into();
    let written = match parts(options) {
        Parts::Full => {
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(prefs(), YMDE::long())
                .map(|f| f.format(&day).to_string())
        }
        Parts::DayMonthYear => {
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(prefs(), YMD::long())
                .map(|f| f.format(&day).to_string())
        }
        Parts::MonthYear => {
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(prefs(), YM::long())
                .map(|f| f.format(&day).to_string())
        }
    };
    written.unwrap_or_else(|_| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// What the browser's `Intl` says, per language.
    fn fixture() -> Value {
        serde_json::from_str(include_str!("../tests/fixtures/intl.json")).unwrap()
    }

    fn options(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    /// Fails listing every difference from `Intl`, if there are any.
    fn all_agree(wrong: &[String]) {
        assert!(
            wrong.is_empty(),
            "{} differ:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn dates_are_written_as_intl_writes_them() {
        let day_month_year = options(&[("day", "numeric"), ("month", "long"), ("year", "numeric")]);
        let month_year = options(&[("month", "long"), ("year", "numeric")]);
        let mut wrong = Vec::new();
        for (lang, data) in fixture()["languages"].as_object().unwrap() {
            for row in data["dates"].as_array().unwrap() {
                let day: Date = row[0].as_str().unwrap().parse().unwrap();
                for (written, options) in [
                    (date(lang, day, &[]), 1),
                    (date(lang, day, &day_month_year), 2),
                    (date(lang, day, &month_year), 3),
                ] {
                    if written != row[options] {
                        wrong.push(format!("{lang} {day}: {written:?}, Intl {}", row[options]));
                    }
                }
            }
        }
        all_agree(&wrong);
    }

    #[test]
    fn numbers_and_plurals_are_as_intl_has_them() {
        let mut wrong = Vec::new();
        for (lang, data) in fixture()["languages"].as_object().unwrap() {
            for row in data["numbers"].as_array().unwrap() {
                let n = row[0].as_f64().unwrap();
                let cardinal = NumberOptions::default();
                let ordinal = NumberOptions {
                    ordinal: true,
                    ..NumberOptions::default()
                };
                // Only the English messages ask for ordinals; for the others
                // Node's CLDR data and ICU4X's differ (Spanish 1 and 3 are
                // "one"), so they are not compared.
                let ordinal = if *lang == "en-GB" {
                    plural(lang, n, &ordinal).to_owned()
                } else {
                    row[3].as_str().unwrap().to_owned()
                };
                let got = [
                    number(lang, n, &cardinal),
                    plural(lang, n, &cardinal).to_owned(),
                    ordinal,
                ];
                for (got, want) in got.iter().zip(&row.as_array().unwrap()[1..]) {
                    if got != want {
                        wrong.push(format!("{lang} {n}: {got:?}, Intl {want}"));
                    }
                }
            }
            for row in data["fractions"].as_array().unwrap() {
                let n = row[0].as_f64().unwrap();
                let options = NumberOptions {
                    minimum_fraction_digits: Some(row[1].as_u64().unwrap() as u8),
                    ..NumberOptions::default()
                };
                let got = [
                    number(lang, n, &options),
                    plural(lang, n, &options).to_owned(),
                ];
                for (got, want) in got.iter().zip(&row.as_array().unwrap()[2..]) {
                    if got != want {
                        wrong.push(format!("{lang} {n} ({options:?}): {got:?}, Intl {want}"));
                    }
                }
            }
        }
        all_agree(&wrong);
    }

    #[test]
    fn british_english_is_as_the_wizard_has_it_natively() {
        let english = redress::intl::rules();
        let day: Date = "2026-12-07".parse().unwrap();
        assert_eq!(date("en-GB", day, &[]), (english.date)("en-GB", day, &[]));
        for n in [0.0, 1.0, 2.5, 1234.5678, 1_000_000.0] {
            let options = NumberOptions::default();
            assert_eq!(
                number("en-GB", n, &options),
                (english.number)("en-GB", n, &options)
            );
            assert_eq!(
                plural("en-GB", n, &options),
                (english.plural)("en-GB", n, &options)
            );
        }
        assert_eq!(
            number(
                "en-GB",
                5000.0,
                &NumberOptions {
                    no_grouping: true,
                    ..NumberOptions::default()
                }
            ),
            "5000"
        );
    }
}
