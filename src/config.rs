//! The council's configuration: who they are and how people can reach them.
//!
//! Read at start from `config.json` beside the app, so a council changes it
//! without a rebuild. Problems are collected, not stopped at, so a web team
//! sees every one of them at once.

use redress_core::calendar::Calendar;
use redress_core::council::{self, Procedures};
use redress_core::date::{Date, TimeOfDay, Weekday};
use redress_core::journey::{CouncilSetup, ProcedureRole, Rules};
use redress_core::json::Json;
use redress_core::language::{is_language_tag, SHIPPED, SOURCE};
use redress_core::localized::{derive_form, Localized, Members, NAME_FORMS};

use crate::i18n::Arg;
use redress_core::problems::Severity;
use redress_core::procedure::{is_https_address, Nation, Procedure};
use redress_core::theme::{self, Theme};
use std::collections::BTreeMap;

use serde::Deserialize;

/// Everything a council sets for its own wizard.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CouncilConfig {
    /// The council as the public knows it.
    pub council: Council,
    /// Other ways to make a complaint than this wizard.
    pub contacts: Contacts,
    /// Who to call when someone is in danger or at risk of harm.
    pub safety: Safety,
    /// Which procedure each kind of complaint goes through.
    #[serde(default)]
    pub procedures: Procedures,
    /// Advocacy and support organisations to offer.
    #[serde(default)]
    pub advocacy: Vec<Organisation>,
    /// Where submissions go.
    #[serde(default)]
    pub submission: SubmissionTarget,
    /// The neutral page "Exit this page" leaves for.
    #[serde(default = "default_exit_url")]
    pub exit_url: String,
    /// The languages offered, and the default.
    #[serde(default)]
    pub languages: Languages,
    /// The council's working days: its closure days, bank holidays
    /// announced since this release, and its cut-off time. None: the bank
    /// holidays of each procedure's nation, with no cut-off.
    #[serde(default)]
    pub calendar: Option<Calendar>,
    /// The privacy notice and accessibility statement.
    #[serde(default)]
    pub links: Links,
    /// Brand colour, focus colour and font.
    #[serde(default)]
    pub theme: Theme,
    /// What the page the wizard is embedded in is told.
    #[serde(default)]
    pub embedding: Embedding,
    /// How many files a person may attach as evidence, how large and of
    /// which kinds (the receiver holds each file to them).
    #[serde(default)]
    pub attachments: redress_core::attachment::Limits,
    /// The procedure for each role and the calendar, once checked (the
    /// custom profiles kept for the page's life).
    #[serde(skip)]
    setup: Option<CouncilSetup>,
}

/// The languages a council offers.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    /// BCP 47 tags, in the order the language switcher lists them; each
    /// needs `locales/{tag}.ftl`. Must include `en-GB`, the fallback.
    pub offered: Vec<String>,
    /// Shown when the person has not chosen and no `?lang=` is given;
    /// `None` follows the browser's languages.
    pub default: Option<String>,
}

impl Default for Languages {
    /// Every language Redress ships, following the browser.
    fn default() -> Self {
        Languages {
            offered: crate::language::SHIPPED.map(String::from).to_vec(),
            default: None,
        }
    }
}

/// GOV.UK's choice for Exit this page: a weather forecast, which gives
/// nothing away about what the person was doing.
fn default_exit_url() -> String {
    "https://www.bbc.co.uk/weather".into()
}

/// An advocacy or support organisation.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Its name.
    pub name: String,
    /// Its phone number, if it has one to give.
    pub phone: Option<String>,
}

/// How submissions travel to the council (see docs/configuration.md).
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Adapter {
    /// `POST` the JSON payload (`public/schema/submission-v1.json`).
    #[default]
    Json,
    /// `POST` the payload's fields form-encoded, plus the whole JSON as
    /// `payload`: for low-code flows and form handlers.
    Form,
    /// No endpoint: the person's email program opens with the answers
    /// written out, addressed to the council. The last resort.
    Email,
}

/// Where the wizard sends what people submit.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct SubmissionTarget {
    /// How to send.
    pub adapter: Adapter,
    /// The URL to POST to, relative to the page or absolute (not used by the
    /// email adapter).
    pub endpoint: String,
    /// Extra request headers, for routing within the council's system.
    /// Never secrets: everything in this file is public.
    pub headers: BTreeMap<String, String>,
    /// How long to wait for an answer before trying again, in seconds.
    pub timeout_seconds: u32,
    /// The address for the email adapter, and for "send it by email
    /// instead" when sending fails; `contacts.email` when not given.
    pub email: Option<String>,
    /// Whether that endpoint is the council's own system. When false (the
    /// local test receiver), the confirmation says plainly that nothing has
    /// reached a council.
    pub reaches_council: bool,
}

impl Default for SubmissionTarget {
    /// The local receiver that `./x run` serves, which is not a council.
    fn default() -> Self {
        SubmissionTarget {
            adapter: Adapter::Json,
            endpoint: "api/submissions".into(),
            headers: BTreeMap::new(),
            timeout_seconds: 20,
            email: None,
            reaches_council: false,
        }
    }
}

/// Request headers the wizard sets itself, or that browsers forbid.
const RESERVED_HEADERS: [&str; 8] = [
    "content-type",
    "content-length",
    "idempotency-key",
    "host",
    "origin",
    "referer",
    "cookie",
    "authorization",
];

/// Whether the browser takes `value` as a request header's value: one line,
/// each character a byte (the Fetch standard's rule; anything else makes
/// `Headers.set` throw).
fn header_value(value: &str) -> bool {
    value
        .chars()
        .all(|c| u32::from(c) <= 0xff && !matches!(c, '\0' | '\r' | '\n'))
}

/// Words in a header's name that mean it carries a secret.
const SECRET_WORDS: [&str; 7] = [
    "auth",
    "token",
    "secret",
    "key",
    "password",
    "signature",
    "credential",
];

/// The council's name.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Council {
    /// Shown in headings and the page title, e.g. "Barnsley Council": one
    /// name, or names by language with `en-GB` required.
    pub name: Localized<String>,
    /// The forms of the name a language's messages use after some words
    /// (Welsh `soft`: "i Gyngor Sir Ynys"), by language then form; a form
    /// not given is derived from the name in that language.
    #[serde(default)]
    pub name_forms: Members<Members<String>>,
    /// The council's logo for the header, as a path beside the wizard (such
    /// as `logo.svg`): the wizard loads nothing from other sites.
    #[serde(default)]
    pub logo: Option<String>,
}

impl Council {
    /// The name shown in `lang`.
    pub fn name_in(&self, lang: &str) -> String {
        self.name.text_in(lang).to_owned()
    }

    /// The message variables for the name in `lang`: `council`, and each
    /// form `lang`'s messages may use (`council-soft` in Welsh).
    pub fn args(&self, lang: &str) -> Vec<(&'static str, Arg)> {
        let mut args = vec![("council", self.name_in(lang).into())];
        for &(form_lang, form, variable) in &NAME_FORMS {
            if form_lang == lang {
                let given = self.name_forms.get(lang).and_then(|forms| forms.get(form));
                // One name for every language is not taken to be Welsh.
                let own = match &self.name {
                    Localized::ByLanguage(names) => names.get(lang),
                    Localized::Same(_) => None,
                };
                let text = match (given, own) {
                    (Some(given), _) => given.clone(),
                    (None, Some(own)) => derive_form(form, own),
                    (None, None) => self.name_in(lang),
                };
                args.push((variable, text.into()));
            }
        }
        args
    }
}

/// Pages of the council's own site the wizard links to.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Links {
    /// The privacy notice that covers complaints.
    pub privacy: Option<String>,
    /// The accessibility statement for this service.
    pub accessibility: Option<String>,
    /// The council's complaints procedure, for a person who wants to read it
    /// (seed 004: "you'd like to see a copy of this procedure").
    pub procedure: Option<String>,
}

