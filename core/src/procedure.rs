//! Complaints procedures as data: stages, milestones and their clocks, the time
//! limit for making a complaint, the Ombudsman, and the ways a complaint can be
//! resolved. A council's procedure is a JSON profile; the built-in ones live in
//! `core/profiles/` and are compiled in.
//!
//! A milestone is a deadline: "Stage 1 response within 10 working days of
//! receipt, up to 20 with an extension". Its clock starts at an [`Anchor`]: an
//! [`Event`] of its stage (the complaint received, acknowledged, a stage
//! requested, a panel meeting held, a report received) or another milestone.
//!
//! Profiles that follow statutory or published rules say so in `framework`,
//! and [`Procedure::validate`] then checks their timescales against those
//! rules: a children's Stage 2 past 65 working days is an error, an adult
//! social care complaint taking more than 6 months without a reason is a
//! warning.

use crate::calendar::{Calendar, Division};
use crate::date::Date;
use crate::localized::Members;
use crate::problems::{self, Checked, Invalid, Problem, ProblemKind};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::sync::OnceLock;

/// A complaints procedure: the profile the timeline is computed from.
///
/// ```
/// use redress_core::procedure::built_in_procedure;
///
/// let children = built_in_procedure("children-statutory-england").unwrap();
/// let stage2 = children.milestone("stage2-response").unwrap();
/// assert_eq!((stage2.duration.normal, stage2.duration.maximum), (25, Some(65)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// Stable id, such as `children-statutory-england`.
    pub id: String,
    /// English name for staff and the command line.
    pub name: String,
    /// Fluent message id of the name shown in the wizard.
    pub message_id: String,
    /// What the procedure is and where its timescales come from.
    #[serde(default)]
    pub description: String,
    /// The UK nation whose law and Ombudsman apply.
    pub nation: Nation,
    /// The rules its timescales must keep to.
    #[serde(default)]
    pub framework: Framework,
    /// Where the figures come from (regulations, the council's pages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// The time limit for making a complaint, if the procedure sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit: Option<TimeLimit>,
    /// Where the person can go when still unhappy, and how long they have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ombudsman: Option<Ombudsman>,
    /// How the day a complaint arrives counts when it is not a working day.
    #[serde(default)]
    pub non_working_receipt: NonWorkingReceipt,
    /// The ways the person may ask for the complaint to be handled (on the
    /// spot, early resolution, formal investigation), for the wizard to offer,
    /// each with the stage the complaint then starts at.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resolution_options: Vec<ResolutionOption>,
    /// The stages, in order.
    pub stages: Vec<Stage>,
    /// The council's own words for this profile: by language tag (`en-GB`,
    /// `cy`), the text of each message id the profile names that Redress's
    /// message files do not have. Plain text, not Fluent. en-GB is required
    /// for each; another language without one shows the en-GB text.
    /// Built-in profiles have none: their text is in `locales/`.
    #[serde(default, skip_serializing_if = "OwnText::is_empty")]
    pub text: OwnText,
}

/// A council's own words, by language tag then message id: plain text, not
/// Fluent. A language without a message shows its en-GB text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OwnText(pub Members<Members<String>>);

impl OwnText {
    /// The text of message `id` in `lang`, else in en-GB; `None` when there
    /// is none (the message files' text is used).
    ///
    /// ```
    /// use redress_core::procedure::OwnText;
    ///
    /// let text: OwnText = serde_json::from_str(
    ///     r#"{ "en-GB": { "our-review": "Our review" }, "cy": { "our-review": "Ein hadolygiad" } }"#,
    /// ).unwrap();
    /// assert_eq!(text.get("cy", "our-review"), Some("Ein hadolygiad"));
    /// assert_eq!(text.get("pl", "our-review"), Some("Our review"));
    /// assert_eq!(text.get("cy", "stage1-response"), None);
    /// ```
    pub fn get(&self, lang: &str, id: &str) -> Option<&str> {
        crate::localized::in_language_or_english(lang, |lang| self.0.get(lang)?.get(id))
            .map(String::as_str)
    }

    /// Whether there is no text at all.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|(_, texts)| texts.is_empty())
    }

    /// Adds `other`'s text; where both have a message in a language, this
    /// one's stays. Returns the `(lang, id)` of each such message whose
    /// words differ.
    pub fn merge(&mut self, other: &OwnText) -> Vec<(String, String)> {
        let mut differing = Vec::new();
        for (lang, texts) in other.0.iter() {
            let mine = self.0.entry_or_default(lang);
            for (id, words) in texts.iter() {
                match mine.get(id) {
                    Some(kept) if kept != words => differing.push((lang.to_owned(), id.to_owned())),
                    Some(_) => {}
                    None => mine.insert(id.to_owned(), words.clone()),
                }
            }
        }
        differing
    }
}

/// How a complaint that arrives on a day that is not a working day counts, as
/// the procedure's own text says. (A council's cut-off time is its own rule:
/// arriving at or after it on a working day counts as the next working day,
/// whichever this is.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NonWorkingReceipt {
    /// The clocks count working days after the day it arrived, whatever that
    /// day was: "3 working days after the day on which it is received" from a
    /// Saturday ends on the Wednesday.
    #[default]
    CountsFromThatDay,
    /// It counts as received on the next working day, and the clocks count
    /// from there.
    NextWorkingDay,
}

/// A way the person may ask for their complaint to be handled, and where the
/// complaint then starts in the procedure. In JSON either the message id
/// alone (the complaint starts at the first stage) or an object.
///
/// ```
/// use redress_core::procedure::ResolutionOption;
///
/// let option: ResolutionOption = serde_json::from_str(
///     r#"{ "id": "resolution-formal-investigation", "starts_at": "stage2", "otherwise": "stage1" }"#,
/// ).unwrap();
/// assert_eq!(option.starts_at.as_deref(), Some("stage2"));
/// let plain: ResolutionOption = serde_json::from_str(r#""resolution-local""#).unwrap();
/// assert_eq!(plain.starts_at, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "OptionForm")]
pub struct ResolutionOption {
    /// Fluent message id of the choice, also its answer in the payload.
    pub id: String,
    /// Fluent message id of what choosing it means, shown under the choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The stage the complaint starts at; the first stage when none. Stages
    /// before it are not shown, and its `requested` event is the day the
    /// complaint is received (the complaint is the request).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    /// Where starting at `starts_at` needs the council's agreement: the stage
    /// the complaint starts at if the council does not agree.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub otherwise: Option<String>,
}

/// The two JSON forms of a [`ResolutionOption`].
#[derive(Deserialize)]
#[serde(untagged)]
enum OptionForm {
    Id(String),
    Full(OptionFields),
}

/// A [`ResolutionOption`] written as an object.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionFields {
    id: String,
    #[serde(default)]
    hint: Option<String>,
    #[serde(default)]
    starts_at: Option<String>,
    #[serde(default)]
    otherwise: Option<String>,
}

impl From<OptionForm> for ResolutionOption {
    fn from(form: OptionForm) -> Self {
        let fields = match form {
            OptionForm::Id(id) => OptionFields {
                id,
                hint: None,
                starts_at: None,
                otherwise: None,
            },
            OptionForm::Full(fields) => fields,
        };
        ResolutionOption {
            id: fields.id,
            hint: fields.hint,
            starts_at: fields.starts_at,
            otherwise: fields.otherwise,
        }
    }
}

/// Where a complaint starts in its procedure, from the handling chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The index of the stage it starts at.
    pub stage: usize,
    /// Where that needs the council's agreement: the index of the stage it
    /// starts at otherwise (an earlier one).
    pub otherwise: Option<usize>,
}

impl Entry {
    /// The first stage shown: the fallback's, when there is one.
    pub fn first_shown(self) -> usize {
        self.otherwise.unwrap_or(self.stage).min(self.stage)
    }
}

