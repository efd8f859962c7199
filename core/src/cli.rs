//! The `redress-dates` command line for complaints staff (dates for letters and
//! phone complaints), as a library function that returns what it prints, so
//! tests can check that the command and the API agree.
//!
//! ```
//! let args = ["add", "--division", "england-and-wales", "--start", "2025-12-19", "--working-days", "10"];
//! let args: Vec<String> = args.iter().map(|arg| arg.to_string()).collect();
//! let today = "2026-12-05".parse().unwrap();
//! assert_eq!(redress_core::cli::run(&args, today).unwrap(), "2026-01-07\n");
//! ```

use crate::calendar::{Calendar, Division, NonWorkingDay, FIRST_YEAR, LAST_YEAR};
use crate::council::CouncilDates;
use crate::date::{Date, DateTime, YearMonth};
use crate::follow_up::{
    follow_up, AnswerDue, Earlier, FollowUp, FollowUpError, NextStage, OmbudsmanAnswer, Open,
    Passed, Standing,
};
use crate::journey::ProcedureRole;
use crate::procedure::{
    built_in, built_in_procedure, Anchor, Duration, Event, Procedure, WindowFrom,
};
use crate::timeline::{
    timeline, Agreed, AgreedTimescale, ApproximateDate, Complaint, DateRange, DateWindow,
    KnownEvent, MetMilestone, MilestoneTimeline, TimeLimitStatus, Timeline, TimelineError, When,
};
use std::fmt;
use std::fmt::Write as _;

/// The exit code for bad arguments.
pub const EXIT_BAD_ARGUMENTS: i32 = 2;

/// The largest `--working-days` accepted: about 40 years of working days.
const MOST_WORKING_DAYS: u32 = 10_000;

/// What the command prints for `help`.
pub const USAGE: &str = "\
redress-dates: UK working days and complaint timescales

Usage: redress-dates [--config FILE] COMMAND [OPTIONS]

Commands:
  holidays --division D --from YEAR --to YEAR [--closures FILE]
      Days off other than weekends, one YYYY-MM-DD,Title line each: bank
      holidays, and the council's closure days (marked \"(closed)\").
  add --division D --start YYYY-MM-DD --working-days N [--closures FILE]
      The date N working days after the start (day 1 is the next working day).
  procedures
      The procedure ids and names (with --config, the council's first).
  timeline --procedure ID --received YYYY-MM-DDTHH:MM [--division D]
           [--closures FILE] [--format text|json] [--acknowledged YYYY-MM-DD]
           [--event STAGE:EVENT=YYYY-MM-DD]... [--met MILESTONE=YYYY-MM-DD]...
           [--agreed MILESTONE=N|YYYY-MM-DD]... [--service SERVICE]
           [--handling OPTION]
           [--happened DATE] [--found-out DATE]
      Every milestone of the procedure dated, the time limit and the Ombudsman.
  next --procedure ID --stage STAGE (--responded DAY | --waiting-since DAY)
       [--extended-to YYYY-MM-DD] [--complained DAY] [--service SERVICE]
       [--today YYYY-MM-DD] [--division D] [--closures FILE] [--format text|json]
      After the first answer: when an awaited answer is due and whether it is
      late, the next stage and the last day to ask for it, and the Ombudsman.

--config FILE reads a council's config.json: its own procedures, the one it
uses for each kind of complaint (--procedure children, adults or general),
and its calendar (closure days, new bank holidays, cut-off time), as the
wizard does. D is england-and-wales, scotland or northern-ireland. FILE for
--closures is a council calendar in JSON (its division, closures, extra bank
holidays, cut-off time).
EVENT is acknowledged, requested, meeting-held or report-received. DATE for
--happened and --found-out is YYYY-MM-DD, YYYY-MM or still-happening; DAY is
YYYY-MM-DD or YYYY-MM. `next` counts from today in the UK unless --today is given.
Bad arguments print one line on standard error and exit with code 2.
";

/// A bad argument: which one, and what is accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError {
    /// The argument at fault, such as `--division`.
    pub argument: String,
    /// What was wrong and what is accepted.
    pub message: String,
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.argument, self.message)
    }
}

impl std::error::Error for CliError {}

/// An option a command accepts, with what its value may be.
struct Flag {
    name: &'static str,
    accepts: &'static str,
    repeatable: bool,
}

const fn flag(name: &'static str, accepts: &'static str) -> Flag {
    Flag {
        name,
        accepts,
        repeatable: false,
    }
}

const fn repeatable(name: &'static str, accepts: &'static str) -> Flag {
    Flag {
        name,
        accepts,
        repeatable: true,
    }
}

const DIVISION: Flag = flag(
    "--division",
    "england-and-wales, scotland or northern-ireland",
);
const CLOSURES: Flag = flag("--closures", "the path of a council calendar JSON file");
const CONFIG: Flag = flag(
    "--config",
    "the path of a council's config.json (its procedures and calendar are used)",
);
const FROM: Flag = flag("--from", "a year from 1990 to 2100");
const TO: Flag = flag("--to", "a year from 1990 to 2100, not before --from");
const START: Flag = flag("--start", "a date YYYY-MM-DD");
const WORKING_DAYS: Flag = flag("--working-days", "a whole number from 0 to 10000");
const PROCEDURE: Flag = flag(
    "--procedure",
    "a built-in procedure id (see `redress-dates procedures`), or with --config one of the council's own, or children, adults or general",
);
const RECEIVED: Flag = flag(
    "--received",
    "a local date and time YYYY-MM-DDTHH:MM (or a date YYYY-MM-DD), e.g. 2026-11-20T16:45",
);
const FORMAT: Flag = flag("--format", "text or json");
const ACKNOWLEDGED: Flag = flag("--acknowledged", "a date YYYY-MM-DD");
const EVENT: Flag = repeatable(
    "--event",
    "STAGE:EVENT=YYYY-MM-DD, with EVENT acknowledged, requested, meeting-held or report-received",
);
const MET: Flag = repeatable("--met", "MILESTONE=YYYY-MM-DD");
const AGREED: Flag = repeatable(
    "--agreed",
    "MILESTONE=N (in the milestone's unit) or MILESTONE=YYYY-MM-DD",
);
const SERVICE: Flag = flag("--service", "a service id such as adult-social-care");
const HANDLING: Flag = flag(
    "--handling",
    "a resolution option of the procedure, such as resolution-formal-investigation",
);
const HAPPENED: Flag = flag("--happened", "YYYY-MM-DD, YYYY-MM or still-happening");
const FOUND_OUT: Flag = flag("--found-out", "YYYY-MM-DD or YYYY-MM");
const STAGE: Flag = flag("--stage", "a stage id of the procedure");
const RESPONDED: Flag = flag(
    "--responded",
    "the day the stage's answer came, YYYY-MM-DD or YYYY-MM",
);
const WAITING_SINCE: Flag = flag(
    "--waiting-since",
    "the day the stage was asked for (for the first stage, the day of the complaint), YYYY-MM-DD or YYYY-MM",
);
const EXTENDED_TO: Flag = flag(
    "--extended-to",
    "the new date the council agreed for its answer, YYYY-MM-DD, with --waiting-since",
);
const COMPLAINED: Flag = flag(
    "--complained",
    "the day of the complaint, YYYY-MM-DD or YYYY-MM",
);
const TODAY: Flag = flag("--today", "a date YYYY-MM-DD");

