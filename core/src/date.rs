//! Civil dates and local times of day: just what the timescale engine needs,
//! without a date crate (every crate adds bytes to the wasm each visitor
//! downloads).
//!
//! A [`Date`] is a day in the proleptic Gregorian calendar with no time zone:
//! complaint deadlines are whole days in the council's own local time. It
//! prints and parses as ISO `YYYY-MM-DD` and is serialised as that string.
//!
//! Month arithmetic clamps to the end of the month: 31 January plus one month
//! is 28 February (29 February in a leap year), and 29 February plus one year
//! is 28 February. That is the reading that never gives a later date than the
//! rule allows: "within 6 months of 31 August" ends on 28 (or 29) February,
//! not in March.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Timelike};

/// The earliest year a [`Date`] can hold.
pub const MIN_YEAR: i32 = 1;
/// The latest year a [`Date`] can hold: ISO dates have four-digit years.
pub const MAX_YEAR: i32 = 9999;

/// A day in the Gregorian calendar, with no time zone.
///
/// ```
/// use redress_core::date::{Date, Weekday};
///
/// let date: Date = "2026-01-07".parse().unwrap();
/// assert_eq!(date.weekday(), Weekday::Wednesday);
/// assert_eq!(date.to_string(), "2026-01-07");
/// assert_eq!(date.long_english(), "Wednesday 7 January 2026");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01: one integer makes comparison and adding days
    /// trivial, and the civil fields are derived only when shown.
    days: i32,
}

/// A day of the week. In configuration it is its lower-case English name
/// (`"monday"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

/// A time of day on the council's local clock, to the minute.
///
/// ```
/// use redress_core::date::TimeOfDay;
///
/// let cut_off: TimeOfDay = "17:00".parse().unwrap();
/// assert_eq!((cut_off.hour(), cut_off.minute()), (17, 0));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    minutes: u16,
}

/// A local date and time, such as when a complaint arrived: `2026-11-20T16:45`.
///
/// ```
/// use redress_core::date::DateTime;
///
/// let received: DateTime = "2026-11-20T16:45".parse().unwrap();
/// assert_eq!(received.date.to_string(), "2026-11-20");
/// assert_eq!(received.to_string(), "2026-11-20T16:45");
/// // A date alone means the start of that day.
/// let letter: DateTime = "2026-11-20".parse().unwrap();
/// assert_eq!(letter.to_string(), "2026-11-20T00:00");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    /// The calendar day.
    pub date: Date,
    /// The time on the local clock.
    pub time: TimeOfDay,
}

/// A month of a year, for dates people only remember approximately
/// ("March 2026"). Prints and parses as `YYYY-MM`.
///
/// ```
/// use redress_core::date::YearMonth;
///
/// let march: YearMonth = "2024-02".parse().unwrap();
/// assert_eq!(march.last_day().to_string(), "2024-02-29");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    month: u32,
}

/// Why text or numbers did not make a date or a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// The text is not in the expected shape.
    Format {
        /// The text given.
        input: String,
        /// The shape expected, such as `YYYY-MM-DD`.
        expected: &'static str,
    },
    /// The shape is right but there is no such day or time (30 February, 24:00),
    /// or the year is outside 0001 to 9999.
    NoSuchDate {
        /// The text given.
        input: String,
    },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format { input, expected } => {
                write!(f, "\"{input}\" is not in the form {expected}")
            }
            DateError::NoSuchDate { input } => write!(f, "\"{input}\" is not a real date or time"),
        }
    }
}

impl std::error::Error for DateError {}

/// Whether `year` has a 29 February (by chrono, whose calendar runs from
/// the year -262,143 to 262,142; false outside it).
///
/// ```
/// assert!(redress_core::date::is_leap_year(2000));
/// assert!(!redress_core::date::is_leap_year(2100));
/// ```
pub const fn is_leap_year(year: i32) -> bool {
    chrono::NaiveDate::from_ymd_opt(year, 2, 29).is_some()
}

