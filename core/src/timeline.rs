//! Timelines: every milestone of a procedure dated for one complaint, the time
//! limit for making it, and the Ombudsman's window.
//!
//! Each dated milestone has three dates, all deadlines:
//!
//! - `due`: the deadline as things stand (the normal timescale, or the agreed
//!   one), counted from when its anchor is expected to happen;
//! - `earliest`: the soonest the deadline can fall: counted from the soonest
//!   the anchor can happen, and for a range ("3 to 5 working days") from its
//!   lower end;
//! - `latest`: the furthest it can fall: counted from the latest the anchor can
//!   happen, with the longest extension the procedure allows.
//!
//! An anchor that has happened has one date. One that has not, but has a
//! deadline of its own (an acknowledgement due within 5 working days), can
//! happen any day from its own anchor up to that deadline's latest date. An
//! anchor with no deadline (the person asking for Stage 2) leaves the milestone
//! waiting until its date is known.

use crate::calendar::{Calendar, Division};
use crate::date::{Date, DateTime, YearMonth};
use crate::problems::Invalid;
use crate::procedure::{
    Anchor, CountsFrom, Duration, Event, Milestone, Procedure, TimeLimit, Unit, WindowFrom,
};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What is known about one complaint: when it arrived and what has happened
/// since.
///
/// ```
/// use redress_core::calendar::{Calendar, Division};
/// use redress_core::procedure::built_in_procedure;
/// use redress_core::timeline::{timeline, Agreed, AgreedTimescale, Complaint, When};
///
/// let children = built_in_procedure("children-statutory-england").unwrap();
/// let calendar = Calendar::new(Division::EnglandAndWales);
/// let mut complaint = Complaint::new("2026-11-20T16:45".parse().unwrap());
/// complaint.agreed.push(AgreedTimescale {
///     milestone: "stage1-response".into(),
///     timescale: Agreed::Amount(20),
/// });
/// let timeline = timeline(children, &calendar, &complaint).unwrap();
/// let stage1 = timeline.milestone("stage1-response").unwrap();
/// match &stage1.when {
///     When::Dated(dates) => assert_eq!(dates.due.to_string(), "2026-12-18"),
///     When::Waiting { .. } => unreachable!(),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Complaint {
    /// When the complaint reached the council, on its local clock.
    pub received_at: DateTime,
    /// The service complained about (such as `adult-social-care`), where the
    /// procedure has deadlines for particular services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// How the person asked for it to be handled (a resolution option id of
    /// the procedure): where the complaint starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handling: Option<String>,
    /// Events that have happened, such as the acknowledgement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<KnownEvent>,
    /// Milestones already met, with the day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub met: Vec<MetMilestone>,
    /// Timescales agreed with the person: extensions, or a timescale set within
    /// a range (such as a complaint resolution plan's).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agreed: Vec<AgreedTimescale>,
    /// When the events complained about happened, for the time-limit check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub happened: Option<ApproximateDate>,
    /// When the person found out about them, if later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub found_out: Option<ApproximateDate>,
}

/// An event of a stage that has happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownEvent {
    /// The stage; none means the first stage whose clocks use this event (so
    /// the acknowledgement of a complaint needs no stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    /// What happened.
    pub event: Event,
    /// The day it happened.
    pub date: Date,
}

/// A milestone already met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetMilestone {
    /// The milestone id.
    pub milestone: String,
    /// The day it was met (such as the day the response was sent).
    pub date: Date,
}

/// A timescale agreed for one milestone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreedTimescale {
    /// The milestone id.
    pub milestone: String,
    /// What was agreed.
    pub timescale: Agreed,
}

/// What was agreed: a length in the milestone's own unit, or a new date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Agreed {
    /// This many of the milestone's unit after its anchor.
    Amount(u32),
    /// By this date.
    Until(Date),
}

/// A date a person may only know roughly, as in the GOV.UK approximate-date
/// pattern: a day, a month, or "it is still happening". Parses from
/// `YYYY-MM-DD`, `YYYY-MM` or `still-happening`.
///
/// ```
/// use redress_core::timeline::ApproximateDate;
///
/// let march: ApproximateDate = "2026-03".parse().unwrap();
/// assert!(matches!(march, ApproximateDate::Month(_)));
/// assert_eq!(serde_json::to_string(&march).unwrap(), r#"{"month":"2026-03"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ApproximateDate {
    /// On this day.
    Exact(Date),
    /// Some day in this month.
    Month(YearMonth),
    /// It has not stopped.
    StillHappening,
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRange {
    /// The first day.
    pub earliest: Date,
    /// The last day.
    pub latest: Date,
}

/// A deadline's dates (see the module documentation for what each means).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateWindow {
    /// The soonest the deadline can fall.
    pub earliest: Date,
    /// The deadline as things stand.
    pub due: Date,
    /// The furthest it can fall with the longest extension allowed.
    pub latest: Date,
}

/// When a milestone falls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum When {
    /// Its dates.
    Dated(DateWindow),
    /// It cannot be dated until this event of this stage has happened.
    Waiting {
        /// The stage id.
        stage: String,
        /// The event.
        event: Event,
    },
}

/// A complaint's procedure, dated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    /// The procedure's id.
    pub procedure: String,
    /// Whose bank holidays were used.
    pub division: Division,
    /// When the complaint arrived.
    pub received_at: DateTime,
    /// The day the clocks count from: the day it arrived, or the next working
    /// day when it arrived at or after the cut-off time, or on a non-working
    /// day where the procedure says so.
    pub received: Date,
    /// The service complained about, when the procedure's deadlines depend
    /// on it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// How the person asked for the complaint to be handled, if the
    /// procedure offers a choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handling: Option<String>,
    /// The stage the complaint starts at.
    pub starts_at: String,
    /// Where starting at `starts_at` needs the council's agreement: the
    /// stage it starts at if the council does not agree.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub otherwise: Option<String>,
    /// The stages from where the complaint starts (or its fallback), with
    /// their milestones.
    pub stages: Vec<StageTimeline>,
    /// Whether the complaint is within the time limit for making one, when the
    /// procedure has a limit and the complaint says when things happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_limit: Option<TimeLimitCheck>,
    /// How long the person has to go to the Ombudsman, after each point where
    /// they may go.
    pub ombudsman: Vec<OmbudsmanWindow>,
}

