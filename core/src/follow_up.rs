//! After the first answer: where a complaint made earlier stands and what the
//! person can do next (ask for the next stage, chase a late answer, or go to
//! the Ombudsman), dated from the procedure profile and the dates they give.
//!
//! Every date comes from [`crate::timeline::timeline`], so a follow-up is
//! counted exactly as a new complaint is. A date the person knows only to the
//! month gives a range, and "has it passed?" then answers
//! [`Passed::Depends`] when the day matters.
//!
//! ```
//! use redress_core::calendar::{Calendar, Division};
//! use redress_core::follow_up::{follow_up, Earlier, Passed, Standing};
//! use redress_core::procedure::built_in_procedure;
//!
//! let children = built_in_procedure("children-statutory-england").unwrap();
//! let calendar = Calendar::new(Division::EnglandAndWales);
//! let earlier = Earlier {
//!     complained: None,
//!     service: None,
//!     standing: Standing::Answered { stage: "stage1".into(), on: "2026-11-20".parse().unwrap() },
//! };
//! let answer = follow_up(children, &calendar, &earlier, "2026-12-04".parse().unwrap()).unwrap();
//! let next = answer.next.unwrap();
//! assert_eq!(next.id, "stage2");
//! // 20 working days from the Stage 1 response (SI 2006/1738).
//! assert_eq!(next.ask_by.unwrap().latest.to_string(), "2026-12-18");
//! assert_eq!(next.ask_by_passed, Some(Passed::No));
//! ```

use crate::calendar::Calendar;
use crate::date::{Date, DateTime};
use crate::procedure::{Event, Milestone, Procedure, WindowFrom};
use crate::timeline::{
    applies, timeline, ApproximateDate, Complaint, DateRange, KnownEvent, MetMilestone,
    MilestoneTimeline, TimelineError, When,
};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A complaint made earlier, as the person describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Earlier {
    /// When they complained, if they said: the Ombudsman's window counts
    /// from when they first knew of the matter, which was by then at the
    /// latest.
    pub complained: Option<ApproximateDate>,
    /// The service it is about, where the procedure's deadlines depend on it.
    pub service: Option<String>,
    /// Where it stands.
    pub standing: Standing,
}

/// Where a complaint made earlier stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Waiting for the council's answer at `stage`, asked for on `asked`
    /// (for the stage a complaint starts at, the day it was made).
    Waiting {
        /// The stage id.
        stage: String,
        /// When it was asked for: a day or a month.
        asked: ApproximateDate,
        /// The new date, where the council agreed to take longer.
        extended_to: Option<Date>,
    },
    /// The council answered at `stage` on `on`.
    Answered {
        /// The stage id.
        stage: String,
        /// When the answer came: a day or a month.
        on: ApproximateDate,
    },
}

/// Whether a day has passed, as closely as the dates given tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Passed {
    /// Not yet (the day itself has not passed).
    No,
    /// It depends on a day the person does not know.
    Depends,
    /// It has passed.
    Yes,
}

impl Passed {
    /// Whether `range` (the last day, as closely as known) has passed on `today`.
    pub fn on(range: DateRange, today: Date) -> Passed {
        if today > range.latest {
            Passed::Yes
        } else if today > range.earliest {
            Passed::Depends
        } else {
            Passed::No
        }
    }
}

/// What the person can do now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    /// The procedure's id.
    pub procedure: String,
    /// The day this answer is for.
    pub today: Date,
    /// The stage the complaint stands at.
    pub stage: StageName,
    /// Waiting: when the answer is due, where the stage has a clock.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<AnswerDue>,
    /// The next stage, where there is one the person may ask for now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<NextStage>,
    /// The Ombudsman: open now, or after which stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ombudsman: Option<OmbudsmanAnswer>,
}

/// A stage's id and names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StageName {
    /// The stage id.
    pub id: String,
    /// Its English name.
    pub name: String,
    /// Its Fluent message id.
    pub message_id: String,
}

/// When an awaited answer is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerDue {
    /// The milestone of the answer.
    pub milestone: String,
    /// Its Fluent message id.
    pub message_id: String,
    /// The day it is due: the extension's new date where one was agreed.
    pub due: DateRange,
    /// Whether that is an agreed extension's date.
    pub extended: bool,
    /// The latest the procedure allows with the longest extension; none
    /// where the council may extend without a fixed limit. An extension
    /// agreed beyond it is still the date the person was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_until: Option<DateRange>,
    /// Whether it is late.
    pub late: Passed,
}