/// How many days `month` (1 to 12) has in `year` (0 for a month or year
/// chrono does not know).
///
/// ```
/// assert_eq!(redress_core::date::days_in_month(2028, 2), 29);
/// assert_eq!(redress_core::date::days_in_month(2028, 13), 0);
/// ```
pub fn days_in_month(year: i32, month: u32) -> u32 {
    u8::try_from(month)
        .ok()
        .and_then(|month| chrono::Month::try_from(month).ok())
        .and_then(|month| month.num_days(year))
        .map_or(0, u32::from)
}

/// Days since 1970-01-01 of a civil date, by chrono; checked at compile
/// time for the dates this crate writes in its source.
const fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    match chrono::NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date.to_epoch_days(),
        None => panic!("not a real date"),
    }
}

/// The day `days` after 1970-01-01, as chrono holds it (every `Date` is
/// within chrono's range, which runs to the year 262,142).
fn naive(days: i32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_epoch_days(days).unwrap_or(chrono::NaiveDate::MAX)
}

/// A chrono day as a [`Date`].
const fn from_naive(date: chrono::NaiveDate) -> Date {
    Date {
        days: date.to_epoch_days(),
    }
}

const fn is_valid_ymd(year: i32, month: u32, day: u32) -> bool {
    year >= MIN_YEAR
        && year <= MAX_YEAR
        && chrono::NaiveDate::from_ymd_opt(year, month, day).is_some()
}

impl Date {
    /// The date with this year, month (1 to 12) and day, if there is one.
    ///
    /// ```
    /// use redress_core::date::Date;
    ///
    /// assert!(Date::new(2026, 2, 28).is_ok());
    /// assert!(Date::new(2026, 2, 29).is_err());
    /// ```
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        if is_valid_ymd(year, month, day) {
            Ok(Date::ymd(year, month, day))
        } else {
            Err(DateError::NoSuchDate {
                input: format!("{year:04}-{month:02}-{day:02}"),
            })
        }
    }

    /// A date written in the source, such as a proclaimed bank holiday.
    /// Checked at compile time when used in a constant, so it never panics
    /// at run time for the literals this crate uses.
    pub(crate) const fn ymd(year: i32, month: u32, day: u32) -> Date {
        assert!(is_valid_ymd(year, month, day), "not a real date");
        Date {
            days: days_from_civil(year, month, day),
        }
    }

    /// The year.
    pub fn year(self) -> i32 {
        naive(self.days).year()
    }

    /// The month, 1 (January) to 12 (December).
    pub fn month(self) -> u32 {
        naive(self.days).month()
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        naive(self.days).day()
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        match naive(self.days).weekday().num_days_from_monday() {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    /// The date `days` calendar days later (earlier when negative).
    ///
    /// ```
    /// use redress_core::date::Date;
    ///
    /// let date = Date::new(2025, 12, 31).unwrap();
    /// assert_eq!(date.add_days(1).to_string(), "2026-01-01");
    /// ```
    pub const fn add_days(self, days: i32) -> Date {
        Date {
            days: self.days + days,
        }
    }

    /// The number of calendar days from `self` to `later` (negative when
    /// `later` is earlier).
    ///
    /// ```
    /// use redress_core::date::Date;
    ///
    /// let start = Date::new(2026, 1, 1).unwrap();
    /// assert_eq!(start.days_until(Date::new(2026, 3, 1).unwrap()), 59);
    /// ```
    pub const fn days_until(self, later: Date) -> i32 {
        later.days - self.days
    }

    /// The date `months` calendar months later (earlier when negative), on the
    /// same day of the month or, where that month is shorter, its last day.
    ///
    /// ```
    /// use redress_core::date::Date;
    ///
    /// let end_of_january = Date::new(2026, 1, 31).unwrap();
    /// assert_eq!(end_of_january.add_months(1).to_string(), "2026-02-28");
    /// assert_eq!(Date::new(2028, 1, 31).unwrap().add_months(1).to_string(), "2028-02-29");
    /// assert_eq!(Date::new(2026, 5, 20).unwrap().add_months(6).to_string(), "2026-11-20");
    /// ```
    pub fn add_months(self, months: i32) -> Date {
        let date = naive(self.days);
        let counted = chrono::Months::new(months.unsigned_abs());
        let moved = if months >= 0 {
            date.checked_add_months(counted)
        } else {
            date.checked_sub_months(counted)
        };
        moved.map_or(self, from_naive)
    }

    /// The date `years` years later: [`Date::add_months`] with 12 months a
    /// year, so 29 February plus a year is 28 February.
    pub fn add_years(self, years: i32) -> Date {
        self.add_months(years * 12)
    }

    /// The first date on or after `self` that falls on `weekday`.
    pub fn next_on_or_after(self, weekday: Weekday) -> Date {
        let ahead = (weekday as i32 - self.weekday() as i32).rem_euclid(7);
        self.add_days(ahead)
    }

    /// The last date on or before `self` that falls on `weekday`.
    pub fn previous_on_or_before(self, weekday: Weekday) -> Date {
        let behind = (self.weekday() as i32 - weekday as i32).rem_euclid(7);
        self.add_days(-behind)
    }

    /// The date in words for letters and the command line, such as
    /// `Wednesday 7 January 2026`. The web app formats dates in the reader's
    /// language instead.
    pub fn long_english(self) -> String {
        format!(
            "{} {} {} {}",
            self.weekday().english(),
            self.day(),
            YearMonth::month_english(self.month()),
            self.year()
        )
    }
}

impl Weekday {
    /// Whether this is a Saturday or a Sunday: never a working day.
    pub const fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }

    /// The day called `name` in configuration (`"monday"`), as its JSON
    /// form reads.
    pub fn from_name(name: &str) -> Option<Weekday> {
        [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
        ]
        .into_iter()
        .find(|day| day.english().to_ascii_lowercase() == name)
    }

    /// The English name, such as `Monday`.
    pub const fn english(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }
}

