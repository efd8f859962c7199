//! Problems found when loading configuration (a council's [`Calendar`] or a
//! [`Procedure`] profile), each naming the field at fault and, where a rule
//! sets one, the limit, so a council's web team can fix the file without
//! reading code.
//!
//! [`Calendar`]: crate::calendar::Calendar
//! [`Procedure`]: crate::procedure::Procedure

use crate::calendar::Division;
use crate::date::Date;
use crate::procedure::{Event, Nation, Unit};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt;

/// How serious a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// The configuration cannot be used as it is.
    Error,
    /// The configuration works but is probably not what was meant, or needs a
    /// reason the law asks for.
    Warning,
}

/// One thing wrong with a configuration file.
///
/// ```
/// use redress_core::procedure::Procedure;
///
/// let invalid = Procedure::from_json("{\"id\": 3}").unwrap_err();
/// assert_eq!(invalid.problems[0].to_string(),
///     "error: line 1, column 8: invalid type: integer `3`, expected a string");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Whether it stops the configuration being used.
    pub severity: Severity,
    /// Where: a field path such as `stages[2].milestones[0].duration.maximum`,
    /// or `line 3, column 7` for a JSON syntax or type error.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong, with the values involved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ProblemKind {
    /// The text is not JSON of the expected shape.
    Json {
        /// What the JSON reader said.
        message: String,
    },
    /// A required text is empty.
    Empty,
    /// An id or message id is not lower-case words joined by hyphens.
    NotKebabCase {
        /// The value given.
        value: String,
    },
    /// Two stages or milestones share an id.
    DuplicateId {
        /// The id used twice.
        id: String,
    },
    /// A reference names a milestone the procedure does not have.
    UnknownMilestone {
        /// The id referred to.
        id: String,
    },
    /// A reference names a stage the procedure does not have.
    UnknownStage {
        /// The id referred to.
        id: String,
    },
    /// A handling option's fallback stage is not earlier than the stage it
    /// asks to start at.
    FallbackNotEarlier {
        /// The stage the option starts at.
        starts_at: String,
        /// The fallback stage.
        otherwise: String,
    },
    /// Starting at a stage leaves a milestone shown counting from one in a
    /// stage that is skipped, so it could not be dated.
    CountsFromSkippedStage {
        /// The milestone shown.
        milestone: String,
        /// The milestone it counts from, in a skipped stage.
        anchor: String,
    },
    /// Milestones wait for each other in a loop, so none can be dated.
    Cycle {
        /// The milestones in the loop.
        milestones: Vec<String>,
    },
    /// Two milestones of one stage both claim to be the deadline for the same event.
    DuplicateEventDeadline {
        /// The event.
        event: Event,
    },
    /// A phone number that is not one.
    NotPhone {
        /// The value given.
        value: String,
    },
    /// A web address that is not https.
    NotHttps {
        /// The value given.
        value: String,
    },
    /// Something of one nation in a procedure or configuration of another.
    OtherNation {
        /// What it is, such as `the Ombudsman "lgsco"`.
        what: String,
        /// Its nation.
        nation: Nation,
        /// The nation of the procedure or configuration.
        expected: Nation,
    },
    /// A calendar of another nation's bank holidays.
    OtherDivision {
        /// The calendar's division.
        division: Division,
        /// The council's nation.
        nation: Nation,
    },
    /// An Ombudsman the wizard does not know, with no phone or website given.
    NoContact {
        /// Its id.
        id: String,
    },
    /// A duration of nothing.
    ZeroDuration,
    /// A duration longer than any complaints procedure needs (a likely typo).
    TooLong {
        /// The amount given.
        amount: u32,
        /// Its unit.
        unit: Unit,
        /// The most accepted.
        most: u32,
    },
    /// The shortest of a range is longer than its normal timescale.
    MinimumAboveNormal {
        /// The minimum given.
        minimum: u32,
        /// The normal timescale.
        normal: u32,
    },
    /// The normal timescale is longer than the maximum with extension.
    NormalAboveMaximum {
        /// The normal timescale.
        normal: u32,
        /// The maximum given.
        maximum: u32,
    },
    /// A council deadline is longer than the rules allow.
    AboveLimit {
        /// The amount given.
        amount: u32,
        /// Its unit.
        unit: Unit,
        /// The longest the rules allow.
        limit: u32,
        /// The rules.
        source: &'static str,
    },
    /// A time the person is given is shorter than the rules allow.
    BelowLimit {
        /// The amount given.
        amount: u32,
        /// Its unit.
        unit: Unit,
        /// The shortest the rules allow.
        limit: u32,
        /// The rules.
        source: &'static str,
    },
    /// A timescale goes past what the rules expect, which they allow only with
    /// reasons: give them in the milestone's `justification`.
    NeedsJustification {
        /// The amount given.
        amount: u32,
        /// Its unit.
        unit: Unit,
        /// What the rules expect.
        limit: u32,
        /// The rules.
        source: &'static str,
    },
    /// A timescale the rules set in one unit is given in another.
    WrongUnit {
        /// The unit given.
        unit: Unit,
        /// The unit of the rules.
        expected: Unit,
        /// The rules.
        source: &'static str,
    },
    /// The rules the profile follows need a milestone it lacks.
    MissingMilestone {
        /// The milestone id the rules need.
        id: String,
        /// The rules.
        source: &'static str,
    },
    /// A milestone may be extended without limit where the rules set a maximum.
    OpenExtensionPastLimit {
        /// The maximum the rules allow.
        limit: u32,
        /// Its unit.
        unit: Unit,
        /// The rules.
        source: &'static str,
    },
    /// A range of dates ends before it starts.
    DateOrder {
        /// The first day given.
        first: Date,
        /// The last day given, before the first.
        last: Date,
    },
    /// An extra bank holiday falls on a Saturday or Sunday, so it changes nothing.
    WeekendBankHoliday {
        /// The date.
        date: Date,
    },
    /// An extra bank holiday is already a bank holiday in the division.
    AlreadyBankHoliday {
        /// The date.
        date: Date,
    },
    /// A withdrawn bank holiday is not a bank holiday in the division.
    NotBankHoliday {
        /// The date.
        date: Date,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// What is accepted, in words ("text in quotes").
        expected: String,
    },
    /// A value outside the list of those accepted.
    NotAccepted {
        /// The value given, as JSON.
        value: String,
        /// Each value accepted, as JSON.
        accepted: Vec<String>,
    },
    /// A list with too few entries.
    TooFew {
        /// The fewest it may have.
        least: u64,
    },
    /// A number outside its range.
    OutOfRange {
        /// The number given.
        value: String,
        /// The smallest accepted, if there is one.
        minimum: Option<String>,
        /// The largest accepted, if there is one.
        maximum: Option<String>,
    },
    /// A field the format does not have (often a misspelling).
    UnknownField {
        /// The field probably meant, if one is close.
        near: Option<String>,
        /// The fields the object may have.
        fields: Vec<String>,
    },
    /// A required field is not there.
    Missing,
    /// A procedure id that is neither built in nor one of the council's own.
    UnknownProcedure {
        /// The id given.
        id: String,
        /// The ids that can be used.
        known: Vec<String>,
    },
    /// A profile's own text in another language for a message it gives no
    /// en-GB text for.
    NoSourceText {
        /// The message id.
        id: String,
    },
    /// A message two custom profiles give different words for.
    TextDiffers {
        /// Where it was first given.
        first: String,
    },
    /// A profile's own en-GB text for a message the profile never uses.
    UnusedText {
        /// The message id.
        id: String,
    },
}