/// One stage of a procedure, such as "Stage 2: independent investigation".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Id, unique in the procedure, such as `stage2`.
    pub id: String,
    /// English name for staff and the command line.
    pub name: String,
    /// Fluent message id of the name shown in the wizard.
    pub message_id: String,
    /// Fluent message id of what happens at this stage, in a sentence or two,
    /// shown under its name (who looks at the complaint, and how).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_id: Option<String>,
    /// Whether the council decides if a request for this stage goes ahead
    /// (Barnsley's review: "They'll then decide if a review of your
    /// complaint will be undertaken").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub council_decides: bool,
    /// The deadlines in this stage. A stage without any (on-the-spot
    /// problem-solving) has no clock.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
}

/// A deadline in a stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// Id, unique in the procedure, such as `stage1-response`.
    pub id: String,
    /// English name for staff and the command line.
    pub name: String,
    /// Fluent message id for the wizard, such as `milestone-stage1-response`.
    pub message_id: String,
    /// Where the clock starts.
    pub anchor: Anchor,
    /// How long after the anchor.
    pub duration: Duration,
    /// The event of this stage that happens by this deadline (an
    /// acknowledgement deadline is the deadline for `acknowledged`). Until the
    /// event's real date is known, milestones anchored on it are dated from
    /// this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_for: Option<Event>,
    /// Whether the council may agree a longer timescale with no fixed maximum,
    /// explaining why and giving a new date.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open_extension: bool,
    /// The only service this deadline applies to (such as `adult-social-care`),
    /// if it is not the whole procedure's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Services this deadline does not apply to, because a deadline of their
    /// own replaces it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except_services: Vec<String>,
    /// Why a timescale is longer than its rules expect, where they allow that
    /// with reasons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
}

/// A timescale: a normal length, and optionally the shortest of a range
/// ("3 to 5 working days") and the longest with an extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duration {
    /// What is counted.
    pub unit: Unit,
    /// The normal timescale; for a range, its upper end.
    pub normal: u32,
    /// The lower end of a range, where the timescale is agreed within one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<u32>,
    /// The longest with an extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<u32>,
}

/// What a duration counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// Working days of the council's calendar; day 1 is the first working day
    /// after the anchor.
    WorkingDays,
    /// Calendar days.
    CalendarDays,
    /// Calendar months, ending on the same day of the month or the last day of
    /// a shorter month.
    Months,
}

/// Something that happens in a stage and starts a clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Event {
    /// The council received the complaint (after the cut-off rule).
    Received,
    /// The council acknowledged the complaint or the stage.
    Acknowledged,
    /// The person asked for the stage.
    Requested,
    /// A meeting or review panel was held.
    MeetingHeld,
    /// A report was received.
    ReportReceived,
}

/// Where a milestone's clock starts: an event of its stage or another
/// milestone. In JSON it is one string: an event name, or else a milestone id.
///
/// ```
/// use redress_core::procedure::{Anchor, Event};
///
/// let anchor: Anchor = serde_json::from_str("\"requested\"").unwrap();
/// assert_eq!(anchor, Anchor::Event(Event::Requested));
/// let anchor: Anchor = serde_json::from_str("\"stage2-response\"").unwrap();
/// assert_eq!(anchor, Anchor::Milestone("stage2-response".into()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Anchor {
    /// An event of the milestone's own stage.
    Event(Event),
    /// When another milestone is met.
    Milestone(String),
}

/// The UK nation whose complaints law applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nation {
    /// England.
    England,
    /// Wales.
    Wales,
    /// Scotland.
    Scotland,
    /// Northern Ireland.
    NorthernIreland,
}

/// The rules a procedure's timescales must keep to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Framework {
    /// The council's own procedure, with no outside limits.
    #[default]
    Local,
    /// Children's social care in England (Children Act 1989, SI 2006/1738).
    #[serde(rename = "children-act-1989-england")]
    ChildrenAct1989England,
    /// Adult social care in England (SI 2009/309).
    AdultSocialCareEngland,
    /// Social services in Wales (SI 2014/1794).
    SocialServicesWales,
    /// The Scottish Public Services Ombudsman's model complaints handling procedure.
    SpsoModel,
    /// The Public Services Ombudsman for Wales's model concerns and
    /// complaints policy, which Welsh councils adopt for their services
    /// other than social services.
    PsowModel,
    /// The Local Government and Social Care Ombudsman's Complaint Handling Code.
    LgscoComplaintHandlingCode,
}

/// The time limit for making a complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeLimit {
    /// How many months.
    pub months: u32,
    /// What the months count from.
    pub counts_from: CountsFrom,
    /// Whether a later complaint may still be considered for good reason.
    #[serde(default)]
    pub discretion: bool,
}

/// What a time limit counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CountsFrom {
    /// When the events happened.
    Happened,
    /// When the events happened or, if later, when the person found out.
    HappenedOrFoundOut,
}

/// The Ombudsman a person can go to when still unhappy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ombudsman {
    /// Id, such as `lgsco`.
    pub id: String,
    /// English name.
    pub name: String,
    /// Fluent message id of the name.
    pub message_id: String,
    /// How many months the person normally has to go to the Ombudsman.
    pub window_months: u32,
    /// What those months count from: when the person first knew about the
    /// matter (the LGSCO, PSOW and SPSO), or the council's final response
    /// (NIPSO).
    #[serde(default)]
    pub window_from: WindowFrom,
    /// Its phone line, where it is not one the wizard knows
    /// ([`crate::bodies`]), or to use another number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Its website (https), likewise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The milestones after which the person may go to the Ombudsman.
    pub after: Vec<OmbudsmanRoute>,
}

/// What an Ombudsman's window counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WindowFrom {
    /// When the person first had notice of the matter complained about.
    #[default]
    Notice,
    /// The council's final response.
    FinalResponse,
}

impl Ombudsman {
    /// How to reach the Ombudsman: the profile's own phone and website where
    /// it gives them, else those of the body the wizard knows by this id.
    pub fn contact(&self) -> (Option<String>, Option<String>) {
        let known = crate::bodies::body(&self.id);
        let phone = self
            .phone
            .clone()
            .or_else(|| known.and_then(|body| body.phone.map(str::to_owned)));
        let website = self
            .website
            .clone()
            .or_else(|| known.map(|body| body.website.to_owned()));
        (phone, website)
    }
}

/// A point in the procedure after which the person may go to the Ombudsman.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OmbudsmanRoute {
    /// The milestone (a final response) after which they may go.
    pub milestone: String,
    /// The only service this route is for, if it is not for all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
}

/// The rule a framework sets for one milestone.
enum Rule {
    /// A deadline the council must meet: at most `normal`, and with an extension
    /// at most what `extension` allows.
    CouncilDeadline {
        milestone: &'static str,
        unit: Unit,
        normal: u32,
        extension: Extension,
    },
    /// Time the person is given: at least `at_least`.
    PersonWindow {
        milestone: &'static str,
        unit: Unit,
        at_least: u32,
    },
}

/// How far the rules let a council deadline be extended.
#[derive(Clone, Copy)]
enum Extension {
    /// Not beyond the normal timescale.
    None,
    /// Up to this many units in all.
    UpTo(u32),
    /// To an agreed longer period, with reasons: longer normal timescales are
    /// warnings that a justification silences.
    Open,
}

struct Rules {
    source: &'static str,
    milestones: &'static [Rule],
    /// The shortest time limit for making a complaint, in months.
    time_limit_at_least: Option<u32>,
}

use Unit::{Months, WorkingDays};

/// A council deadline in working days.
const fn working_days(milestone: &'static str, normal: u32, extension: Extension) -> Rule {
    Rule::CouncilDeadline {
        milestone,
        unit: WorkingDays,
        normal,
        extension,
    }
}

