//! Working-day calendars: the UK's bank holidays by division, a council's own
//! closure days, and the arithmetic of working days.
//!
//! A working day is Monday to Friday, except a bank holiday of the council's
//! division and a day the council has said it is closed. The children's
//! regulations also exclude Christmas Day, Boxing Day and Good Friday, which are
//! bank holidays (or their substitutes) in every division anyway.
//!
//! Bank holidays come from the standing rules of the Banking and Financial
//! Dealings Act 1971 as amended, applied to any year, plus every one-off
//! proclamation from 1990 on (see [`Division::bank_holidays`]). They are
//! checked against GOV.UK's published list for the years it covers. A council
//! adds closure days and newly announced bank holidays in its [`Calendar`]
//! configuration, with no rebuild.

use crate::date::{Date, DateTime, TimeOfDay, Weekday};
use crate::language::{SHIPPED, SOURCE};
use crate::localized::Localized;
use crate::problems::{self, Checked, Invalid, Problem, ProblemKind};
use crate::procedure::NonWorkingReceipt;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

/// The first year whose bank holidays (one-off proclamations included) this
/// crate knows and tests.
pub const FIRST_YEAR: i32 = 1990;
/// The last year whose bank holidays this crate tests. Later years follow the
/// standing rules, which cannot foresee one-off proclamations.
pub const LAST_YEAR: i32 = 2100;

/// A part of the UK with its own bank holidays, named as GOV.UK names them.
///
/// ```
/// use redress_core::calendar::Division;
///
/// let division: Division = "scotland".parse().unwrap();
/// assert_eq!(division, Division::Scotland);
/// assert_eq!(division.name(), "Scotland");
/// assert_eq!(serde_json::to_string(&Division::EnglandAndWales).unwrap(), "\"england-and-wales\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Division {
    /// England and Wales.
    EnglandAndWales,
    /// Scotland.
    Scotland,
    /// Northern Ireland.
    NorthernIreland,
}

/// A bank holiday as a day off: on its substitute weekday when the day itself
/// falls at a weekend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BankHoliday {
    /// The day off.
    pub date: Date,
    /// Its English title, as GOV.UK gives it (such as `Boxing Day`).
    pub title: String,
    /// Whether this is a substitute weekday for a holiday that fell at a weekend.
    pub substitute: bool,
}

/// A division name that is not one of the three.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownDivision {
    /// The text given.
    pub input: String,
}

impl fmt::Display for UnknownDivision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a division; expected england-and-wales, scotland or northern-ireland",
            self.input
        )
    }
}

impl std::error::Error for UnknownDivision {}

/// When a standing bank holiday falls in its year.
#[derive(Clone, Copy)]
enum Rule {
    /// A fixed day of the year, moved to a substitute weekday when it falls at
    /// a weekend.
    Fixed { month: u32, day: u32 },
    /// Days after Easter Sunday (negative for before).
    Easter { offset: i32 },
    /// The first Monday of the month.
    FirstMonday { month: u32 },
    /// The last Monday of the month.
    LastMonday { month: u32 },
}

struct StandingHoliday {
    title: &'static str,
    rule: Rule,
    divisions: &'static [Division],
    /// The first year the holiday exists.
    since: i32,
}

const fn standing(
    title: &'static str,
    rule: Rule,
    divisions: &'static [Division],
    since: i32,
) -> StandingHoliday {
    StandingHoliday {
        title,
        rule,
        divisions,
        since,
    }
}

use Division::{EnglandAndWales as EW, NorthernIreland as NI, Scotland as SC};

/// The Banking and Financial Dealings Act 1971, Schedule 1, as amended (early
/// May from 1978, St Andrew's Day from 2007), with the days proclaimed every
/// year (Christmas Day in England and Wales, New Year's Day, the substitutes)
/// and Northern Ireland's 12 July, in GOV.UK's titles.
const STANDING: &[StandingHoliday] = &[
    standing(
        "New Year’s Day",
        Rule::Fixed { month: 1, day: 1 },
        &Division::ALL,
        1974,
    ),
    standing("2nd January", Rule::Fixed { month: 1, day: 2 }, &[SC], 1971),
    standing(
        "St Patrick’s Day",
        Rule::Fixed { month: 3, day: 17 },
        &[NI],
        1971,
    ),
    standing(
        "Good Friday",
        Rule::Easter { offset: -2 },
        &Division::ALL,
        1971,
    ),
    standing("Easter Monday", Rule::Easter { offset: 1 }, &[EW, NI], 1971),
    standing(
        "Early May bank holiday",
        Rule::FirstMonday { month: 5 },
        &Division::ALL,
        1978,
    ),
    standing(
        "Spring bank holiday",
        Rule::LastMonday { month: 5 },
        &Division::ALL,
        1971,
    ),
    standing(
        "Battle of the Boyne (Orangemen’s Day)",
        Rule::Fixed { month: 7, day: 12 },
        &[NI],
        1971,
    ),
    standing(
        "Summer bank holiday",
        Rule::FirstMonday { month: 8 },
        &[SC],
        1971,
    ),
    standing(
        "Summer bank holiday",
        Rule::LastMonday { month: 8 },
        &[EW, NI],
        1971,
    ),
    standing(
        "St Andrew’s Day",
        Rule::Fixed { month: 11, day: 30 },
        &[SC],
        2007,
    ),
    standing(
        "Christmas Day",
        Rule::Fixed { month: 12, day: 25 },
        &Division::ALL,
        1971,
    ),
    standing(
        "Boxing Day",
        Rule::Fixed { month: 12, day: 26 },
        &Division::ALL,
        1974,
    ),
];