/// What the wizard tells a council page it is embedded in (an iframe or a
/// mount). Any script on that page can read it, analytics and tag managers
/// included, so by default it is only that someone started and that
/// something was sent.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Embedding {
    /// Which events are told.
    #[serde(default)]
    pub events: EventDetail,
    /// The sites (origins, such as `https://www.example.gov.uk`) allowed to
    /// frame the wizard: in an iframe, events go to these only.
    #[serde(default)]
    pub host_origins: Vec<String>,
}

/// How much the embedding page is told.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum EventDetail {
    /// `started` and `submitted` (with the reference): nothing that reveals
    /// an answer.
    #[default]
    Minimal,
    /// Also `step` and `language` at each change. A step can reveal an
    /// answer (the page for someone at risk, a late complaint, a care
    /// arrangement), so this is the council's choice to make, knowingly.
    Detailed,
}

/// The council's complaints team's contact routes; every route is optional
/// but at least one must be given.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    /// A phone line, with its opening hours.
    pub phone: Option<PhoneLine>,
    /// An email address.
    pub email: Option<String>,
    /// A postal address, one line per entry: one address, or addresses by
    /// language.
    #[serde(default)]
    pub post: Localized<Vec<String>>,
    /// An office people can visit.
    pub in_person: Option<Office>,
}

impl Contacts {
    /// Whether no contact route is given at all.
    pub fn is_empty(&self) -> bool {
        self.phone.is_none()
            && self.email.is_none()
            && !self.post.has_lines()
            && self.in_person.is_none()
    }
}

/// A phone number and when it is answered.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PhoneLine {
    /// As people should dial it, e.g. "01226 770770".
    pub number: String,
    /// When the line is answered; empty means "at any time".
    #[serde(default)]
    pub hours: Vec<OpeningHours>,
}

/// An office address and its opening hours.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Office {
    /// The address, one line per entry: one address, or addresses by
    /// language.
    pub address: Localized<Vec<String>>,
    /// When the office is open.
    #[serde(default)]
    pub hours: Vec<OpeningHours>,
}

/// A run of days with the same opening times, e.g. Monday to Friday, 9 to 5.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    /// The first day of the run.
    pub from: Weekday,
    /// The last day of the run (the same as `from` for a single day).
    pub to: Weekday,
    /// Opening time, `HH:MM` on the 24-hour clock.
    pub opens: String,
    /// Closing time, `HH:MM` on the 24-hour clock.
    pub closes: String,
}

/// Emergency and safeguarding contacts.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Safety {
    /// The emergency number, "999" in the UK.
    pub emergency_number: String,
    /// Adult social care safeguarding line.
    pub adults: PhoneLine,
    /// Children's social care safeguarding line.
    pub children: PhoneLine,
    /// The out-of-hours emergency duty team.
    pub out_of_hours: PhoneLine,
}

/// What the first page needs from the configuration: the council, its
/// contact routes and safety lines, the languages, links and theme, and
/// where "Exit this page" goes.
///
/// The first download reads these with a small JSON reader; the full,
/// strict reading ([`CouncilConfig::from_json`]) comes with the later pages
/// and replaces the start page with the configuration error page if the
/// file has problems. For a valid file both read the same values (tested).
#[derive(Clone, Debug, PartialEq)]
pub struct StartConfig {
    /// The council as the public knows it.
    pub council: Council,
    /// Other ways to make a complaint.
    pub contacts: Contacts,
    /// Who to call when someone is in danger or at risk of harm.
    pub safety: Safety,
    /// The languages offered, and the default.
    pub languages: Languages,
    /// The privacy notice and accessibility statement.
    pub links: Links,
    /// Brand colour, focus colour and font.
    pub theme: Theme,
    /// The neutral page "Exit this page" leaves for.
    pub exit_url: String,
    /// What the page the wizard is embedded in is told.
    pub embedding: Embedding,
}

impl StartConfig {
    /// The start page's settings from `json`, or `None` if the text is not
    /// JSON or any of these settings is missing or of the wrong kind (the
    /// full reading then says exactly what is wrong). Values are not checked
    /// here: that is the full reading's work.
    pub fn read(json: &str) -> Option<StartConfig> {
        let root = Json::parse(json)?;
        let council = root.get("council");
        let safety = root.get("safety");
        let languages = root.get("languages");
        let links = root.get("links");
        let theme = root.get("theme");
        Some(StartConfig {
            council: Council {
                name: read_localized(council.get("name"), Json::string)?,
                name_forms: optional(council.get("name_forms"), |forms| {
                    read_map(forms, |form| read_map(form, Json::string))
                })?
                .unwrap_or_default(),
                logo: optional_string(council.get("logo"))?,
            },
            contacts: read_contacts(root.get("contacts"))?,
            safety: Safety {
                emergency_number: safety.get("emergency_number").string()?,
                adults: read_phone_line(safety.get("adults"))?,
                children: read_phone_line(safety.get("children"))?,
                out_of_hours: read_phone_line(safety.get("out_of_hours"))?,
            },
            languages: optional(languages, |languages| {
                Some(Languages {
                    offered: read_strings(languages.get("offered"))?,
                    default: optional_string(languages.get("default"))?,
                })
            })?
            .unwrap_or_default(),
            links: Links {
                privacy: optional_string(links.get("privacy"))?,
                accessibility: optional_string(links.get("accessibility"))?,
                procedure: optional_string(links.get("procedure"))?,
            },
            theme: Theme {
                brand: optional_string(theme.get("brand"))?,
                focus: optional_string(theme.get("focus"))?,
                font: optional_string(theme.get("font"))?,
            },
            exit_url: optional_string(root.get("exit_url"))?.unwrap_or_else(default_exit_url),
            embedding: optional(root.get("embedding"), read_embedding)?.unwrap_or_default(),
        })
    }

    /// The CSS custom properties of the council's theme, each checked.
    pub fn theme_properties(&self) -> Vec<(&'static str, String)> {
        theme::apply(&self.theme).0
    }

