//! Properties of working-day arithmetic across 1990 to 2100 in every division,
//! with and without a council's closure days; and, where GOV.UK's published
//! list covers (2012 to 2027), the arithmetic against an independent oracle:
//! a naive day-by-day count over the published bank holidays, the weekday
//! from the day number, and the closures as configured.

use std::collections::HashSet;

use proptest::prelude::*;
use redress_core::calendar::{Calendar, Closure, Division, FIRST_YEAR, LAST_YEAR};
use redress_core::date::Date;

fn day_number(date: Date) -> i32 {
    Date::new(1970, 1, 1).unwrap().days_until(date)
}

fn any_date() -> impl Strategy<Value = Date> {
    let first = day_number(Date::new(FIRST_YEAR, 1, 1).unwrap());
    let last = day_number(Date::new(LAST_YEAR, 12, 31).unwrap());
    (first..=last).prop_map(|days| Date::new(1970, 1, 1).unwrap().add_days(days))
}

fn any_calendar() -> impl Strategy<Value = Calendar> {
    let division = prop_oneof![
        Just(Division::EnglandAndWales),
        Just(Division::Scotland),
        Just(Division::NorthernIreland),
    ];
    // Some councils close between Christmas and New Year.
    let closures = prop::collection::vec((FIRST_YEAR..=LAST_YEAR, 0u32..5), 0..4);
    (division, closures).prop_map(|(division, closures)| {
        let mut calendar = Calendar::new(division);
        calendar.closures = closures
            .into_iter()
            .map(|(year, length)| Closure {
                date: Date::new(year, 12, 27).unwrap(),
                until: Some(Date::new(year, 12, 27 + length).unwrap()),
                reason: "Closed between Christmas and New Year".into(),
            })
            .collect();
        calendar
    })
}

const FIXTURE: &str = include_str!("fixtures/gov-uk-bank-holidays.csv");
const ORACLE_FIRST_YEAR: i32 = 2012;

/// GOV.UK's published bank holidays, as (division id, ISO date).
fn published_holidays() -> HashSet<(String, String)> {
    FIXTURE
        .lines()
        .filter(|line| !line.starts_with('#'))
        .skip(1)
        .map(|line| {
            let mut fields = line.splitn(3, ',');
            let division = fields.next().unwrap().to_owned();
            (division, fields.next().unwrap().to_owned())
        })
        .collect()
}

/// Whether `date` is a working day, worked out without the calendar module:
/// 1 January 1970 was a Thursday; a published holiday or a configured closure
/// day is not a working day.
fn oracle_is_working_day(
    holidays: &HashSet<(String, String)>,
    calendar: &Calendar,
    date: Date,
) -> bool {
    let monday_based = (day_number(date) + 3).rem_euclid(7);
    let weekend = monday_based >= 5;
    let holiday = holidays.contains(&(calendar.division.id().to_owned(), date.to_string()));
    let closed = calendar
        .closures
        .iter()
        .any(|c| c.date <= date && date <= c.until.unwrap_or(c.date));
    !weekend && !holiday && !closed
}

/// A start date early enough that 300 working days stay inside the fixture.
fn oracle_date() -> impl Strategy<Value = Date> {
    let first = day_number(Date::new(ORACLE_FIRST_YEAR, 1, 1).unwrap());
    let last = day_number(Date::new(2026, 6, 30).unwrap());
    (first..=last).prop_map(|days| Date::new(1970, 1, 1).unwrap().add_days(days))
}