/// What a one-off proclamation did.
#[derive(Clone, Copy)]
enum Change {
    /// Added a bank holiday.
    Added,
    /// Moved the standing holiday that fell on this date.
    MovedFrom(Date),
}

struct Proclamation {
    date: Date,
    title: &'static str,
    change: Change,
    divisions: &'static [Division],
}

/// A bank holiday added in every division.
const fn added(date: Date, title: &'static str) -> Proclamation {
    Proclamation {
        date,
        title,
        change: Change::Added,
        divisions: &Division::ALL,
    }
}

/// A standing bank holiday moved in every division.
const fn moved(from: Date, to: Date, title: &'static str) -> Proclamation {
    Proclamation {
        date: to,
        title,
        change: Change::MovedFrom(from),
        divisions: &Division::ALL,
    }
}

/// Every one-off proclamation since 1990.
const PROCLAMATIONS: &[Proclamation] = &[
    moved(
        Date::ymd(1995, 5, 1),
        Date::ymd(1995, 5, 8),
        "Early May bank holiday (VE day)",
    ),
    added(Date::ymd(1999, 12, 31), "Millennium celebrations"),
    added(Date::ymd(2002, 6, 3), "Queen’s Golden Jubilee"),
    moved(
        Date::ymd(2002, 5, 27),
        Date::ymd(2002, 6, 4),
        "Spring bank holiday",
    ),
    added(Date::ymd(2011, 4, 29), "Royal wedding"),
    moved(
        Date::ymd(2012, 5, 28),
        Date::ymd(2012, 6, 4),
        "Spring bank holiday",
    ),
    added(Date::ymd(2012, 6, 5), "Queen’s Diamond Jubilee"),
    moved(
        Date::ymd(2020, 5, 4),
        Date::ymd(2020, 5, 8),
        "Early May bank holiday (VE day)",
    ),
    moved(
        Date::ymd(2022, 5, 30),
        Date::ymd(2022, 6, 2),
        "Spring bank holiday",
    ),
    added(Date::ymd(2022, 6, 3), "Platinum Jubilee bank holiday"),
    added(
        Date::ymd(2022, 9, 19),
        "Bank Holiday for the State Funeral of Queen Elizabeth II",
    ),
    added(
        Date::ymd(2023, 5, 8),
        "Bank holiday for the coronation of King Charles III",
    ),
    Proclamation {
        divisions: &[SC],
        ..added(Date::ymd(2026, 6, 15), "World Cup bank holiday")
    },
];

/// Easter Sunday in the Gregorian calendar (the anonymous computus, as
/// published by Meeus).
///
/// ```
/// use redress_core::calendar::easter_sunday;
///
/// assert_eq!(easter_sunday(2026).to_string(), "2026-04-05");
/// ```
///
/// # Panics
///
/// When `year` is outside the years a [`Date`] holds (1 to 9999).
pub fn easter_sunday(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::ymd(year, month as u32, day as u32)
}

impl Rule {
    fn date(self, year: i32) -> Date {
        match self {
            Rule::Fixed { month, day } => Date::ymd(year, month, day),
            Rule::Easter { offset } => easter_sunday(year).add_days(offset),
            Rule::FirstMonday { month } => {
                Date::ymd(year, month, 1).next_on_or_after(Weekday::Monday)
            }
            Rule::LastMonday { month } => Date::ymd(year, month, 1)
                .add_months(1)
                .add_days(-1)
                .previous_on_or_before(Weekday::Monday),
        }
    }
}

impl Division {
    /// The three divisions, in GOV.UK's order.
    pub const ALL: [Division; 3] = [EW, SC, NI];