impl TimeOfDay {
    /// The time `hour`:`minute` on a 24-hour clock, if there is one.
    ///
    /// ```
    /// use redress_core::date::TimeOfDay;
    ///
    /// assert!(TimeOfDay::new(23, 59).is_ok());
    /// assert!(TimeOfDay::new(24, 0).is_err());
    /// ```
    pub fn new(hour: u32, minute: u32) -> Result<TimeOfDay, DateError> {
        if hour < 24 && minute < 60 {
            Ok(TimeOfDay {
                minutes: (hour * 60 + minute) as u16,
            })
        } else {
            Err(DateError::NoSuchDate {
                input: format!("{hour:02}:{minute:02}"),
            })
        }
    }

    /// Midnight, the start of the day.
    pub const MIDNIGHT: TimeOfDay = TimeOfDay { minutes: 0 };

    /// The hour, 0 to 23.
    pub const fn hour(self) -> u32 {
        self.minutes as u32 / 60
    }

    /// The minute, 0 to 59.
    pub const fn minute(self) -> u32 {
        self.minutes as u32 % 60
    }
}

impl YearMonth {
    /// The month `month` (1 to 12) of `year`, if both are in range.
    pub fn new(year: i32, month: u32) -> Result<YearMonth, DateError> {
        if is_valid_ymd(year, month, 1) {
            Ok(YearMonth { year, month })
        } else {
            Err(DateError::NoSuchDate {
                input: format!("{year:04}-{month:02}"),
            })
        }
    }

    /// The year.
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u32 {
        self.month
    }

    /// The first day of the month.
    pub fn first_day(self) -> Date {
        Date::ymd(self.year, self.month, 1)
    }

    /// The last day of the month.
    pub fn last_day(self) -> Date {
        Date::ymd(self.year, self.month, days_in_month(self.year, self.month))
    }

    /// The English name of `month` (1 to 12), such as `January`.
    pub const fn month_english(month: u32) -> &'static str {
        match month {
            1 => "January",
            2 => "February",
            3 => "March",
            4 => "April",
            5 => "May",
            6 => "June",
            7 => "July",
            8 => "August",
            9 => "September",
            10 => "October",
            11 => "November",
            _ => "December",
        }
    }
}