/// The options given to one command.
struct Options<'a> {
    values: Vec<(&'static str, &'a str)>,
}

fn error(argument: &str, message: impl Into<String>) -> CliError {
    CliError {
        argument: argument.to_owned(),
        message: message.into(),
    }
}

/// The error for a value that `flag` does not accept.
fn not_accepted(flag: &Flag, value: &str) -> CliError {
    error(
        flag.name,
        format!("\"{value}\" is not accepted; expected {}", flag.accepts),
    )
}

impl<'a> Options<'a> {
    /// Reads `--name value` pairs, accepting only `flags`.
    fn parse(command: &str, flags: &[&Flag], args: &'a [String]) -> Result<Self, CliError> {
        let accepted = || {
            let names: Vec<&str> = flags.iter().map(|flag| flag.name).collect();
            format!("`{command}` accepts {}", names.join(", "))
        };
        let mut values = Vec::new();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            let flag = flags
                .iter()
                .find(|flag| flag.name == arg)
                .ok_or_else(|| error(arg, format!("not an option here; {}", accepted())))?;
            let value = rest
                .next()
                .filter(|value| !value.starts_with("--"))
                .ok_or_else(|| error(flag.name, format!("needs a value: {}", flag.accepts)))?;
            if !flag.repeatable && values.iter().any(|(name, _)| *name == flag.name) {
                return Err(error(flag.name, "given more than once"));
            }
            values.push((flag.name, value.as_str()));
        }
        Ok(Options { values })
    }

    fn one(&self, flag: &Flag) -> Option<&'a str> {
        self.all(flag).next()
    }

    fn all<'s>(&'s self, flag: &'s Flag) -> impl Iterator<Item = &'a str> + 's {
        self.values
            .iter()
            .filter(move |(name, _)| *name == flag.name)
            .map(|&(_, value)| value)
    }

    fn required(&self, flag: &Flag) -> Result<&'a str, CliError> {
        self.one(flag)
            .ok_or_else(|| error(flag.name, format!("missing: expected {}", flag.accepts)))
    }

    /// The value of `flag` read by `parse`, if given.
    fn parsed<T>(
        &self,
        flag: &Flag,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<Option<T>, CliError> {
        self.one(flag)
            .map(|value| parse(value).ok_or_else(|| not_accepted(flag, value)))
            .transpose()
    }

    /// The value of a required `flag` read by `parse`.
    fn parsed_required<T>(
        &self,
        flag: &Flag,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<T, CliError> {
        let value = self.required(flag)?;
        parse(value).ok_or_else(|| not_accepted(flag, value))
    }

    /// Every `NAME=VALUE` given for a repeatable `flag`, read by `parse`.
    fn pairs<T>(
        &self,
        flag: &Flag,
        parse: impl Fn(&'a str, &'a str) -> Option<T>,
    ) -> Result<Vec<T>, CliError> {
        self.all(flag)
            .map(|value| {
                value
                    .split_once('=')
                    .filter(|(name, _)| !name.is_empty())
                    .and_then(|(name, rest)| parse(name, rest))
                    .ok_or_else(|| not_accepted(flag, value))
            })
            .collect()
    }

    /// Whether `--format json` was asked for.
    fn json(&self) -> Result<bool, CliError> {
        Ok(self
            .parsed(&FORMAT, |text| match text {
                "text" => Some(false),
                "json" => Some(true),
                _ => None,
            })?
            .unwrap_or(false))
    }

    /// The council's procedures and calendar, from `--config` if given.
    fn council(&self) -> Result<Option<CouncilDates>, CliError> {
        let Some(path) = self.one(&CONFIG) else {
            return Ok(None);
        };
        let text = std::fs::read_to_string(path)
            .map_err(|io| error(CONFIG.name, format!("cannot read {path}: {io}")))?;
        let checked = CouncilDates::from_json(&text)
            .map_err(|invalid| error(CONFIG.name, format!("{path}: {invalid}")))?;
        Ok(Some(checked.value))
    }

    /// The procedure `--procedure` names: with a council's configuration,
    /// one of its own or the one it uses for a role, else a built-in.
    fn procedure<'c>(&self, council: Option<&'c CouncilDates>) -> Result<&'c Procedure, CliError> {
        let Some(council) = council else {
            return self.parsed_required(&PROCEDURE, built_in_procedure);
        };
        let procedures = &council.procedures;
        let text = self.required(&PROCEDURE)?;
        let role = match text {
            "children" => Some(ProcedureRole::Children),
            "adults" => Some(ProcedureRole::Adults),
            "general" => Some(ProcedureRole::General),
            _ => None,
        };
        match role {
            Some(role) => Ok(procedures.resolve(role)),
            None => procedures.find(text).ok_or_else(|| {
                error(
                    PROCEDURE.name,
                    format!(
                        "\"{text}\" is neither the council's nor built in; expected children, adults, general or one of {}",
                        procedures.known_ids().join(", ")
                    ),
                )
            }),
        }
    }

    /// The council calendar: from `--config` or `--closures` if given
    /// (whose division must agree with `--division`), else the plain
    /// calendar of `--division`, else of `default`.
    fn calendar(
        &self,
        default: Option<Division>,
        council: Option<&CouncilDates>,
    ) -> Result<Calendar, CliError> {
        let division = self.parsed(&DIVISION, |text| text.parse().ok())?;
        let (calendar, source) = match (
            council.and_then(|c| c.calendar.as_ref()),
            self.one(&CLOSURES),
        ) {
            (Some(_), Some(_)) => {
                return Err(error(
                    CLOSURES.name,
                    "the calendar in --config is used; give --closures only without one",
                ))
            }
            (Some(calendar), None) => (calendar.clone(), self.one(&CONFIG).unwrap_or_default()),
            (None, Some(path)) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|io| error(CLOSURES.name, format!("cannot read {path}: {io}")))?;
                let calendar = Calendar::from_json(&text)
                    .map_err(|invalid| error(CLOSURES.name, format!("{path}: {invalid}")))?
                    .value;
                (calendar, path)
            }
            (None, None) => {
                return match division.or(default) {
                    Some(division) => Ok(Calendar::new(division)),
                    None => Err(error(
                        DIVISION.name,
                        format!("missing: expected {}", DIVISION.accepts),
                    )),
                };
            }
        };
        match division {
            Some(division) if division != calendar.division => Err(error(
                DIVISION.name,
                format!(
                    "{division} does not match {source}, whose division is {}",
                    calendar.division
                ),
            )),
            _ => Ok(calendar),
        }
    }
}