/// A stage, dated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageTimeline {
    /// The stage id.
    pub id: String,
    /// Its English name.
    pub name: String,
    /// Its Fluent message id.
    pub message_id: String,
    /// The Fluent message id of what happens at this stage, if the profile
    /// says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_id: Option<String>,
    /// Whether it only happens if the council does not agree to start the
    /// complaint at a later stage (see [`Timeline::otherwise`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub if_not_agreed: bool,
    /// Its milestones that apply to this complaint's service.
    pub milestones: Vec<MilestoneTimeline>,
}

/// A milestone, dated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MilestoneTimeline {
    /// The milestone id.
    pub id: String,
    /// Its English name.
    pub name: String,
    /// Its Fluent message id.
    pub message_id: String,
    /// The only service it applies to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Where its clock starts.
    pub anchor: Anchor,
    /// The event of its stage that happens by this deadline, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_for: Option<Event>,
    /// Its timescale in the procedure.
    pub duration: Duration,
    /// The timescale agreed for this complaint, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreed: Option<Agreed>,
    /// The day it was met, if it has been.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met: Option<Date>,
    /// Whether the council may still extend it with no fixed maximum, giving
    /// reasons and a new date.
    pub open_extension: bool,
    /// When it falls.
    pub when: When,
}

/// The time-limit check: is the complaint in time, and by when must it be made?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeLimitCheck {
    /// The limit in months.
    pub months: u32,
    /// What it counts from.
    pub counts_from: CountsFrom,
    /// Whether a later complaint may still be considered for good reason.
    pub discretion: bool,
    /// The day checked (the day the complaint was made).
    pub on: Date,
    /// When the time limit started, as closely as known; none while the events
    /// are still happening.
    pub starts: Option<DateRange>,
    /// The last day to make the complaint, as closely as known.
    pub deadline: Option<DateRange>,
    /// The answer.
    pub status: TimeLimitStatus,
}

/// Whether a complaint is within its time limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeLimitStatus {
    /// The events are still happening: the limit has not started.
    StillHappening,
    /// Within the limit whatever the exact day was.
    Within,
    /// It depends on the exact day, which the person does not know.
    Borderline,
    /// Past the limit (it may still be considered for good reason where the
    /// procedure allows).
    Outside,
}

/// How long the person has to go to the Ombudsman after one point in the
/// procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OmbudsmanWindow {
    /// The Ombudsman's id.
    pub id: String,
    /// Its English name.
    pub name: String,
    /// Its Fluent message id.
    pub message_id: String,
    /// How many months the person normally has.
    pub months: u32,
    /// What the months count from.
    pub from: WindowFrom,
    /// The Ombudsman's phone line, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The Ombudsman's website, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The milestone after which the person may go.
    pub after: String,
    /// The only service this route is for, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// When that milestone is met (its deadline's dates, or the day it was met).
    pub response: When,
    /// The last day to go to the Ombudsman, where what the window counts
    /// from is known: `months` after the day the person first knew about
    /// the matter (from the dates they gave), or after the response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closes: Option<DateRange>,
}

/// Why a timeline could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineError {
    /// The procedure profile has errors.
    InvalidProcedure(Invalid),
    /// A known event names a stage the procedure does not have.
    UnknownStage {
        /// The stage id given.
        id: String,
    },
    /// A met milestone or agreed timescale names a milestone the procedure does
    /// not have.
    UnknownMilestone {
        /// The milestone id given.
        id: String,
    },
    /// The handling chosen is not one of the procedure's resolution options.
    UnknownHandling {
        /// The option id given.
        id: String,
    },
    /// A known event gives no stage and no stage uses it.
    NoStageUses {
        /// The event.
        event: Event,
    },
    /// The receipt was given as an event; it is the complaint's `received_at`.
    ReceivedAsEvent,
    /// An event or met milestone is dated before the complaint arrived.
    BeforeReceipt {
        /// What was dated.
        what: String,
        /// The date given.
        date: Date,
    },
    /// An agreed length is outside what the milestone allows.
    AgreedOutOfRange {
        /// The milestone id.
        milestone: String,
        /// The length agreed.
        amount: u32,
        /// Its unit.
        unit: Unit,
        /// The shortest allowed.
        shortest: u32,
        /// The longest allowed; none when it may be extended without limit.
        longest: Option<u32>,
    },
    /// An agreed date is outside what the milestone allows.
    AgreedDateOutOfRange {
        /// The milestone id.
        milestone: String,
        /// The date agreed.
        date: Date,
        /// The soonest allowed.
        earliest: Date,
        /// The latest allowed; none when it may be extended without limit.
        latest: Option<Date>,
    },
    /// A date of the events is after the day of the check.
    InFuture {
        /// Which date: `happened` or `found_out`.
        field: &'static str,
        /// The soonest the date given can be.
        date: Date,
    },
    /// "When did you find out" was answered "still happening".
    FoundOutStillHappening,
}

impl fmt::Display for TimelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimelineError::InvalidProcedure(invalid) => {
                write!(f, "the procedure profile is invalid: {invalid}")
            }
            TimelineError::UnknownHandling { id } => {
                write!(f, "the procedure has no resolution option \"{id}\"")
            }
            TimelineError::UnknownStage { id } => {
                write!(f, "the procedure has no stage with the id \"{id}\"")
            }
            TimelineError::UnknownMilestone { id } => {
                write!(f, "the procedure has no milestone with the id \"{id}\"")
            }
            TimelineError::NoStageUses { event } => {
                write!(f, "no stage of the procedure uses the event \"{event}\"")
            }
            TimelineError::ReceivedAsEvent => {
                f.write_str("the receipt is given by the complaint's received_at, not as an event")
            }
            TimelineError::BeforeReceipt { what, date } => {
                write!(f, "{what} ({date}) is before the complaint was received")
            }
            TimelineError::AgreedOutOfRange {
                milestone,
                amount,
                unit,
                shortest,
                longest,
            } => {
                write!(
                    f,
                    "{} agreed for {milestone} is outside what it allows: at least {}",
                    unit.quantity(*amount),
                    unit.quantity(*shortest)
                )?;
                match longest {
                    Some(longest) => write!(f, " and at most {}", unit.quantity(*longest)),
                    None => Ok(()),
                }
            }
            TimelineError::AgreedDateOutOfRange {
                milestone,
                date,
                earliest,
                latest,
            } => {
                write!(
                    f,
                    "{date} agreed for {milestone} is outside what it allows: no sooner than {earliest}"
                )?;
                match latest {
                    Some(latest) => write!(f, " and no later than {latest}"),
                    None => Ok(()),
                }
            }
            TimelineError::InFuture { field, date } => {
                write!(f, "{field} ({date}) is after the day of the complaint")
            }
            TimelineError::FoundOutStillHappening => {
                f.write_str("found_out must be a day or a month, not still happening")
            }
        }
    }
}