/// A calendar with closures inside the fixture's years, anywhere in the year.
fn oracle_calendar() -> impl Strategy<Value = Calendar> {
    let division = prop::sample::select(Division::ALL.to_vec());
    let closures = prop::collection::vec((oracle_date(), 0i32..10), 0..6);
    (division, closures).prop_map(|(division, closures)| {
        let mut calendar = Calendar::new(division);
        calendar.closures = closures
            .into_iter()
            .map(|(date, length)| Closure {
                date,
                until: (length > 0).then(|| date.add_days(length)),
                reason: "Closed".into(),
            })
            .collect();
        calendar
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn working_days_agree_with_the_oracle_day_by_day(calendar in oracle_calendar(), start in oracle_date()) {
        let holidays = published_holidays();
        for offset in 0..60 {
            let date = start.add_days(offset);
            prop_assert_eq!(
                calendar.is_working_day(date),
                oracle_is_working_day(&holidays, &calendar, date),
                "{} in {}", date, calendar.division
            );
        }
    }

    #[test]
    fn adding_agrees_with_a_naive_count(calendar in oracle_calendar(), start in oracle_date(), n in 0u32..300) {
        let holidays = published_holidays();
        let mut naive = start;
        let mut counted = 0;
        while counted < n {
            naive = naive.add_days(1);
            if oracle_is_working_day(&holidays, &calendar, naive) {
                counted += 1;
            }
        }
        prop_assert_eq!(calendar.add_working_days(start, n), naive);
        prop_assert_eq!(calendar.working_days_between(start, naive), n as i32);
    }

    #[test]
    fn an_added_date_is_a_working_day(calendar in any_calendar(), start in any_date(), n in 1u32..300) {
        let end = calendar.add_working_days(start, n);
        prop_assert!(calendar.is_working_day(end));
        prop_assert!(end > start);
    }

    #[test]
    fn adding_is_monotonic_in_n(calendar in any_calendar(), start in any_date(), n in 0u32..300) {
        let earlier = calendar.add_working_days(start, n);
        let later = calendar.add_working_days(start, n + 1);
        prop_assert!(earlier < later);
        // Nothing is skipped: the next one is the next working day.
        prop_assert_eq!(later, calendar.next_working_day(earlier));
    }

    #[test]
    fn adding_a_then_b_is_adding_a_plus_b(calendar in any_calendar(), start in any_date(), a in 0u32..150, b in 0u32..150) {
        let stepwise = calendar.add_working_days(calendar.add_working_days(start, a), b);
        prop_assert_eq!(stepwise, calendar.add_working_days(start, a + b));
    }

    #[test]
    fn counting_inverts_adding(calendar in any_calendar(), start in any_date(), n in 0u32..300) {
        let end = calendar.add_working_days(start, n);
        prop_assert_eq!(calendar.working_days_between(start, end), n as i32);
        prop_assert_eq!(calendar.working_days_between(end, start), -(n as i32));
    }

    #[test]
    fn the_received_date_is_a_working_day_not_before_arrival(
        calendar in any_calendar(), day in any_date(), hour in 0u32..24, minute in 0u32..60,
    ) {
        let at = format!("{day}T{hour:02}:{minute:02}").parse().unwrap();
        let received = calendar.received_date(at);
        prop_assert!(calendar.is_working_day(received));
        prop_assert!(received >= day);
        prop_assert!(calendar.working_days_between(day, received) <= 1);
    }

    #[test]
    fn dates_round_trip_through_text(date in any_date()) {
        prop_assert_eq!(date.to_string().parse::<Date>().unwrap(), date);
    }

    #[test]
    fn months_never_overshoot(date in any_date(), months in -36i32..36) {
        let moved = date.add_months(months);
        let month_index = |d: Date| d.year() * 12 + d.month() as i32;
        prop_assert_eq!(month_index(moved), month_index(date) + months);
        prop_assert!(moved.day() <= date.day());
    }
}

/// Easter Sunday by Gauss's method (with its two exceptions), a different
/// computation from the anonymous Gregorian algorithm the crate uses.
fn gauss_easter(year: i32) -> (u32, u32) {
    let (a, b, c) = (year % 19, year % 4, year % 7);
    let k = year / 100;
    let p = (13 + 8 * k) / 25;
    let q = k / 4;
    let m = (15 - p + k - q) % 30;
    let n = (4 + k - q) % 7;
    let d = (19 * a + m) % 30;
    let e = (2 * b + 4 * c + 6 * d + n) % 7;
    let march = 22 + d + e;
    if d == 29 && e == 6 {
        return (4, 19);
    }
    if d == 28 && e == 6 && (11 * m + 11) % 30 < 19 {
        return (4, 18);
    }
    if march > 31 {
        (4, (march - 31) as u32)
    } else {
        (3, march as u32)
    }
}

#[test]
fn easter_agrees_with_gauss_in_every_gregorian_year_a_date_holds() {
    for year in 1583..=9999 {
        let easter = redress_core::calendar::easter_sunday(year);
        assert_eq!((easter.month(), easter.day()), gauss_easter(year), "{year}");
    }
}