/// What `command` may be.
const COMMANDS: &str = "expected holidays, add, procedures, timeline, next or help";

/// Today in the UK, by the system clock.
pub fn today_in_uk() -> Date {
    use std::time::{SystemTime, UNIX_EPOCH};
    let seconds = match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(since) => i64::try_from(since.as_secs()).unwrap_or(i64::MAX),
        Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
    };
    crate::date::DateTime::in_uk_at(seconds)
        .expect("the system clock is within the years 1 to 9999")
        .date
}

/// The command as a program (`redress-dates`, and `redress-receiver dates`
/// on a council's server): [`run`] for today in the UK, the output printed
/// or the error written to standard error; the exit status.
pub fn main(args: &[String]) -> i32 {
    use std::io::Write;
    match run(args, today_in_uk()) {
        Ok(output) => {
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = std::io::stdout().write_all(output.as_bytes());
            0
        }
        Err(error) => {
            eprintln!("error: {error}");
            EXIT_BAD_ARGUMENTS
        }
    }
}

/// Runs `redress-dates` with `args` (without the program name) on `today`
/// (the day in the UK, for `next` without `--today`) and returns what it
/// prints on standard output, or the one-line error for standard error.
pub fn run(args: &[String], today: Date) -> Result<String, CliError> {
    // `--config FILE` may come before the command, for every command.
    let moved: Vec<String>;
    let args = match args {
        [flag, path, command, rest @ ..] if flag == CONFIG.name => {
            moved = [command.clone(), flag.clone(), path.clone()]
                .into_iter()
                .chain(rest.iter().cloned())
                .collect();
            &moved[..]
        }
        _ => args,
    };
    let Some((command, rest)) = args.split_first() else {
        return Err(error("command", format!("missing; {COMMANDS}")));
    };
    match command.as_str() {
        "holidays" => holidays(&Options::parse(
            command,
            &[&DIVISION, &FROM, &TO, &CLOSURES, &CONFIG],
            rest,
        )?),
        "add" => add(&Options::parse(
            command,
            &[&DIVISION, &START, &WORKING_DAYS, &CLOSURES, &CONFIG],
            rest,
        )?),
        "procedures" => procedures(&Options::parse(command, &[&CONFIG], rest)?),
        "timeline" => timeline_command(&Options::parse(
            command,
            &[
                &PROCEDURE,
                &RECEIVED,
                &DIVISION,
                &CLOSURES,
                &CONFIG,
                &FORMAT,
                &ACKNOWLEDGED,
                &EVENT,
                &MET,
                &AGREED,
                &SERVICE,
                &HANDLING,
                &HAPPENED,
                &FOUND_OUT,
            ],
            rest,
        )?),
        "next" => next_command(
            &Options::parse(
                command,
                &[
                    &PROCEDURE,
                    &STAGE,
                    &RESPONDED,
                    &WAITING_SINCE,
                    &EXTENDED_TO,
                    &COMPLAINED,
                    &SERVICE,
                    &TODAY,
                    &DIVISION,
                    &CLOSURES,
                    &CONFIG,
                    &FORMAT,
                ],
                rest,
            )?,
            today,
        ),
        "help" | "--help" | "-h" => Ok(USAGE.to_owned()),
        other => Err(error(other, format!("not a command; {COMMANDS}"))),
    }
}

fn year(text: &str) -> Option<i32> {
    text.parse()
        .ok()
        .filter(|year| (FIRST_YEAR..=LAST_YEAR).contains(year))
}

fn holidays(options: &Options<'_>) -> Result<String, CliError> {
    let from = options.parsed_required(&FROM, year)?;
    let to = options.parsed_required(&TO, year)?;
    if to < from {
        return Err(not_accepted(&TO, options.required(&TO)?));
    }
    let calendar = options.calendar(None, options.council()?.as_ref())?;
    let mut out = String::new();
    let (Ok(first), Ok(last)) = (Date::new(from, 1, 1), Date::new(to, 12, 31)) else {
        return Err(not_accepted(&FROM, options.required(&FROM)?));
    };
    let mut day = first;
    while day <= last {
        match calendar.non_working_day(day) {
            Some(NonWorkingDay::BankHoliday { title }) => {
                let _ = writeln!(out, "{day},{title}");
            }
            Some(NonWorkingDay::Closure { reason }) => {
                let _ = writeln!(out, "{day},{reason} (closed)");
            }
            Some(NonWorkingDay::Weekend) | None => {}
        }
        day = day.add_days(1);
    }
    Ok(out)
}

fn add(options: &Options<'_>) -> Result<String, CliError> {
    let start: Date = options.parsed_required(&START, |text| text.parse().ok())?;
    let working_days = options.parsed_required(&WORKING_DAYS, |text| {
        text.parse().ok().filter(|&n| n <= MOST_WORKING_DAYS)
    })?;
    let calendar = options.calendar(None, options.council()?.as_ref())?;
    Ok(format!(
        "{}\n",
        calendar.add_working_days(start, working_days)
    ))
}

fn procedures(options: &Options<'_>) -> Result<String, CliError> {
    let mut out = String::new();
    if let Some(council) = options.council()? {
        let procedures = &council.procedures;
        for (role, name) in [
            (ProcedureRole::Children, "children"),
            (ProcedureRole::Adults, "adults"),
            (ProcedureRole::General, "general"),
        ] {
            let _ = writeln!(out, "{name:<32}uses {}", procedures.resolve(role).id);
        }
        for procedure in &procedures.custom {
            let _ = writeln!(
                out,
                "{:<32}{} (the council's own)",
                procedure.id, procedure.name
            );
        }
    }
    for procedure in built_in() {
        let _ = writeln!(out, "{:<32}{}", procedure.id, procedure.name);
    }
    Ok(out)
}