impl std::error::Error for TimelineError {}

impl Complaint {
    /// A complaint that arrived at `received_at`, with nothing else known yet.
    pub fn new(received_at: DateTime) -> Complaint {
        Complaint {
            received_at,
            service: None,
            handling: None,
            events: Vec::new(),
            met: Vec::new(),
            agreed: Vec::new(),
            happened: None,
            found_out: None,
        }
    }
}

impl ApproximateDate {
    /// The days it could be, up to `on` (it cannot be later than the day of
    /// the complaint), or none while still happening.
    pub(crate) fn range(
        self,
        field: &'static str,
        on: Date,
    ) -> Result<Option<DateRange>, TimelineError> {
        let (earliest, latest) = match self {
            ApproximateDate::Exact(date) => (date, date),
            ApproximateDate::Month(month) => (month.first_day(), month.last_day().min(on)),
            ApproximateDate::StillHappening => return Ok(None),
        };
        if earliest > on {
            return Err(TimelineError::InFuture {
                field,
                date: earliest,
            });
        }
        Ok(Some(DateRange { earliest, latest }))
    }
}

impl FromStr for ApproximateDate {
    type Err = crate::date::DateError;

    fn from_str(text: &str) -> Result<ApproximateDate, Self::Err> {
        if text == "still-happening" {
            Ok(ApproximateDate::StillHappening)
        } else if text.len() == "YYYY-MM".len() {
            text.parse().map(ApproximateDate::Month)
        } else {
            text.parse().map(ApproximateDate::Exact)
        }
    }
}

/// Whether the complaint is within `limit`, made on `on`, for events that
/// `happened` (and that the person `found_out` about, where the limit counts
/// from that too). A month is the whole month, as the person cannot say which
/// day; the check then answers "borderline" when the day matters.
///
/// ```
/// use redress_core::procedure::{CountsFrom, TimeLimit};
/// use redress_core::timeline::{check_time_limit, TimeLimitStatus};
///
/// let limit = TimeLimit { months: 12, counts_from: CountsFrom::HappenedOrFoundOut, discretion: true };
/// let on = "2026-11-20".parse().unwrap();
/// let check = check_time_limit(&limit, "2025-10".parse().unwrap(), Some("2026-02-14".parse().unwrap()), on).unwrap();
/// assert_eq!(check.status, TimeLimitStatus::Within);
/// assert_eq!(check.deadline.unwrap().latest.to_string(), "2027-02-14");
/// ```
pub fn check_time_limit(
    limit: &TimeLimit,
    happened: ApproximateDate,
    found_out: Option<ApproximateDate>,
    on: Date,
) -> Result<TimeLimitCheck, TimelineError> {
    if found_out == Some(ApproximateDate::StillHappening) {
        return Err(TimelineError::FoundOutStillHappening);
    }
    let happened = happened.range("happened", on)?;
    let found_out = match found_out {
        Some(found_out) => found_out.range("found_out", on)?,
        None => None,
    };
    let starts = happened.map(|happened| match (limit.counts_from, found_out) {
        (CountsFrom::HappenedOrFoundOut, Some(found_out)) => DateRange {
            earliest: happened.earliest.max(found_out.earliest),
            latest: happened.latest.max(found_out.latest),
        },
        _ => happened,
    });
    let months = limit.months as i32;
    let deadline = starts.map(|starts| DateRange {
        earliest: starts.earliest.add_months(months),
        latest: starts.latest.add_months(months),
    });
    let status = match deadline {
        None => TimeLimitStatus::StillHappening,
        Some(deadline) if on <= deadline.earliest => TimeLimitStatus::Within,
        Some(deadline) if on > deadline.latest => TimeLimitStatus::Outside,
        Some(_) => TimeLimitStatus::Borderline,
    };
    Ok(TimeLimitCheck {
        months: limit.months,
        counts_from: limit.counts_from,
        discretion: limit.discretion,
        on,
        starts,
        deadline,
        status,
    })
}

impl DateWindow {
    const fn on(date: Date) -> DateWindow {
        DateWindow {
            earliest: date,
            due: date,
            latest: date,
        }
    }
}

impl When {
    /// When a milestone with these deadlines is met: any day from when its
    /// anchor can first happen up to its latest deadline, or the day it was met.
    fn met(&self, anchor: &When, met: Option<Date>) -> When {
        match (met, self, anchor) {
            (Some(date), _, _) => When::Dated(DateWindow::on(date)),
            (None, When::Dated(dates), When::Dated(anchor)) => When::Dated(DateWindow {
                earliest: anchor.earliest,
                ..*dates
            }),
            (None, waiting, _) => waiting.clone(),
        }
    }
}

impl MilestoneTimeline {
    /// Whether this is the time the person has to ask for its stage, counted
    /// from an earlier response ("within 20 working days of the Stage 2
    /// response"): a rule to tell them, since its date moves with the
    /// response, rather than a date the council promises.
    pub fn is_request_window(&self) -> bool {
        self.deadline_for == Some(Event::Requested) && matches!(self.anchor, Anchor::Milestone(_))
    }
}

impl Timeline {
    /// For each stage, whether it waits for the person to ask for it, or for
    /// an earlier stage: its dates then depend on when, or whether, they ask,
    /// so the person is told the rule for asking and that the council will
    /// give the dates, rather than dates that are not promises.
    pub fn awaiting_request(&self) -> Vec<bool> {
        let mut awaiting = false;
        self.stages
            .iter()
            .map(|stage| {
                awaiting |= stage
                    .milestones
                    .iter()
                    .any(MilestoneTimeline::is_request_window);
                awaiting
            })
            .collect()
    }

    /// The dated milestone with this id, if it applies to the complaint.
    pub fn milestone(&self, id: &str) -> Option<&MilestoneTimeline> {
        self.stages
            .iter()
            .flat_map(|stage| &stage.milestones)
            .find(|milestone| milestone.id == id)
    }
}

/// Whether a deadline for `only` (a service), not for `except`, applies to a
/// complaint about `service`. When the service is not known, every deadline
/// is shown.
pub(crate) fn applies(only: Option<&String>, except: &[String], service: Option<&String>) -> bool {
    match service {
        Some(service) => only.is_none_or(|only| only == service) && !except.contains(service),
        None => true,
    }
}