    /// The id used in configuration and on the command line, such as
    /// `england-and-wales`.
    pub const fn id(self) -> &'static str {
        match self {
            EW => "england-and-wales",
            SC => "scotland",
            NI => "northern-ireland",
        }
    }

    /// The English name, such as `England and Wales`.
    pub const fn name(self) -> &'static str {
        match self {
            EW => "England and Wales",
            SC => "Scotland",
            NI => "Northern Ireland",
        }
    }

    /// The division's bank holidays in `year` as days off, sorted by date.
    ///
    /// A fixed-date holiday that falls on a Saturday or Sunday moves to the
    /// next weekday that is not already a holiday, taking the weekend holidays
    /// in date order: so when Christmas Day is a Sunday, Boxing Day keeps
    /// Monday 26 December and Christmas Day moves to Tuesday 27 December, and
    /// when 1 January is a Sunday in Scotland, 2 January keeps its Monday and
    /// New Year's Day moves to 3 January, as the 1971 Act says.
    ///
    /// ```
    /// use redress_core::calendar::Division;
    ///
    /// let holidays = Division::EnglandAndWales.bank_holidays(2022);
    /// let christmas = holidays.iter().find(|h| h.title == "Christmas Day").unwrap();
    /// assert_eq!(christmas.date.to_string(), "2022-12-27");
    /// assert!(christmas.substitute);
    /// ```
    pub fn bank_holidays(self, year: i32) -> Vec<BankHoliday> {
        // (date, title, fixed date subject to substitution)
        let mut nominal: Vec<(Date, &'static str, bool)> = STANDING
            .iter()
            .filter(|holiday| holiday.since <= year && holiday.divisions.contains(&self))
            .map(|holiday| {
                let fixed = matches!(holiday.rule, Rule::Fixed { .. });
                (holiday.rule.date(year), holiday.title, fixed)
            })
            .collect();
        for proclamation in PROCLAMATIONS
            .iter()
            .filter(|p| p.date.year() == year && p.divisions.contains(&self))
        {
            match proclamation.change {
                Change::Added => nominal.push((proclamation.date, proclamation.title, false)),
                Change::MovedFrom(from) => {
                    for entry in nominal.iter_mut().filter(|entry| entry.0 == from) {
                        *entry = (proclamation.date, proclamation.title, false);
                    }
                }
            }
        }
        nominal.sort_by_key(|&(date, _, _)| date);

        let mut holidays: Vec<BankHoliday> = nominal
            .iter()
            .filter(|(date, _, _)| !date.weekday().is_weekend())
            .map(|&(date, title, _)| BankHoliday {
                date,
                title: title.to_owned(),
                substitute: false,
            })
            .collect();
        for &(date, title, fixed) in &nominal {
            if fixed && date.weekday().is_weekend() {
                let mut substitute = date.add_days(1);
                while substitute.weekday().is_weekend()
                    || holidays.iter().any(|holiday| holiday.date == substitute)
                {
                    substitute = substitute.add_days(1);
                }
                holidays.push(BankHoliday {
                    date: substitute,
                    title: title.to_owned(),
                    substitute: true,
                });
            }
        }
        holidays.sort_by_key(|holiday| holiday.date);
        holidays
    }

    /// Whether `date` is a bank holiday (a day off) in this division.
    ///
    /// ```
    /// use redress_core::calendar::Division;
    /// use redress_core::date::Date;
    ///
    /// let world_cup = Date::new(2026, 6, 15).unwrap();
    /// assert!(Division::Scotland.is_bank_holiday(world_cup));
    /// assert!(!Division::EnglandAndWales.is_bank_holiday(world_cup));
    /// ```
    pub fn is_bank_holiday(self, date: Date) -> bool {
        if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
            self.holiday_table().binary_search(&date).is_ok()
        } else {
            self.bank_holidays(date.year())
                .iter()
                .any(|holiday| holiday.date == date)
        }
    }

    /// Every bank holiday from [`FIRST_YEAR`] to [`LAST_YEAR`], sorted, built
    /// once per division: working-day arithmetic asks about every day it
    /// passes, so it looks dates up here rather than rebuilding a year's list.
    fn holiday_table(self) -> &'static [Date] {
        static TABLES: [OnceLock<Vec<Date>>; 3] = [const { OnceLock::new() }; 3];
        TABLES[self as usize].get_or_init(|| {
            (FIRST_YEAR..=LAST_YEAR)
                .flat_map(|year| self.bank_holidays(year))
                .map(|holiday| holiday.date)
                .collect()
        })
    }
}

impl FromStr for Division {
    type Err = UnknownDivision;

    fn from_str(text: &str) -> Result<Division, UnknownDivision> {
        Division::ALL
            .into_iter()
            .find(|division| division.id() == text)
            .ok_or_else(|| UnknownDivision {
                input: text.to_owned(),
            })
    }
}

impl fmt::Display for Division {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Days a council's complaints team is closed although they are not bank
/// holidays, such as the days between Christmas and New Year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// The first day closed.
    pub date: Date,
    /// The last day closed, when it is more than one day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// Why, for staff reading the configuration: one text, or texts by
    /// language with `en-GB` required (the command line shows the English).
    #[serde(default, skip_serializing_if = "no_reason")]
    pub reason: Localized<String>,
}

/// Whether a closure gives no reason.
fn no_reason(reason: &Localized<String>) -> bool {
    reason.values().iter().all(|(_, text)| text.is_empty())
}

/// A bank holiday announced after this crate was built.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraBankHoliday {
    /// The day off.
    pub date: Date,
    /// Its English title.
    pub title: String,
}

/// A council's working-day calendar: its division's bank holidays, its own
/// closure days and any newly announced or withdrawn bank holidays, and the
/// time of day after which a complaint counts as received on the next working
/// day. Deserialises from the JSON a council's web team writes:
///
/// ```
/// use redress_core::calendar::Calendar;
/// use redress_core::date::{Date, DateTime};
///
/// let calendar = Calendar::from_json(r#"{
///     "division": "england-and-wales",
///     "cut_off": "17:00",
///     "closures": [
///         {"date": "2026-12-29", "until": "2026-12-31", "reason": "Offices closed"}
///     ]
/// }"#).unwrap().value;
///
/// // Received on Christmas Eve after the cut-off: counts from 24 December's
/// // next working day, which is 4 January 2027 (Christmas, Boxing Day's
/// // substitute, the closure, New Year's Day and a weekend come between).
/// let at: DateTime = "2026-12-24T17:30".parse().unwrap();
/// assert_eq!(calendar.received_date(at).to_string(), "2027-01-04");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    /// Whose bank holidays apply.
    pub division: Division,
    /// Days the council is closed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closures: Vec<Closure>,
    /// Bank holidays proclaimed after this crate was built.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_bank_holidays: Vec<ExtraBankHoliday>,
    /// Bank holidays the standing rules give that a proclamation has moved
    /// away (add the new day in `extra_bank_holidays`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawn_bank_holidays: Vec<Date>,
    /// A complaint received at or after this time counts as received on the
    /// next working day. None: any time of a working day counts that day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cut_off: Option<TimeOfDay>,
}