fn timeline_command(options: &Options<'_>) -> Result<String, CliError> {
    let council = options.council()?;
    let procedure = options.procedure(council.as_ref())?;
    let received_at: DateTime = options.parsed_required(&RECEIVED, |text| text.parse().ok())?;
    let json = options.json()?;
    let calendar = options.calendar(Some(procedure.nation.division()), council.as_ref())?;
    let date = |text: &str| text.parse::<Date>().ok();

    let mut complaint = Complaint::new(received_at);
    if let Some(acknowledged) = options.parsed(&ACKNOWLEDGED, date)? {
        complaint.events.push(KnownEvent {
            stage: None,
            event: Event::Acknowledged,
            date: acknowledged,
        });
    }
    complaint
        .events
        .extend(options.pairs(&EVENT, |stage_event, value| {
            let (stage, event) = stage_event.split_once(':')?;
            Some(KnownEvent {
                stage: Some(stage.to_owned()),
                event: Event::ALL.into_iter().find(|e| e.id() == event)?,
                date: date(value)?,
            })
        })?);
    complaint
        .met
        .extend(options.pairs(&MET, |milestone, value| {
            Some(MetMilestone {
                milestone: milestone.to_owned(),
                date: date(value)?,
            })
        })?);
    complaint
        .agreed
        .extend(options.pairs(&AGREED, |milestone, value| {
            let timescale = value
                .parse()
                .ok()
                .map(Agreed::Amount)
                .or_else(|| date(value).map(Agreed::Until))?;
            Some(AgreedTimescale {
                milestone: milestone.to_owned(),
                timescale,
            })
        })?);
    complaint.service = options.one(&SERVICE).map(str::to_owned);
    complaint.handling = options.one(&HANDLING).map(str::to_owned);
    let approximate = |text: &str| text.parse::<ApproximateDate>().ok();
    complaint.happened = options.parsed(&HAPPENED, approximate)?;
    complaint.found_out = options.parsed(&FOUND_OUT, approximate)?;

    let timeline = timeline(procedure, &calendar, &complaint)
        .map_err(|problem| error(argument_for(&problem, &complaint), problem.to_string()))?;
    if json {
        Ok(pretty_json(&timeline))
    } else {
        Ok(timeline_text(procedure, &calendar, &timeline))
    }
}

/// A value as indented JSON with a final new line.
fn pretty_json(value: &impl serde::Serialize) -> String {
    let mut text =
        serde_json::to_string_pretty(value).expect("answers are plain data and always serialise");
    text.push('\n');
    text
}

/// The option whose value a timeline error is about.
fn argument_for(problem: &TimelineError, complaint: &Complaint) -> &'static str {
    match problem {
        TimelineError::InvalidProcedure(_) => PROCEDURE.name,
        TimelineError::UnknownHandling { .. } => HANDLING.name,
        TimelineError::UnknownStage { .. }
        | TimelineError::NoStageUses { .. }
        | TimelineError::ReceivedAsEvent => EVENT.name,
        TimelineError::BeforeReceipt { .. } => RECEIVED.name,
        TimelineError::UnknownMilestone { id }
            if complaint
                .agreed
                .iter()
                .any(|agreed| &agreed.milestone == id) =>
        {
            AGREED.name
        }
        TimelineError::UnknownMilestone { .. } => MET.name,
        TimelineError::AgreedOutOfRange { .. } | TimelineError::AgreedDateOutOfRange { .. } => {
            AGREED.name
        }
        TimelineError::InFuture {
            field: "found_out", ..
        }
        | TimelineError::FoundOutStillHappening => FOUND_OUT.name,
        TimelineError::InFuture { .. } => HAPPENED.name,
    }
}

/// A duration in words, such as `10 working days (up to 20 with an extension)`.
fn duration_text(duration: &Duration, open_extension: bool) -> String {
    let unit = duration.unit;
    let mut text = match duration.minimum {
        Some(minimum) => format!("{minimum} to {}", unit.quantity(duration.normal)),
        None => unit.quantity(duration.normal),
    };
    if let Some(maximum) = duration.maximum {
        let _ = write!(text, " (up to {maximum} with an extension)");
    }
    if open_extension {
        text.push_str(" (or longer if agreed, with reasons and a new date)");
    }
    text
}

/// What an event of a stage is called in the text output.
fn event_text(event: Event) -> &'static str {
    match event {
        Event::Received => "the complaint is received",
        Event::Acknowledged => "the acknowledgement",
        Event::Requested => "the request for this stage",
        Event::MeetingHeld => "the meeting",
        Event::ReportReceived => "the report is received",
    }
}

/// An event as a noun, for what a milestone waits for.
fn event_noun(event: Event) -> &'static str {
    match event {
        Event::Received => "receipt",
        Event::Acknowledged => "acknowledgement",
        Event::Requested => "request",
        Event::MeetingHeld => "meeting",
        Event::ReportReceived => "report",
    }
}

fn anchor_text(procedure: &Procedure, anchor: &Anchor) -> String {
    match anchor {
        Anchor::Event(event) => event_text(*event).to_owned(),
        Anchor::Milestone(id) => procedure
            .milestone(id)
            .map_or_else(|| id.clone(), |milestone| milestone.name.clone()),
    }
}

fn window_text(dates: &DateWindow, open_extension: bool) -> String {
    let mut text = format!("due {}", dates.due.long_english());
    if dates.earliest < dates.due {
        let _ = write!(text, "; at the soonest {}", dates.earliest.long_english());
    }
    if dates.latest > dates.due {
        let _ = write!(text, "; at the latest {}", dates.latest.long_english());
    }
    if open_extension {
        text.push_str("; may be extended with reasons and a new date");
    }
    text
}

fn when_text(when: &When, open_extension: bool) -> String {
    match when {
        When::Dated(dates) => window_text(dates, open_extension),
        When::Waiting { stage, event } => format!(
            "not dated until the day of the {} in {stage} is known \
             (give it with --event {stage}:{event}=YYYY-MM-DD)",
            event_noun(*event)
        ),
    }
}

/// The procedure's name and the working days it counts in.
fn heading(procedure: &Procedure, calendar: &Calendar) -> String {
    format!(
        "{} [{}]\nWorking days: {} bank holidays{}{}\n",
        procedure.name,
        procedure.id,
        calendar.division.name(),
        if calendar.closures.is_empty() {
            ""
        } else {
            " and the council's closure days"
        },
        calendar
            .cut_off
            .map(|cut_off| format!("; cut-off time {cut_off}"))
            .unwrap_or_default()
    )
}