/// Dates every milestone of `procedure` for `complaint`, counting working days
/// in `calendar`; checks the time limit when the complaint says when things
/// happened; and gives the Ombudsman's window.
///
/// ```
/// use redress_core::calendar::{Calendar, Division};
/// use redress_core::procedure::built_in_procedure;
/// use redress_core::timeline::{timeline, Complaint, When};
///
/// let adults = built_in_procedure("adult-statutory-england").unwrap();
/// let calendar = Calendar::new(Division::EnglandAndWales);
/// let complaint = Complaint::new("2026-11-20T16:45".parse().unwrap());
/// let timeline = timeline(adults, &calendar, &complaint).unwrap();
/// let due = |id: &str| match &timeline.milestone(id).unwrap().when {
///     When::Dated(dates) => dates.due.to_string(),
///     When::Waiting { .. } => unreachable!(),
/// };
/// assert_eq!(due("acknowledgement"), "2026-11-25");
/// assert_eq!(due("completion"), "2027-05-20");
/// ```
pub fn timeline(
    procedure: &Procedure,
    calendar: &Calendar,
    complaint: &Complaint,
) -> Result<Timeline, TimelineError> {
    let problems = procedure.validate();
    if problems
        .iter()
        .any(|p| p.severity == crate::problems::Severity::Error)
    {
        return Err(TimelineError::InvalidProcedure(Invalid { problems }));
    }
    let received = calendar.receipt_day(complaint.received_at, procedure.non_working_receipt);
    if let Some(handling) = &complaint.handling {
        if procedure.resolution_option(handling).is_none() {
            return Err(TimelineError::UnknownHandling {
                id: handling.clone(),
            });
        }
    }
    let entry = procedure.entry(complaint.handling.as_deref());
    let mut known_events = known_events(procedure, complaint)?;
    // The complaint is the request for the stage it starts at (and for the
    // stage it falls back to).
    for stage in [Some(entry.stage), entry.otherwise].into_iter().flatten() {
        if !known_events
            .iter()
            .any(|(known, event, _)| *known == stage && *event == Event::Requested)
        {
            known_events.push((stage, Event::Requested, received));
        }
    }
    for met in &complaint.met {
        if procedure.milestone(&met.milestone).is_none() {
            return Err(TimelineError::UnknownMilestone {
                id: met.milestone.clone(),
            });
        }
        check_not_before_receipt(complaint, format!("{} met", met.milestone), met.date)?;
    }
    if let Some(agreed) = complaint
        .agreed
        .iter()
        .find(|agreed| procedure.milestone(&agreed.milestone).is_none())
    {
        return Err(TimelineError::UnknownMilestone {
            id: agreed.milestone.clone(),
        });
    }

    let agreed_for = |id: &str| {
        complaint
            .agreed
            .iter()
            .find(|agreed| agreed.milestone == id)
            .map(|agreed| agreed.timescale)
    };
    let met_for = |id: &str| {
        complaint
            .met
            .iter()
            .find(|met| met.milestone == id)
            .map(|met| met.date)
    };
    let placed = procedure.placed();
    let order = procedure
        .resolution_order()
        .expect("validate() rejects milestones that wait for each other");
    // For each milestone: its deadlines, and when it is met.
    let mut deadlines: Vec<Option<When>> = vec![None; placed.len()];
    let mut meetings: Vec<Option<When>> = vec![None; placed.len()];
    for index in order {
        let place = placed[index];
        let milestone = place.milestone;
        let dependency = procedure.dependency(&placed, index);
        let from_dependency = || {
            dependency
                .and_then(|dependency| meetings[dependency].clone())
                .expect("resolution order puts a milestone after the one it counts from")
        };
        let anchor = match &milestone.anchor {
            Anchor::Event(Event::Received) => When::Dated(DateWindow::on(received)),
            Anchor::Event(event) => match known_events
                .iter()
                .find(|(stage, known, _)| *stage == place.stage_index && known == event)
            {
                Some(&(_, _, date)) => When::Dated(DateWindow::on(date)),
                None if dependency.is_some() => from_dependency(),
                None => When::Waiting {
                    stage: place.stage.id.clone(),
                    event: *event,
                },
            },
            Anchor::Milestone(_) => from_dependency(),
        };
        let deadline = deadline(calendar, milestone, &anchor, agreed_for(&milestone.id))?;
        meetings[index] = Some(deadline.met(&anchor, met_for(&milestone.id)));
        deadlines[index] = Some(deadline);
    }

    let service = complaint.service.as_ref();
    // Every stage from where the complaint starts is listed, even one
    // without a clock (on-the-spot); stages it skips are not.
    let first_shown = entry.first_shown();
    let mut stages: Vec<StageTimeline> = procedure
        .stages
        .iter()
        .enumerate()
        .map(|(index, stage)| StageTimeline {
            id: stage.id.clone(),
            name: stage.name.clone(),
            message_id: stage.message_id.clone(),
            description_id: stage.description_id.clone(),
            if_not_agreed: index < entry.stage,
            milestones: Vec::new(),
        })
        .collect();
    for (index, place) in placed.iter().enumerate() {
        let milestone = place.milestone;
        // The deadline for asking for the stage the complaint starts at is
        // not shown: the complaint is the request.
        let own_request =
            place.stage_index == entry.stage && milestone.deadline_for == Some(Event::Requested);
        if place.stage_index < first_shown
            || own_request
            || !applies(
                milestone.service.as_ref(),
                &milestone.except_services,
                service,
            )
        {
            continue;
        }
        let agreed = agreed_for(&milestone.id);
        stages[place.stage_index]
            .milestones
            .push(MilestoneTimeline {
                id: milestone.id.clone(),
                name: milestone.name.clone(),
                message_id: milestone.message_id.clone(),
                service: milestone.service.clone(),
                anchor: milestone.anchor.clone(),
                deadline_for: milestone.deadline_for,
                duration: milestone.duration,
                agreed,
                met: met_for(&milestone.id),
                open_extension: milestone.open_extension && agreed.is_none(),
                when: deadlines[index]
                    .clone()
                    .expect("every milestone is resolved"),
            });
    }

    let stages = stages.split_off(first_shown);
    let time_limit = match (&procedure.time_limit, complaint.happened) {
        (Some(limit), Some(happened)) => Some(check_time_limit(
            limit,
            happened,
            complaint.found_out,
            complaint.received_at.date,
        )?),
        _ => None,
    };

    let ombudsman = procedure
        .ombudsman
        .iter()
        .flat_map(|ombudsman| {
            ombudsman
                .after
                .iter()
                .filter(|route| applies(route.service.as_ref(), &[], service))
                .map(move |route| (ombudsman, route))
        })
        .filter_map(|(ombudsman, route)| {
            let index = placed
                .iter()
                .position(|place| place.milestone.id == route.milestone)
                .expect("validate() checks ombudsman routes");
            // A route after a stage the complaint skips is not open to it.
            (placed[index].stage_index >= first_shown).then_some((ombudsman, route, index))
        })
        .map(|(ombudsman, route, index)| {
            let response = meetings[index]
                .clone()
                .expect("every milestone is resolved");
            let months = ombudsman.window_months as i32;
            let counts_from = match (ombudsman.window_from, &response) {
                (WindowFrom::Notice, _) => notice(complaint),
                (WindowFrom::FinalResponse, When::Dated(dates)) => Some(DateRange {
                    earliest: dates.earliest,
                    latest: dates.latest,
                }),
                (WindowFrom::FinalResponse, When::Waiting { .. }) => None,
            };
            let closes = counts_from.map(|from| DateRange {
                earliest: from.earliest.add_months(months),
                latest: from.latest.add_months(months),
            });
            let (phone, website) = ombudsman.contact();
            OmbudsmanWindow {
                id: ombudsman.id.clone(),
                name: ombudsman.name.clone(),
                message_id: ombudsman.message_id.clone(),
                months: ombudsman.window_months,
                from: ombudsman.window_from,
                phone,
                website,
                after: route.milestone.clone(),
                service: route.service.clone(),
                response,
                closes,
            }
        })
        .collect();

    Ok(Timeline {
        procedure: procedure.id.clone(),
        division: calendar.division,
        received_at: complaint.received_at,
        received,
        service: complaint.service.clone(),
        handling: complaint.handling.clone(),
        starts_at: procedure.stages[entry.stage].id.clone(),
        otherwise: entry
            .otherwise
            .map(|index| procedure.stages[index].id.clone()),
        stages,
        time_limit,
        ombudsman,
    })
}