/// Why a day is not a working day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum NonWorkingDay {
    /// A Saturday or a Sunday.
    Weekend,
    /// A bank holiday of the division, or one the council added.
    BankHoliday {
        /// Its title.
        title: String,
    },
    /// A day the council is closed.
    Closure {
        /// The reason the council gave.
        reason: String,
    },
}

impl Calendar {
    /// The plain calendar of a division: its bank holidays, no closures, no
    /// cut-off time.
    pub fn new(division: Division) -> Calendar {
        Calendar {
            division,
            closures: Vec::new(),
            extra_bank_holidays: Vec::new(),
            withdrawn_bank_holidays: Vec::new(),
            cut_off: None,
        }
    }

    /// Reads a council's calendar from JSON and checks it. Errors name the
    /// line and column of bad JSON, or the field at fault.
    pub fn from_json(text: &str) -> Result<Checked<Calendar>, Invalid> {
        problems::load(text, Calendar::validate)
    }

    /// The problems in this calendar: closures that end before they start are
    /// errors; extra bank holidays at weekends or already holidays, and
    /// withdrawn ones that are not holidays, are warnings.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (index, closure) in self.closures.iter().enumerate() {
            if let Some(until) = closure.until.filter(|&until| until < closure.date) {
                problems.push(Problem::error(
                    format!("closures[{index}].until"),
                    ProblemKind::DateOrder {
                        first: closure.date,
                        last: until,
                    },
                ));
            }
            problems.extend(
                closure
                    .reason
                    .problems(&format!("closures[{index}].reason"), &SHIPPED),
            );
        }
        for (index, extra) in self.extra_bank_holidays.iter().enumerate() {
            let date = extra.date;
            let path = format!("extra_bank_holidays[{index}].date");
            if date.weekday().is_weekend() {
                problems.push(Problem::warning(
                    path,
                    ProblemKind::WeekendBankHoliday { date },
                ));
            } else if self.division.is_bank_holiday(date) {
                problems.push(Problem::warning(
                    path,
                    ProblemKind::AlreadyBankHoliday { date },
                ));
            }
            if extra.title.trim().is_empty() {
                problems.push(Problem::error(
                    format!("extra_bank_holidays[{index}].title"),
                    ProblemKind::Empty,
                ));
            }
        }
        for (index, &date) in self.withdrawn_bank_holidays.iter().enumerate() {
            if !self.division.is_bank_holiday(date) {
                problems.push(Problem::warning(
                    format!("withdrawn_bank_holidays[{index}]"),
                    ProblemKind::NotBankHoliday { date },
                ));
            }
        }
        problems
    }

    /// The bank holidays in `year` as this council observes them: the
    /// division's, less withdrawn ones, plus extra ones, sorted by date.
    pub fn bank_holidays(&self, year: i32) -> Vec<BankHoliday> {
        let mut holidays: Vec<BankHoliday> = self
            .division
            .bank_holidays(year)
            .into_iter()
            .filter(|holiday| !self.withdrawn_bank_holidays.contains(&holiday.date))
            .chain(
                self.extra_bank_holidays
                    .iter()
                    .filter(|extra| extra.date.year() == year)
                    .map(|extra| BankHoliday {
                        date: extra.date,
                        title: extra.title.clone(),
                        substitute: false,
                    }),
            )
            .collect();
        holidays.sort_by_key(|holiday| holiday.date);
        holidays.dedup_by_key(|holiday| holiday.date);
        holidays
    }

    /// Why `date` is not a working day, or `None` when it is one.
    ///
    /// ```
    /// use redress_core::calendar::{Calendar, Division, NonWorkingDay};
    /// use redress_core::date::Date;
    ///
    /// let calendar = Calendar::new(Division::EnglandAndWales);
    /// let boxing_day_substitute = Date::new(2026, 12, 28).unwrap();
    /// assert_eq!(calendar.non_working_day(boxing_day_substitute),
    ///     Some(NonWorkingDay::BankHoliday { title: "Boxing Day".into() }));
    /// ```
    pub fn non_working_day(&self, date: Date) -> Option<NonWorkingDay> {
        if date.weekday().is_weekend() {
            return Some(NonWorkingDay::Weekend);
        }
        if let Some(extra) = self.extra_bank_holidays.iter().find(|e| e.date == date) {
            return Some(NonWorkingDay::BankHoliday {
                title: extra.title.clone(),
            });
        }
        if self.is_division_holiday(date) {
            let title = self
                .division
                .bank_holidays(date.year())
                .into_iter()
                .find(|holiday| holiday.date == date)
                .map(|holiday| holiday.title)
                .unwrap_or_default();
            return Some(NonWorkingDay::BankHoliday { title });
        }
        self.closure_on(date).map(|closure| NonWorkingDay::Closure {
            reason: closure.reason.text_in(SOURCE).to_owned(),
        })
    }

    /// Whether `date` is a working day: a weekday that is neither a bank
    /// holiday nor a closure day.
    ///
    /// ```
    /// use redress_core::calendar::{Calendar, Division};
    /// use redress_core::date::Date;
    ///
    /// let calendar = Calendar::new(Division::NorthernIreland);
    /// assert!(!calendar.is_working_day(Date::new(2026, 3, 17).unwrap()));
    /// assert!(calendar.is_working_day(Date::new(2026, 3, 18).unwrap()));
    /// ```
    pub fn is_working_day(&self, date: Date) -> bool {
        // The cheap checks first: this runs for every day that is counted.
        !date.weekday().is_weekend()
            && !self.is_division_holiday(date)
            && !self.extra_bank_holidays.iter().any(|e| e.date == date)
            && self.closure_on(date).is_none()
    }

    fn is_division_holiday(&self, date: Date) -> bool {
        self.division.is_bank_holiday(date) && !self.withdrawn_bank_holidays.contains(&date)
    }

    fn closure_on(&self, date: Date) -> Option<&Closure> {
        self.closures
            .iter()
            .find(|closure| closure.date <= date && date <= closure.until.unwrap_or(closure.date))
    }

    /// The first working day after `date`.
    ///
    /// ```
    /// use redress_core::calendar::{Calendar, Division};
    /// use redress_core::date::Date;
    ///
    /// let calendar = Calendar::new(Division::EnglandAndWales);
    /// let good_friday = Date::new(2026, 4, 3).unwrap();
    /// assert_eq!(calendar.next_working_day(good_friday).to_string(), "2026-04-07");
    /// ```
    pub fn next_working_day(&self, date: Date) -> Date {
        let mut next = date.add_days(1);
        while !self.is_working_day(next) {
            next = next.add_days(1);
        }
        next
    }

    /// The date `working_days` working days after `start`. Day 1 is the first
    /// working day after `start`, whatever `start` is; adding 0 gives `start`.
    ///
    /// ```
    /// use redress_core::calendar::{Calendar, Division};
    /// use redress_core::date::Date;
    ///
    /// let calendar = Calendar::new(Division::EnglandAndWales);
    /// let start = Date::new(2025, 12, 19).unwrap();
    /// // Christmas Day, Boxing Day, New Year's Day and two weekends are skipped.
    /// assert_eq!(calendar.add_working_days(start, 10).to_string(), "2026-01-07");
    /// ```
    pub fn add_working_days(&self, start: Date, working_days: u32) -> Date {
        (0..working_days).fold(start, |date, _| self.next_working_day(date))
    }

    /// How many working days lie after `from` up to and including `to`: the
    /// days in (`from`, `to`]. Negative when `to` is before `from`. It inverts
    /// [`Calendar::add_working_days`]: counting from `start` to
    /// `add_working_days(start, n)` gives `n`.
    ///
    /// ```
    /// use redress_core::calendar::{Calendar, Division};
    /// use redress_core::date::Date;
    ///
    /// let calendar = Calendar::new(Division::EnglandAndWales);
    /// let from = Date::new(2025, 12, 19).unwrap();
    /// let to = Date::new(2026, 1, 7).unwrap();
    /// assert_eq!(calendar.working_days_between(from, to), 10);
    /// assert_eq!(calendar.working_days_between(to, from), -10);
    /// ```
    pub fn working_days_between(&self, from: Date, to: Date) -> i32 {
        let (low, high, sign) = if from <= to {
            (from, to, 1)
        } else {
            (to, from, -1)
        };
        let count = (1..=low.days_until(high))
            .filter(|&offset| self.is_working_day(low.add_days(offset)))
            .count();
        sign * count as i32
    }

    /// The day a complaint counts as received: the day it arrived if that is a
    /// working day and it arrived before the cut-off time, otherwise the next
    /// working day.
    ///
    /// ```
    /// use redress_core::calendar::{Calendar, Division};
    ///
    /// let mut calendar = Calendar::new(Division::EnglandAndWales);
    /// let friday_evening = "2026-11-20T16:45".parse().unwrap();
    /// assert_eq!(calendar.received_date(friday_evening).to_string(), "2026-11-20");
    /// calendar.cut_off = Some("16:30".parse().unwrap());
    /// assert_eq!(calendar.received_date(friday_evening).to_string(), "2026-11-23");
    /// ```
    pub fn received_date(&self, at: DateTime) -> Date {
        let after_cut_off = self.cut_off.is_some_and(|cut_off| at.time >= cut_off);
        if self.is_working_day(at.date) && !after_cut_off {
            at.date
        } else {
            self.next_working_day(at.date)
        }
    }

    /// The day a procedure's clocks count from for a complaint arriving at
    /// `at`: as [`Calendar::received_date`], except that where the procedure
    /// counts working days after the day it arrived, whatever day that was
    /// ([`NonWorkingReceipt::CountsFromThatDay`]), a complaint arriving on a
    /// non-working day counts from that day. Day 1 is then the next working
    /// day either way, not the one after it.
    ///
    /// ```
    /// use redress_core::calendar::{Calendar, Division};
    /// use redress_core::procedure::NonWorkingReceipt;
    ///
    /// let calendar = Calendar::new(Division::EnglandAndWales);
    /// let saturday = "2026-11-21T10:00".parse().unwrap();
    /// let day = calendar.receipt_day(saturday, NonWorkingReceipt::CountsFromThatDay);
    /// assert_eq!(calendar.add_working_days(day, 3).to_string(), "2026-11-25");
    /// let day = calendar.receipt_day(saturday, NonWorkingReceipt::NextWorkingDay);
    /// assert_eq!(calendar.add_working_days(day, 3).to_string(), "2026-11-26");
    /// ```
    pub fn receipt_day(&self, at: DateTime, rule: NonWorkingReceipt) -> Date {
        match rule {
            NonWorkingReceipt::CountsFromThatDay if !self.is_working_day(at.date) => at.date,
            _ => self.received_date(at),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn dates(division: Division, year: i32) -> Vec<String> {
        division
            .bank_holidays(year)
            .into_iter()
            .map(|holiday| holiday.date.to_string())
            .collect()
    }

    fn title_on(division: Division, day: &str) -> String {
        let day = date(day);
        division
            .bank_holidays(day.year())
            .into_iter()
            .find(|holiday| holiday.date == day)
            .map(|holiday| holiday.title)
            .unwrap_or_else(|| panic!("{day} is not a bank holiday in {division}"))
    }

    #[test]
    fn easter_sundays_from_the_computus() {
        // Known Easter Sundays across the range, including the latest possible
        // (25 April 2038) and dates either side of century years.
        let known = [
            "1990-04-15",
            "1991-03-31",
            "1995-04-16",
            "1998-04-12",
            "2000-04-23",
            "2008-03-23",
            "2011-04-24",
            "2019-04-21",
            "2024-03-31",
            "2025-04-20",
            "2026-04-05",
            "2038-04-25",
            "2049-04-18",
            "2057-04-22",
            "2073-03-26",
            "2076-04-19",
            "2095-04-24",
            "2100-03-28",
        ];
        for text in known {
            let easter = date(text);
            assert_eq!(easter_sunday(easter.year()), easter, "{text}");
        }
        for year in FIRST_YEAR..=LAST_YEAR {
            let easter = easter_sunday(year);
            assert_eq!(easter.weekday(), Weekday::Sunday, "{year}");
            assert!(
                date(&format!("{year}-03-22")) <= easter
                    && easter <= date(&format!("{year}-04-25")),
                "{year}"
            );
        }
    }

    #[test]
    fn christmas_substitutes() {
        // Christmas on a Saturday: both days move, in order.
        assert_eq!(title_on(EW, "2021-12-27"), "Christmas Day");
        assert_eq!(title_on(EW, "2021-12-28"), "Boxing Day");
        // Christmas on a Sunday: Boxing Day keeps Monday, Christmas moves on.
        assert_eq!(title_on(EW, "2022-12-26"), "Boxing Day");
        assert_eq!(title_on(EW, "2022-12-27"), "Christmas Day");
        // Boxing Day on a Saturday.
        assert_eq!(title_on(EW, "2026-12-28"), "Boxing Day");
        assert!(!EW.is_bank_holiday(date("2026-12-26")));
    }

    #[test]
    fn easter_holidays_by_division() {
        assert_eq!(
            dates(EW, 2026)[1..3],
            ["2026-04-03".to_owned(), "2026-04-06".to_owned()]
        );
        assert!(SC.is_bank_holiday(date("2026-04-03")));
        assert!(
            !SC.is_bank_holiday(date("2026-04-06")),
            "no Easter Monday in Scotland"
        );
        assert!(NI.is_bank_holiday(date("2026-04-06")));
    }

    #[test]
    fn scotland_new_year() {
        // 1 January a Sunday: 2 January keeps Monday, New Year's Day moves to 3rd.
        assert_eq!(title_on(SC, "2017-01-02"), "2nd January");
        assert_eq!(title_on(SC, "2017-01-03"), "New Year’s Day");
        // 1 January a Saturday, 2 January a Sunday.
        assert_eq!(title_on(SC, "2022-01-03"), "New Year’s Day");
        assert_eq!(title_on(SC, "2022-01-04"), "2nd January");
        // England and Wales have no 2 January.
        assert!(!EW.is_bank_holiday(date("2024-01-02")));
    }

    #[test]
    fn regional_days() {
        assert_eq!(title_on(NI, "2012-03-19"), "St Patrick’s Day");
        assert_eq!(
            title_on(NI, "2025-07-14"),
            "Battle of the Boyne (Orangemen’s Day)"
        );
        assert_eq!(title_on(SC, "2024-12-02"), "St Andrew’s Day");
        assert!(
            !SC.is_bank_holiday(date("2006-11-30")),
            "St Andrew's Day starts in 2007"
        );
        assert!(SC.is_bank_holiday(date("2007-11-30")));
        assert_eq!(title_on(SC, "2026-08-03"), "Summer bank holiday");
        assert_eq!(title_on(EW, "2026-08-31"), "Summer bank holiday");
    }

    #[test]
    fn one_off_proclamations() {
        for division in Division::ALL {
            for day in [
                "1995-05-08",
                "1999-12-31",
                "2002-06-03",
                "2002-06-04",
                "2011-04-29",
                "2012-06-04",
                "2012-06-05",
                "2020-05-08",
                "2022-06-02",
                "2022-06-03",
                "2022-09-19",
                "2023-05-08",
            ] {
                assert!(division.is_bank_holiday(date(day)), "{division} {day}");
            }
            // The days the moved holidays would otherwise have been.
            for day in [
                "1995-05-01",
                "2002-05-27",
                "2012-05-28",
                "2020-05-04",
                "2022-05-30",
            ] {
                assert!(!division.is_bank_holiday(date(day)), "{division} {day}");
            }
        }
        assert_eq!(title_on(SC, "2026-06-15"), "World Cup bank holiday");
        assert!(!EW.is_bank_holiday(date("2026-06-15")));
        assert!(!NI.is_bank_holiday(date("2026-06-15")));
        assert_eq!(title_on(EW, "2022-06-02"), "Spring bank holiday");
        assert_eq!(
            title_on(EW, "2023-05-08"),
            "Bank holiday for the coronation of King Charles III"
        );
    }

    #[test]
    fn every_holiday_is_a_weekday_and_each_year_is_complete() {
        for division in Division::ALL {
            for year in FIRST_YEAR..=LAST_YEAR {
                let holidays = division.bank_holidays(year);
                assert!(holidays.windows(2).all(|pair| pair[0].date < pair[1].date));
                assert!(holidays.iter().all(|h| !h.date.weekday().is_weekend()));
                assert!(holidays.iter().all(|h| h.date.year() == year));
                let standing = match division {
                    EW => 8,
                    SC => {
                        if year >= 2007 {
                            9
                        } else {
                            8
                        }
                    }
                    NI => 10,
                };
                assert!(holidays.len() >= standing, "{division} {year}");
            }
        }
    }

    #[test]
    fn the_lookup_agrees_with_the_lists_in_and_out_of_the_table() {
        for division in Division::ALL {
            for year in [FIRST_YEAR - 1, 2026, LAST_YEAR, LAST_YEAR + 1] {
                let holidays: Vec<Date> = division
                    .bank_holidays(year)
                    .into_iter()
                    .map(|h| h.date)
                    .collect();
                let first = Date::new(year, 1, 1).unwrap();
                for offset in 0..first.days_until(Date::new(year, 12, 31).unwrap()) {
                    let day = first.add_days(offset);
                    assert_eq!(
                        division.is_bank_holiday(day),
                        holidays.contains(&day),
                        "{day}"
                    );
                }
            }
        }
        assert!(EW.is_bank_holiday(date("2101-12-26")));
    }

    #[test]
    fn adding_working_days() {
        let cases = [
            // The issue's example: Christmas Day, Boxing Day, New Year's Day
            // and two weekends are skipped.
            (EW, "2025-12-19", 10, "2026-01-07"),
            // Day 1 is the first working day after the start, even from a weekend.
            (EW, "2025-12-20", 1, "2025-12-22"),
            (EW, "2025-12-20", 0, "2025-12-20"),
            // Monday 15 June 2026 is Scotland's World Cup bank holiday.
            (SC, "2026-06-12", 1, "2026-06-16"),
            (EW, "2026-06-12", 1, "2026-06-15"),
            // 2 January 2026 is a Friday and a holiday only in Scotland.
            (SC, "2025-12-31", 1, "2026-01-05"),
            (EW, "2025-12-31", 1, "2026-01-02"),
            // Easter 2026: Good Friday everywhere, Easter Monday not in Scotland.
            (EW, "2026-04-02", 1, "2026-04-07"),
            (SC, "2026-04-02", 1, "2026-04-06"),
            (NI, "2026-03-16", 1, "2026-03-18"),
        ];
        for (division, start, working_days, expected) in cases {
            let calendar = Calendar::new(division);
            assert_eq!(
                calendar.add_working_days(date(start), working_days),
                date(expected),
                "{division} {start} + {working_days}"
            );
        }
    }

    #[test]
    fn counting_working_days() {
        let calendar = Calendar::new(EW);
        assert_eq!(
            calendar.working_days_between(date("2026-04-02"), date("2026-04-07")),
            1
        );
        assert_eq!(
            calendar.working_days_between(date("2026-04-02"), date("2026-04-02")),
            0
        );
        assert_eq!(
            calendar.working_days_between(date("2026-04-07"), date("2026-04-02")),
            -1
        );
        assert_eq!(
            calendar.working_days_between(date("2026-04-03"), date("2026-04-02")),
            0
        );
    }

    #[test]
    fn received_dates_and_cut_off() {
        let mut calendar = Calendar::new(EW);
        let received = |calendar: &Calendar, at: &str| calendar.received_date(at.parse().unwrap());
        assert_eq!(
            received(&calendar, "2026-11-21T10:00"),
            date("2026-11-23"),
            "a Saturday"
        );
        assert_eq!(
            received(&calendar, "2026-12-25T09:00"),
            date("2026-12-29"),
            "Christmas"
        );
        assert_eq!(
            received(&calendar, "2026-11-20T23:59"),
            date("2026-11-20"),
            "no cut-off"
        );
        calendar.cut_off = Some("17:00".parse().unwrap());
        assert_eq!(received(&calendar, "2026-11-20T16:59"), date("2026-11-20"));
        assert_eq!(
            received(&calendar, "2026-11-20T17:00"),
            date("2026-11-23"),
            "at the cut-off"
        );
        assert_eq!(received(&calendar, "2026-12-24T17:00"), date("2026-12-29"));
    }

    #[test]
    fn a_division_is_shown_by_its_id_and_read_back() {
        for division in Division::ALL {
            assert_eq!(division.to_string(), division.id());
            assert_eq!(division.to_string().parse::<Division>().unwrap(), division);
        }
        assert_eq!(Division::Scotland.to_string(), "scotland");
    }

    #[test]
    fn a_closure_of_one_day_may_end_the_day_it_starts() {
        let calendar = Calendar::from_json(
            r#"{"division": "scotland",
                "closures": [{"date": "2026-12-29", "until": "2026-12-29"}]}"#,
        )
        .unwrap();
        assert!(calendar.warnings.is_empty());
        assert!(!calendar
            .value
            .is_working_day(Date::new(2026, 12, 29).unwrap()));
        assert!(calendar
            .value
            .is_working_day(Date::new(2026, 12, 30).unwrap()));
    }

    #[test]
    fn a_closure_gives_its_reason_by_language_with_english_shown() {
        let text = |reason: &str| {
            format!(
                r#"{{"division": "england-and-wales",
                    "closures": [{{"date": "2026-12-29", "reason": {reason}}}]}}"#
            )
        };
        let calendar = Calendar::from_json(&text(
            r#"{"en-GB": "Offices closed", "cy": "Swyddfeydd ar gau"}"#,
        ))
        .unwrap()
        .value;
        assert_eq!(
            calendar.non_working_day(date("2026-12-29")),
            Some(NonWorkingDay::Closure {
                reason: "Offices closed".into()
            })
        );
        assert_eq!(
            calendar.closures[0].reason.text_in("cy"),
            "Swyddfeydd ar gau"
        );
        let welsh_only = Calendar::from_json(&text(r#"{"cy": "Swyddfeydd ar gau"}"#)).unwrap_err();
        let paths: Vec<&str> = welsh_only
            .problems
            .iter()
            .map(|p| p.path.as_str())
            .collect();
        assert_eq!(paths, ["closures[0].reason.en-GB"]);
        // A closure without a reason is written without one.
        let plain = Calendar::from_json(&text("\"\"")).unwrap().value;
        assert_eq!(
            serde_json::to_string(&plain.closures[0]).unwrap(),
            r#"{"date":"2026-12-29"}"#
        );
        let given = serde_json::to_string(&calendar.closures[0]).unwrap();
        assert!(given.contains("Swyddfeydd ar gau"), "{given}");
    }

    #[test]
    fn council_configuration() {
        let calendar = Calendar::from_json(
            r#"{
                "division": "england-and-wales",
                "closures": [{"date": "2026-12-29", "until": "2026-12-31", "reason": "Closed"},
                             {"date": "2026-05-26"}],
                "extra_bank_holidays": [{"date": "2026-07-03", "title": "Extra day"}],
                "withdrawn_bank_holidays": ["2026-08-31"]
            }"#,
        )
        .unwrap();
        assert!(calendar.warnings.is_empty(), "{:?}", calendar.warnings);
        let calendar = calendar.value;
        assert!(!calendar.is_working_day(date("2026-12-30")));
        assert_eq!(
            calendar.non_working_day(date("2026-12-31")),
            Some(NonWorkingDay::Closure {
                reason: "Closed".into()
            })
        );
        assert!(!calendar.is_working_day(date("2026-05-26")));
        assert!(!calendar.is_working_day(date("2026-07-03")));
        assert!(calendar.is_working_day(date("2026-08-31")));
        assert_eq!(
            calendar.next_working_day(date("2026-12-24")),
            date("2027-01-04")
        );
        let titles: Vec<String> = calendar
            .bank_holidays(2026)
            .into_iter()
            .map(|holiday| format!("{} {}", holiday.date, holiday.title))
            .collect();
        assert!(titles.contains(&"2026-07-03 Extra day".to_owned()));
        assert!(!titles.iter().any(|t| t.starts_with("2026-08-31")));
    }

    #[test]
    fn configuration_problems_name_the_field() {
        let invalid = Calendar::from_json(
            r#"{"division": "england-and-wales",
                "closures": [{"date": "2026-12-31", "until": "2026-12-29"}],
                "extra_bank_holidays": [{"date": "2026-12-26", "title": "Saturday"},
                                        {"date": "2026-12-25", "title": ""}],
                "withdrawn_bank_holidays": ["2026-12-24"]}"#,
        )
        .unwrap_err();
        let lines: Vec<String> = invalid.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "error: closures[0].until: the last day (2026-12-29) is before the first (2026-12-31)",
                "error: extra_bank_holidays[1].title: must not be empty",
                "warning: extra_bank_holidays[0].date: 2026-12-26 is a Saturday, never a working day, so this changes nothing",
                "warning: extra_bank_holidays[1].date: 2026-12-25 is already a bank holiday in this division",
                "warning: withdrawn_bank_holidays[0]: 2026-12-24 is not a bank holiday in this division",
            ]
        );
    }

    #[test]
    fn bad_json_names_the_place() {
        let invalid = Calendar::from_json("{\n  \"division\": \"wales\"\n}").unwrap_err();
        assert_eq!(invalid.problems.len(), 1);
        assert_eq!(invalid.problems[0].path, "line 2, column 21");
        assert!(invalid.problems[0]
            .to_string()
            .contains("unknown variant `wales`"));
        let invalid =
            Calendar::from_json("{\"division\": \"scotland\", \"cutoff\": \"17:00\"}").unwrap_err();
        assert!(
            invalid.to_string().contains("unknown field `cutoff`"),
            "{invalid}"
        );
    }

    #[test]
    fn unknown_division_message() {
        let error = "wales".parse::<Division>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "\"wales\" is not a division; expected england-and-wales, scotland or northern-ireland"
        );
    }
}