/// A milestone's name, rule and dates, each line after `indent`.
fn milestone_text(procedure: &Procedure, milestone: &MilestoneTimeline, indent: &str) -> String {
    let mut out = String::new();
    let only = milestone
        .service
        .as_ref()
        .map(|service| format!(" ({service} only)"))
        .unwrap_or_default();
    let _ = writeln!(out, "{indent}{} [{}]{only}", milestone.name, milestone.id);
    let rule = match milestone.agreed {
        Some(Agreed::Amount(amount)) => {
            format!("{} (agreed)", milestone.duration.unit.quantity(amount))
        }
        Some(Agreed::Until(date)) => format!("by {date} (agreed)"),
        None => duration_text(&milestone.duration, milestone.open_extension),
    };
    let _ = writeln!(
        out,
        "{indent}  {rule} after {}",
        anchor_text(procedure, &milestone.anchor)
    );
    let _ = writeln!(
        out,
        "{indent}  {}",
        when_text(&milestone.when, milestone.open_extension)
    );
    if let Some(met) = milestone.met {
        let _ = writeln!(out, "{indent}  met {}", met.long_english());
    }
    out
}

/// The timeline as text for staff.
fn timeline_text(procedure: &Procedure, calendar: &Calendar, timeline: &Timeline) -> String {
    let mut out = heading(procedure, calendar);
    let received_at = timeline.received_at;
    let _ = write!(
        out,
        "Received: {} at {}",
        received_at.date.long_english(),
        received_at.time
    );
    if timeline.received == received_at.date {
        out.push('\n');
    } else {
        let _ = writeln!(
            out,
            "; counts as received {}",
            timeline.received.long_english()
        );
    }
    if let Some(handling) = &timeline.handling {
        let stage_name = |id: &str| {
            procedure
                .stage(id)
                .map_or_else(|| id.to_owned(), |stage| stage.name.clone())
        };
        let _ = write!(
            out,
            "Handling: {handling}; starts at: {}",
            stage_name(&timeline.starts_at)
        );
        match &timeline.otherwise {
            Some(otherwise) => {
                let _ = writeln!(
                    out,
                    ", if the council agrees (otherwise at: {})",
                    stage_name(otherwise)
                );
            }
            None => out.push('\n'),
        }
    }
    for stage in &timeline.stages {
        let only_if = if stage.if_not_agreed {
            " (only if the council does not agree to start later)"
        } else {
            ""
        };
        let _ = writeln!(out, "\n{}{only_if}", stage.name);
        if stage.milestones.is_empty() {
            out.push_str("  No timescale.\n");
        }
        for milestone in &stage.milestones {
            out.push_str(&milestone_text(procedure, milestone, "  "));
        }
    }
    out.push_str(&time_limit_text(procedure, timeline));
    for window in &timeline.ombudsman {
        let after = anchor_text(procedure, &Anchor::Milestone(window.after.clone()));
        let only = window
            .service
            .as_ref()
            .map(|service| format!(" ({service} only)"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "\nOmbudsman: {}, after: {after}{only}\n  normally within {} months of {}",
            window.name,
            window.months,
            from_text(window.from)
        );
        let _ = match (&window.closes, window.from, &window.response) {
            (Some(closes), _, _) if closes.earliest == closes.latest => {
                writeln!(out, "  last day {}", closes.latest.long_english())
            }
            (Some(closes), WindowFrom::Notice, _) => writeln!(
                out,
                "  last day between {} and {}, depending on the day in the month given",
                closes.earliest.long_english(),
                closes.latest.long_english()
            ),
            (Some(closes), WindowFrom::FinalResponse, _) => writeln!(
                out,
                "  last day between {} and {}, depending on when the response comes",
                closes.earliest.long_english(),
                closes.latest.long_english()
            ),
            (None, WindowFrom::Notice, _) => {
                writeln!(out, "  (give --happened or --found-out to date it)")
            }
            (None, WindowFrom::FinalResponse, waiting) => {
                writeln!(out, "  {}", when_text(waiting, false))
            }
        };
        for (label, value) in [("phone", &window.phone), ("website", &window.website)] {
            if let Some(value) = value {
                let _ = writeln!(out, "  {label} {value}");
            }
        }
    }
    out
}

fn time_limit_text(procedure: &Procedure, timeline: &Timeline) -> String {
    let Some(limit) = &procedure.time_limit else {
        return String::new();
    };
    let mut out = format!(
        "\nTime limit for making a complaint: {} months from when it happened{}{}\n",
        limit.months,
        match limit.counts_from {
            crate::procedure::CountsFrom::Happened => "",
            crate::procedure::CountsFrom::HappenedOrFoundOut => " or, if later, when you found out",
        },
        if limit.discretion {
            " (a later complaint may still be considered for good reason)"
        } else {
            ""
        }
    );
    let Some(check) = &timeline.time_limit else {
        out.push_str("  give --happened (and --found-out) to check it\n");
        return out;
    };
    let _ = match (check.status, check.deadline) {
        (TimeLimitStatus::StillHappening, _) | (_, None) => {
            writeln!(out, "  still happening: the time limit has not started")
        }
        (TimeLimitStatus::Within, Some(deadline)) => writeln!(
            out,
            "  within the limit: make the complaint by {}",
            deadline.earliest.long_english()
        ),
        (TimeLimitStatus::Borderline, Some(deadline)) => writeln!(
            out,
            "  depends on the exact day: the limit ends between {} and {}",
            deadline.earliest.long_english(),
            deadline.latest.long_english()
        ),
        (TimeLimitStatus::Outside, Some(deadline)) => writeln!(
            out,
            "  outside the limit, which ended on {}",
            deadline.latest.long_english()
        ),
    };
    out
}

/// What an Ombudsman's months count from, in words.
fn from_text(from: WindowFrom) -> &'static str {
    match from {
        WindowFrom::Notice => "when the person first knew about the matter",
        WindowFrom::FinalResponse => "the council's final response",
    }
}

/// A day, or the span of days it may be when only the month was given.
fn range_text(range: DateRange) -> String {
    if range.earliest == range.latest {
        range.latest.long_english()
    } else {
        format!(
            "between {} and {}",
            range.earliest.long_english(),
            range.latest.long_english()
        )
    }
}

/// Whether a day has passed, in words.
fn passed_text(passed: Passed) -> &'static str {
    match passed {
        Passed::No => "that day has not passed",
        Passed::Depends => "that day may have passed, depending on the day in the month given",
        Passed::Yes => "that day has passed",
    }
}