/// When the person first had notice of the matter complained about: when
/// they found out, if they said, else when it happened; `None` while it is
/// still happening, or when they did not say or gave a day after receipt.
fn notice(complaint: &Complaint) -> Option<DateRange> {
    let date = complaint.found_out.or(complaint.happened)?;
    date.range("found_out", complaint.received_at.date)
        .ok()
        .flatten()
}

fn check_not_before_receipt(
    complaint: &Complaint,
    what: String,
    date: Date,
) -> Result<(), TimelineError> {
    if date < complaint.received_at.date {
        Err(TimelineError::BeforeReceipt { what, date })
    } else {
        Ok(())
    }
}

/// The complaint's known events as (stage index, event, date).
fn known_events(
    procedure: &Procedure,
    complaint: &Complaint,
) -> Result<Vec<(usize, Event, Date)>, TimelineError> {
    complaint
        .events
        .iter()
        .map(|known| {
            if known.event == Event::Received {
                return Err(TimelineError::ReceivedAsEvent);
            }
            let stage = match &known.stage {
                Some(id) => procedure
                    .stage_index(id)
                    .ok_or_else(|| TimelineError::UnknownStage { id: id.clone() })?,
                None => {
                    let stage = procedure
                        .first_stage_using(known.event)
                        .ok_or(TimelineError::NoStageUses { event: known.event })?;
                    procedure
                        .stage_index(&stage.id)
                        .expect("the stage came from this procedure")
                }
            };
            check_not_before_receipt(
                complaint,
                format!("{} {}", procedure.stages[stage].id, known.event),
                known.date,
            )?;
            Ok((stage, known.event, known.date))
        })
        .collect()
}