const CHILDREN: Rules = Rules {
    source: "the Children Act 1989 representations procedure (SI 2006/1738)",
    milestones: &[
        working_days("stage1-response", 10, Extension::UpTo(20)),
        working_days("stage2-response", 25, Extension::UpTo(65)),
        Rule::PersonWindow {
            milestone: "stage2-request",
            unit: WorkingDays,
            at_least: 20,
        },
        Rule::PersonWindow {
            milestone: "stage3-request",
            unit: WorkingDays,
            at_least: 20,
        },
        working_days("stage3-panel-meeting", 30, Extension::None),
        working_days("stage3-panel-report", 5, Extension::None),
        working_days("stage3-response", 15, Extension::None),
    ],
    time_limit_at_least: Some(12),
};

const ADULTS: Rules = Rules {
    source: "the adult social care complaints regulations (SI 2009/309)",
    milestones: &[
        working_days("next-working-day-resolution", 1, Extension::None),
        working_days("acknowledgement", 3, Extension::None),
        Rule::CouncilDeadline {
            milestone: "completion",
            unit: Months,
            normal: 6,
            extension: Extension::Open,
        },
    ],
    time_limit_at_least: Some(12),
};

const WALES: Rules = Rules {
    source: "the social services complaints regulations for Wales (SI 2014/1794)",
    milestones: &[
        working_days("stage1-acknowledgement", 2, Extension::None),
        working_days("stage1-discussion", 10, Extension::None),
        working_days("stage2-response", 25, Extension::None),
    ],
    time_limit_at_least: None,
};

const SPSO: Rules = Rules {
    source: "the SPSO model complaints handling procedure",
    milestones: &[
        working_days("stage1-response", 5, Extension::UpTo(10)),
        working_days("stage2-acknowledgement", 3, Extension::None),
        working_days("stage2-response", 20, Extension::Open),
    ],
    time_limit_at_least: Some(6),
};

const PSOW: Rules = Rules {
    source: "the PSOW model concerns and complaints policy",
    milestones: &[
        working_days("stage1-response", 10, Extension::None),
        working_days("stage2-acknowledgement", 5, Extension::None),
        working_days("stage2-response", 20, Extension::Open),
    ],
    time_limit_at_least: Some(6),
};

const LGSCO_CODE: Rules = Rules {
    source: "the LGSCO Complaint Handling Code",
    milestones: &[
        working_days("stage1-acknowledgement", 5, Extension::None),
        working_days("stage1-response", 10, Extension::UpTo(20)),
        working_days("stage2-acknowledgement", 5, Extension::None),
        working_days("stage2-response", 20, Extension::Open),
    ],
    time_limit_at_least: None,
};

impl Framework {
    fn rules(self) -> Option<&'static Rules> {
        match self {
            Framework::Local => None,
            Framework::ChildrenAct1989England => Some(&CHILDREN),
            Framework::AdultSocialCareEngland => Some(&ADULTS),
            Framework::SocialServicesWales => Some(&WALES),
            Framework::SpsoModel => Some(&SPSO),
            Framework::PsowModel => Some(&PSOW),
            Framework::LgscoComplaintHandlingCode => Some(&LGSCO_CODE),
        }
    }
}

impl Rule {
    fn milestone(&self) -> &'static str {
        match self {
            Rule::CouncilDeadline { milestone, .. } | Rule::PersonWindow { milestone, .. } => {
                milestone
            }
        }
    }

    fn unit(&self) -> Unit {
        match self {
            Rule::CouncilDeadline { unit, .. } | Rule::PersonWindow { unit, .. } => *unit,
        }
    }

    /// The problems of `milestone` (at `path`) under this rule.
    fn check(&self, milestone: &Milestone, path: &str, source: &'static str) -> Vec<Problem> {
        let duration = &milestone.duration;
        let unit = self.unit();
        if duration.unit != unit {
            return vec![Problem::error(
                format!("{path}.duration.unit"),
                ProblemKind::WrongUnit {
                    unit: duration.unit,
                    expected: unit,
                    source,
                },
            )];
        }
        let mut problems = Vec::new();
        match *self {
            Rule::PersonWindow { at_least, .. } => {
                if duration.normal < at_least {
                    problems.push(Problem::error(
                        format!("{path}.duration.normal"),
                        ProblemKind::BelowLimit {
                            amount: duration.normal,
                            unit,
                            limit: at_least,
                            source,
                        },
                    ));
                }
            }
            Rule::CouncilDeadline {
                normal, extension, ..
            } => {
                if duration.normal > normal {
                    let path = format!("{path}.duration.normal");
                    if matches!(extension, Extension::Open) {
                        if milestone.justification.is_none() {
                            problems.push(Problem::warning(
                                path,
                                ProblemKind::NeedsJustification {
                                    amount: duration.normal,
                                    unit,
                                    limit: normal,
                                    source,
                                },
                            ));
                        }
                    } else {
                        problems.push(Problem::error(
                            path,
                            ProblemKind::AboveLimit {
                                amount: duration.normal,
                                unit,
                                limit: normal,
                                source,
                            },
                        ));
                    }
                }
                let most = match extension {
                    Extension::None => Some(normal),
                    Extension::UpTo(most) => Some(most),
                    Extension::Open => None,
                };
                if let Some(most) = most {
                    if milestone.open_extension {
                        problems.push(Problem::error(
                            format!("{path}.open_extension"),
                            ProblemKind::OpenExtensionPastLimit {
                                limit: most,
                                unit,
                                source,
                            },
                        ));
                    }
                    if let Some(maximum) = duration.maximum.filter(|&maximum| maximum > most) {
                        problems.push(Problem::error(
                            format!("{path}.duration.maximum"),
                            ProblemKind::AboveLimit {
                                amount: maximum,
                                unit,
                                limit: most,
                                source,
                            },
                        ));
                    }
                }
            }
        }
        problems
    }
}

impl Unit {
    /// The date `amount` of this unit after `date` in `calendar`.
    ///
    /// ```
    /// use redress_core::calendar::{Calendar, Division};
    /// use redress_core::date::Date;
    /// use redress_core::procedure::Unit;
    ///
    /// let calendar = Calendar::new(Division::EnglandAndWales);
    /// let start = Date::new(2026, 8, 31).unwrap();
    /// assert_eq!(Unit::Months.add(&calendar, start, 6).to_string(), "2027-02-28");
    /// assert_eq!(Unit::CalendarDays.add(&calendar, start, 1).to_string(), "2026-09-01");
    /// assert_eq!(Unit::WorkingDays.add(&calendar, start, 1).to_string(), "2026-09-01");
    /// ```
    pub fn add(self, calendar: &Calendar, date: Date, amount: u32) -> Date {
        match self {
            Unit::WorkingDays => calendar.add_working_days(date, amount),
            Unit::CalendarDays => date.add_days(amount as i32),
            Unit::Months => date.add_months(amount as i32),
        }
    }

    /// The longest duration in this unit a profile may set: longer is surely
    /// a typo, and bounding it keeps working-day counting quick.
    pub const fn most(self) -> u32 {
        match self {
            Unit::WorkingDays => 1000,
            Unit::CalendarDays => 1500,
            Unit::Months => 60,
        }
    }

    /// The unit's English plural, such as `working days`.
    pub const fn plural(self) -> &'static str {
        match self {
            Unit::WorkingDays => "working days",
            Unit::CalendarDays => "calendar days",
            Unit::Months => "months",
        }
    }

    /// An amount in English, such as `1 working day` or `6 months`.
    pub fn quantity(self, amount: u32) -> String {
        let plural = self.plural();
        let word = if amount == 1 {
            plural.strip_suffix('s').unwrap_or(plural)
        } else {
            plural
        };
        format!("{amount} {word}")
    }
}

impl Event {
    /// Every event.
    pub const ALL: [Event; 5] = [
        Event::Received,
        Event::Acknowledged,
        Event::Requested,
        Event::MeetingHeld,
        Event::ReportReceived,
    ];