/// The next stage of the procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextStage {
    /// The stage id.
    pub id: String,
    /// Its English name.
    pub name: String,
    /// Its Fluent message id.
    pub message_id: String,
    /// The Fluent message id of what happens at it, if the profile says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_id: Option<String>,
    /// Whether the council decides if a request for it goes ahead.
    pub council_decides: bool,
    /// The last day to ask for it, where the procedure sets one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ask_by: Option<DateRange>,
    /// Whether that day has passed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ask_by_passed: Option<Passed>,
    /// Its deadlines if asked for today.
    pub if_asked_today: Vec<MilestoneTimeline>,
}

/// Whether the person can go to the Ombudsman, and by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OmbudsmanAnswer {
    /// The Ombudsman's id.
    pub id: String,
    /// Its English name.
    pub name: String,
    /// Its Fluent message id.
    pub message_id: String,
    /// Its phone line, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Its website, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// How many months the person normally has.
    pub months: u32,
    /// What the months count from.
    pub from: WindowFrom,
    /// Open now, or not yet.
    pub open: Open,
}

/// Whether the Ombudsman route is open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Open {
    /// Open now: the last day to go, as closely as known. When the window
    /// counts from when the person first knew of the matter, this is the
    /// latest it can be (counted from when they complained, or from the
    /// answer if they did not say); it is earlier if they knew before.
    Now {
        /// The last day.
        closes: DateRange,
        /// Whether it has passed (the Ombudsman may still look, for good reason).
        closed: Passed,
    },
    /// Once this stage has answered.
    After(StageName),
}

/// Why a follow-up could not be answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUpError {
    /// The procedure has no stage with this id.
    UnknownStage {
        /// The id given.
        id: String,
    },
    /// A date given is "still happening", which no step of a complaint is.
    NotADay {
        /// Which date.
        field: &'static str,
    },
    /// A date given is after today.
    InFuture {
        /// Which date.
        field: &'static str,
        /// The soonest it can be.
        date: Date,
    },
    /// The complaint is dated after the stage was asked for or answered.
    ComplainedAfter {
        /// The soonest the complaint can be.
        complained: Date,
        /// The latest the stage's date can be.
        standing: Date,
    },
    /// The extension's new date is before the stage was asked for.
    ExtendedBefore {
        /// The new date given.
        extended_to: Date,
        /// The soonest the stage can have been asked for.
        asked: Date,
    },
    /// The timeline could not be made (an invalid profile).
    Timeline(TimelineError),
}

impl fmt::Display for FollowUpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FollowUpError::UnknownStage { id } => {
                write!(f, "the procedure has no stage with the id \"{id}\"")
            }
            FollowUpError::NotADay { field } => {
                write!(f, "{field} must be a day or a month, not still happening")
            }
            FollowUpError::InFuture { field, date } => {
                write!(f, "{field} ({date}) is after today")
            }
            FollowUpError::ComplainedAfter {
                complained,
                standing,
            } => write!(
                f,
                "the complaint ({complained}) is dated after the stage's date ({standing})"
            ),
            FollowUpError::ExtendedBefore { extended_to, asked } => write!(
                f,
                "the extension's new date ({extended_to}) is before the stage was asked for ({asked})"
            ),
            FollowUpError::Timeline(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for FollowUpError {}

impl From<TimelineError> for FollowUpError {
    fn from(error: TimelineError) -> FollowUpError {
        FollowUpError::Timeline(error)
    }
}

/// Whether a deadline or route for `only` (a service), not for `except`,
/// is this complaint's. Unlike a new complaint's timeline, which shows every
/// deadline while the service is unknown, a follow-up gives one answer: a
/// complaint whose service is not known gets the procedure's general ones.
fn is_for(only: Option<&String>, except: &[String], service: Option<&String>) -> bool {
    match service {
        Some(_) => applies(only, except, service),
        None => only.is_none(),
    }
}

/// The milestone that is a stage's answer for a complaint about `service`:
/// its last deadline that is not for an event of the stage (such as an
/// acknowledgement or a request). None for a stage without a clock.
pub fn answer_milestone<'p>(
    procedure: &'p Procedure,
    stage: usize,
    service: Option<&String>,
) -> Option<&'p Milestone> {
    procedure.stages[stage]
        .milestones
        .iter()
        .rev()
        .find(|milestone| {
            milestone.deadline_for.is_none()
                && is_for(
                    milestone.service.as_ref(),
                    &milestone.except_services,
                    service,
                )
        })
}