fn next_command(options: &Options<'_>, today: Date) -> Result<String, CliError> {
    let council = options.council()?;
    let procedure = options.procedure(council.as_ref())?;
    let stage = options.required(&STAGE)?.to_owned();
    let day = |text: &str| {
        text.parse::<ApproximateDate>()
            .ok()
            .filter(|day| *day != ApproximateDate::StillHappening)
    };
    let date = |text: &str| text.parse::<Date>().ok();
    let standing = match (options.one(&RESPONDED), options.one(&WAITING_SINCE)) {
        (Some(_), Some(_)) => {
            return Err(error(
                WAITING_SINCE.name,
                "give --responded (the stage has answered) or --waiting-since (its answer is awaited), not both",
            ))
        }
        (None, None) => {
            return Err(error(
                RESPONDED.name,
                "missing: give --responded (the stage has answered) or --waiting-since (its answer is awaited)",
            ))
        }
        (Some(_), None) => {
            if options.one(&EXTENDED_TO).is_some() {
                return Err(error(
                    EXTENDED_TO.name,
                    "only with --waiting-since: an extension is for an answer still awaited",
                ));
            }
            Standing::Answered {
                stage,
                on: options.parsed_required(&RESPONDED, day)?,
            }
        }
        (None, Some(_)) => Standing::Waiting {
            stage,
            asked: options.parsed_required(&WAITING_SINCE, day)?,
            extended_to: options.parsed(&EXTENDED_TO, date)?,
        },
    };
    let earlier = Earlier {
        complained: options.parsed(&COMPLAINED, day)?,
        service: options.one(&SERVICE).map(str::to_owned),
        standing,
    };
    let today = options.parsed(&TODAY, date)?.unwrap_or(today);
    let json = options.json()?;
    let calendar = options.calendar(Some(procedure.nation.division()), council.as_ref())?;
    let answer = follow_up(procedure, &calendar, &earlier, today).map_err(|problem| {
        let argument = match &problem {
            FollowUpError::UnknownStage { .. } => {
                let stages: Vec<&str> = procedure
                    .stages
                    .iter()
                    .map(|stage| stage.id.as_str())
                    .collect();
                return error(
                    STAGE.name,
                    format!("{problem}; its stages are {}", stages.join(", ")),
                );
            }
            FollowUpError::NotADay { field } | FollowUpError::InFuture { field, .. } => {
                let argument = match *field {
                    "complained" => COMPLAINED.name,
                    "asked" => WAITING_SINCE.name,
                    _ => RESPONDED.name,
                };
                if let FollowUpError::InFuture { date, .. } = problem {
                    return error(
                        argument,
                        format!("{date} is after today ({})", today.long_english()),
                    );
                }
                argument
            }
            FollowUpError::ComplainedAfter { .. } => COMPLAINED.name,
            FollowUpError::ExtendedBefore { .. } => EXTENDED_TO.name,
            FollowUpError::Timeline(_) => PROCEDURE.name,
        };
        error(argument, problem.to_string())
    })?;
    if json {
        Ok(pretty_json(&answer))
    } else {
        Ok(follow_up_text(procedure, &calendar, &earlier, &answer))
    }
}

/// A follow-up as text for staff: the same answer the wizard gives.
fn follow_up_text(
    procedure: &Procedure,
    calendar: &Calendar,
    earlier: &Earlier,
    answer: &FollowUp,
) -> String {
    let mut out = heading(procedure, calendar);
    let _ = writeln!(out, "Today: {}", answer.today.long_english());
    let day_text = |day: ApproximateDate| match day {
        ApproximateDate::Exact(day) => day.long_english(),
        ApproximateDate::Month(month) => format!(
            "in {} {}",
            YearMonth::month_english(month.month()),
            month.year()
        ),
        ApproximateDate::StillHappening => "still happening".to_owned(),
    };
    let stage = format!("{} [{}]", answer.stage.name, answer.stage.id);
    let _ = match &earlier.standing {
        Standing::Answered { on, .. } => {
            writeln!(out, "Stage: {stage}, answered {}", day_text(*on))
        }
        Standing::Waiting { asked, .. } => writeln!(
            out,
            "Stage: {stage}, asked for {}; its answer is awaited",
            day_text(*asked)
        ),
    };
    if let Some(complained) = earlier.complained {
        let _ = writeln!(out, "Complained: {}", day_text(complained));
    }
    if let Some(service) = &earlier.service {
        let _ = writeln!(out, "Service: {service}");
    }
    if let Some(due) = &answer.answer {
        out.push_str(&answer_due_text(due));
    }
    if let Some(next) = &answer.next {
        out.push_str(&next_stage_text(procedure, next));
    }
    if let Some(ombudsman) = &answer.ombudsman {
        out.push_str(&ombudsman_text(ombudsman));
    }
    if !answer.has_a_way_forward() {
        // `follow_up` never gives this for a built-in profile (a property test).
        out.push_str("\nNo further stage, and no Ombudsman in this profile.\n");
    }
    out
}

fn answer_due_text(due: &AnswerDue) -> String {
    let mut out = format!("\nAnswer awaited [{}]\n", due.milestone);
    let agreed = if due.extended {
        " (the new date the council agreed)"
    } else {
        ""
    };
    let _ = writeln!(out, "  due {}{agreed}", range_text(due.due));
    if let Some(allowed) = due.allowed_until {
        if allowed != due.due {
            let _ = writeln!(
                out,
                "  the latest the procedure allows with an extension: {}",
                range_text(allowed)
            );
        }
        if due.extended && due.due.earliest > allowed.latest {
            out.push_str("  the agreed date is later than the procedure allows\n");
        }
    }
    let _ = writeln!(
        out,
        "  {}",
        match due.late {
            Passed::No => "not late yet",
            Passed::Depends => "may be late, depending on the day in the month given",
            Passed::Yes => "late: the council can be asked why, and when it will answer",
        }
    );
    out
}

fn next_stage_text(procedure: &Procedure, next: &NextStage) -> String {
    let mut out = format!("\nNext stage: {} [{}]\n", next.name, next.id);
    if next.council_decides {
        out.push_str("  the council decides whether a request for it goes ahead\n");
    }
    match (next.ask_by, next.ask_by_passed) {
        (Some(ask_by), Some(passed)) => {
            let _ = writeln!(out, "  last day to ask: {}", range_text(ask_by));
            let _ = writeln!(out, "  {}", passed_text(passed));
            if passed != Passed::No {
                out.push_str(
                    "  a late request can still be made, saying why it is late; \
                     the council decides whether to accept it\n",
                );
            }
        }
        _ => out.push_str("  the procedure sets no last day to ask for it\n"),
    }
    if next.if_asked_today.is_empty() {
        out.push_str("  no timescale\n");
    } else {
        out.push_str("  if asked for today:\n");
        for milestone in &next.if_asked_today {
            out.push_str(&milestone_text(procedure, milestone, "    "));
        }
    }
    out
}