    /// The name used in profiles, such as `meeting-held`.
    pub const fn id(self) -> &'static str {
        match self {
            Event::Received => "received",
            Event::Acknowledged => "acknowledged",
            Event::Requested => "requested",
            Event::MeetingHeld => "meeting-held",
            Event::ReportReceived => "report-received",
        }
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Anchor {
    /// The string used in profiles: the event name or the milestone id.
    pub fn id(&self) -> &str {
        match self {
            Anchor::Event(event) => event.id(),
            Anchor::Milestone(id) => id,
        }
    }
}

impl Serialize for Anchor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Anchor {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Anchor, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(Event::ALL
            .into_iter()
            .find(|event| event.id() == text)
            .map_or(Anchor::Milestone(text), Anchor::Event))
    }
}

impl Nation {
    /// The bank-holiday division a council in this nation normally uses.
    pub const fn division(self) -> Division {
        match self {
            Nation::England | Nation::Wales => Division::EnglandAndWales,
            Nation::Scotland => Division::Scotland,
            Nation::NorthernIreland => Division::NorthernIreland,
        }
    }

    /// The nation's name in English, for messages to a council's web team.
    pub const fn name(self) -> &'static str {
        match self {
            Nation::England => "England",
            Nation::Wales => "Wales",
            Nation::Scotland => "Scotland",
            Nation::NorthernIreland => "Northern Ireland",
        }
    }
}

/// Warnings when a council's procedures, or its calendar, belong to another
/// nation than its own: the first procedure given (its general one) sets
/// the nation. A person would be told the wrong law, sent to the wrong
/// Ombudsman or counted on the wrong bank holidays. Where Trusts run social
/// care (Northern Ireland) the social care procedures are not used, so give
/// only the general one.
///
/// ```
/// use redress_core::calendar::Division;
/// use redress_core::procedure::{built_in_procedure, mixed_nations};
///
/// let wales = built_in_procedure("wales-social-services").unwrap();
/// let england = built_in_procedure("adult-statutory-england").unwrap();
/// let found = mixed_nations(
///     &[("procedures.general", wales), ("procedures.adults", england)],
///     Some(("calendar.division", Division::Scotland)),
/// );
/// let paths: Vec<&str> = found.iter().map(|p| p.path.as_str()).collect();
/// assert_eq!(paths, ["procedures.adults", "calendar.division"]);
/// ```
pub fn mixed_nations(
    procedures: &[(&str, &Procedure)],
    calendar: Option<(&str, Division)>,
) -> Vec<Problem> {
    let Some((_, first)) = procedures.first() else {
        return Vec::new();
    };
    let nation = first.nation;
    let mut found: Vec<Problem> = procedures
        .iter()
        .filter(|(_, procedure)| procedure.nation != nation)
        .map(|(path, procedure)| {
            Problem::warning(
                *path,
                ProblemKind::OtherNation {
                    what: format!("the procedure \"{}\"", procedure.id),
                    nation: procedure.nation,
                    expected: nation,
                },
            )
        })
        .collect();
    if let Some((path, division)) = calendar.filter(|(_, d)| *d != nation.division()) {
        found.push(Problem::warning(
            path,
            ProblemKind::OtherDivision { division, nation },
        ));
    }
    found
}

/// Whether `text` is an https address with a host and no spaces.
pub fn is_https_address(text: &str) -> bool {
    text.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && !text.contains(char::is_whitespace)
}

/// Whether `text` is lower-case ASCII letters and digits joined by single
/// hyphens, the shape of ids and Fluent message ids here.
fn is_kebab_case(text: &str) -> bool {
    !text.is_empty()
        && text.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Problems of a required id-like text at `path`.
fn check_id(path: String, value: &str, problems: &mut Vec<Problem>) {
    if !is_kebab_case(value) {
        problems.push(Problem::error(
            path,
            ProblemKind::NotKebabCase {
                value: value.to_owned(),
            },
        ));
    }
}

/// A problem when `id` (at `path`) is already in `seen`; else remembers it.
fn check_unique<'a>(
    seen: &mut Vec<&'a str>,
    path: String,
    id: &'a str,
    problems: &mut Vec<Problem>,
) {
    if seen.contains(&id) {
        problems.push(Problem::error(
            path,
            ProblemKind::DuplicateId { id: id.to_owned() },
        ));
    } else {
        seen.push(id);
    }
}

/// Problems of a required English text at `path`.
fn check_text(path: String, value: &str, problems: &mut Vec<Problem>) {
    if value.trim().is_empty() {
        problems.push(Problem::error(path, ProblemKind::Empty));
    }
}

/// Problems of an amount of `unit` at `path`.
fn check_amount(path: String, amount: u32, unit: Unit, problems: &mut Vec<Problem>) {
    if amount == 0 {
        problems.push(Problem::error(path, ProblemKind::ZeroDuration));
    } else if amount > unit.most() {
        problems.push(Problem::error(
            path,
            ProblemKind::TooLong {
                amount,
                unit,
                most: unit.most(),
            },
        ));
    }
}

impl Duration {
    fn problems(&self, path: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        check_amount(
            format!("{path}.normal"),
            self.normal,
            self.unit,
            &mut problems,
        );
        if let Some(minimum) = self.minimum {
            check_amount(format!("{path}.minimum"), minimum, self.unit, &mut problems);
            if minimum > self.normal {
                problems.push(Problem::error(
                    format!("{path}.minimum"),
                    ProblemKind::MinimumAboveNormal {
                        minimum,
                        normal: self.normal,
                    },
                ));
            }
        }
        if let Some(maximum) = self.maximum {
            check_amount(format!("{path}.maximum"), maximum, self.unit, &mut problems);
            if maximum < self.normal {
                problems.push(Problem::error(
                    format!("{path}.maximum"),
                    ProblemKind::NormalAboveMaximum {
                        normal: self.normal,
                        maximum,
                    },
                ));
            }
        }
        problems
    }
}

/// A milestone with where it sits: the unit the timeline resolves.
#[derive(Clone, Copy)]
pub(crate) struct Placed<'a> {
    pub stage_index: usize,
    pub milestone_index: usize,
    pub stage: &'a Stage,
    pub milestone: &'a Milestone,
}

impl Placed<'_> {
    /// The field path of the milestone, such as `stages[1].milestones[0]`.
    pub fn path(&self) -> String {
        format!(
            "stages[{}].milestones[{}]",
            self.stage_index, self.milestone_index
        )
    }
}

impl Procedure {
    /// Reads a procedure profile from JSON and checks it. Errors name the line
    /// and column of bad JSON, or the field at fault and the limit broken.
    ///
    /// ```
    /// use redress_core::procedure::Procedure;
    ///
    /// let json = include_str!("../profiles/children-statutory-england.json")
    ///     .replace("\"maximum\": 65", "\"maximum\": 70");
    /// let invalid = Procedure::from_json(&json).unwrap_err();
    /// assert_eq!(invalid.problems[0].path, "stages[2].milestones[1].duration.maximum");
    /// assert!(invalid.problems[0].to_string().contains("70 working days is more than the 65 working days"));
    /// ```
    pub fn from_json(text: &str) -> Result<Checked<Procedure>, Invalid> {
        problems::load(text, Procedure::validate)
    }