/// What a person whose complaint stands as `earlier` says can do on `today`.
pub fn follow_up(
    procedure: &Procedure,
    calendar: &Calendar,
    earlier: &Earlier,
    today: Date,
) -> Result<FollowUp, FollowUpError> {
    let (stage_id, standing, field) = match &earlier.standing {
        Standing::Waiting { stage, asked, .. } => (stage, *asked, "asked"),
        Standing::Answered { stage, on } => (stage, *on, "on"),
    };
    let stage = procedure
        .stage_index(stage_id)
        .ok_or_else(|| FollowUpError::UnknownStage {
            id: stage_id.clone(),
        })?;
    let standing = days(standing, field, today)?;
    if let Standing::Waiting {
        extended_to: Some(extended_to),
        ..
    } = earlier.standing
    {
        if extended_to < standing.earliest {
            return Err(FollowUpError::ExtendedBefore {
                extended_to,
                asked: standing.earliest,
            });
        }
    }
    let complained = match earlier.complained {
        Some(complained) => {
            let complained = days(complained, "complained", today)?;
            if complained.earliest > standing.latest {
                return Err(FollowUpError::ComplainedAfter {
                    complained: complained.earliest,
                    standing: standing.latest,
                });
            }
            complained
        }
        None => standing,
    };
    // The stage's own date is the last day it can be: each answer below is
    // counted from both ends of what the person said, and joined.
    let first = at(
        procedure,
        calendar,
        earlier,
        stage,
        standing.earliest,
        today,
    )?;
    let last = at(procedure, calendar, earlier, stage, standing.latest, today)?;
    let service = earlier.service.as_ref();
    let name = |index: usize| StageName {
        id: procedure.stages[index].id.clone(),
        name: procedure.stages[index].name.clone(),
        message_id: procedure.stages[index].message_id.clone(),
    };
    let join = |first: Option<Date>, last: Option<Date>| match (first, last) {
        (Some(earliest), Some(latest)) => Some(DateRange { earliest, latest }),
        _ => None,
    };

    let answer = match (
        &earlier.standing,
        answer_milestone(procedure, stage, service),
    ) {
        (Standing::Waiting { extended_to, .. }, Some(milestone)) => {
            let (first, last) = (
                first
                    .answer
                    .expect("a stage's answer is dated from when it was asked for"),
                last.answer
                    .expect("a stage's answer is dated from when it was asked for"),
            );
            let due = match extended_to {
                Some(until) => DateRange {
                    earliest: *until,
                    latest: *until,
                },
                None => DateRange {
                    earliest: first.due,
                    latest: last.due,
                },
            };
            Some(AnswerDue {
                milestone: milestone.id.clone(),
                message_id: milestone.message_id.clone(),
                due,
                extended: extended_to.is_some(),
                allowed_until: join(first.allowed_until, last.allowed_until),
                late: Passed::on(due, today),
            })
        }
        _ => None,
    };

    // The next stage can be asked for once this one has answered, or at
    // once after a stage without a clock (such as on-the-spot).
    let next = (stage + 1 < procedure.stages.len()
        && (matches!(earlier.standing, Standing::Answered { .. }) || answer.is_none()))
    .then(|| {
        let index = stage + 1;
        let next = &procedure.stages[index];
        let ask_by = join(first.ask_by, last.ask_by);
        NextStage {
            id: next.id.clone(),
            name: next.name.clone(),
            message_id: next.message_id.clone(),
            description_id: next.description_id.clone(),
            council_decides: next.council_decides,
            ask_by,
            ask_by_passed: ask_by.map(|range| Passed::on(range, today)),
            if_asked_today: last.if_asked_today.clone(),
        }
    });

    let ombudsman = procedure.ombudsman.as_ref().and_then(|ombudsman| {
        // The stages after which the person may go, for this service.
        let routes: Vec<usize> = ombudsman
            .after
            .iter()
            .filter(|route| is_for(route.service.as_ref(), &[], service))
            .filter_map(|route| {
                procedure.stages.iter().position(|stage| {
                    stage
                        .milestones
                        .iter()
                        .any(|milestone| milestone.id == route.milestone)
                })
            })
            .collect();
        let answered = matches!(earlier.standing, Standing::Answered { .. });
        let open = if answered && routes.contains(&stage) {
            let closes = match ombudsman.window_from {
                WindowFrom::FinalResponse => standing,
                WindowFrom::Notice => DateRange {
                    earliest: complained.latest,
                    latest: complained.latest,
                },
            };
            let months = ombudsman.window_months as i32;
            let closes = DateRange {
                earliest: closes.earliest.add_months(months),
                latest: closes.latest.add_months(months),
            };
            Open::Now {
                closes,
                closed: Passed::on(closes, today),
            }
        } else {
            let after = routes
                .into_iter()
                // (answered, this stage's own route would be open now)
                .filter(|&route| route >= stage)
                .min()?;
            Open::After(name(after))
        };
        let (phone, website) = ombudsman.contact();
        Some(OmbudsmanAnswer {
            id: ombudsman.id.clone(),
            name: ombudsman.name.clone(),
            message_id: ombudsman.message_id.clone(),
            phone,
            website,
            months: ombudsman.window_months,
            from: ombudsman.window_from,
            open,
        })
    });

    Ok(FollowUp {
        procedure: procedure.id.clone(),
        today,
        stage: name(stage),
        answer,
        next,
        ombudsman,
    })
}