/// A milestone's deadlines from its anchor's dates and any agreed timescale.
fn deadline(
    calendar: &Calendar,
    milestone: &Milestone,
    anchor: &When,
    agreed: Option<Agreed>,
) -> Result<When, TimelineError> {
    let duration = milestone.duration;
    let shortest = duration.minimum.unwrap_or(duration.normal);
    let longest = match (duration.maximum, milestone.open_extension) {
        (_, true) => None,
        (Some(maximum), false) => Some(maximum),
        (None, false) => Some(duration.normal),
    };
    if let Some(Agreed::Amount(amount)) = agreed {
        if amount < shortest || amount > longest.unwrap_or(duration.unit.most()) {
            return Err(TimelineError::AgreedOutOfRange {
                milestone: milestone.id.clone(),
                amount,
                unit: duration.unit,
                shortest,
                longest,
            });
        }
    }
    let anchor = match (anchor, agreed) {
        // An agreed date needs no anchor.
        (When::Waiting { .. }, Some(Agreed::Until(date))) => {
            return Ok(When::Dated(DateWindow::on(date)))
        }
        (When::Waiting { .. }, _) => return Ok(anchor.clone()),
        (When::Dated(anchor), _) => *anchor,
    };
    let add = |date: Date, amount: u32| duration.unit.add(calendar, date, amount);
    let window = match agreed {
        None => DateWindow {
            earliest: add(anchor.earliest, shortest),
            due: add(anchor.due, duration.normal),
            latest: add(anchor.latest, longest.unwrap_or(duration.normal)),
        },
        Some(Agreed::Amount(amount)) => DateWindow {
            earliest: add(anchor.earliest, amount),
            due: add(anchor.due, amount),
            latest: add(anchor.latest, amount),
        },
        Some(Agreed::Until(date)) => {
            let earliest = add(anchor.due, shortest);
            let latest = longest.map(|longest| add(anchor.due, longest));
            if date < earliest || latest.is_some_and(|latest| date > latest) {
                return Err(TimelineError::AgreedDateOutOfRange {
                    milestone: milestone.id.clone(),
                    date,
                    earliest,
                    latest,
                });
            }
            DateWindow::on(date)
        }
    };
    Ok(When::Dated(window))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::built_in_procedure;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn complaint(received_at: &str) -> Complaint {
        Complaint::new(received_at.parse().unwrap())
    }

    /// A timeline read back from its JSON is the timeline written: the
    /// receiver reads the payload's to write the acknowledgement.
    #[test]
    fn a_timeline_reads_back_as_written() {
        let mut complaint = complaint("2026-11-20T16:45");
        complaint.happened = Some(ApproximateDate::Month("2026-01".parse().unwrap()));
        for procedure in crate::procedure::built_in() {
            let calendar = Calendar::new(procedure.nation.division());
            let written = timeline(procedure, &calendar, &complaint).unwrap();
            let json = serde_json::to_string(&written).unwrap();
            let read: Timeline = serde_json::from_str(&json).unwrap();
            assert_eq!(read, written, "{}", procedure.id);
            assert!(read.stages.iter().any(|stage| !stage.milestones.is_empty()));
        }
    }

    fn run(procedure: &str, calendar: &Calendar, complaint: &Complaint) -> Timeline {
        timeline(built_in_procedure(procedure).unwrap(), calendar, complaint).unwrap()
    }

    fn england() -> Calendar {
        Calendar::new(Division::EnglandAndWales)
    }

    /// (earliest, due, latest) of a dated milestone.
    fn dates(timeline: &Timeline, id: &str) -> (String, String, String) {
        match &timeline.milestone(id).unwrap().when {
            When::Dated(w) => (
                w.earliest.to_string(),
                w.due.to_string(),
                w.latest.to_string(),
            ),
            waiting => panic!("{id} is {waiting:?}"),
        }
    }

    fn same(day: &str) -> (String, String, String) {
        (day.to_owned(), day.to_owned(), day.to_owned())
    }

    fn requested(stage: &str, day: &str) -> KnownEvent {
        KnownEvent {
            stage: Some(stage.to_owned()),
            event: Event::Requested,
            date: date(day),
        }
    }

    #[test]
    fn childrens_stage1_is_10_working_days_extendable_to_20() {
        let timeline = run(
            "children-statutory-england",
            &england(),
            &complaint("2026-11-20T16:45"),
        );
        assert_eq!(timeline.received, date("2026-11-20"));
        let expected = (
            "2026-12-04".to_owned(),
            "2026-12-04".to_owned(),
            "2026-12-18".to_owned(),
        );
        assert_eq!(dates(&timeline, "stage1-response"), expected);
        // Stage 2 can be asked for up to 20 working days after the response.
        let expected = (
            "2026-12-18".to_owned(),
            "2027-01-06".to_owned(),
            "2027-01-20".to_owned(),
        );
        assert_eq!(dates(&timeline, "stage2-request"), expected);
    }

    #[test]
    fn childrens_stage2_is_25_working_days_extended_to_65() {
        let mut complaint = complaint("2026-11-20T16:45");
        complaint.events.push(requested("stage2", "2027-01-11"));
        let dated = run("children-statutory-england", &england(), &complaint);
        // 25 working days from Monday 11 January 2027; 65 passes Good Friday
        // (26 March) and Easter Monday (29 March).
        let expected = (
            "2027-02-15".to_owned(),
            "2027-02-15".to_owned(),
            "2027-04-14".to_owned(),
        );
        assert_eq!(dates(&dated, "stage2-response"), expected);

        complaint.agreed.push(AgreedTimescale {
            milestone: "stage2-response".into(),
            timescale: Agreed::Amount(65),
        });
        let extended = run("children-statutory-england", &england(), &complaint);
        assert_eq!(dates(&extended, "stage2-response"), same("2027-04-14"));
        assert!(
            !extended
                .milestone("stage2-response")
                .unwrap()
                .open_extension
        );

        complaint.agreed[0].timescale = Agreed::Amount(70);
        let error = timeline(
            built_in_procedure("children-statutory-england").unwrap(),
            &england(),
            &complaint,
        )
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "70 working days agreed for stage2-response is outside what it allows: \
             at least 25 working days and at most 65 working days"
        );
    }

    #[test]
    fn childrens_stage3_chain() {
        let mut complaint = complaint("2026-11-20T16:45");
        complaint.events.push(requested("stage2", "2027-01-11"));
        complaint.met.push(MetMilestone {
            milestone: "stage2-response".into(),
            date: date("2027-02-10"),
        });
        let timeline = run("children-statutory-england", &england(), &complaint);
        // The person has 20 working days from the real Stage 2 response.
        assert_eq!(dates(&timeline, "stage3-request"), same("2027-03-10"));

        complaint.events.push(requested("stage3", "2027-03-01"));
        complaint.events.push(KnownEvent {
            stage: Some("stage3".into()),
            event: Event::MeetingHeld,
            date: date("2027-04-12"),
        });
        let timeline = run("children-statutory-england", &england(), &complaint);
        assert_eq!(dates(&timeline, "stage3-panel-meeting"), same("2027-04-14"));
        assert_eq!(dates(&timeline, "stage3-panel-report"), same("2027-04-19"));
        // The report can come any day from the meeting to its deadline, so the
        // response's deadline is between 15 working days after the meeting and
        // 15 after the report's deadline (skipping the early May bank holiday).
        let expected = (
            "2027-05-04".to_owned(),
            "2027-05-11".to_owned(),
            "2027-05-11".to_owned(),
        );
        assert_eq!(dates(&timeline, "stage3-response"), expected);
        let ombudsman = &timeline.ombudsman[0];
        assert_eq!(ombudsman.after, "stage3-response");
        // The LGSCO's months count from when the person first knew about the
        // matter, which this complaint does not say.
        assert_eq!(ombudsman.closes, None);
    }

    #[test]
    fn lgsco_response_counts_from_the_acknowledgement() {
        let timeline = run(
            "lgsco-complaint-handling-code",
            &england(),
            &complaint("2026-11-20T16:45"),
        );
        assert_eq!(
            dates(&timeline, "stage1-acknowledgement"),
            same("2026-11-27")
        );
        // Unknown acknowledgement: it may come the same day or on its deadline;
        // the extended response passes Christmas and Boxing Day's substitute.
        let expected = (
            "2026-12-04".to_owned(),
            "2026-12-11".to_owned(),
            "2026-12-29".to_owned(),
        );
        assert_eq!(dates(&timeline, "stage1-response"), expected);

        let mut acknowledged = complaint("2026-11-20T16:45");
        acknowledged.events.push(KnownEvent {
            stage: None,
            event: Event::Acknowledged,
            date: date("2026-11-23"),
        });
        let timeline = run("lgsco-complaint-handling-code", &england(), &acknowledged);
        let expected = (
            "2026-12-07".to_owned(),
            "2026-12-07".to_owned(),
            "2026-12-21".to_owned(),
        );
        assert_eq!(dates(&timeline, "stage1-response"), expected);
        assert!(
            timeline
                .milestone("stage2-response")
                .unwrap()
                .open_extension
        );
    }

    #[test]
    fn an_open_extension_takes_any_later_agreed_date() {
        let mut complaint = complaint("2026-11-20T16:45");
        complaint.events.push(requested("stage2", "2027-01-11"));
        complaint.agreed.push(AgreedTimescale {
            milestone: "stage2-response".into(),
            timescale: Agreed::Until(date("2027-06-30")),
        });
        let timeline = run("lgsco-complaint-handling-code", &england(), &complaint);
        assert_eq!(dates(&timeline, "stage2-response"), same("2027-06-30"));

        complaint.agreed[0].timescale = Agreed::Until(date("2027-01-20"));
        let error = timeline_error("lgsco-complaint-handling-code", &complaint);
        assert!(
            matches!(
                error,
                TimelineError::AgreedDateOutOfRange { latest: None, .. }
            ),
            "{error}"
        );
    }

    fn timeline_error(procedure: &str, complaint: &Complaint) -> TimelineError {
        timeline(
            built_in_procedure(procedure).unwrap(),
            &england(),
            complaint,
        )
        .unwrap_err()
    }

    #[test]
    fn adult_social_care_clocks() {
        let timeline = run(
            "adult-statutory-england",
            &england(),
            &complaint("2026-11-20T16:45"),
        );
        assert_eq!(
            dates(&timeline, "next-working-day-resolution"),
            same("2026-11-23")
        );
        assert_eq!(dates(&timeline, "acknowledgement"), same("2026-11-25"));
        assert_eq!(dates(&timeline, "completion"), same("2027-05-20"));
        assert!(timeline.milestone("completion").unwrap().open_extension);
        assert_eq!(timeline.ombudsman[0].closes, None);
        let mut known = complaint("2026-11-20T16:45");
        known.happened = Some(ApproximateDate::Exact(date("2026-10-02")));
        let timeline = run("adult-statutory-england", &england(), &known);
        assert_eq!(
            timeline.ombudsman[0].closes,
            Some(DateRange {
                earliest: date("2027-10-02"),
                latest: date("2027-10-02")
            })
        );
    }

    #[test]
    fn cut_off_moves_the_receipt() {
        let mut calendar = england();
        calendar.cut_off = Some("16:30".parse().unwrap());
        let timeline = run(
            "children-statutory-england",
            &calendar,
            &complaint("2026-11-20T16:45"),
        );
        assert_eq!(timeline.received, date("2026-11-23"));
        assert_eq!(dates(&timeline, "stage1-response").1, "2026-12-07");
    }

    #[test]
    fn scotland_skips_the_world_cup_bank_holiday() {
        let scotland = Calendar::new(Division::Scotland);
        let timeline = run("scotland-spso", &scotland, &complaint("2026-06-12T10:00"));
        let expected = (
            "2026-06-22".to_owned(),
            "2026-06-22".to_owned(),
            "2026-06-29".to_owned(),
        );
        assert_eq!(dates(&timeline, "stage1-response"), expected);
        let england = run("scotland-spso", &england(), &complaint("2026-06-12T10:00"));
        assert_eq!(dates(&england, "stage1-response").1, "2026-06-19");
    }

    #[test]
    fn barnsley_ranges_and_services() {
        let mut complaint = complaint("2026-11-21T10:00");
        complaint.handling = Some("resolution-formal-investigation".into());
        let timeline = run("general-barnsley", &england(), &complaint);
        assert_eq!(
            timeline.received,
            date("2026-11-21"),
            "received on a Saturday: the working days count from that day"
        );
        // Contact within 3 to 5 working days; the plan's timescale 10 to 65.
        let expected = (
            "2026-11-25".to_owned(),
            "2026-11-27".to_owned(),
            "2026-11-27".to_owned(),
        );
        assert_eq!(dates(&timeline, "stage1-contact"), expected);
        assert_eq!(dates(&timeline, "stage1-response").0, "2026-12-04");
        // Straight to Stage 1: early resolution is skipped.
        assert!(timeline.milestone("early-resolution-response").is_none());
        assert_eq!(timeline.ombudsman.len(), 2);

        complaint.service = Some("adult-social-care".into());
        complaint.handling = Some("resolution-early".into());
        complaint.agreed.push(AgreedTimescale {
            milestone: "stage1-response".into(),
            timescale: Agreed::Amount(20),
        });
        let timeline = run("general-barnsley", &england(), &complaint);
        assert!(timeline.milestone("early-resolution-response").is_none());
        let expected = (
            "2026-11-24".to_owned(),
            "2026-11-24".to_owned(),
            "2026-11-27".to_owned(),
        );
        assert_eq!(
            dates(&timeline, "early-resolution-response-adult-social-care"),
            expected
        );
        // Stage 1 waits until early resolution has not resolved it.
        assert!(matches!(
            timeline.milestone("stage1-response").unwrap().when,
            When::Waiting { .. }
        ));

        complaint.service = Some("highways".into());
        let timeline = run("general-barnsley", &england(), &complaint);
        assert!(timeline
            .milestone("early-resolution-response-adult-social-care")
            .is_none());
        assert_eq!(timeline.ombudsman.len(), 1);
    }

    /// Each check allows its edge and refuses one step past it.
    #[test]
    fn edges_of_agreements_events_and_time_limits() {
        let children = built_in_procedure("children-statutory-england").unwrap();
        let agreed = |amount| {
            let mut complaint = complaint("2026-11-20T10:00");
            complaint.agreed.push(AgreedTimescale {
                milestone: "stage1-response".into(),
                timescale: Agreed::Amount(amount),
            });
            timeline(children, &england(), &complaint)
        };
        // Stage 1: 10 working days, extendable to 20.
        assert!(agreed(10).is_ok());
        assert!(agreed(20).is_ok());
        for outside in [9, 21] {
            assert!(
                matches!(agreed(outside), Err(TimelineError::AgreedOutOfRange { .. })),
                "{outside}"
            );
        }
        // An agreed date from the shortest to the longest time, not outside.
        let until = |day: Date| {
            let mut complaint = complaint("2026-11-20T10:00");
            complaint.agreed.push(AgreedTimescale {
                milestone: "stage1-response".into(),
                timescale: Agreed::Until(day),
            });
            timeline(children, &england(), &complaint)
        };
        let received = date("2026-11-20");
        let (shortest, longest) = (
            england().add_working_days(received, 10),
            england().add_working_days(received, 20),
        );
        assert!(until(shortest).is_ok());
        assert!(until(longest).is_ok());
        for outside in [shortest.add_days(-1), longest.add_days(1)] {
            assert!(
                matches!(
                    until(outside),
                    Err(TimelineError::AgreedDateOutOfRange { .. })
                ),
                "{outside}"
            );
        }
        // An event on the day the complaint was received, and the day before.
        let with_event = |day: &str| {
            let mut complaint = complaint("2026-11-20T10:00");
            complaint.events.push(requested("stage2", day));
            timeline(children, &england(), &complaint)
        };
        assert!(with_event("2026-11-20").is_ok());
        assert!(matches!(
            with_event("2026-11-19"),
            Err(TimelineError::BeforeReceipt { .. })
        ));
        // It happened today: not in the future.
        let limit = children.time_limit.unwrap();
        let today = date("2026-11-20");
        assert!(check_time_limit(&limit, "2026-11-20".parse().unwrap(), None, today).is_ok());
        // A month's last possible deadline is borderline; the day after, outside.
        let month = |on: &str| {
            check_time_limit(&limit, "2025-11".parse().unwrap(), None, date(on))
                .unwrap()
                .status
        };
        assert_eq!(month("2026-11-30"), TimeLimitStatus::Borderline);
        assert_eq!(month("2026-12-01"), TimeLimitStatus::Outside);
    }

    #[test]
    fn time_limits() {
        let adult = built_in_procedure("adult-statutory-england").unwrap();
        let limit = adult.time_limit.unwrap();
        let on = date("2026-11-20");
        let check = |happened: &str, found_out: Option<&str>| {
            check_time_limit(
                &limit,
                happened.parse().unwrap(),
                found_out.map(|text| text.parse().unwrap()),
                on,
            )
        };
        assert_eq!(
            check("2025-11-20", None).unwrap().status,
            TimeLimitStatus::Within
        );
        assert_eq!(
            check("2025-11-19", None).unwrap().status,
            TimeLimitStatus::Outside
        );
        let borderline = check("2025-11", None).unwrap();
        assert_eq!(borderline.status, TimeLimitStatus::Borderline);
        assert_eq!(
            borderline.deadline,
            Some(DateRange {
                earliest: date("2026-11-01"),
                latest: date("2026-11-30")
            })
        );
        // Finding out later restarts the clock where the rules say so...
        let found_out = check("2025-10-01", Some("2026-02")).unwrap();
        assert_eq!(found_out.status, TimeLimitStatus::Within);
        assert_eq!(found_out.deadline.unwrap().earliest, date("2027-02-01"));
        // ...but not for children's complaints, which count from the events.
        let children = built_in_procedure("children-statutory-england").unwrap();
        let from_events = check_time_limit(
            &children.time_limit.unwrap(),
            "2025-10-01".parse().unwrap(),
            Some("2026-02".parse().unwrap()),
            on,
        )
        .unwrap();
        assert_eq!(from_events.status, TimeLimitStatus::Outside);
        assert!(from_events.discretion);
        let ongoing = check("still-happening", None).unwrap();
        assert_eq!(
            (ongoing.status, ongoing.deadline),
            (TimeLimitStatus::StillHappening, None)
        );
        // This month, up to today.
        let this_month = check("2026-11", None).unwrap();
        assert_eq!(this_month.starts.unwrap().latest, on);
        assert_eq!(
            check("2026-12", None).unwrap_err(),
            TimelineError::InFuture {
                field: "happened",
                date: date("2026-12-01")
            }
        );
        assert_eq!(
            check("2026-01", Some("still-happening")).unwrap_err(),
            TimelineError::FoundOutStillHappening
        );
        // A month and year clamp at the end of a shorter month: 31 August + 6 months.
        let spso = built_in_procedure("scotland-spso")
            .unwrap()
            .time_limit
            .unwrap();
        let short = check_time_limit(&spso, "2026-08-31".parse().unwrap(), None, on).unwrap();
        assert_eq!(short.deadline.unwrap().latest, date("2027-02-28"));
    }

    #[test]
    fn the_timeline_carries_the_time_limit_check() {
        let mut complaint = complaint("2026-11-20T16:45");
        complaint.happened = Some("2026-03".parse().unwrap());
        let timeline = run("children-statutory-england", &england(), &complaint);
        assert_eq!(timeline.time_limit.unwrap().status, TimeLimitStatus::Within);
        let no_limit = run("general-barnsley", &england(), &complaint);
        assert!(no_limit.time_limit.is_none());
    }

    #[test]
    fn bad_complaints_are_typed_errors() {
        let mut bad = complaint("2026-11-20T16:45");
        bad.events.push(requested("stage9", "2026-12-01"));
        assert_eq!(
            timeline_error("lgsco-complaint-handling-code", &bad),
            TimelineError::UnknownStage {
                id: "stage9".into()
            }
        );
        bad.events = vec![requested("stage2", "2026-11-19")];
        assert_eq!(
            timeline_error("lgsco-complaint-handling-code", &bad).to_string(),
            "stage2 requested (2026-11-19) is before the complaint was received"
        );
        bad.events = vec![KnownEvent {
            stage: None,
            event: Event::MeetingHeld,
            date: date("2026-12-01"),
        }];
        assert_eq!(
            timeline_error("lgsco-complaint-handling-code", &bad),
            TimelineError::NoStageUses {
                event: Event::MeetingHeld
            }
        );
        bad.events = vec![KnownEvent {
            stage: None,
            event: Event::Received,
            date: date("2026-12-01"),
        }];
        assert_eq!(
            timeline_error("lgsco-complaint-handling-code", &bad),
            TimelineError::ReceivedAsEvent
        );
        bad.events.clear();
        bad.agreed.push(AgreedTimescale {
            milestone: "stage5-response".into(),
            timescale: Agreed::Amount(5),
        });
        assert_eq!(
            timeline_error("lgsco-complaint-handling-code", &bad),
            TimelineError::UnknownMilestone {
                id: "stage5-response".into()
            }
        );
    }

    #[test]
    fn an_invalid_procedure_is_refused() {
        let mut procedure = built_in_procedure("lgsco-complaint-handling-code")
            .unwrap()
            .clone();
        procedure.stages[0].milestones[1].duration.maximum = Some(30);
        let error = timeline(&procedure, &england(), &complaint("2026-11-20T16:45")).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("stages[0].milestones[1].duration.maximum"),
            "{error}"
        );
    }

    #[test]
    fn complaints_and_timelines_are_json() {
        let json = r#"{
            "received_at": "2026-11-20T16:45",
            "events": [{"event": "acknowledged", "date": "2026-11-23"}],
            "agreed": [{"milestone": "stage1-response", "timescale": {"amount": 20}}],
            "happened": {"month": "2026-09"}
        }"#;
        let complaint: Complaint = serde_json::from_str(json).unwrap();
        let timeline = run("lgsco-complaint-handling-code", &england(), &complaint);
        let value = serde_json::to_value(&timeline).unwrap();
        assert_eq!(value["received"], "2026-11-20");
        assert_eq!(
            value["stages"][0]["milestones"][1]["when"]["due"],
            "2026-12-21"
        );
        assert_eq!(value["stages"][0]["milestones"][1]["agreed"]["amount"], 20);
        assert_eq!(
            value["stages"][1]["milestones"][0]["when"]["status"],
            "waiting"
        );
    }
}