    /// Every problem with this profile, errors and warnings, each naming the
    /// field path and, for a rule of its framework, the limit.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        check_id("id".into(), &self.id, &mut problems);
        check_text("name".into(), &self.name, &mut problems);
        check_id("message_id".into(), &self.message_id, &mut problems);
        self.check_options(&mut problems);
        if self.stages.is_empty() {
            problems.push(Problem::error("stages", ProblemKind::Empty));
        }
        let mut seen_ids: Vec<&str> = Vec::new();
        for (index, stage) in self.stages.iter().enumerate() {
            let path = format!("stages[{index}]");
            check_id(format!("{path}.id"), &stage.id, &mut problems);
            check_unique(
                &mut seen_ids,
                format!("{path}.id"),
                &stage.id,
                &mut problems,
            );
            check_text(format!("{path}.name"), &stage.name, &mut problems);
            check_id(
                format!("{path}.message_id"),
                &stage.message_id,
                &mut problems,
            );
            if let Some(description) = &stage.description_id {
                check_id(format!("{path}.description_id"), description, &mut problems);
            }
        }
        let placed = self.placed();
        for (index, place) in placed.iter().enumerate() {
            let path = place.path();
            let milestone = place.milestone;
            check_id(format!("{path}.id"), &milestone.id, &mut problems);
            check_unique(
                &mut seen_ids,
                format!("{path}.id"),
                &milestone.id,
                &mut problems,
            );
            check_text(format!("{path}.name"), &milestone.name, &mut problems);
            check_id(
                format!("{path}.message_id"),
                &milestone.message_id,
                &mut problems,
            );
            if let Some(service) = &milestone.service {
                check_id(format!("{path}.service"), service, &mut problems);
            }
            for (service_index, service) in milestone.except_services.iter().enumerate() {
                check_id(
                    format!("{path}.except_services[{service_index}]"),
                    service,
                    &mut problems,
                );
            }
            problems.extend(milestone.duration.problems(&format!("{path}.duration")));
            if let Anchor::Milestone(id) = &milestone.anchor {
                if self.milestone(id).is_none() {
                    problems.push(Problem::error(
                        format!("{path}.anchor"),
                        ProblemKind::UnknownMilestone { id: id.clone() },
                    ));
                }
            }
            if let Some(event) = milestone.deadline_for {
                let earlier_twin = placed[..index].iter().any(|other| {
                    other.stage_index == place.stage_index
                        && other.milestone.deadline_for == Some(event)
                });
                if earlier_twin {
                    problems.push(Problem::error(
                        format!("{path}.deadline_for"),
                        ProblemKind::DuplicateEventDeadline { event },
                    ));
                }
            }
        }
        if let Err(cycle) = self.resolution_order() {
            let first = placed[cycle[0]];
            problems.push(Problem::error(
                format!("{}.anchor", first.path()),
                ProblemKind::Cycle {
                    milestones: cycle
                        .iter()
                        .map(|&i| placed[i].milestone.id.clone())
                        .collect(),
                },
            ));
        }
        if let Some(time_limit) = &self.time_limit {
            check_amount(
                "time_limit.months".into(),
                time_limit.months,
                Months,
                &mut problems,
            );
        }
        if let Some(ombudsman) = &self.ombudsman {
            check_id("ombudsman.id".into(), &ombudsman.id, &mut problems);
            check_text("ombudsman.name".into(), &ombudsman.name, &mut problems);
            check_id(
                "ombudsman.message_id".into(),
                &ombudsman.message_id,
                &mut problems,
            );
            check_amount(
                "ombudsman.window_months".into(),
                ombudsman.window_months,
                Months,
                &mut problems,
            );
            self.check_ombudsman_contact(ombudsman, &mut problems);
            for (index, route) in ombudsman.after.iter().enumerate() {
                if self.milestone(&route.milestone).is_none() {
                    problems.push(Problem::error(
                        format!("ombudsman.after[{index}].milestone"),
                        ProblemKind::UnknownMilestone {
                            id: route.milestone.clone(),
                        },
                    ));
                }
            }
        }
        if let Some(rules) = self.framework.rules() {
            problems.extend(self.framework_problems(rules, &placed));
        }
        self.check_own_text(&mut problems);
        problems
    }

    /// The profile's own text: each entry a kebab-case id with words, an
    /// en-GB text for every message given in another language, and every
    /// en-GB text used by the profile.
    fn check_own_text(&self, problems: &mut Vec<Problem>) {
        let source = self.text.0.get(crate::language::SOURCE);
        let used: Vec<&str> = self.message_ids().into_iter().map(|(_, id)| id).collect();
        for (lang, texts) in self.text.0.iter() {
            for (id, words) in texts.iter() {
                let path = format!("text.{lang}.{id}");
                check_id(path.clone(), id, problems);
                check_text(path.clone(), words, problems);
                if lang == crate::language::SOURCE {
                    if !used.contains(&id) {
                        let id = id.to_owned();
                        problems.push(Problem::warning(path, ProblemKind::UnusedText { id }));
                    }
                } else if !source.is_some_and(|source| source.contains_key(id)) {
                    let id = id.to_owned();
                    problems.push(Problem::error(path, ProblemKind::NoSourceText { id }));
                }
            }
        }
    }

    /// The Ombudsman's phone and website: well formed where given, and some
    /// way to reach it; and, when it is one the wizard knows, that it is the
    /// Ombudsman of the procedure's own nation.
    fn check_ombudsman_contact(&self, ombudsman: &Ombudsman, problems: &mut Vec<Problem>) {
        if let Some(phone) = &ombudsman.phone {
            if crate::validate::phone(phone).is_none() {
                problems.push(Problem::error(
                    "ombudsman.phone",
                    ProblemKind::NotPhone {
                        value: phone.clone(),
                    },
                ));
            }
        }
        if let Some(website) = &ombudsman.website {
            if !is_https_address(website) {
                problems.push(Problem::error(
                    "ombudsman.website",
                    ProblemKind::NotHttps {
                        value: website.clone(),
                    },
                ));
            }
        }
        match crate::bodies::body(&ombudsman.id) {
            Some(known) if known.nation != self.nation => problems.push(Problem::warning(
                "ombudsman.id",
                ProblemKind::OtherNation {
                    what: format!("the Ombudsman \"{}\"", ombudsman.id),
                    nation: known.nation,
                    expected: self.nation,
                },
            )),
            None if ombudsman.phone.is_none() && ombudsman.website.is_none() => {
                problems.push(Problem::warning(
                    "ombudsman",
                    ProblemKind::NoContact {
                        id: ombudsman.id.clone(),
                    },
                ))
            }
            _ => {}
        }
    }

    /// The handling options: their ids, and that each starts at a stage that
    /// exists, with a fallback before it, leaving nothing undatable.
    fn check_options(&self, problems: &mut Vec<Problem>) {
        let mut seen: Vec<&str> = Vec::new();
        for (index, option) in self.resolution_options.iter().enumerate() {
            let path = format!("resolution_options[{index}]");
            check_id(format!("{path}.id"), &option.id, problems);
            check_unique(&mut seen, format!("{path}.id"), &option.id, problems);
            if let Some(hint) = &option.hint {
                check_id(format!("{path}.hint"), hint, problems);
            }
            let stage_index = |field: &str, id: &Option<String>, problems: &mut Vec<Problem>| {
                let id = id.as_ref()?;
                let found = self.stage_index(id);
                if found.is_none() {
                    problems.push(Problem::error(
                        format!("{path}.{field}"),
                        ProblemKind::UnknownStage { id: id.clone() },
                    ));
                }
                found
            };
            let starts_at = stage_index("starts_at", &option.starts_at, problems);
            let otherwise = stage_index("otherwise", &option.otherwise, problems);
            if let (Some(start), Some(fallback)) = (starts_at, otherwise) {
                if fallback >= start {
                    problems.push(Problem::error(
                        format!("{path}.otherwise"),
                        ProblemKind::FallbackNotEarlier {
                            starts_at: self.stages[start].id.clone(),
                            otherwise: self.stages[fallback].id.clone(),
                        },
                    ));
                }
            }
            for first in [starts_at, otherwise].into_iter().flatten() {
                self.check_skipped_anchors(first, &format!("{path}.starts_at"), problems);
            }
        }
    }

    /// Problems when the stages before `first` are skipped: a milestone shown
    /// from `first` on that counts from one before it.
    fn check_skipped_anchors(&self, first: usize, path: &str, problems: &mut Vec<Problem>) {
        let stage_of = |id: &str| {
            self.stages
                .iter()
                .position(|stage| stage.milestones.iter().any(|m| m.id == id))
        };
        for (index, stage) in self.stages.iter().enumerate().skip(first) {
            // The starting stage's own request deadline is not shown: the
            // complaint is the request.
            let shown = stage.milestones.iter().filter(|milestone| {
                !(index == first && milestone.deadline_for == Some(Event::Requested))
            });
            for milestone in shown {
                if let Anchor::Milestone(anchor) = &milestone.anchor {
                    if stage_of(anchor).is_some_and(|at| at < first) {
                        problems.push(Problem::error(
                            path.to_owned(),
                            ProblemKind::CountsFromSkippedStage {
                                milestone: milestone.id.clone(),
                                anchor: anchor.clone(),
                            },
                        ));
                    }
                }
            }
        }
    }

    /// The index of the stage with this id.
    pub fn stage_index(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|stage| stage.id == id)
    }

    /// Every Fluent message id the profile names, with its field path, so
    /// the wizard can check it has text for each: the procedure's name, each
    /// stage's name and description, each milestone's, the Ombudsman's, and
    /// each handling option's label and hint.
    ///
    /// ```
    /// let children = redress_core::procedure::built_in_procedure("children-statutory-england").unwrap();
    /// let ids = children.message_ids();
    /// assert_eq!(ids[0], ("message_id".to_owned(), "procedure-children-statutory-england"));
    /// assert!(ids.contains(&("resolution_options[2].hint".to_owned(), "resolution-stage2-first-hint")));
    /// ```
    pub fn message_ids(&self) -> Vec<(String, &str)> {
        let mut ids = vec![("message_id".to_owned(), self.message_id.as_str())];
        for (s, stage) in self.stages.iter().enumerate() {
            ids.push((format!("stages[{s}].message_id"), &stage.message_id));
            if let Some(description) = &stage.description_id {
                ids.push((format!("stages[{s}].description_id"), description));
            }
            for (m, milestone) in stage.milestones.iter().enumerate() {
                ids.push((
                    format!("stages[{s}].milestones[{m}].message_id"),
                    &milestone.message_id,
                ));
            }
        }
        if let Some(ombudsman) = &self.ombudsman {
            ids.push(("ombudsman.message_id".into(), &ombudsman.message_id));
        }
        for (o, option) in self.resolution_options.iter().enumerate() {
            ids.push((format!("resolution_options[{o}].id"), &option.id));
            if let Some(hint) = &option.hint {
                ids.push((format!("resolution_options[{o}].hint"), hint));
            }
        }
        ids
    }

    /// The handling option with this id.
    pub fn resolution_option(&self, id: &str) -> Option<&ResolutionOption> {
        self.resolution_options
            .iter()
            .find(|option| option.id == id)
    }

    /// Where a complaint handled the way `option` says starts; at the first
    /// stage when there is no option, or it is not one of this procedure's.
    ///
    /// ```
    /// let children = redress_core::procedure::built_in_procedure("children-statutory-england").unwrap();
    /// let entry = children.entry(Some("resolution-formal-investigation"));
    /// assert_eq!(children.stages[entry.stage].id, "stage2");
    /// assert_eq!(entry.otherwise.map(|i| children.stages[i].id.as_str()), Some("stage1"));
    /// ```
    pub fn entry(&self, option: Option<&str>) -> Entry {
        let index = |id: &Option<String>| id.as_deref().and_then(|id| self.stage_index(id));
        match option.and_then(|id| self.resolution_option(id)) {
            Some(option) => Entry {
                stage: index(&option.starts_at).unwrap_or(0),
                otherwise: index(&option.otherwise),
            },
            None => Entry {
                stage: 0,
                otherwise: None,
            },
        }
    }

    fn framework_problems(&self, rules: &Rules, placed: &[Placed<'_>]) -> Vec<Problem> {
        let source = rules.source;
        let mut problems = Vec::new();
        for rule in rules.milestones {
            match placed
                .iter()
                .find(|place| place.milestone.id == rule.milestone())
            {
                Some(place) => problems.extend(rule.check(place.milestone, &place.path(), source)),
                None => problems.push(Problem::error(
                    "stages",
                    ProblemKind::MissingMilestone {
                        id: rule.milestone().to_owned(),
                        source,
                    },
                )),
            }
        }
        if let Some(at_least) = rules.time_limit_at_least {
            match &self.time_limit {
                None => problems.push(Problem::error(
                    "time_limit",
                    ProblemKind::BelowLimit {
                        amount: 0,
                        unit: Months,
                        limit: at_least,
                        source,
                    },
                )),
                Some(limit) if limit.months < at_least => problems.push(Problem::error(
                    "time_limit.months",
                    ProblemKind::BelowLimit {
                        amount: limit.months,
                        unit: Months,
                        limit: at_least,
                        source,
                    },
                )),
                Some(_) => {}
            }
        }
        problems
    }

    /// The stage with this id.
    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|stage| stage.id == id)
    }

    /// The milestone with this id, in whichever stage.
    pub fn milestone(&self, id: &str) -> Option<&Milestone> {
        self.stages
            .iter()
            .flat_map(|stage| &stage.milestones)
            .find(|milestone| milestone.id == id)
    }

    /// The first stage whose milestones start from or are the deadline for
    /// `event`: where "the acknowledgement date" of a complaint belongs.
    pub fn first_stage_using(&self, event: Event) -> Option<&Stage> {
        self.stages.iter().find(|stage| {
            stage.milestones.iter().any(|milestone| {
                milestone.anchor == Anchor::Event(event) || milestone.deadline_for == Some(event)
            })
        })
    }

    /// Every milestone with its place, in stage order.
    pub(crate) fn placed(&self) -> Vec<Placed<'_>> {
        self.stages
            .iter()
            .enumerate()
            .flat_map(|(stage_index, stage)| {
                stage
                    .milestones
                    .iter()
                    .enumerate()
                    .map(move |(milestone_index, milestone)| Placed {
                        stage_index,
                        milestone_index,
                        stage,
                        milestone,
                    })
            })
            .collect()
    }

    /// The index (in [`Procedure::placed`] order) of the milestone whose date
    /// the milestone at `index` is counted from, if any: the milestone named by
    /// its anchor, or the deadline for its anchor event in its stage.
    pub(crate) fn dependency(&self, placed: &[Placed<'_>], index: usize) -> Option<usize> {
        let place = &placed[index];
        match &place.milestone.anchor {
            Anchor::Milestone(id) => placed.iter().position(|other| &other.milestone.id == id),
            Anchor::Event(Event::Received) => None,
            Anchor::Event(event) => placed.iter().position(|other| {
                other.stage_index == place.stage_index
                    && other.milestone.deadline_for == Some(*event)
            }),
        }
    }

    /// The milestones (as [`Procedure::placed`] indices) in an order where each
    /// comes after the one it is counted from, or the indices of a loop of
    /// milestones waiting for each other.
    pub(crate) fn resolution_order(&self) -> Result<Vec<usize>, Vec<usize>> {
        let placed = self.placed();
        let mut done = vec![false; placed.len()];
        let mut order = Vec::with_capacity(placed.len());
        for start in 0..placed.len() {
            // Each milestone depends on at most one other, so follow the chain.
            let mut chain: Vec<usize> = Vec::new();
            let mut next = Some(start);
            while let Some(index) = next.filter(|&index| !done[index]) {
                if let Some(position) = chain.iter().position(|&seen| seen == index) {
                    return Err(chain[position..].to_vec());
                }
                chain.push(index);
                next = self.dependency(&placed, index);
            }
            for &index in chain.iter().rev() {
                done[index] = true;
                order.push(index);
            }
        }
        Ok(order)
    }
}