/// What a follow-up asks the council for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FollowUpRequest {
    /// To take the complaint to the procedure's next stage.
    NextStage,
    /// To answer: the answer is late.
    Chase,
}

impl FollowUp {
    /// What the person can ask the council for now: the next stage where
    /// there is one, and an answer that is (or may be) late.
    pub fn requests(&self) -> Vec<FollowUpRequest> {
        let mut requests = Vec::new();
        if self.next.is_some() {
            requests.push(FollowUpRequest::NextStage);
        }
        if self
            .answer
            .as_ref()
            .is_some_and(|due| due.late != Passed::No)
        {
            requests.push(FollowUpRequest::Chase);
        }
        requests
    }

    /// Whether the person has somewhere to go: an answer to wait for (and
    /// chase when late), a next stage to ask for, or the Ombudsman now.
    pub fn has_a_way_forward(&self) -> bool {
        self.answer.is_some()
            || self.next.is_some()
            || matches!(
                self.ombudsman,
                Some(OmbudsmanAnswer {
                    open: Open::Now { .. },
                    ..
                })
            )
    }
}

/// The days a date the person gave can be, up to `today`.
fn days(
    date: ApproximateDate,
    field: &'static str,
    today: Date,
) -> Result<DateRange, FollowUpError> {
    match date.range(field, today) {
        Ok(Some(range)) => Ok(range),
        Ok(None) => Err(FollowUpError::NotADay { field }),
        Err(TimelineError::InFuture { field, date }) => {
            Err(FollowUpError::InFuture { field, date })
        }
        Err(other) => Err(other.into()),
    }
}

/// The dates of a follow-up for one day the stage's date may be.
struct Due {
    due: Date,
    allowed_until: Option<Date>,
}

struct Dated {
    /// Waiting: when the answer is due.
    answer: Option<Due>,
    /// The last day to ask for the next stage.
    ask_by: Option<Date>,
    /// The next stage's deadlines if asked for today.
    if_asked_today: Vec<MilestoneTimeline>,
}