/// Reads a fixed-width run of ASCII digits, or `None`.
fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Splits `text` on `separator` into exactly the given widths of digits.
fn fields<const N: usize>(text: &str, separator: char, widths: [usize; N]) -> Option<[u32; N]> {
    let mut parts = text.split(separator);
    let mut out = [0; N];
    for (slot, width) in out.iter_mut().zip(widths) {
        let part = parts.next()?;
        if part.len() != width {
            return None;
        }
        *slot = digits(part)?;
    }
    parts.next().is_none().then_some(out)
}

impl DateTime {
    /// The time on UK clocks `unix_seconds` after 1970-01-01 00:00 UTC:
    /// Greenwich Mean Time, or British Summer Time (an hour ahead) from
    /// 01:00 GMT on the last Sunday of March to 01:00 GMT on the last Sunday
    /// of October, the rule since 1996. For the command line, which has only
    /// the system clock; the web app asks the browser for Europe/London.
    /// None outside the years 1 to 9999.
    ///
    /// ```
    /// use redress_core::date::DateTime;
    ///
    /// // 2026-06-30T23:30Z is already 1 July in London.
    /// assert_eq!(DateTime::in_uk_at(1_782_862_200).unwrap().to_string(), "2026-07-01T00:30");
    /// ```
    pub fn in_uk_at(unix_seconds: i64) -> Option<DateTime> {
        let utc = chrono::DateTime::from_timestamp(unix_seconds, 0)?.naive_utc();
        let year = utc.year();
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return None;
        }
        let change = |month: u32| {
            naive(
                Date::ymd(year, month, 31)
                    .previous_on_or_before(Weekday::Sunday)
                    .days,
            )
            .and_hms_opt(1, 0, 0)
        };
        let summer = change(3)? <= utc && utc < change(10)?;
        let local = if summer {
            utc.checked_add_signed(chrono::TimeDelta::hours(1))?
        } else {
            utc
        };
        let date = from_naive(local.date());
        (date.year() <= MAX_YEAR).then(|| DateTime {
            date,
            time: TimeOfDay {
                minutes: (local.hour() * 60 + local.minute()) as u16,
            },
        })
    }
}

impl From<Date> for DateTime {
    /// The start of the day.
    fn from(date: Date) -> DateTime {
        DateTime {
            date,
            time: TimeOfDay::MIDNIGHT,
        }
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Parses `YYYY-MM-DD` exactly.
    fn from_str(text: &str) -> Result<Date, DateError> {
        let [year, month, day] = fields(text, '-', [4, 2, 2]).ok_or(DateError::Format {
            input: text.to_owned(),
            expected: "YYYY-MM-DD",
        })?;
        Date::new(year as i32, month, day).map_err(|_| DateError::NoSuchDate {
            input: text.to_owned(),
        })
    }
}

impl FromStr for TimeOfDay {
    type Err = DateError;

    /// Parses `HH:MM` on a 24-hour clock.
    fn from_str(text: &str) -> Result<TimeOfDay, DateError> {
        let [hour, minute] = fields(text, ':', [2, 2]).ok_or(DateError::Format {
            input: text.to_owned(),
            expected: "HH:MM",
        })?;
        TimeOfDay::new(hour, minute).map_err(|_| DateError::NoSuchDate {
            input: text.to_owned(),
        })
    }
}

impl FromStr for DateTime {
    type Err = DateError;

    /// Parses `YYYY-MM-DDTHH:MM`, or `YYYY-MM-DD` for the start of that day
    /// (a letter's date stamp has no time).
    fn from_str(text: &str) -> Result<DateTime, DateError> {
        // Errors name the whole text and the whole expected shape.
        let whole = |error: DateError| match error {
            DateError::Format { .. } => DateError::Format {
                input: text.to_owned(),
                expected: "YYYY-MM-DDTHH:MM",
            },
            DateError::NoSuchDate { .. } => DateError::NoSuchDate {
                input: text.to_owned(),
            },
        };
        let (date, time) = match text.split_once('T') {
            Some((date, time)) => (date, Some(time)),
            None => (text, None),
        };
        let date: Date = date.parse().map_err(whole)?;
        let time = match time {
            None => TimeOfDay::MIDNIGHT,
            Some(time) => time.parse().map_err(whole)?,
        };
        Ok(DateTime { date, time })
    }
}

impl FromStr for YearMonth {
    type Err = DateError;