/// The built-in profiles' JSON, compiled in.
const BUILT_IN_JSON: [&str; 9] = [
    include_str!("../profiles/children-statutory-england.json"),
    include_str!("../profiles/adult-statutory-england.json"),
    include_str!("../profiles/general-council-000.json"),
    include_str!("../profiles/general-barnsley.json"),
    include_str!("../profiles/lgsco-complaint-handling-code.json"),
    include_str!("../profiles/wales-social-services.json"),
    include_str!("../profiles/wales-psow-model.json"),
    include_str!("../profiles/scotland-spso.json"),
    include_str!("../profiles/northern-ireland-nipso-model.json"),
];

/// The built-in procedure profiles, parsed once.
///
/// ```
/// let ids: Vec<&str> = redress_core::procedure::built_in()
///     .iter()
///     .map(|procedure| procedure.id.as_str())
///     .collect();
/// assert!(ids.contains(&"general-barnsley"));
/// ```
pub fn built_in() -> &'static [Procedure] {
    static PROCEDURES: OnceLock<Vec<Procedure>> = OnceLock::new();
    PROCEDURES.get_or_init(|| {
        BUILT_IN_JSON
            .iter()
            .map(|json| match Procedure::from_json(json) {
                Ok(checked) => checked.value,
                // The tests load every built-in profile, so this cannot ship.
                Err(invalid) => panic!("a built-in procedure profile is invalid: {invalid}"),
            })
            .collect()
    })
}