/// A configuration file that cannot be used, with every problem found in it
/// (warnings too, so they can be fixed in the same pass).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// The problems, errors first.
    pub problems: Vec<Problem>,
}

/// A configuration that can be used, with the warnings found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked<T> {
    /// The configuration.
    pub value: T,
    /// Warnings: things to look at that do not stop it working.
    pub warnings: Vec<Problem>,
}

impl Problem {
    /// An error at `path`.
    pub fn error(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            kind,
        }
    }

    /// A warning at `path`.
    pub fn warning(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            severity: Severity::Warning,
            path: path.into(),
            kind,
        }
    }
}

/// Reads `text` as JSON into `T`, then runs `validate` over it: the one loader
/// behind [`Calendar::from_json`](crate::calendar::Calendar::from_json) and
/// [`Procedure::from_json`](crate::procedure::Procedure::from_json).
pub(crate) fn load<T: DeserializeOwned>(
    text: &str,
    validate: impl FnOnce(&T) -> Vec<Problem>,
) -> Result<Checked<T>, Invalid> {
    let value: T = serde_json::from_str(text).map_err(|error| {
        // serde_json appends the position to its message; keep it in `path`.
        let message = error.to_string();
        let suffix = format!(" at line {} column {}", error.line(), error.column());
        let message = message.strip_suffix(&suffix).unwrap_or(&message).to_owned();
        Invalid {
            problems: vec![Problem::error(
                format!("line {}, column {}", error.line(), error.column()),
                ProblemKind::Json { message },
            )],
        }
    })?;
    let mut problems = validate(&value);
    problems.sort_by_key(|problem| problem.severity);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        Err(Invalid { problems })
    } else {
        Ok(Checked {
            value,
            warnings: problems,
        })
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.severity, self.path, self.kind)
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Json { message } => f.write_str(message),
            ProblemKind::Empty => f.write_str("must not be empty"),
            ProblemKind::NotKebabCase { value } => write!(
                f,
                "\"{value}\" must be lower-case letters and digits joined by single hyphens"
            ),
            ProblemKind::DuplicateId { id } => write!(f, "the id \"{id}\" is used more than once"),
            ProblemKind::UnknownMilestone { id } => {
                write!(f, "there is no milestone with the id \"{id}\"")
            }
            ProblemKind::UnknownStage { id } => {
                write!(f, "there is no stage with the id \"{id}\"")
            }
            ProblemKind::FallbackNotEarlier {
                starts_at,
                otherwise,
            } => write!(
                f,
                "the stage \"{otherwise}\" must come before \"{starts_at}\": it is where the complaint starts if the council does not agree to start at \"{starts_at}\""
            ),
            ProblemKind::CountsFromSkippedStage { milestone, anchor } => write!(
                f,
                "starting here skips the stage of \"{anchor}\", which \"{milestone}\" counts from, so it could not be dated"
            ),
            ProblemKind::Cycle { milestones } => write!(
                f,
                "these milestones wait for each other in a loop: {}",
                milestones.join(" -> ")
            ),
            ProblemKind::DuplicateEventDeadline { event } => write!(
                f,
                "another milestone of this stage is already the deadline for \"{event}\""
            ),
            ProblemKind::NotPhone { value } => write!(
                f,
                "\"{value}\" is not a phone number: write it as people dial it, such as 0300 061 0614"
            ),
            ProblemKind::NotHttps { value } => write!(
                f,
                "\"{value}\" must be an https:// address, such as https://www.lgo.org.uk"
            ),
            ProblemKind::OtherNation {
                what,
                nation,
                expected,
            } => write!(
                f,
                "{what} is for {}, but this is for {}: a person would be sent to the wrong body or shown the wrong days off",
                nation.name(),
                expected.name()
            ),
            ProblemKind::OtherDivision { division, nation } => write!(
                f,
                "\"{division}\" bank holidays are not those of {}, the nation of the council's procedures",
                nation.name()
            ),
            ProblemKind::NoContact { id } => write!(
                f,
                "the wizard does not know the Ombudsman \"{id}\": give its \"phone\" or \"website\", or people will see its name only"
            ),
            ProblemKind::ZeroDuration => f.write_str("must be at least 1"),
            ProblemKind::TooLong { amount, unit, most } => write!(
                f,
                "{} is longer than any procedure needs; the most accepted is {}",
                unit.quantity(*amount),
                unit.quantity(*most)
            ),
            ProblemKind::MinimumAboveNormal { minimum, normal } => write!(
                f,
                "the minimum ({minimum}) must not be more than the normal timescale ({normal})"
            ),
            ProblemKind::NormalAboveMaximum { normal, maximum } => write!(
                f,
                "the maximum ({maximum}) must not be less than the normal timescale ({normal})"
            ),
            ProblemKind::AboveLimit {
                amount,
                unit,
                limit,
                source,
            } => write!(
                f,
                "{} is more than the {} allowed by {source}",
                unit.quantity(*amount),
                unit.quantity(*limit)
            ),
            ProblemKind::BelowLimit {
                amount,
                unit,
                limit,
                source,
            } => write!(
                f,
                "{} is less than the {} the person is given by {source}",
                unit.quantity(*amount),
                unit.quantity(*limit)
            ),
            ProblemKind::NeedsJustification {
                amount,
                unit,
                limit,
                source,
            } => write!(
                f,
                "{} is more than the {} expected by {source}; a longer period needs reasons: \
                 give them in this milestone's \"justification\"",
                unit.quantity(*amount),
                unit.quantity(*limit)
            ),
            ProblemKind::WrongUnit {
                unit,
                expected,
                source,
            } => write!(
                f,
                "{source} sets this in {}, not {}",
                expected.plural(),
                unit.plural()
            ),
            ProblemKind::MissingMilestone { id, source } => {
                write!(f, "{source} needs a milestone with the id \"{id}\"")
            }
            ProblemKind::OpenExtensionPastLimit {
                limit,
                unit,
                source,
            } => write!(
                f,
                "an open-ended extension is not allowed: {source} sets a maximum of {}",
                unit.quantity(*limit)
            ),
            ProblemKind::DateOrder { first, last } => {
                write!(f, "the last day ({last}) is before the first ({first})")
            }
            ProblemKind::WeekendBankHoliday { date } => write!(
                f,
                "{date} is a {}, never a working day, so this changes nothing",
                date.weekday()
            ),
            ProblemKind::AlreadyBankHoliday { date } => {
                write!(f, "{date} is already a bank holiday in this division")
            }
            ProblemKind::NotBankHoliday { date } => {
                write!(f, "{date} is not a bank holiday in this division")
            }
            ProblemKind::WrongType { expected } => write!(f, "must be {expected}"),
            ProblemKind::NotAccepted { value, accepted } => write!(
                f,
                "{value} is not accepted; use one of {}",
                accepted.join(", ")
            ),
            ProblemKind::TooFew { least } => write!(f, "must have at least {least}"),
            ProblemKind::OutOfRange {
                value,
                minimum,
                maximum,
            } => match (minimum, maximum) {
                (Some(low), Some(high)) => {
                    write!(f, "{value} is out of range; use from {low} to {high}")
                }
                (Some(low), None) => write!(f, "{value} is out of range; use {low} or more"),
                (None, Some(high)) => write!(f, "{value} is out of range; use {high} or less"),
                (None, None) => write!(f, "{value} is out of range"),
            },
            ProblemKind::UnknownField { near, fields } => {
                f.write_str("not a field here; ")?;
                if let Some(near) = near {
                    write!(f, "did you mean {near}? ")?;
                }
                write!(f, "The fields here are {}", fields.join(", "))
            }
            ProblemKind::Missing => f.write_str("missing; it is required"),
            ProblemKind::UnknownProcedure { id, known } => write!(
                f,
                "no built-in procedure \"{id}\" and none in procedures.custom; use one of {}, or add its profile to procedures.custom",
                known.join(", ")
            ),
            ProblemKind::NoSourceText { id } => write!(
                f,
                "there is no en-GB text for \"{id}\" in this profile's text: every language falls back to en-GB, so give it there too"
            ),
            ProblemKind::TextDiffers { first } => write!(
                f,
                "other words than {first}: a message has one text, so use another id or the same words"
            ),
            ProblemKind::UnusedText { id } => write!(
                f,
                "the profile uses no message \"{id}\": name it as a message_id, description_id or hint, or remove it"
            ),
        }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.problems.iter().enumerate() {
            if index > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Invalid {}