fn at(
    procedure: &Procedure,
    calendar: &Calendar,
    earlier: &Earlier,
    stage: usize,
    day: Date,
    today: Date,
) -> Result<Dated, FollowUpError> {
    let service = earlier.service.as_ref();
    let answer = answer_milestone(procedure, stage, service);
    // Counted as a complaint that reached the council on that day, at the
    // start of it (before any cut-off time).
    let received =
        |day: Date| calendar.receipt_day(DateTime::from(day), procedure.non_working_receipt);
    let mut complaint = Complaint::new(DateTime::from(day));
    complaint.service = earlier.service.clone();
    let next = procedure.stages.get(stage + 1);
    match &earlier.standing {
        Standing::Waiting { .. } => complaint.events.push(KnownEvent {
            stage: Some(procedure.stages[stage].id.clone()),
            event: Event::Requested,
            date: received(day),
        }),
        Standing::Answered { .. } => {
            if let Some(answer) = answer {
                complaint.met.push(MetMilestone {
                    milestone: answer.id.clone(),
                    date: day,
                });
            }
        }
    }
    if let Some(next) = next {
        complaint.events.push(KnownEvent {
            stage: Some(next.id.clone()),
            event: Event::Requested,
            date: received(today),
        });
    }
    let dated = timeline(procedure, calendar, &complaint)?;
    let due = |id: &str| match dated.milestone(id).map(|milestone| &milestone.when) {
        Some(When::Dated(window)) => Some(window.due),
        _ => None,
    };
    let answer = answer
        .and_then(|answer| dated.milestone(&answer.id))
        .and_then(|milestone| match &milestone.when {
            When::Dated(window) => Some(Due {
                due: window.due,
                allowed_until: (!milestone.open_extension).then_some(window.latest),
            }),
            When::Waiting { .. } => None,
        });
    let (ask_by, if_asked_today) = match next {
        Some(next) => {
            let shown = dated
                .stages
                .iter()
                .find(|stage| stage.id == next.id)
                .map(|stage| stage.milestones.as_slice())
                .unwrap_or_default();
            let request = shown
                .iter()
                .find(|milestone| milestone.deadline_for == Some(Event::Requested));
            (
                request.and_then(|request| due(&request.id)),
                shown
                    .iter()
                    .filter(|milestone| {
                        milestone.deadline_for != Some(Event::Requested)
                            && is_for(milestone.service.as_ref(), &[], service)
                    })
                    .cloned()
                    .collect(),
            )
        }
        None => (None, Vec::new()),
    };
    Ok(Dated {
        answer,
        ask_by,
        if_asked_today,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Division;
    use crate::procedure::{built_in, built_in_procedure};
    use proptest::prelude::*;

    fn england() -> Calendar {
        Calendar::new(Division::EnglandAndWales)
    }

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn answered(
        procedure: &str,
        stage: &str,
        on: &str,
        service: Option<&str>,
        today: &str,
    ) -> FollowUp {
        let earlier = Earlier {
            complained: None,
            service: service.map(str::to_owned),
            standing: Standing::Answered {
                stage: stage.into(),
                on: on.parse().unwrap(),
            },
        };
        follow_up(
            built_in_procedure(procedure).unwrap(),
            &england(),
            &earlier,
            date(today),
        )
        .unwrap()
    }

    fn waiting(
        procedure: &str,
        stage: &str,
        asked: &str,
        extended_to: Option<&str>,
        service: Option<&str>,
        today: &str,
    ) -> FollowUp {
        let earlier = Earlier {
            complained: None,
            service: service.map(str::to_owned),
            standing: Standing::Waiting {
                stage: stage.into(),
                asked: asked.parse().unwrap(),
                extended_to: extended_to.map(date),
            },
        };
        follow_up(
            built_in_procedure(procedure).unwrap(),
            &england(),
            &earlier,
            date(today),
        )
        .unwrap()
    }

    fn on(day: &str) -> DateRange {
        DateRange {
            earliest: date(day),
            latest: date(day),
        }
    }

    fn open_after(answer: &FollowUp) -> Option<&str> {
        match &answer.ombudsman.as_ref()?.open {
            Open::After(stage) => Some(stage.id.as_str()),
            Open::Now { .. } => None,
        }
    }

    fn closes(answer: &FollowUp) -> Option<(DateRange, Passed)> {
        match answer.ombudsman.as_ref()?.open {
            Open::Now { closes, closed } => Some((closes, closed)),
            Open::After(_) => None,
        }
    }

    /// SI 2006/1738: Stage 2 may be asked for within 20 working days of
    /// the Stage 1 response; the last day itself is still in time.
    #[test]
    fn childrens_stage2_can_be_asked_for_up_to_20_working_days_after_stage1() {
        for (today, passed) in [
            ("2026-12-17", Passed::No),
            ("2026-12-18", Passed::No),
            ("2026-12-19", Passed::Yes),
        ] {
            let answer = answered(
                "children-statutory-england",
                "stage1",
                "2026-11-20",
                None,
                today,
            );
            let next = answer.next.as_ref().unwrap();
            assert_eq!(next.id, "stage2");
            assert!(!next.council_decides);
            assert_eq!(next.ask_by, Some(on("2026-12-18")));
            assert_eq!(next.ask_by_passed, Some(passed), "on {today}");
            assert_eq!(open_after(&answer), Some("stage3"));
            assert!(answer.answer.is_none());
        }
    }

    #[test]
    fn the_last_day_to_ask_skips_christmas_and_new_year() {
        let answer = answered(
            "children-statutory-england",
            "stage1",
            "2026-12-11",
            None,
            "2026-12-14",
        );
        assert_eq!(answer.next.unwrap().ask_by, Some(on("2027-01-13")));
    }

    #[test]
    fn asked_today_the_next_stage_is_dated_from_today() {
        let answer = answered(
            "children-statutory-england",
            "stage1",
            "2026-11-20",
            None,
            "2026-12-04",
        );
        let next = answer.next.unwrap();
        let ids: Vec<&str> = next.if_asked_today.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["stage2-response"]);
        match &next.if_asked_today[0].when {
            When::Dated(window) => assert_eq!(window.due, date("2027-01-13")),
            other => panic!("{other:?}"),
        }
    }

    /// A panel asked for after its last day: said plainly, with its dates.
    #[test]
    fn a_panel_asked_for_late_is_still_dated() {
        let answer = answered(
            "children-statutory-england",
            "stage2",
            "2026-10-01",
            None,
            "2026-12-04",
        );
        let next = answer.next.unwrap();
        assert_eq!(next.id, "stage3");
        assert_eq!(next.ask_by_passed, Some(Passed::Yes));
        let ids: Vec<&str> = next.if_asked_today.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "stage3-panel-meeting",
                "stage3-panel-report",
                "stage3-response"
            ]
        );
    }

    #[test]
    fn after_the_panel_the_ombudsman_is_open_for_12_months_from_when_they_knew() {
        let answer = answered(
            "children-statutory-england",
            "stage3",
            "2026-11-20",
            None,
            "2026-12-04",
        );
        assert!(answer.next.is_none());
        assert_eq!(closes(&answer), Some((on("2027-11-20"), Passed::No)));
        let mut earlier = Earlier {
            complained: Some("2026-03".parse().unwrap()),
            service: None,
            standing: Standing::Answered {
                stage: "stage3".into(),
                on: "2026-11-20".parse().unwrap(),
            },
        };
        let children = built_in_procedure("children-statutory-england").unwrap();
        let answer = follow_up(children, &england(), &earlier, date("2027-03-31")).unwrap();
        // They knew by the end of March 2026 at the latest.
        assert_eq!(closes(&answer), Some((on("2027-03-31"), Passed::No)));
        let answer = follow_up(children, &england(), &earlier, date("2027-04-01")).unwrap();
        assert_eq!(closes(&answer).unwrap().1, Passed::Yes);
        earlier.complained = Some("2026-12".parse().unwrap());
        assert!(matches!(
            follow_up(children, &england(), &earlier, date("2027-01-05")),
            Err(FollowUpError::ComplainedAfter { .. })
        ));
    }

    #[test]
    fn an_answer_known_only_to_the_month_gives_a_range() {
        let answer = answered(
            "children-statutory-england",
            "stage1",
            "2026-11",
            None,
            "2026-12-15",
        );
        let next = answer.next.unwrap();
        assert_eq!(
            next.ask_by,
            Some(DateRange {
                earliest: date("2026-11-27"),
                latest: date("2026-12-30")
            })
        );
        assert_eq!(next.ask_by_passed, Some(Passed::Depends));
    }

    /// Stage 1: 10 working days, up to 20 (SI 2006/1738). Counted from a
    /// Saturday complaint's Monday as day 1, like Friday's.
    #[test]
    fn a_first_answer_is_late_the_day_after_it_was_due() {
        for asked in ["2026-11-20", "2026-11-21"] {
            for (today, late) in [
                ("2026-12-03", Passed::No),
                ("2026-12-04", Passed::No),
                ("2026-12-05", Passed::Yes),
            ] {
                let answer = waiting(
                    "children-statutory-england",
                    "stage1",
                    asked,
                    None,
                    None,
                    today,
                );
                let due = answer.answer.as_ref().unwrap();
                assert_eq!(due.milestone, "stage1-response");
                assert_eq!(due.due, on("2026-12-04"), "asked {asked}");
                assert_eq!(due.allowed_until, Some(on("2026-12-18")));
                assert_eq!(due.late, late, "on {today}");
                assert!(answer.next.is_none());
                assert_eq!(open_after(&answer), Some("stage3"));
                assert!(answer.has_a_way_forward());
            }
        }
    }

    #[test]
    fn an_agreed_extension_moves_the_day_it_is_due() {
        let answer = waiting(
            "children-statutory-england",
            "stage1",
            "2026-11-20",
            Some("2026-12-18"),
            None,
            "2026-12-10",
        );
        let due = answer.answer.unwrap();
        assert!(due.extended);
        assert_eq!(due.due, on("2026-12-18"));
        assert_eq!(due.late, Passed::No);
        // An extension to the day it was asked for is odd but possible; one
        // before it is a mistake in what was typed.
        let children = built_in_procedure("children-statutory-england").unwrap();
        let mut earlier = Earlier {
            complained: None,
            service: None,
            standing: Standing::Waiting {
                stage: "stage1".into(),
                asked: "2026-11".parse().unwrap(),
                extended_to: Some(date("2026-11-01")),
            },
        };
        assert!(follow_up(children, &england(), &earlier, date("2026-12-10")).is_ok());
        if let Standing::Waiting { extended_to, .. } = &mut earlier.standing {
            *extended_to = Some(date("2026-10-31"));
        }
        assert_eq!(
            follow_up(children, &england(), &earlier, date("2026-12-10")),
            Err(FollowUpError::ExtendedBefore {
                extended_to: date("2026-10-31"),
                asked: date("2026-11-01"),
            })
        );
    }

    /// Seed 004: adult social care may go to the Ombudsman after Stage 1,
    /// or ask for the review, which the council decides on.
    #[test]
    fn barnsley_adult_social_care_may_go_to_the_ombudsman_after_stage1() {
        let answer = answered(
            "general-barnsley",
            "stage1",
            "2026-11-20",
            Some("adult-social-care"),
            "2026-12-04",
        );
        let next = answer.next.as_ref().unwrap();
        assert_eq!(next.id, "stage2");
        assert!(next.council_decides);
        assert_eq!(next.ask_by, None);
        assert_eq!(next.ask_by_passed, None);
        assert_eq!(closes(&answer).unwrap().1, Passed::No);
        // Any other service goes through the review first; so does one not known.
        for service in [Some("housing"), None] {
            let answer = answered(
                "general-barnsley",
                "stage1",
                "2026-11-20",
                service,
                "2026-12-04",
            );
            assert_eq!(open_after(&answer), Some("stage2"), "{service:?}");
        }
    }

    /// Seed 004: early resolution in 5 working days; adult social care 2.
    #[test]
    fn barnsley_early_resolution_is_due_by_its_services_own_clock() {
        let general = waiting(
            "general-barnsley",
            "early-resolution",
            "2026-11-20",
            None,
            Some("housing"),
            "2026-11-24",
        );
        assert_eq!(general.answer.unwrap().due, on("2026-11-27"));
        let unknown = waiting(
            "general-barnsley",
            "early-resolution",
            "2026-11-20",
            None,
            None,
            "2026-11-24",
        );
        assert_eq!(unknown.answer.unwrap().due, on("2026-11-27"));
        let care = waiting(
            "general-barnsley",
            "early-resolution",
            "2026-11-20",
            None,
            Some("adult-social-care"),
            "2026-11-24",
        );
        let due = care.answer.unwrap();
        assert_eq!(due.due, on("2026-11-24"));
        assert_eq!(due.late, Passed::No);
    }

    /// SI 2009/309: completed within 6 months, longer with reasons.
    #[test]
    fn adult_social_care_waits_six_months_with_no_fixed_limit() {
        let answer = waiting(
            "adult-statutory-england",
            "complaint",
            "2026-05-20",
            None,
            None,
            "2026-12-04",
        );
        let due = answer.answer.as_ref().unwrap();
        assert_eq!(due.due, on("2026-11-20"));
        assert_eq!(due.allowed_until, None);
        assert_eq!(due.late, Passed::Yes);
        let answer = answered(
            "adult-statutory-england",
            "complaint",
            "2026-11-20",
            None,
            "2026-12-04",
        );
        assert!(answer.next.is_none());
        assert_eq!(closes(&answer).unwrap().0, on("2027-11-20"));
    }

    #[test]
    fn after_a_stage_without_a_clock_the_next_can_be_asked_for_at_once() {
        let answer = waiting(
            "children-statutory-england",
            "on-the-spot",
            "2026-11-20",
            None,
            None,
            "2026-11-23",
        );
        assert!(answer.answer.is_none());
        assert_eq!(answer.next.unwrap().id, "stage1");
    }

    #[test]
    fn dates_that_cannot_be_are_refused() {
        let children = built_in_procedure("children-statutory-england").unwrap();
        let mut earlier = Earlier {
            complained: None,
            service: None,
            standing: Standing::Answered {
                stage: "stage9".into(),
                on: "2026-11-20".parse().unwrap(),
            },
        };
        let today = date("2026-12-04");
        assert_eq!(
            follow_up(children, &england(), &earlier, today),
            Err(FollowUpError::UnknownStage {
                id: "stage9".into()
            })
        );
        earlier.standing = Standing::Answered {
            stage: "stage1".into(),
            on: "2026-12-05".parse().unwrap(),
        };
        assert_eq!(
            follow_up(children, &england(), &earlier, today),
            Err(FollowUpError::InFuture {
                field: "on",
                date: date("2026-12-05")
            })
        );
        earlier.standing = Standing::Answered {
            stage: "stage1".into(),
            on: ApproximateDate::StillHappening,
        };
        assert_eq!(
            follow_up(children, &england(), &earlier, today),
            Err(FollowUpError::NotADay { field: "on" })
        );
    }

    #[test]
    fn waiting_at_the_last_stage_the_ombudsman_follows_its_answer() {
        let answer = waiting(
            "children-statutory-england",
            "stage3",
            "2026-11-20",
            None,
            None,
            "2026-12-04",
        );
        assert_eq!(open_after(&answer), Some("stage3"));
        assert!(answer.next.is_none());
        // Answered at the last stage, nothing else is left to wait for.
        let answer = answered(
            "children-statutory-england",
            "stage3",
            "2026-11-20",
            None,
            "2026-12-04",
        );
        assert!(answer.answer.is_none() && answer.next.is_none());
        let nowhere = FollowUp {
            ombudsman: None,
            ..answer
        };
        assert!(!nowhere.has_a_way_forward());
    }

    #[test]
    fn a_complaint_answered_the_day_it_was_made_is_fine() {
        let children = built_in_procedure("children-statutory-england").unwrap();
        let earlier = Earlier {
            complained: Some("2026-11-20".parse().unwrap()),
            service: None,
            standing: Standing::Answered {
                stage: "stage1".into(),
                on: "2026-11-20".parse().unwrap(),
            },
        };
        assert!(follow_up(children, &england(), &earlier, date("2026-11-20")).is_ok());
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let said = [
            FollowUpError::UnknownStage {
                id: "stage9".into(),
            }
            .to_string(),
            FollowUpError::NotADay { field: "on" }.to_string(),
            FollowUpError::InFuture {
                field: "on",
                date: date("2026-12-05"),
            }
            .to_string(),
            FollowUpError::ComplainedAfter {
                complained: date("2026-12-01"),
                standing: date("2026-11-20"),
            }
            .to_string(),
            FollowUpError::ExtendedBefore {
                extended_to: date("2026-11-19"),
                asked: date("2026-11-20"),
            }
            .to_string(),
        ];
        assert_eq!(
            said,
            [
                "the procedure has no stage with the id \"stage9\"",
                "on must be a day or a month, not still happening",
                "on (2026-12-05) is after today",
                "the complaint (2026-12-01) is dated after the stage's date (2026-11-20)",
                "the extension's new date (2026-11-19) is before the stage was asked for (2026-11-20)",
            ]
        );
        let timeline = FollowUpError::from(TimelineError::UnknownStage { id: "x".into() });
        assert_eq!(
            timeline.to_string(),
            "the procedure has no stage with the id \"x\""
        );
    }

    proptest! {
        /// No answer leaves a person nowhere to go: an answer to wait for, a
        /// stage to ask for, or the Ombudsman; and after a procedure's last
        /// stage, the Ombudsman is open.
        #[test]
        fn no_follow_up_is_a_dead_end(
            procedure in 0..built_in().len(),
            stage in 0usize..8,
            answered in any::<bool>(),
            day in 0i32..2000,
            wait in 0i32..800,
            service in prop::sample::select(vec![None, Some("adult-social-care"), Some("housing")]),
        ) {
            let procedure = &built_in()[procedure];
            let stage = &procedure.stages[stage % procedure.stages.len()];
            let day = date("2025-01-01").add_days(day);
            let standing = if answered {
                Standing::Answered { stage: stage.id.clone(), on: ApproximateDate::Exact(day) }
            } else {
                Standing::Waiting { stage: stage.id.clone(), asked: ApproximateDate::Exact(day), extended_to: None }
            };
            let earlier = Earlier { complained: None, service: service.map(str::to_owned), standing };
            let answer = follow_up(procedure, &england(), &earlier, day.add_days(wait)).unwrap();
            prop_assert!(answer.has_a_way_forward(), "{answer:?}");
            let last = procedure.stages.last().map(|last| &last.id) == Some(&stage.id);
            if answered && last && procedure.ombudsman.is_some() {
                prop_assert!(closes(&answer).is_some(), "{answer:?}");
            }
        }
    }
}