    /// Parses `YYYY-MM`.
    fn from_str(text: &str) -> Result<YearMonth, DateError> {
        let [year, month] = fields(text, '-', [4, 2]).ok_or(DateError::Format {
            input: text.to_owned(),
            expected: "YYYY-MM",
        })?;
        YearMonth::new(year as i32, month).map_err(|_| DateError::NoSuchDate {
            input: text.to_owned(),
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl fmt::Debug for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{}", self.date, self.time)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl fmt::Debug for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.english())
    }
}

/// Serialises and deserialises a type as its `Display` / `FromStr` string, so
/// JSON holds `"2026-01-07"` rather than an internal day count.
macro_rules! serde_as_string {
    ($($type:ty),*) => {$(
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    )*};
}

serde_as_string!(Date, TimeOfDay, DateTime, YearMonth);

#[cfg(test)]
mod tests {

    #[test]
    fn uk_clocks_go_forward_and_back_at_one_in_the_morning_gmt() {
        let uk = |seconds: i64| DateTime::in_uk_at(seconds).map(|time| time.to_string());
        let cases = [
            (1_774_745_999, "2026-03-29T00:59"),
            (1_774_746_000, "2026-03-29T02:00"),
            (1_792_889_999, "2026-10-25T01:59"),
            (1_792_890_000, "2026-10-25T01:00"),
            (1_798_761_540, "2026-12-31T23:59"),
            (1_721_084_400, "2024-07-16T00:00"),
            (-3_600, "1969-12-31T23:00"),
            (253_402_300_740, "9999-12-31T23:59"),
        ];
        for (seconds, expected) in cases {
            assert_eq!(uk(seconds).as_deref(), Some(expected), "{seconds}");
        }
        assert_eq!(uk(253_402_300_800), None);
        assert_eq!(uk(i64::MAX), None);
        assert_eq!(uk(i64::MIN), None);
    }

    use super::*;

    /// Days since 1970-01-01 of a civil date by Howard Hinnant's algorithm:
    /// the crate's own before chrono, kept as the oracle chrono must agree
    /// with.
    fn hinnant_days(year: i32, month: u32, day: u32) -> i32 {
        let y = if month <= 2 { year - 1 } else { year };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let year_of_era = (y - era * 400) as u32;
        let month_from_march = (month + 9) % 12;
        let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era as i32 - 719_468
    }

    /// The crate's own month lengths before chrono: the oracle for
    /// [`days_in_month`] and [`is_leap_year`].
    fn old_days_in_month(year: i32, month: u32) -> u32 {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// The crate's own UK clock before chrono, seconds counted by hand: the
    /// oracle for [`DateTime::in_uk_at`].
    fn old_in_uk_at(unix_seconds: i64) -> Option<DateTime> {
        const DAY: i64 = 86_400;
        let days = i32::try_from(unix_seconds.div_euclid(DAY)).ok()?;
        let utc = Date { days };
        if !(MIN_YEAR..=MAX_YEAR).contains(&utc.year()) {
            return None;
        }
        let second = unix_seconds.rem_euclid(DAY);
        let year = utc.year();
        let change = |month: u32| {
            (
                Date::ymd(year, month, 31).previous_on_or_before(Weekday::Sunday),
                3_600,
            )
        };
        let summer = (change(3)..change(10)).contains(&(utc, second));
        let local = unix_seconds + if summer { 3_600 } else { 0 };
        let minute_of_day = local.rem_euclid(DAY) / 60;
        let date = Date {
            days: i32::try_from(local.div_euclid(DAY)).ok()?,
        };
        (date.year() <= MAX_YEAR).then_some(DateTime {
            date,
            time: TimeOfDay {
                minutes: minute_of_day as u16,
            },
        })
    }

    proptest::proptest! {
        /// chrono's month lengths are the old ones, in every year the crate
        /// takes and beyond.
        #[test]
        fn month_lengths_agree(year in -10_000i32..=20_000, month in 1u32..=12) {
            proptest::prop_assert_eq!(days_in_month(year, month), old_days_in_month(year, month));
            proptest::prop_assert_eq!(is_leap_year(year), old_days_in_month(year, 2) == 29);
        }

        /// The UK clock from chrono is the old one, second by second from
        /// 1900 to 2200, and around each year's changes of the clocks.
        #[test]
        fn the_uk_clock_agrees_with_the_old_arithmetic(
            seconds in -2_208_988_800i64..=7_258_118_400,
            year in 1900i32..=2200,
            offset in -7_200i64..=7_200,
        ) {
            proptest::prop_assert_eq!(DateTime::in_uk_at(seconds), old_in_uk_at(seconds));
            for month in [3, 10] {
                let change = Date::ymd(year, month, 31).previous_on_or_before(Weekday::Sunday);
                let at = i64::from(change.days) * 86_400 + 3_600 + offset;
                proptest::prop_assert_eq!(DateTime::in_uk_at(at), old_in_uk_at(at), "{}", at);
            }
        }

        /// chrono and the old arithmetic agree on every day from 1900 to
        /// 2200: its fields, its weekday (1970-01-01 was a Thursday), and
        /// months added with the day kept or clamped to the month's end.
        #[test]
        fn chrono_agrees_with_the_old_arithmetic(
            year in 1900i32..=2200,
            month in 1u32..=12,
            day in 1u32..=31,
            months in -1200i32..=1200,
        ) {
            let day = day.min(old_days_in_month(year, month));
            let date = Date::new(year, month, day).unwrap();
            proptest::prop_assert_eq!(date.days, hinnant_days(year, month, day));
            proptest::prop_assert_eq!((date.year(), date.month(), date.day()), (year, month, day));
            proptest::prop_assert_eq!(date.weekday() as i32, (hinnant_days(year, month, day) + 3).rem_euclid(7));
            let index = year * 12 + (month as i32 - 1) + months;
            let (to_year, to_month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
            let to_day = day.min(old_days_in_month(to_year, to_month));
            proptest::prop_assert_eq!(date.add_months(months).days, hinnant_days(to_year, to_month, to_day));
        }
    }

    #[test]
    fn weekday_names_are_their_json_form() {
        for name in [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ] {
            let parsed: Weekday = serde_json::from_str(&format!("\"{name}\"")).unwrap();
            assert_eq!(Weekday::from_name(name), Some(parsed));
        }
        assert_eq!(Weekday::from_name("Monday"), None);
        assert_eq!(Weekday::from_name("mon"), None);
    }

    #[test]
    fn civil_round_trip_from_1900_to_2200() {
        let start = Date::new(1900, 1, 1).unwrap();
        let mut expected = (1900, 1, 1);
        for offset in 0..start.days_until(Date::new(2200, 12, 31).unwrap()) {
            let date = start.add_days(offset);
            assert_eq!((date.year(), date.month(), date.day()), expected);
            assert_eq!(Date::new(expected.0, expected.1, expected.2), Ok(date));
            // Step the expected civil date by hand, independently of the algorithm.
            expected.2 += 1;
            if expected.2 > days_in_month(expected.0, expected.1) {
                expected = (expected.0, expected.1 + 1, 1);
                if expected.1 > 12 {
                    expected = (expected.0 + 1, 1, 1);
                }
            }
        }
    }

    #[test]
    fn known_weekdays() {
        let cases = [
            ("1970-01-01", Weekday::Thursday),
            ("2000-02-29", Weekday::Tuesday),
            ("2025-12-19", Weekday::Friday),
            ("2026-01-07", Weekday::Wednesday),
            ("2026-11-20", Weekday::Friday),
            ("2100-12-31", Weekday::Friday),
            ("1990-01-01", Weekday::Monday),
        ];
        for (text, weekday) in cases {
            assert_eq!(text.parse::<Date>().unwrap().weekday(), weekday, "{text}");
        }
    }

    #[test]
    fn parse_is_strict() {
        for bad in [
            "2026-1-07",
            "26-01-07",
            "2026-01-07 ",
            "2026/01/07",
            "",
            "2026-01-0a",
        ] {
            assert!(
                matches!(bad.parse::<Date>(), Err(DateError::Format { .. })),
                "{bad}"
            );
        }
        for impossible in ["2026-02-29", "2026-13-01", "2026-00-10", "0000-01-01"] {
            assert!(
                matches!(
                    impossible.parse::<Date>(),
                    Err(DateError::NoSuchDate { .. })
                ),
                "{impossible}"
            );
        }
        assert_eq!(
            "2026-02-30".parse::<Date>().unwrap_err().to_string(),
            "\"2026-02-30\" is not a real date or time"
        );
    }

    #[test]
    fn date_times_and_times() {
        let at: DateTime = "2026-11-20T16:45".parse().unwrap();
        assert_eq!(at.time, TimeOfDay::new(16, 45).unwrap());
        assert!("2026-11-20T24:00".parse::<DateTime>().is_err());
        assert!("2026-11-20T9:00".parse::<DateTime>().is_err());
        assert!("2026-11-31T09:00".parse::<DateTime>().is_err());
        assert!(matches!(
            "20261120".parse::<DateTime>(),
            Err(DateError::Format {
                expected: "YYYY-MM-DDTHH:MM",
                ..
            })
        ));
    }

    #[test]
    fn months_clamp_to_the_end_of_the_month() {
        let cases = [
            ("2026-01-31", 1, "2026-02-28"),
            ("2028-01-31", 1, "2028-02-29"),
            ("2026-08-31", 6, "2027-02-28"),
            ("2026-03-31", -1, "2026-02-28"),
            ("2026-10-31", 2, "2026-12-31"),
            ("2026-11-30", 3, "2027-02-28"),
            ("2026-12-15", 1, "2027-01-15"),
            ("2026-01-15", -13, "2024-12-15"),
            ("2026-05-20", 12, "2027-05-20"),
        ];
        for (start, months, expected) in cases {
            let date: Date = start.parse().unwrap();
            assert_eq!(
                date.add_months(months).to_string(),
                expected,
                "{start} + {months}"
            );
        }
        let leap_day: Date = "2024-02-29".parse().unwrap();
        assert_eq!(leap_day.add_years(1).to_string(), "2025-02-28");
        assert_eq!(leap_day.add_years(4).to_string(), "2028-02-29");
    }

    #[test]
    fn weekday_search() {
        let first_of_may: Date = "2026-05-01".parse().unwrap(); // a Friday
        assert_eq!(
            first_of_may.next_on_or_after(Weekday::Monday).to_string(),
            "2026-05-04"
        );
        assert_eq!(first_of_may.next_on_or_after(Weekday::Friday), first_of_may);
        let end_of_may: Date = "2026-05-31".parse().unwrap(); // a Sunday
        assert_eq!(
            end_of_may
                .previous_on_or_before(Weekday::Monday)
                .to_string(),
            "2026-05-25"
        );
    }

    #[test]
    fn serde_uses_iso_strings() {
        let date: Date = "2026-01-07".parse().unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2026-01-07\"");
        assert_eq!(
            serde_json::from_str::<Date>("\"2026-01-07\"").unwrap(),
            date
        );
        let error = serde_json::from_str::<Date>("\"2026-02-30\"").unwrap_err();
        assert!(error.to_string().contains("not a real date"), "{error}");
        let month: YearMonth = serde_json::from_str("\"2026-03\"").unwrap();
        assert_eq!(month.first_day().to_string(), "2026-03-01");
        let sunday: Weekday = serde_json::from_str("\"sunday\"").unwrap();
        assert_eq!(sunday, Weekday::Sunday);
        let at: DateTime = serde_json::from_str("\"2026-11-20T16:45\"").unwrap();
        assert_eq!(serde_json::to_string(&at).unwrap(), "\"2026-11-20T16:45\"");
    }

    #[test]
    fn long_english() {
        let date: Date = "2026-12-28".parse().unwrap();
        assert_eq!(date.long_english(), "Monday 28 December 2026");
    }
}