    /// What is wrong with the start page's settings, each with its path.
    /// [`CouncilConfig::from_json`] reports these first, then the rest.
    pub fn problems(&self) -> Vec<ConfigProblem> {
        let mut problems = Vec::new();
        let mut problem = |path: &str, message: &str| {
            problems.push(ConfigProblem {
                path: path.to_owned(),
                message: message.to_owned(),
            })
        };
        for (lang, name) in self.council.name.values() {
            if name.trim().is_empty() {
                problem(&language_path("council.name", lang), "must not be empty");
            }
        }
        let contacts = &self.contacts;
        if contacts.is_empty() {
            problem(
                "contacts",
                "give at least one of phone, email, post or in_person, so people have another way to complain",
            );
        }
        check_email("contacts.email", contacts.email.as_deref(), &mut problem);
        let mut lines = vec![("safety.adults", &self.safety.adults)];
        lines.push(("safety.children", &self.safety.children));
        lines.push(("safety.out_of_hours", &self.safety.out_of_hours));
        if let Some(phone) = &contacts.phone {
            lines.push(("contacts.phone", phone));
        }
        for (path, line) in lines {
            if line.number.trim().is_empty() {
                problem(&format!("{path}.number"), "must not be empty");
            }
            check_hours(&line.hours, &format!("{path}.hours"), &mut problem);
        }
        if self.safety.emergency_number.trim().is_empty() {
            problem(
                "safety.emergency_number",
                "must not be empty (999 in the UK)",
            );
        }
        for (i, tag) in self.languages.offered.iter().enumerate() {
            if !is_language_tag(tag) {
                problem(
                    &format!("languages.offered[{i}]"),
                    "must be a language tag such as cy or pl",
                );
            }
        }
        if !self.languages.offered.iter().any(|tag| tag == SOURCE) {
            problem(
                "languages.offered",
                "must include en-GB, which every other language falls back to",
            );
        }
        if let Some(default) = &self.languages.default {
            if !self.languages.offered.contains(default) {
                problem("languages.default", "must be one of the languages offered");
            }
        }
        for (i, origin) in self.embedding.host_origins.iter().enumerate() {
            if !is_origin(origin) {
                problem(
                    &format!("embedding.host_origins[{i}]"),
                    "must be a site's origin, such as https://www.example.gov.uk (no path)",
                );
            }
        }
        if !is_https_address(&self.exit_url) {
            problem(
                "exit_url",
                "must be an https:// address of a neutral site, such as a weather forecast",
            );
        }
        if let Some(logo) = &self.council.logo {
            let beside = !logo.trim().is_empty()
                && !logo.contains("://")
                && !logo.starts_with("//")
                && !logo.to_ascii_lowercase().starts_with("data:")
                && !logo.contains(['"', '<', '>', ' ']);
            if !beside {
                problem(
                    "council.logo",
                    "must be a path beside the wizard, such as logo.svg: the wizard loads nothing from other sites",
                );
            }
        }
        for (path, link) in [
            ("links.privacy", &self.links.privacy),
            ("links.accessibility", &self.links.accessibility),
            ("links.procedure", &self.links.procedure),
        ] {
            if link.as_deref().is_some_and(|url| !is_https_address(url)) {
                problem(path, "must be an https:// address on the council's site");
            }
        }
        if let Some(office) = &contacts.in_person {
            for (lang, lines) in office.address.values() {
                if lines.is_empty() {
                    problem(
                        &language_path("contacts.in_person.address", lang),
                        "give at least one line of the address",
                    );
                }
            }
            check_hours(&office.hours, "contacts.in_person.hours", &mut problem);
        }
        problems
    }

    /// Settings refused without stopping the wizard: theme colours below
    /// the contrast needed, and fonts that would fetch from elsewhere.
    pub fn warnings(&self) -> Vec<ConfigProblem> {
        let mut warnings: Vec<ConfigProblem> = theme::apply(&self.theme)
            .1
            .into_iter()
            .map(|refused| ConfigProblem {
                path: refused.path.to_owned(),
                message: refused.message,
            })
            .collect();
        // A language Redress has no messages for, beside one it has (such
        // as `pt`, from before Portuguese was tagged pt-PT), is most likely
        // a slip; one unlike any is the council's own (`locales/{tag}.ftl`).
        let shipped = SHIPPED.map(String::from);
        for (i, tag) in self.languages.offered.iter().enumerate() {
            if shipped.contains(tag) {
                continue;
            }
            if let Some(close) = redress_core::language::best_match(tag, &shipped) {
                warnings.push(ConfigProblem {
                    path: format!("languages.offered[{i}]"),
                    message: format!(
                        "Redress has messages for {close}, not {tag}: offer {close}, unless locales/{tag}.ftl is your own"
                    ),
                });
            }
        }
        warnings
    }
}

/// An optional setting: `Some(None)` when null or absent, `Some(Some(_))`
/// when `read` can read it, and `None` (the setting is of the wrong kind)
/// when it cannot.
fn optional<T>(value: &Json, read: impl FnOnce(&Json) -> Option<T>) -> Option<Option<T>> {
    if value.is_null() {
        Some(None)
    } else {
        read(value).map(Some)
    }
}

/// Whether `text` is an origin: `https://` (or `http://` for this machine,
/// for testing) and a host with an optional port, nothing more.
fn is_origin(text: &str) -> bool {
    let rest = text.strip_prefix("https://").or_else(|| {
        text.strip_prefix("http://").filter(|rest| {
            let host = rest.split(':').next().unwrap_or_default();
            host == "localhost" || host == "127.0.0.1"
        })
    });
    rest.is_some_and(|host| {
        !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
    })
}

/// An optional string setting (see [`optional`]).
fn optional_string(value: &Json) -> Option<Option<String>> {
    optional(value, Json::string)
}

/// An array of strings; absent or null reads as empty, as `#[serde(default)]`.
fn read_strings(value: &Json) -> Option<Vec<String>> {
    match value {
        Json::Null => Some(Vec::new()),
        Json::Array(items) => items.iter().map(Json::string).collect(),
        _ => None,
    }
}

/// The path of a value given for `lang` (`council.name.cy`), or for every
/// language (`council.name`).
fn language_path(path: &str, lang: Option<&str>) -> String {
    match lang {
        Some(lang) => format!("{path}.{lang}"),
        None => path.to_owned(),
    }
}

/// An object's members, each read by `read`.
fn read_map<T>(value: &Json, read: impl Fn(&Json) -> Option<T>) -> Option<Members<T>> {
    let Json::Object(members) = value else {
        return None;
    };
    let mut map = Members::default();
    for (key, value) in members {
        map.insert(key.clone(), read(value)?);
    }
    Some(map)
}

/// One value for every language, or an object of values by language.
fn read_localized<T>(value: &Json, read: impl Fn(&Json) -> Option<T>) -> Option<Localized<T>> {
    match value {
        Json::Object(_) => read_map(value, read).map(Localized::ByLanguage),
        _ => read(value).map(Localized::Same),
    }
}

fn read_embedding(value: &Json) -> Option<Embedding> {
    let events = match optional_string(value.get("events"))?.as_deref() {
        None | Some("minimal") => EventDetail::Minimal,
        Some("detailed") => EventDetail::Detailed,
        Some(_) => return None,
    };
    Some(Embedding {
        events,
        host_origins: read_strings(value.get("host_origins"))?,
    })
}

fn read_contacts(value: &Json) -> Option<Contacts> {
    Some(Contacts {
        phone: optional(value.get("phone"), read_phone_line)?,
        email: optional_string(value.get("email"))?,
        post: read_localized(value.get("post"), read_strings)?,
        in_person: optional(value.get("in_person"), |office| {
            Some(Office {
                address: read_localized(office.get("address"), read_strings)?,
                hours: read_hours(office.get("hours"))?,
            })
        })?,
    })
}

fn read_phone_line(value: &Json) -> Option<PhoneLine> {
    Some(PhoneLine {
        number: value.get("number").string()?,
        hours: read_hours(value.get("hours"))?,
    })
}

fn read_hours(value: &Json) -> Option<Vec<OpeningHours>> {
    let day = |value: &Json| Weekday::from_name(value.as_str()?);
    match value {
        Json::Null => Some(Vec::new()),
        Json::Array(items) => items
            .iter()
            .map(|hours| {
                Some(OpeningHours {
                    from: day(hours.get("from"))?,
                    to: day(hours.get("to"))?,
                    opens: hours.get("opens").string()?,
                    closes: hours.get("closes").string()?,
                })
            })
            .collect(),
        _ => None,
    }
}

/// One thing wrong with a configuration, for the council's web team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    /// Where, as a path such as `contacts.phone.hours[0].opens`.
    pub path: String,
    /// What is wrong and what is accepted.
    pub message: String,
}