fn ombudsman_text(ombudsman: &OmbudsmanAnswer) -> String {
    let mut out = format!("\nOmbudsman: {} [{}]\n", ombudsman.name, ombudsman.id);
    match &ombudsman.open {
        Open::Now { closes, closed } => {
            let _ = writeln!(
                out,
                "  open now: normally within {} months of {}",
                ombudsman.months,
                from_text(ombudsman.from)
            );
            let at_the_latest = if ombudsman.from == WindowFrom::Notice {
                " at the latest (earlier if the person knew about the matter before complaining)"
            } else {
                ""
            };
            let _ = writeln!(out, "  last day {}{at_the_latest}", range_text(*closes));
            let _ = writeln!(out, "  {}", passed_text(*closed));
            if *closed != Passed::No {
                out.push_str(
                    "  the Ombudsman may still look at a complaint brought later, for good reason\n",
                );
            }
        }
        Open::After(stage) => {
            let _ = writeln!(
                out,
                "  not yet: open once {} [{}] has answered",
                stage.name, stage.id
            );
        }
    }
    for (label, value) in [("phone", &ombudsman.phone), ("website", &ombudsman.website)] {
        if let Some(value) = value {
            let _ = writeln!(out, "  {label} {value}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_args(args: &str) -> Result<String, CliError> {
        let args: Vec<String> = args.split_whitespace().map(str::to_owned).collect();
        run(&args, "2026-12-05".parse().unwrap())
    }

    #[test]
    fn the_issues_examples() {
        assert_eq!(
            run_args("add --division england-and-wales --start 2025-12-19 --working-days 10"),
            Ok("2026-01-07\n".to_owned())
        );
        let holidays = run_args("holidays --division scotland --from 1995 --to 2035").unwrap();
        assert!(holidays.lines().all(|line| {
            let (date, title) = line.split_once(',').unwrap();
            date.parse::<Date>().is_ok() && !title.is_empty()
        }));
        assert!(holidays.contains("2026-06-15,World Cup bank holiday\n"));
        // 1 January 1995 was a Sunday: 2 January keeps its Monday in Scotland.
        assert!(holidays.starts_with("1995-01-02,2nd January\n1995-01-03,New Year’s Day\n"));
        assert_eq!(run_args("help"), Ok(USAGE.to_owned()));
        let procedures = run_args("procedures").unwrap();
        assert_eq!(procedures.lines().count(), built_in().len());
        assert!(procedures.contains("children-statutory-england      Children's social care"));
    }

    #[test]
    fn bad_arguments_name_the_argument_and_what_is_accepted() {
        let cases = [
            ("", "command: missing; expected holidays, add, procedures, timeline, next or help"),
            ("dates", "dates: not a command; expected holidays, add, procedures, timeline, next or help"),
            (
                "holidays --division wales --from 1995 --to 2035",
                "--division: \"wales\" is not accepted; expected england-and-wales, scotland or northern-ireland",
            ),
            (
                "holidays --division scotland --from 1989 --to 2035",
                "--from: \"1989\" is not accepted; expected a year from 1990 to 2100",
            ),
            (
                "holidays --division scotland --from 2000 --to 1999",
                "--to: \"1999\" is not accepted; expected a year from 1990 to 2100, not before --from",
            ),
            (
                "holidays --division scotland --from 2000",
                "--to: missing: expected a year from 1990 to 2100, not before --from",
            ),
            (
                "add --division scotland --start 2025-12-19 --working-days",
                "--working-days: needs a value: a whole number from 0 to 10000",
            ),
            (
                "add --division scotland --start 2025-12-19 --working-days -1",
                "--working-days: \"-1\" is not accepted; expected a whole number from 0 to 10000",
            ),
            (
                "add --division scotland --start 2025-12-19 --days 3",
                "--days: not an option here; `add` accepts --division, --start, --working-days, --closures, --config",
            ),
            (
                "add --start 2025-12-19 --working-days 3",
                "--division: missing: expected england-and-wales, scotland or northern-ireland",
            ),
            (
                "add --division scotland --division scotland --start 2025-12-19 --working-days 3",
                "--division: given more than once",
            ),
            ("procedures --all x", "--all: not an option here; `procedures` accepts --config"),
            (
                "timeline --procedure nope --received 2026-11-20T16:45",
                "--procedure: \"nope\" is not accepted; expected a built-in procedure id (see `redress-dates procedures`), or with --config one of the council's own, or children, adults or general",
            ),
            (
                "timeline --procedure scotland-spso --received 2026-11-20T25:00",
                "--received: \"2026-11-20T25:00\" is not accepted; expected a local date and time YYYY-MM-DDTHH:MM (or a date YYYY-MM-DD), e.g. 2026-11-20T16:45",
            ),
            (
                "timeline --procedure scotland-spso --received 2026-11-20T16:45 --format xml",
                "--format: \"xml\" is not accepted; expected text or json",
            ),
            (
                "timeline --procedure scotland-spso --received 2026-11-20T16:45 --event stage2=2026-12-01",
                "--event: \"stage2=2026-12-01\" is not accepted; expected STAGE:EVENT=YYYY-MM-DD, with EVENT acknowledged, requested, meeting-held or report-received",
            ),
            (
                "timeline --procedure scotland-spso --received 2026-11-20T16:45 --agreed stage1-response=30",
                "--agreed: 30 working days agreed for stage1-response is outside what it allows: at least 5 working days and at most 10 working days",
            ),
            (
                "timeline --procedure scotland-spso --received 2026-11-20T16:45 --happened 2027-01",
                "--happened: happened (2027-01-01) is after the day of the complaint",
            ),
            (
                "timeline --procedure scotland-spso --received 2026-11-20T16:45 --event stage9:requested=2026-12-01",
                "--event: the procedure has no stage with the id \"stage9\"",
            ),
        ];
        for (args, expected) in cases {
            let error = run_args(args).unwrap_err();
            assert_eq!(error.to_string(), expected, "{args}");
            assert!(!error.to_string().contains('\n'));
        }
    }

    #[test]
    fn timeline_text_and_json_come_from_the_same_timeline() {
        let text =
            run_args("timeline --procedure children-statutory-england --received 2026-11-20T16:45")
                .unwrap();
        assert!(text.contains(
            "  Stage 1 response [stage1-response]\n    10 working days (up to 20 with an extension) \
             after the complaint is received\n    due Friday 4 December 2026; at the latest \
             Friday 18 December 2026\n"
        ), "{text}");
        assert!(text.contains(
            "  Last day to ask for Stage 2 [stage2-request]\n    20 working days after Stage 1 \
             response\n    due Wednesday 6 January 2027;"
        ), "{text}");
        let json = run_args(
            "timeline --procedure children-statutory-england --received 2026-11-20T16:45 --format json",
        )
        .unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            value["stages"][1]["milestones"][0]["when"]["due"],
            "2026-12-04"
        );
        assert_eq!(
            value["stages"][2]["milestones"][0]["when"]["due"],
            "2027-01-06"
        );
    }

    #[test]
    fn next_says_what_can_be_done_after_an_answer() {
        let text = run_args(
            "next --procedure children-statutory-england --stage stage2 --responded 2026-11-02 \
             --complained 2026-06-15 --today 2026-12-15",
        )
        .unwrap();
        let expected = "\
Children's social care complaints (England, statutory) [children-statutory-england]
Working days: England and Wales bank holidays
Today: Tuesday 15 December 2026
Stage: Stage 2: independent investigation [stage2], answered Monday 2 November 2026
Complained: Monday 15 June 2026

Next stage: Stage 3: independent review panel [stage3]
  last day to ask: Monday 30 November 2026
  that day has passed
  a late request can still be made, saying why it is late; the council decides whether to accept it
  if asked for today:
    Review panel meets [stage3-panel-meeting]
      30 working days after the request for this stage
      due Friday 29 January 2027
";
        assert!(text.starts_with(expected), "{text}");
        assert!(text.contains(
            "\nOmbudsman: Local Government and Social Care Ombudsman [lgsco]\n  \
             not yet: open once Stage 3: independent review panel [stage3] has answered\n"
        ));

        let text = run_args(
            "next --procedure general-barnsley --stage stage1 --responded 2026-11 \
             --service adult-social-care --today 2027-12-01",
        )
        .unwrap();
        assert!(text.contains(
            "Stage: Stage 1: investigation and resolution [stage1], answered in November 2026\n\
             Service: adult-social-care\n\n\
             Next stage: Stage 2: complaint review [stage2]\n  \
             the council decides whether a request for it goes ahead\n  \
             the procedure sets no last day to ask for it\n"
        ), "{text}");
        assert!(text.contains(
            "  open now: normally within 12 months of when the person first knew about the matter\n  \
             last day Tuesday 30 November 2027 at the latest \
             (earlier if the person knew about the matter before complaining)\n  \
             that day has passed\n  \
             the Ombudsman may still look at a complaint brought later, for good reason\n  \
             phone 0300 061 0614\n"
        ), "{text}");
    }

    #[test]
    fn next_says_when_an_awaited_answer_is_due() {
        let late = run_args(
            "next --procedure children-statutory-england --stage stage1 \
             --waiting-since 2026-11-20 --today 2026-12-07",
        )
        .unwrap();
        assert!(
            late.contains(
                "\nAnswer awaited [stage1-response]\n  due Friday 4 December 2026\n  \
             the latest the procedure allows with an extension: Friday 18 December 2026\n  \
             late: the council can be asked why, and when it will answer\n"
            ),
            "{late}"
        );
        assert!(!late.contains("Next stage"));
        let on_time = run_args(
            "next --procedure children-statutory-england --stage stage1 \
             --waiting-since 2026-11-20 --today 2026-12-04",
        )
        .unwrap();
        assert!(on_time.contains("  not late yet\n"), "{on_time}");
        let extended = run_args(
            "next --procedure children-statutory-england --stage stage1 \
             --waiting-since 2026-11-20 --extended-to 2027-01-29 --today 2026-12-07",
        )
        .unwrap();
        assert!(
            extended.contains(
                "  due Friday 29 January 2027 (the new date the council agreed)\n  \
             the latest the procedure allows with an extension: Friday 18 December 2026\n  \
             the agreed date is later than the procedure allows\n  not late yet\n"
            ),
            "{extended}"
        );
        let month = run_args(
            "next --procedure children-statutory-england --stage stage1 \
             --waiting-since 2026-11 --today 2026-11-30",
        )
        .unwrap();
        assert!(
            month.contains("  due between Friday 13 November 2026 and Monday 14 December 2026\n"),
            "{month}"
        );
        assert!(
            month.contains("  may be late, depending on the day in the month given\n"),
            "{month}"
        );
    }

    #[test]
    fn next_json_is_the_follow_up() {
        let json = run_args(
            "next --procedure children-statutory-england --stage stage1 --responded 2026-11-20 \
             --today 2026-12-04 --format json",
        )
        .unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["next"]["ask_by"]["latest"], "2026-12-18");
        assert_eq!(value["next"]["ask_by_passed"], "no");
        assert_eq!(value["today"], "2026-12-04");
    }

    #[test]
    fn next_bad_arguments_name_the_argument() {
        let next = "next --procedure children-statutory-england --stage stage1";
        let cases = [
            (
                next.to_owned(),
                "--responded: missing: give --responded (the stage has answered) or --waiting-since (its answer is awaited)",
            ),
            (
                format!("{next} --responded 2026-11-20 --waiting-since 2026-11-20"),
                "--waiting-since: give --responded (the stage has answered) or --waiting-since (its answer is awaited), not both",
            ),
            (
                format!("{next} --responded 2026-11-20 --extended-to 2026-12-20"),
                "--extended-to: only with --waiting-since: an extension is for an answer still awaited",
            ),
            (
                format!("{next} --responded still-happening"),
                "--responded: \"still-happening\" is not accepted; expected the day the stage's answer came, YYYY-MM-DD or YYYY-MM",
            ),
            (
                format!("{next} --responded 2026-12-06"),
                "--responded: 2026-12-06 is after today (Saturday 5 December 2026)",
            ),
            (
                format!("{next} --waiting-since 2027-01"),
                "--waiting-since: 2027-01-01 is after today (Saturday 5 December 2026)",
            ),
            (
                format!("{next} --responded 2026-11-20 --complained 2026-12"),
                "--complained: the complaint (2026-12-01) is dated after the stage's date (2026-11-20)",
            ),
            (
                format!("{next} --waiting-since 2026-11-20 --extended-to 2026-11-19"),
                "--extended-to: the extension's new date (2026-11-19) is before the stage was asked for (2026-11-20)",
            ),
            (
                format!("{next} --responded 2026-11-20 --today 05/12/2026"),
                "--today: \"05/12/2026\" is not accepted; expected a date YYYY-MM-DD",
            ),
            (
                "next --procedure children-statutory-england --stage stage4 --responded 2026-11-20".to_owned(),
                "--stage: the procedure has no stage with the id \"stage4\"; its stages are on-the-spot, stage1, stage2, stage3",
            ),
        ];
        for (args, expected) in cases {
            let error = run_args(&args).unwrap_err();
            assert_eq!(error.to_string(), expected, "{args}");
        }
    }
}