/// The built-in procedure with this id.
pub fn built_in_procedure(id: &str) -> Option<&'static Procedure> {
    built_in().iter().find(|procedure| procedure.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_https_address_has_a_host_and_no_spaces() {
        for good in ["https://www.lgo.org.uk", "https://a.example/page?x=1"] {
            assert!(is_https_address(good), "{good}");
        }
        for bad in [
            "http://www.lgo.org.uk",
            "https://",
            "https:///path",
            "https://www.lgo.org.uk/a b",
            "www.lgo.org.uk",
        ] {
            assert!(!is_https_address(bad), "{bad}");
        }
    }
    use crate::problems::Severity;

    fn children_json() -> String {
        BUILT_IN_JSON[0].to_owned()
    }

    fn problems_of(json: &str) -> Vec<String> {
        match Procedure::from_json(json) {
            Ok(checked) => checked.warnings.iter().map(ToString::to_string).collect(),
            Err(invalid) => invalid.problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn every_built_in_profile_is_valid_without_warnings() {
        for json in BUILT_IN_JSON {
            let checked = Procedure::from_json(json).unwrap_or_else(|invalid| panic!("{invalid}"));
            assert!(checked.warnings.is_empty(), "{:?}", checked.warnings);
        }
        assert_eq!(built_in().len(), BUILT_IN_JSON.len());
        let mut ids: Vec<&str> = built_in().iter().map(|p| p.id.as_str()).collect();
        ids.dedup();
        assert_eq!(ids.len(), BUILT_IN_JSON.len());
    }

    #[test]
    fn event_names_match_serde() {
        for event in Event::ALL {
            assert_eq!(
                serde_json::to_string(&event).unwrap(),
                format!("\"{}\"", event.id())
            );
        }
    }

    #[test]
    fn childrens_stage_limits_are_errors() {
        let stage2_too_long = children_json().replace("\"maximum\": 65", "\"maximum\": 70");
        assert_eq!(
            problems_of(&stage2_too_long),
            [
                "error: stages[2].milestones[1].duration.maximum: 70 working days is more than \
              the 65 working days allowed by the Children Act 1989 representations procedure \
              (SI 2006/1738)"
            ]
        );
        let stage1_too_long = children_json().replace("\"maximum\": 20", "\"maximum\": 25");
        assert_eq!(
            problems_of(&stage1_too_long),
            [
                "error: stages[1].milestones[0].duration.maximum: 25 working days is more than \
              the 20 working days allowed by the Children Act 1989 representations procedure \
              (SI 2006/1738)"
            ]
        );
        let stage1_normal = children_json().replace("\"normal\": 10", "\"normal\": 12");
        assert_eq!(problems_of(&stage1_normal).len(), 1);
        assert!(problems_of(&stage1_normal)[0].contains("stages[1].milestones[0].duration.normal"));
        let in_calendar_days = children_json().replacen(
            "\"unit\": \"working-days\"",
            "\"unit\": \"calendar-days\"",
            1,
        );
        assert_eq!(
            problems_of(&in_calendar_days),
            ["error: stages[1].milestones[0].duration.unit: the Children Act 1989 \
              representations procedure (SI 2006/1738) sets this in working days, not calendar days"]
        );
        let shorter_request = children_json().replace("\"normal\": 20", "\"normal\": 15");
        assert!(problems_of(&shorter_request)[0]
            .contains("15 working days is less than the 20 working days the person is given"));
    }

    #[test]
    fn adult_completion_past_six_months_needs_a_reason() {
        let adult = BUILT_IN_JSON[1];
        let seven_months = adult.replace("\"normal\": 6", "\"normal\": 7");
        let checked = Procedure::from_json(&seven_months).unwrap();
        assert_eq!(checked.warnings.len(), 1);
        assert_eq!(checked.warnings[0].severity, Severity::Warning);
        assert_eq!(
            checked.warnings[0].to_string(),
            "warning: stages[1].milestones[1].duration.normal: 7 months is more than the 6 months \
             expected by the adult social care complaints regulations (SI 2009/309); a longer \
             period needs reasons: give them in this milestone's \"justification\""
        );
        let with_reason = seven_months.replace(
            "\"open_extension\": true",
            "\"open_extension\": true, \"justification\": \"Our investigations include NHS partners.\"",
        );
        assert!(Procedure::from_json(&with_reason)
            .unwrap()
            .warnings
            .is_empty());
    }

    #[test]
    fn structural_problems() {
        let unknown_anchor = children_json().replace(
            "\"anchor\": \"stage2-response\"",
            "\"anchor\": \"stage-2-response\"",
        );
        assert_eq!(
            problems_of(&unknown_anchor),
            ["error: stages[3].milestones[0].anchor: there is no milestone with the id \"stage-2-response\""]
        );
        let loop_json = children_json().replace(
            "\"anchor\": \"stage2-response\"",
            "\"anchor\": \"stage3-response\"",
        );
        assert_eq!(
            problems_of(&loop_json),
            ["error: stages[3].milestones[0].anchor: these milestones wait for each other in a \
              loop: stage3-request -> stage3-response -> stage3-panel-report -> stage3-panel-meeting"]
        );
        let duplicate =
            children_json().replace("\"id\": \"stage3-response\"", "\"id\": \"stage2-response\"");
        assert!(problems_of(&duplicate).contains(
            &"error: stages[3].milestones[3].id: the id \"stage2-response\" is used more than once"
                .to_owned()
        ));
        let bad_message_id =
            children_json().replace("\"milestone-stage1-response\"", "\"Milestone stage 1\"");
        assert!(problems_of(&bad_message_id)[0].starts_with(
            "error: stages[1].milestones[0].message_id: \"Milestone stage 1\" must be lower-case"
        ));
        let minimum_above =
            children_json().replace("\"normal\": 10", "\"normal\": 10, \"minimum\": 11");
        assert!(problems_of(&minimum_above)[0].contains("the minimum (11) must not be more than"));
        let zero = children_json().replace("\"normal\": 5", "\"normal\": 0");
        assert_eq!(
            problems_of(&zero),
            ["error: stages[3].milestones[2].duration.normal: must be at least 1"]
        );
    }

    #[test]
    fn invalid_json_names_where() {
        let missing_comma = children_json().replacen(
            "\"id\": \"children-statutory-england\"",
            "\"id\": \"children-statutory-england\" \"x\"",
            1,
        );
        let problems = problems_of(&missing_comma);
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].starts_with("error: line 2, column "),
            "{}",
            problems[0]
        );
        let unknown_field = children_json().replacen("\"deadline_for\"", "\"deadline_four\"", 1);
        let unknown = problems_of(&unknown_field);
        assert!(
            unknown[0].contains("unknown field `deadline_four`"),
            "{unknown:?}"
        );
    }

    /// Barnsley's own procedure: no statutory framework, so only the
    /// structural rules and the units' limits apply.
    fn barnsley_json() -> String {
        include_str!("../profiles/general-barnsley.json").to_owned()
    }

    #[test]
    fn each_limit_allows_its_edge_and_refuses_past_it() {
        let no_problems: Vec<String> = Vec::new();
        let early = "\"duration\": { \"unit\": \"working-days\", \"normal\": 5 }";
        let with = |duration: &str| barnsley_json().replacen(early, duration, 1);
        // The longest a unit allows, and one more.
        assert_eq!(
            problems_of(&with(
                "\"duration\": { \"unit\": \"working-days\", \"normal\": 1000 }"
            )),
            no_problems
        );
        assert_eq!(
            problems_of(&with("\"duration\": { \"unit\": \"working-days\", \"normal\": 1001 }")),
            ["error: stages[0].milestones[0].duration.normal: 1001 working days is longer than any procedure needs; the most accepted is 1000 working days"]
        );
        // A minimum or a maximum equal to the normal time, and past it.
        for equal in [
            "\"duration\": { \"unit\": \"working-days\", \"minimum\": 5, \"normal\": 5 }",
            "\"duration\": { \"unit\": \"working-days\", \"normal\": 5, \"maximum\": 5 }",
        ] {
            assert_eq!(problems_of(&with(equal)), no_problems, "{equal}");
        }
        let below = problems_of(&with(
            "\"duration\": { \"unit\": \"working-days\", \"normal\": 5, \"maximum\": 4 }",
        ));
        assert_eq!(below.len(), 1, "{below:?}");
        assert!(
            below[0].starts_with("error: stages[0].milestones[0].duration.maximum:"),
            "{below:?}"
        );
        // The regulations' shortest time limit, and one month less.
        assert_eq!(problems_of(&children_json()), no_problems);
        let eleven = children_json().replace(
            "\"time_limit\": { \"months\": 12",
            "\"time_limit\": { \"months\": 11",
        );
        let problems = problems_of(&eleven);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("error: time_limit.months:"),
            "{problems:?}"
        );
    }

    #[test]
    fn the_psow_model_answers_stage_1_in_10_working_days_and_stage_2_in_20() {
        let psow = || built_in_procedure("wales-psow-model").unwrap().clone();
        assert_eq!(psow().framework, Framework::PsowModel);
        assert!(psow().validate().is_empty(), "{:?}", psow().validate());
        let within = |stage: usize, milestone: usize, normal: u32| {
            let mut profile = psow();
            profile.stages[stage].milestones[milestone].duration.normal = normal;
            profile
                .validate()
                .into_iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
        };
        assert!(within(0, 0, 10).is_empty());
        assert_eq!(
            within(0, 0, 11),
            ["error: stages[0].milestones[0].duration.normal: 11 working days is more than the 10 working days allowed by the PSOW model concerns and complaints policy"]
        );
        assert_eq!(
            within(1, 0, 6),
            ["error: stages[1].milestones[0].duration.normal: 6 working days is more than the 5 working days allowed by the PSOW model concerns and complaints policy"]
        );
        assert!(within(1, 1, 20).is_empty());
        assert_eq!(
            within(1, 1, 21),
            ["warning: stages[1].milestones[1].duration.normal: 21 working days is more than the 20 working days expected by the PSOW model concerns and complaints policy; a longer period needs reasons: give them in this milestone's \"justification\""]
        );
        // Stage 1 has no extension; Stage 2 may go on, with reasons.
        let mut extended = psow();
        extended.stages[0].milestones[0].open_extension = true;
        assert_eq!(extended.validate().len(), 1);
        assert_eq!(
            extended.validate()[0].path,
            "stages[0].milestones[0].open_extension"
        );
        let mut short = psow();
        short.time_limit.as_mut().unwrap().months = 5;
        assert_eq!(
            short
                .validate()
                .iter()
                .map(|p| p.path.as_str())
                .collect::<Vec<_>>(),
            ["time_limit.months"]
        );
    }

    #[test]
    fn a_name_must_have_words() {
        let blank = barnsley_json().replacen(
            "\"name\": \"Barnsley Council complaints procedure\"",
            "\"name\": \"  \"",
            1,
        );
        assert_eq!(problems_of(&blank), ["error: name: must not be empty"]);
    }

    #[test]
    fn a_stage_is_found_by_its_id() {
        let procedure = built_in_procedure("children-statutory-england").unwrap();
        for stage in &procedure.stages {
            assert_eq!(procedure.stage(&stage.id).map(|s| &s.id), Some(&stage.id));
        }
        assert!(procedure.stage("no-such-stage").is_none());
    }

    #[test]
    fn framework_needs_its_milestones() {
        let renamed = children_json().replace("\"stage3-panel-report\"", "\"stage3-report\"");
        let problems = problems_of(&renamed);
        assert!(problems.contains(
            &"error: stages: the Children Act 1989 representations procedure (SI 2006/1738) needs a \
              milestone with the id \"stage3-panel-report\"".to_owned()
        ), "{problems:?}");
    }

    #[test]
    fn units_in_english() {
        assert_eq!(Unit::WorkingDays.quantity(1), "1 working day");
        assert_eq!(Unit::WorkingDays.quantity(65), "65 working days");
        assert_eq!(Unit::Months.quantity(1), "1 month");
        assert_eq!(Unit::CalendarDays.quantity(30), "30 calendar days");
    }

    /// Barnsley's profile with its first stage named in the council's own
    /// words, given in `texts` as `(lang, id, words)`.
    fn with_own_text(texts: &[(&str, &str, &str)]) -> Procedure {
        let mut profile = built_in_procedure("general-barnsley").unwrap().clone();
        profile.stages[0].message_id = "our-first-look".into();
        for (lang, id, words) in texts {
            profile
                .text
                .0
                .entry_or_default(lang)
                .insert((*id).into(), (*words).into());
        }
        profile
    }

    #[test]
    fn a_profiles_own_text_needs_en_gb_and_is_used() {
        let sound = with_own_text(&[
            ("en-GB", "our-first-look", "Our first look"),
            ("cy", "our-first-look", "Ein golwg gyntaf"),
        ]);
        assert!(sound.validate().is_empty(), "{:?}", sound.validate());
        assert_eq!(
            sound.text.get("cy", "our-first-look"),
            Some("Ein golwg gyntaf")
        );

        let welsh_only = with_own_text(&[("cy", "our-first-look", "Ein golwg gyntaf")]);
        let problems = welsh_only.validate();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path, "text.cy.our-first-look");
        assert_eq!(problems[0].severity, Severity::Error);
        assert!(problems[0]
            .to_string()
            .contains("no en-GB text for \"our-first-look\""));

        let unused = with_own_text(&[
            ("en-GB", "our-first-look", "Our first look"),
            ("en-GB", "our-second-look", "Our second look"),
        ]);
        let problems = unused.validate();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path, "text.en-GB.our-second-look");
        assert_eq!(problems[0].severity, Severity::Warning);
        assert!(problems[0]
            .to_string()
            .contains("uses no message \"our-second-look\""));

        let badly_written = with_own_text(&[
            ("en-GB", "our-first-look", " "),
            ("en-GB", "Our_Id", "Words"),
        ]);
        let paths: Vec<(String, Severity)> = badly_written
            .validate()
            .into_iter()
            .map(|p| (p.path, p.severity))
            .collect();
        assert_eq!(
            paths,
            [
                ("text.en-GB.our-first-look".to_owned(), Severity::Error),
                ("text.en-GB.Our_Id".to_owned(), Severity::Error),
                ("text.en-GB.Our_Id".to_owned(), Severity::Warning),
            ]
        );
    }

    #[test]
    fn own_text_merges_keeping_the_first_and_naming_differences() {
        let mut first = with_own_text(&[("en-GB", "our-first-look", "Our first look")]).text;
        assert!(!first.is_empty());
        assert!(OwnText::default().is_empty());
        let same = with_own_text(&[
            ("en-GB", "our-first-look", "Our first look"),
            ("cy", "our-first-look", "Ein golwg gyntaf"),
        ]);
        assert!(first.merge(&same.text).is_empty());
        assert_eq!(first.get("cy", "our-first-look"), Some("Ein golwg gyntaf"));
        let other = with_own_text(&[("cy", "our-first-look", "Golwg arall")]);
        assert_eq!(
            first.merge(&other.text),
            [("cy".to_owned(), "our-first-look".to_owned())]
        );
        assert_eq!(first.get("cy", "our-first-look"), Some("Ein golwg gyntaf"));
    }
}