impl std::fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// What can still be read from a configuration that failed its checks: the
/// contact routes that are sound on their own, so that the polite page the
/// public sees can still say how to get in touch.
///
/// A phone line whose opening hours do not read keeps its number only.
pub fn salvage_contacts(json: &str) -> Contacts {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else {
        return Contacts::default();
    };
    let contacts = &value["contacts"];
    let phone = serde_json::from_value::<PhoneLine>(contacts["phone"].clone())
        .ok()
        .or_else(|| {
            let number = contacts["phone"]["number"].as_str()?;
            Some(PhoneLine {
                number: number.to_owned(),
                hours: Vec::new(),
            })
        })
        .filter(|line| !line.number.trim().is_empty())
        .map(|mut line| {
            let mut sound = true;
            check_hours(&line.hours, "", &mut |_, _| sound = false);
            if !sound {
                line.hours.clear();
            }
            line
        });
    let email = contacts["email"]
        .as_str()
        .filter(|email| looks_like_email(email))
        .map(str::to_owned);
    let lines = |value: &serde_json::Value| -> Vec<String> {
        value
            .as_array()
            .map(|lines| {
                lines
                    .iter()
                    .filter_map(|line| line.as_str())
                    .filter(|line| !line.trim().is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    // An address by language keeps each language's readable lines.
    let localized = |value: &serde_json::Value| -> Localized<Vec<String>> {
        match value.as_object() {
            Some(by_language) => Localized::ByLanguage(Members(
                by_language
                    .iter()
                    .map(|(lang, value)| (lang.clone(), lines(value)))
                    .filter(|(_, lines)| !lines.is_empty())
                    .collect(),
            )),
            None => Localized::Same(lines(value)),
        }
    };
    let post = localized(&contacts["post"]);
    let address = localized(&contacts["in_person"]["address"]);
    let in_person = address.has_lines().then(|| Office {
        address,
        hours: Vec::new(),
    });
    Contacts {
        phone,
        email,
        post,
        in_person,
    }
}

/// Parses `HH:MM` on the 24-hour clock.
pub fn parse_time(text: &str) -> Option<TimeOfDay> {
    text.parse().ok()
}

impl CouncilConfig {
    /// Reads a configuration from JSON and checks it, returning every
    /// problem found.
    pub fn from_json(json: &str) -> Result<Self, Vec<ConfigProblem>> {
        let mut config: CouncilConfig =
            serde_json::from_str(json).map_err(|error| shape_problems(json, &error))?;
        let problems = config.problems();
        if problems.is_empty() {
            // Read once per page load and kept for its life, so pages can
            // borrow procedures as they do the built-in ones.
            config.setup = Some(config.procedures.setup(config.calendar.clone()));
            Ok(config)
        } else {
            Err(problems)
        }
    }

    /// The start page's settings, as [`StartConfig::read`] reads them.
    pub fn start(&self) -> StartConfig {
        StartConfig {
            council: self.council.clone(),
            contacts: self.contacts.clone(),
            safety: self.safety.clone(),
            languages: self.languages.clone(),
            links: self.links.clone(),
            theme: self.theme.clone(),
            exit_url: self.exit_url.clone(),
            embedding: self.embedding.clone(),
        }
    }

    /// The procedure for complaints of this kind.
    pub fn procedure(&self, role: ProcedureRole) -> &'static Procedure {
        match &self.setup {
            Some(setup) => setup.get(role),
            // Not read through `from_json`: resolved (and kept) each time.
            None => self.procedures.setup(None).get(role),
        }
    }

    /// The council's nation: its general procedure's, which every council
    /// has (in Northern Ireland the only one it uses).
    pub fn nation(&self) -> Nation {
        self.procedure(ProcedureRole::General).nation
    }

    /// The address submissions are emailed to (the email adapter, and the
    /// fallback when sending fails), if the council has one.
    pub fn submission_email(&self) -> Option<&str> {
        self.submission
            .email
            .as_deref()
            .or(self.contacts.email.as_deref())
            .filter(|email| looks_like_email(email))
    }

    /// Things worth telling the web team that do not stop the wizard, such
    /// as an extra bank holiday that falls at a weekend.
    pub fn warnings(&self) -> Vec<ConfigProblem> {
        let mut warnings = self.procedure_warnings();
        warnings.extend(self.start().warnings());
        warnings
    }

    /// The warnings about the council's calendar and its own procedures;
    /// those about the start page's settings are [`StartConfig::warnings`].
    pub fn procedure_warnings(&self) -> Vec<ConfigProblem> {
        self.dates_problems(Severity::Warning)
    }

    /// The problems of the council's procedures and calendar (see
    /// [`council::problems`]), and the message ids of its own procedure
    /// profiles the wizard has no text for.
    fn dates_problems(&self, severity: Severity) -> Vec<ConfigProblem> {
        let mut found: Vec<ConfigProblem> =
            council::problems(&self.procedures, self.calendar.as_ref())
                .into_iter()
                .filter(|problem| problem.severity == severity)
                .map(|problem| ConfigProblem {
                    path: problem.path,
                    message: problem.kind.to_string(),
                })
                .collect();
        if severity != Severity::Error {
            return found;
        }
        let source = crate::l10n::source_catalogue();
        for (index, procedure) in self.procedures.custom.iter().enumerate() {
            let own = procedure.text.0.get(crate::l10n::SOURCE_LANG);
            for (path, id) in procedure.message_ids() {
                if !source.has(id) && !own.is_some_and(|own| own.contains_key(id)) {
                    found.push(ConfigProblem {
                        path: format!("procedures.custom[{index}].{path}"),
                        message: format!(
                            "the wizard has no text \"{id}\": give it in this profile's text (\"text\": {{ \"en-GB\": {{ \"{id}\": \"...\" }} }}), or use a message id of locales/en-GB.ftl as the built-in profiles do"
                        ),
                    });
                }
            }
            for (lang, texts) in procedure.text.0.iter() {
                let path = format!("procedures.custom[{index}].text.{lang}");
                if !crate::language::SHIPPED.contains(&lang) {
                    found.push(ConfigProblem {
                        path: path.clone(),
                        message: format!(
                            "the wizard has no language \"{lang}\": use one of {}",
                            crate::language::SHIPPED.join(", ")
                        ),
                    });
                }
                for id in texts.keys().filter(|id| source.has(id)) {
                    found.push(ConfigProblem {
                        path: format!("{path}.{id}"),
                        message: format!(
                            "\"{id}\" is already a message of the wizard, translated in every language: give your own text another id"
                        ),
                    });
                }
            }
        }
        found
    }

    /// The problems of the council's words by language (its name, forms of
    /// its name, addresses): read with the later pages, as the first page
    /// shows a value in the language shown or in English whatever these say.
    fn check_languages(&self, problem: &mut impl FnMut(&str, &str)) {
        if let Localized::ByLanguage(addresses) = &self.contacts.post {
            for (lang, _) in addresses.iter().filter(|(_, lines)| lines.is_empty()) {
                problem(
                    &format!("contacts.post.{lang}"),
                    "give at least one line of the address",
                );
            }
        }
        // Values by language: en-GB given, and only languages the wizard has.
        let mut found = self.council.name.problems("council.name", &SHIPPED);
        found.extend(self.contacts.post.problems("contacts.post", &SHIPPED));
        if let Some(office) = &self.contacts.in_person {
            let path = "contacts.in_person.address";
            found.extend(office.address.problems(path, &SHIPPED));
        }
        for found in found {
            problem(&found.path, &found.kind.to_string());
        }
        for (lang, forms) in self.council.name_forms.iter() {
            for (form, text) in forms.iter() {
                let path = format!("council.name_forms.{lang}.{form}");
                if !NAME_FORMS.iter().any(|&(l, f, _)| l == lang && f == form) {
                    let known: Vec<String> = NAME_FORMS
                        .iter()
                        .map(|(l, f, _)| format!("{l}.{f}"))
                        .collect();
                    problem(
                        &path,
                        &format!(
                            "is not a form the wizard's messages use; use one of {}",
                            known.join(", ")
                        ),
                    );
                } else if text.trim().is_empty() {
                    problem(&path, "must not be empty");
                }
            }
        }
    }

    fn check_submission(&self, problem: &mut impl FnMut(&str, &str)) {
        let target = &self.submission;
        if target.adapter != Adapter::Email && target.endpoint.trim().is_empty() {
            problem(
                "submission.endpoint",
                "must be the URL submissions are sent to",
            );
        }
        if !(1..=120).contains(&target.timeout_seconds) {
            problem(
                "submission.timeout_seconds",
                "must be a number of seconds from 1 to 120",
            );
        }
        check_email("submission.email", target.email.as_deref(), problem);
        if target.adapter == Adapter::Email && self.submission_email().is_none() {
            problem(
                "submission.email",
                "the email adapter needs an address: set submission.email or contacts.email",
            );
        }
        for (name, value) in &target.headers {
            let path = format!("submission.headers.{name}");
            let lower = name.to_ascii_lowercase();
            let token = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
            if !token {
                problem(&path, "must be a header name: letters, digits and hyphens");
            } else if RESERVED_HEADERS.contains(&lower.as_str()) || lower.starts_with("sec-") {
                problem(&path, "is set by the wizard or the browser; remove it");
            } else if SECRET_WORDS.iter().any(|word| lower.contains(word)) {
                problem(
                    &path,
                    "looks like a secret, and everything in config.json is public: keep secrets on a server you run (see the README, \"No secrets in the front end\")",
                );
            } else if !header_value(value) {
                // The browser refuses such a value, and every send with it.
                problem(
                    &path,
                    "must be a header value: one line of Latin letters, digits and punctuation",
                );
            }
        }
    }

    /// Routing rules for today: each procedure's time limit.
    pub fn rules(&self, today: Date) -> Rules {
        let setup = self
            .setup
            .clone()
            .unwrap_or_else(|| self.procedures.setup(self.calendar.clone()));
        setup.rules(today)
    }

    fn problems(&self) -> Vec<ConfigProblem> {
        let mut problems = self.start().problems();
        let mut problem = |path: &str, message: &str| {
            problems.push(ConfigProblem {
                path: path.to_owned(),
                message: message.to_owned(),
            })
        };
        for found in self.dates_problems(Severity::Error) {
            problem(&found.path, &found.message);
        }
        for (i, organisation) in self.advocacy.iter().enumerate() {
            if organisation.name.trim().is_empty() {
                problem(&format!("advocacy[{i}].name"), "must not be empty");
            }
        }
        self.check_submission(&mut problem);
        self.check_languages(&mut problem);
        for found in self.attachments.problems() {
            problem("attachments", &found);
        }
        problems
    }
}

/// The published schema of `config.json`, which says its shape.
const SCHEMA: &str = include_str!("../public/schema/config-v1.json");

/// Every problem with the file's shape, when the strict reader refused it
/// at its first: each unknown field, missing field, wrong type and value
/// outside its list, by path and with what is accepted there (from the
/// published schema), and for each of the council's own procedure profiles
/// (whose outline only the schema gives) the profile reader's own problem.
/// Not JSON at all: where the syntax breaks.
fn shape_problems(json: &str, error: &serde_json::Error) -> Vec<ConfigProblem> {
    let first = ConfigProblem {
        path: format!("line {}, column {}", error.line(), error.column()),
        message: without_place(error),
    };
    let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else {
        return vec![first];
    };
    let schema: serde_json::Value =
        serde_json::from_str(SCHEMA).expect("the published schema is JSON");
    let mut found: Vec<ConfigProblem> = redress_core::shape::problems(&schema, &value)
        .into_iter()
        .map(|problem| ConfigProblem {
            path: problem.path,
            message: problem.kind.to_string(),
        })
        .collect();
    let profiles = value
        .pointer("/procedures/custom")
        .and_then(serde_json::Value::as_array);
    for (index, profile) in profiles.into_iter().flatten().enumerate() {
        // Read from text, as the whole file was: the same reader, no second
        // copy of it in the download.
        if let Err(error) = serde_json::from_str::<Procedure>(&profile.to_string()) {
            let path = format!("procedures.custom[{index}]");
            if !found.iter().any(|problem| problem.path.starts_with(&path)) {
                found.push(ConfigProblem {
                    path,
                    message: without_place(&error),
                });
            }
        }
    }
    if found.is_empty() {
        found.push(first);
    }
    found
}

/// serde_json's message without the place it appends (" at line 1 column
/// 9"), which is given apart or, for a profile read on its own, means
/// nothing to the person reading it.
fn without_place(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    message.strip_suffix(&suffix).unwrap_or(&message).to_owned()
}

fn check_email(path: &str, email: Option<&str>, problem: &mut impl FnMut(&str, &str)) {
    if email.is_some_and(|email| !looks_like_email(email)) {
        problem(
            path,
            "must be an email address such as complaints@example.gov.uk",
        );
    }
}

fn check_hours(hours: &[OpeningHours], path: &str, problem: &mut impl FnMut(&str, &str)) {
    for (i, run) in hours.iter().enumerate() {
        let opens = parse_time(&run.opens);
        let closes = parse_time(&run.closes);
        if opens.is_none() {
            problem(
                &format!("{path}[{i}].opens"),
                "must be a time such as 09:00",
            );
        }
        if closes.is_none() {
            problem(
                &format!("{path}[{i}].closes"),
                "must be a time such as 17:00",
            );
        }
        if let (Some(opens), Some(closes)) = (opens, closes) {
            if closes <= opens {
                problem(&format!("{path}[{i}].closes"), "must be later than opens");
            }
        }
        if run.to < run.from {
            problem(
                &format!("{path}[{i}].to"),
                "must be the same day as from or later in the week",
            );
        }
    }
}

fn looks_like_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULT: &str = include_str!("../public/config.json");

    /// Where each problem of a configuration that cannot be used is.
    fn problem_paths(config: &serde_json::Value) -> Vec<String> {
        CouncilConfig::from_json(&config.to_string())
            .unwrap_err()
            .into_iter()
            .map(|problem| problem.path)
            .collect()
    }

    /// Each problem of the file's shape is named by its path, with what is
    /// accepted there, all at once; a line and column only for a file that is
    /// not JSON.
    #[test]
    fn every_shape_problem_is_named_by_its_path_at_once() {
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["submission"] = serde_json::json!({ "adapter": "ftp", "timeout_seconds": "20" });
        value["languages"]["ofered"] = serde_json::json!(["en-GB"]);
        value["contacts"]["phone"] = serde_json::json!({ "number": 1130000000u64 });
        let problems = CouncilConfig::from_json(&value.to_string()).unwrap_err();
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "contacts.phone.number: must be text in quotes",
                "languages.ofered: not a field here; did you mean offered? The fields here are default, offered",
                "languages.offered: missing; it is required",
                "submission.adapter: \"ftp\" is not accepted; use one of \"json\", \"form\", \"email\"",
                "submission.timeout_seconds: must be a whole number",
            ]
        );

        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        let mut profile: serde_json::Value =
            serde_json::from_str(include_str!("../core/profiles/general-barnsley.json")).unwrap();
        profile["framework"] = "childrens-act".into();
        profile["stages"][1]["milestones"][0]["anchr"] = "received".into();
        profile["stages"][1]["milestones"][0]["duration"]["unit"] = "weeks".into();
        value["procedures"] = serde_json::json!({ "custom": [profile], "general": 7 });
        let problems = CouncilConfig::from_json(&value.to_string()).unwrap_err();
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "procedures.custom[0].framework: \"childrens-act\" is not accepted; use one of \"local\", \"children-act-1989-england\", \"adult-social-care-england\", \"social-services-wales\", \"spso-model\", \"psow-model\", \"lgsco-complaint-handling-code\"",
                "procedures.custom[0].stages[1].milestones[0].anchr: not a field here; did you mean anchor? The fields here are anchor, deadline_for, duration, except_services, id, justification, message_id, name, open_extension, service",
                "procedures.custom[0].stages[1].milestones[0].duration.unit: \"weeks\" is not accepted; use one of \"working-days\", \"calendar-days\", \"months\"",
                "procedures.general: must be text in quotes",
            ]
        );

        // Every built-in profile, copied into custom, has the schema's shape.
        let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        let built_in: Vec<serde_json::Value> = redress_core::procedure::built_in()
            .iter()
            .map(|profile| serde_json::to_value(profile).unwrap())
            .collect();
        value["procedures"] = serde_json::json!({ "custom": built_in });
        assert_eq!(redress_core::shape::problems(&schema, &value), Vec::new());

        let broken = CouncilConfig::from_json("{\"council\": }").unwrap_err();
        assert_eq!(broken.len(), 1);
        assert_eq!(broken[0].path, "line 1, column 13");
        assert!(!broken[0].message.contains("line"), "{}", broken[0].message);
    }

    #[test]
    fn the_shipped_default_configuration_is_valid() {
        let config = CouncilConfig::from_json(DEFAULT).expect("default config is valid");
        assert!(!config.council.name_in("en-GB").is_empty());
    }

    #[test]
    fn reports_every_problem_with_its_path() {
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["council"]["name"] = " ".into();
        value["contacts"]["email"] = "not an address".into();
        value["contacts"]["phone"]["hours"][0]["opens"] = "9am".into();
        value["safety"]["children"]["number"] = "".into();
        let paths = problem_paths(&value);
        assert_eq!(
            paths,
            [
                "council.name",
                "contacts.email",
                "safety.children.number",
                "contacts.phone.hours[0].opens"
            ]
        );
    }

    #[test]
    fn embedding_tells_little_by_default_and_only_to_origins() {
        let config = CouncilConfig::from_json(DEFAULT).unwrap();
        assert_eq!(config.embedding, Embedding::default());
        assert_eq!(config.embedding.events, EventDetail::Minimal);
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["embedding"] = serde_json::json!({
            "events": "detailed",
            "host_origins": [
                "https://www.example.gov.uk",
                "https://www.example.gov.uk:8443",
                "http://localhost:8080",
                "https://www.example.gov.uk/complaints",
                "http://www.example.gov.uk",
                "*",
                "http://localhost.example.com",
            ]
        });
        let paths = problem_paths(&value);
        assert_eq!(
            paths,
            [
                "embedding.host_origins[3]",
                "embedding.host_origins[4]",
                "embedding.host_origins[5]",
                "embedding.host_origins[6]"
            ]
        );
        value["embedding"] = serde_json::json!({ "events": "everything" });
        assert!(CouncilConfig::from_json(&value.to_string()).is_err());
        assert_eq!(StartConfig::read(&value.to_string()), None);
    }

    #[test]
    fn procedures_default_to_england_and_must_be_built_in() {
        let config = CouncilConfig::from_json(DEFAULT).unwrap();
        assert_eq!(
            config.procedure(ProcedureRole::Children).id,
            "children-statutory-england"
        );
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["procedures"] = serde_json::json!({
            "children": "wales-social-services",
            "adults": "wales-social-services",
            "general": "no-such-procedure"
        });
        let problems = CouncilConfig::from_json(&value.to_string()).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "procedures.general");
        assert!(problems[0]
            .message
            .contains("lgsco-complaint-handling-code"));
    }

    /// Issue 15 point 7: a configuration that mixes nations is warned about
    /// (a Welsh council that left children's social care at England's
    /// default; a Scottish calendar); in Northern Ireland social care goes
    /// to the Trusts, so its procedures are neither used nor checked.
    #[test]
    fn mixed_nations_are_warned_about_and_northern_ireland_sends_social_care_to_the_trusts() {
        let warned = |procedures: serde_json::Value, division: &str| {
            let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
            value["procedures"] = procedures;
            value["calendar"] = serde_json::json!({ "division": division });
            let config = CouncilConfig::from_json(&value.to_string()).unwrap();
            let paths: Vec<String> = config.warnings().into_iter().map(|w| w.path).collect();
            (paths, config.rules("2026-11-20".parse().unwrap()))
        };
        let (paths, rules) = warned(
            serde_json::json!({ "adults": "wales-social-services", "general": "wales-psow-model" }),
            "scotland",
        );
        assert_eq!(paths, ["procedures.children", "calendar.division"]);
        assert!(!rules.social_care_by_trusts);
        let (paths, _) = warned(
            serde_json::json!({
                "children": "wales-social-services",
                "adults": "wales-social-services",
                "general": "wales-psow-model"
            }),
            "england-and-wales",
        );
        assert_eq!(paths, Vec::<String>::new());
        let (paths, rules) = warned(
            serde_json::json!({ "general": "northern-ireland-nipso-model" }),
            "northern-ireland",
        );
        assert_eq!(paths, Vec::<String>::new());
        assert!(rules.social_care_by_trusts);
        let (paths, _) = warned(
            serde_json::json!({ "general": "northern-ireland-nipso-model" }),
            "england-and-wales",
        );
        assert_eq!(paths, ["calendar.division"]);
    }

    #[test]
    fn languages_must_be_tags_include_english_and_offer_the_default() {
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["languages"] = serde_json::json!({ "offered": ["cy", "Welsh"], "default": "pl" });
        let paths = problem_paths(&value);
        assert_eq!(
            paths,
            [
                "languages.offered[1]",
                "languages.offered",
                "languages.default"
            ]
        );
    }

    #[test]
    fn an_offered_language_beside_a_shipped_one_is_warned_about() {
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        // pt beside pt-PT is a slip; fr is the council's own translation.
        value["languages"] = serde_json::json!({ "offered": ["en-GB", "pt", "fr", "cy"] });
        let config = CouncilConfig::from_json(&value.to_string()).unwrap();
        let warnings: Vec<String> = config.warnings().iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            ["languages.offered[1]: Redress has messages for pt-PT, not pt: offer pt-PT, unless locales/pt.ftl is your own"]
        );
    }

    #[test]
    fn submission_adapters_are_checked_and_never_carry_secrets() {
        let config = CouncilConfig::from_json(DEFAULT).unwrap();
        assert_eq!(config.submission.adapter, Adapter::Json);
        assert_eq!(config.submission.timeout_seconds, 20);
        assert_eq!(config.submission_email(), Some("complaints@example.org"));
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["submission"] = serde_json::json!({
            "adapter": "form",
            "endpoint": " ",
            "timeout_seconds": 0,
            "email": "nobody",
            "headers": {
                "X-Flow": "complaints",
                "X-Api-Key": "s3cret",
                "Authorization": "Bearer x",
                "Bad Name": "1",
                "X-Lines": "a\r\nX-Other: b",
                "X-Council": "Cyngor Sir Gâr",
                "X-Wide": "Łódź"
            }
        });
        let problems = CouncilConfig::from_json(&value.to_string()).unwrap_err();
        let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "submission.endpoint",
                "submission.timeout_seconds",
                "submission.email",
                "submission.headers.Authorization",
                "submission.headers.Bad Name",
                "submission.headers.X-Api-Key",
                "submission.headers.X-Lines",
                "submission.headers.X-Wide",
            ]
        );
        assert!(
            problems[5].message.contains("public"),
            "{}",
            problems[5].message
        );
    }

    #[test]
    fn a_council_calendar_is_checked_with_warnings_apart() {
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["calendar"] = serde_json::json!({
            "division": "england-and-wales",
            "cut_off": "17:00",
            "closures": [{ "date": "2026-12-31", "until": "2026-12-29" }],
            "extra_bank_holidays": [{ "date": "2026-11-21", "title": "A Saturday" }]
        });
        let problems = CouncilConfig::from_json(&value.to_string()).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "calendar.closures[0].until");
        value["calendar"]["closures"][0]["until"] = "2027-01-02".into();
        let config = CouncilConfig::from_json(&value.to_string()).unwrap();
        let warnings = config.warnings();
        assert_eq!(warnings[0].path, "calendar.extra_bank_holidays[0].date");
        assert!(config.calendar.unwrap().cut_off.is_some());
    }

    #[test]
    fn the_email_adapter_needs_an_address() {
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["submission"] = serde_json::json!({ "adapter": "email" });
        let config = CouncilConfig::from_json(&value.to_string()).unwrap();
        assert_eq!(config.submission_email(), Some("complaints@example.org"));
        value["contacts"].as_object_mut().unwrap().remove("email");
        let problems = CouncilConfig::from_json(&value.to_string()).unwrap_err();
        assert_eq!(problems[0].path, "submission.email");
    }

    #[test]
    fn the_first_page_reads_what_the_full_reading_reads() {
        let mut configs = vec![
            DEFAULT.to_owned(),
            include_str!("../examples/config-barnsley.json").to_owned(),
            include_str!("../examples/config-seed-000.json").to_owned(),
            include_str!("../examples/config-wales.json").to_owned(),
        ];
        // Every optional setting left out, and some given as null.
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        for key in ["languages", "links", "theme", "exit_url"] {
            value.as_object_mut().unwrap().remove(key);
        }
        value["council"]["logo"] = serde_json::Value::Null;
        value["contacts"] = serde_json::json!({ "email": "complaints@example.org", "phone": null });
        configs.push(value.to_string());
        // Embedding settings, each way.
        for embedding in [
            serde_json::json!({ "events": "detailed", "host_origins": ["https://www.example.gov.uk"] }),
            serde_json::json!({ "events": "minimal" }),
            serde_json::json!({ "host_origins": ["http://localhost:8080"] }),
        ] {
            let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
            value["embedding"] = embedding;
            configs.push(value.to_string());
        }
        for json in configs {
            let full = CouncilConfig::from_json(&json).unwrap();
            assert_eq!(StartConfig::read(&json), Some(full.start()), "{json}");
            assert_eq!(
                StartConfig::read(&json).unwrap().theme_properties(),
                full.start().theme_properties()
            );
        }
    }

    #[test]
    fn the_first_page_refuses_start_settings_of_the_wrong_kind() {
        assert_eq!(StartConfig::read("not json"), None);
        for (pointer, wrong) in [
            ("/council/name", serde_json::Value::Null),
            ("/council/logo", serde_json::json!(3)),
            ("/contacts/phone/hours/0/from", serde_json::json!("Monday")),
            ("/contacts/post", serde_json::json!("one line")),
            ("/safety/adults", serde_json::Value::Null),
            ("/languages", serde_json::json!({ "offered": [1] })),
        ] {
            let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
            if let Some(place) = value.pointer_mut(pointer) {
                *place = wrong.clone();
            } else {
                let (parent, key) = pointer.rsplit_once('/').unwrap();
                value.pointer_mut(parent).unwrap()[key] = wrong.clone();
            }
            let json = value.to_string();
            assert_eq!(StartConfig::read(&json), None, "{pointer} = {wrong}");
            assert!(
                CouncilConfig::from_json(&json).is_err(),
                "{pointer} = {wrong}"
            );
        }
    }

    #[test]
    fn the_example_configurations_are_valid() {
        for text in [
            include_str!("../examples/config-barnsley.json"),
            include_str!("../examples/config-seed-000.json"),
            include_str!("../examples/config-wales.json"),
        ] {
            let config = CouncilConfig::from_json(text).unwrap();
            assert_eq!(
                config.warnings(),
                Vec::new(),
                "{}",
                config.council.name_in("en-GB")
            );
            assert!(!config.start().theme_properties().is_empty());
        }
    }

    /// The reference's full example is what a council starts from: it must
    /// be read without a problem (the receiver's `council_setup` test serves
    /// and edits it).
    #[test]
    fn the_documented_example_is_valid() {
        let docs = include_str!("../docs/configuration.md");
        let example = &docs[docs.find("\n## Example").unwrap()..];
        let start = example.find("```json\n").unwrap() + 8;
        let end = start + example[start..].find("\n```").unwrap();
        let config = CouncilConfig::from_json(&example[start..end]).unwrap();
        assert_eq!(config.warnings(), Vec::new());
    }

    /// The text of each message variable in `args`.
    fn arg_texts(args: &[(&'static str, Arg)]) -> Vec<(&'static str, String)> {
        args.iter()
            .map(|(name, arg)| match arg {
                Arg::Str(text) => (*name, text.clone()),
                Arg::Num(n) => (*name, n.to_string()),
                Arg::Date(date) => (*name, date.to_string()),
            })
            .collect()
    }

    #[test]
    fn a_councils_name_and_addresses_are_given_by_language() {
        let config =
            CouncilConfig::from_json(include_str!("../examples/config-wales.json")).unwrap();
        let council = &config.council;
        assert_eq!(
            arg_texts(&council.args("cy")),
            [
                ("council", "Cyngor Sir Enghraifft".to_owned()),
                ("council-soft", "Gyngor Sir Enghraifft".to_owned())
            ]
        );
        assert_eq!(
            arg_texts(&council.args("en-GB")),
            [("council", "Example County Council".to_owned())]
        );
        // A language without its own name shows the English one.
        assert_eq!(council.name_in("pl"), "Example County Council");
        assert_eq!(config.contacts.post.lines_in("cy")[0], "Tîm Cwynion");
        assert_eq!(config.contacts.post.lines_in("ar")[0], "Complaints Team");
        assert_eq!(
            StartConfig::read(include_str!("../examples/config-wales.json")),
            Some(config.start())
        );

        // A form written out wins; one name for every language is not mutated.
        let mut value: serde_json::Value =
            serde_json::from_str(include_str!("../examples/config-wales.json")).unwrap();
        value["council"]["name_forms"] =
            serde_json::json!({ "cy": { "soft": "Gyngor Sir yr Enghraifft" } });
        let config = CouncilConfig::from_json(&value.to_string()).unwrap();
        assert_eq!(
            arg_texts(&config.council.args("cy"))[1].1,
            "Gyngor Sir yr Enghraifft"
        );
        value["council"]
            .as_object_mut()
            .unwrap()
            .remove("name_forms");
        value["council"]["name"] = "Cyngor Gwynedd".into();
        let config = CouncilConfig::from_json(&value.to_string()).unwrap();
        assert_eq!(arg_texts(&config.council.args("cy"))[1].1, "Cyngor Gwynedd");
        value["council"]["name_forms"] = serde_json::json!({ "cy": { "soft": "Wynedd" } });
        let config = CouncilConfig::from_json(&value.to_string()).unwrap();
        assert_eq!(arg_texts(&config.council.args("cy"))[1].1, "Wynedd");

        // English is required, languages must be the wizard's, forms known.
        value["council"]["name"] =
            serde_json::json!({ "cy": "Cyngor Sir Enghraifft", "fr": "Conseil" });
        value["council"]["name_forms"] = serde_json::json!({ "cy": { "nasal": "Nghyngor" } });
        value["contacts"]["post"] = serde_json::json!({ "en-GB": ["County Hall"], "cy": [] });
        let mut paths = problem_paths(&value);
        paths.sort();
        assert_eq!(
            paths,
            [
                "contacts.post.cy",
                "council.name.en-GB",
                "council.name.fr",
                "council.name_forms.cy.nasal"
            ]
        );
    }

    #[test]
    fn logos_come_from_beside_the_wizard_and_links_are_https() {
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["council"]["logo"] = "https://cdn.example.org/logo.png".into();
        value["links"] = serde_json::json!({
            "privacy": "http://example.org/privacy",
            "procedure": "https://example.org/our complaints procedure"
        });
        let paths = problem_paths(&value);
        assert_eq!(paths, ["council.logo", "links.privacy", "links.procedure"]);
        value["council"]["logo"] = "images/logo.svg".into();
        value["links"] = serde_json::json!({
            "privacy": "https://example.org/privacy",
            "procedure": "https://example.org/complaints-procedure"
        });
        assert!(CouncilConfig::from_json(&value.to_string()).is_ok());
    }

    #[test]
    fn a_theme_below_aa_is_refused_with_a_warning_not_an_error() {
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["theme"] = serde_json::json!({ "brand": "#ffdd00", "focus": "#ffdd00" });
        let config = CouncilConfig::from_json(&value.to_string()).unwrap();
        let warnings = config.warnings();
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].path, "theme.brand");
        assert_eq!(
            config.start().theme_properties(),
            vec![("--redress-focus", "#ffdd00".to_owned())]
        );
    }

    #[test]
    fn a_broken_configuration_still_gives_its_sound_contact_routes() {
        let broken = r#"{
            "council": { "name": "" },
            "contacts": {
                "phone": { "number": "0113 496 0000", "hours": [{ "from": "monday", "to": "friday", "opens": "9am", "closes": "17:00" }] },
                "email": "not an address",
                "post": ["Town Hall", "", 7, "EX1 1AA"]
            }
        }"#;
        let contacts = salvage_contacts(broken);
        assert_eq!(contacts.phone.as_ref().unwrap().number, "0113 496 0000");
        assert!(contacts.phone.unwrap().hours.is_empty());
        assert_eq!(contacts.email, None);
        assert_eq!(contacts.post.lines_in("en-GB"), ["Town Hall", "EX1 1AA"]);
        assert_eq!(salvage_contacts("{not json"), Contacts::default());
        let sound = salvage_contacts(DEFAULT);
        assert_eq!(sound.email.as_deref(), Some("complaints@example.org"));
        assert_eq!(sound.phone.unwrap().hours.len(), 1);
    }

    #[test]
    fn a_council_can_use_its_own_procedure_profile() {
        let mut profile: serde_json::Value =
            serde_json::from_str(include_str!("../core/profiles/general-barnsley.json")).unwrap();
        profile["id"] = "exampleshire-corporate".into();
        profile["name"] = "Exampleshire corporate complaints".into();
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["procedures"] = serde_json::json!({
            "children": "children-statutory-england",
            "adults": "adult-statutory-england",
            "general": "exampleshire-corporate",
            "custom": [profile.clone()]
        });
        let config = CouncilConfig::from_json(&value.to_string()).unwrap();
        assert_eq!(
            config.procedure(ProcedureRole::General).name,
            "Exampleshire corporate complaints"
        );
        // A message id the wizard has no words for is named, with its place.
        profile["stages"][0]["message_id"] = "stage-our-own".into();
        value["procedures"]["custom"] = serde_json::json!([profile]);
        let problems = CouncilConfig::from_json(&value.to_string()).unwrap_err();
        assert_eq!(
            problems[0].path,
            "procedures.custom[0].stages[0].message_id"
        );
        assert!(problems[0].message.contains("stage-our-own"));
        // Its own words for it, in English and Welsh, are what is shown.
        profile["text"] = serde_json::json!({
            "en-GB": { "stage-our-own": "Our first look" },
            "cy": { "stage-our-own": "Ein golwg gyntaf" }
        });
        value["procedures"]["custom"] = serde_json::json!([profile]);
        let config = CouncilConfig::from_json(&value.to_string()).unwrap();
        let own = config.procedures.own_text();
        assert_eq!(own.get("cy", "stage-our-own"), Some("Ein golwg gyntaf"));
        // A shipped message's id, or a language the wizard lacks, is refused.
        profile["text"] = serde_json::json!({
            "en-GB": { "stage-our-own": "Our first look", "continue": "Go on" },
            "fr": { "stage-our-own": "Notre premier regard" }
        });
        value["procedures"]["custom"] = serde_json::json!([profile]);
        let problems = CouncilConfig::from_json(&value.to_string()).unwrap_err();
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "procedures.custom[0].text.en-GB.continue",
                "procedures.custom[0].text.fr",
            ],
            "{problems:?}"
        );
        assert!(problems[0]
            .message
            .contains("already a message of the wizard"));
        assert!(problems[1]
            .message
            .contains("no language \"fr\": use one of en-GB, "));
    }

    #[test]
    fn a_custom_profile_is_held_to_its_framework() {
        let mut profile: serde_json::Value = serde_json::from_str(include_str!(
            "../core/profiles/children-statutory-england.json"
        ))
        .unwrap();
        profile["id"] = "children-statutory-england".into();
        // Stage 2 can be extended to at most 65 working days by regulation.
        let stages = profile["stages"].as_array_mut().unwrap();
        let stage2 = stages.iter_mut().find(|s| s["id"] == "stage2").unwrap();
        stage2["milestones"][1]["duration"]["maximum"] = 90.into();
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["procedures"] = serde_json::json!({
            "children": "children-statutory-england",
            "adults": "adult-statutory-england",
            "general": "general-barnsley",
            "custom": [profile]
        });
        let found: Vec<ConfigProblem> = match CouncilConfig::from_json(&value.to_string()) {
            Ok(config) => config.warnings(),
            Err(problems) => problems,
        };
        assert!(
            found
                .iter()
                .any(|p| p.path.starts_with("procedures.custom[0].stages[")
                    && p.path.ends_with("duration.maximum")
                    && p.message.contains("65")),
            "{found:?}"
        );
    }

    #[test]
    fn needs_at_least_one_other_way_to_complain() {
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
        value["contacts"] = serde_json::json!({});
        let problems = CouncilConfig::from_json(&value.to_string()).unwrap_err();
        assert_eq!(problems[0].path, "contacts");
    }

    #[test]
    fn names_the_place_of_a_syntax_error_or_unknown_field() {
        let problems = CouncilConfig::from_json("{\n  \"council\": {\"name\": \"X\", \"nmae\": 1}")
            .unwrap_err();
        assert!(problems[0].path.starts_with("line 2"), "{problems:?}");
        assert!(problems[0].message.contains("nmae"));
    }

    #[test]
    fn reads_times_on_the_24_hour_clock_only() {
        let hm = |t: TimeOfDay| (t.hour(), t.minute());
        assert_eq!(parse_time("09:30").map(hm), Some((9, 30)));
        assert_eq!(parse_time("23:59").map(hm), Some((23, 59)));
        for bad in ["9:30", "24:00", "12:60", "noon", "", "12:3a"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    fn any_json() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            "\\PC{0,40}".prop_map(serde_json::Value::from),
            Just(serde_json::Value::from("\u{202E}<script>alert(1)</script>")),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
                proptest::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                    .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        /// Whatever a web team writes, the wizard names every problem with
        /// its place, and never panics; the error page's contacts come out
        /// of anything.
        #[test]
        fn any_configuration_is_read_or_refused_with_reasons(
            path in proptest::sample::select(vec![
                "council", "contacts", "safety", "procedures", "advocacy", "submission",
                "exit_url", "languages", "calendar", "links", "theme", "council/name",
                "contacts/phone", "contacts/email", "submission/headers", "theme/brand",
            ]),
            value in any_json(),
        ) {
            let mut config: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
            match path.split_once('/') {
                Some((outer, inner)) => config[outer][inner] = value,
                None => config[path] = value,
            }
            let text = config.to_string();
            if let Err(problems) = CouncilConfig::from_json(&text) {
                proptest::prop_assert!(!problems.is_empty());
                for problem in problems {
                    proptest::prop_assert!(!problem.path.is_empty() && !problem.message.is_empty());
                }
            }
            let _ = salvage_contacts(&text);
            let half: String = text.chars().take(text.chars().count() / 2).collect();
            let _ = salvage_contacts(&half);
        }
    }
}
