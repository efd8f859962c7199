//! The email to the council's complaints team: what each submission says,
//! written for the people who will handle it.
//!
//! Made from the payload as stored, so it says exactly what the person
//! sent: the subject names the kind, the reference and the procedure; the
//! body puts first what must not be missed (someone at risk, the help the
//! person needs to take part: an interpreter, BSL, an advocate), then the
//! dates the procedure sets, then every answer in English as the payload's
//! `english` rows give them (what the person typed stays as they wrote it,
//! in their language), then, when they used another language, the answers
//! as they saw them in it (an answer the same in both said once). The
//! payload itself and the dates as a calendar file go with it as
//! attachments.
//!
//! The words are Fluent messages (`receiver/locales/team-email.ftl`), in
//! English, beside the wizard's own English ones.

use std::sync::{Arc, OnceLock};

use redress::i18n::{Arg, Catalogue, Localizer};
use redress::l10n::{source_text, SOURCE_LANG};
use redress::pages::check::push_answer;
use redress_core::attachment::AttachedFile;
use redress_core::date::Date;
use redress_core::ics::{self, CalendarEvent};
use redress_core::submission::RenderedAnswer;
use serde_json::Value;

/// The most the person's files may come to, in bytes, to go with the email
/// (about 20 MB once encoded, within what most mail servers take); larger,
/// the email says where staff download them.
pub const ATTACH_AT_MOST: u64 = 15 * 1024 * 1024;

/// The team email's own messages.
const MESSAGES: &str = include_str!("../locales/team-email.ftl");

/// One email to the team, before it is addressed.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamEmail {
    /// The subject line.
    pub subject: String,
    /// The body, plain text.
    pub text: String,
    /// The attachment's name for the payload: the reference, `.json`.
    pub json_name: String,
    /// The dates as a calendar file, and its name, when there are any.
    pub calendar: Option<(String, String)>,
}

/// The wizard's English messages and the team email's, parsed once.
pub(crate) fn english() -> &'static Localizer {
    static ENGLISH: OnceLock<Localizer> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        let text = [source_text().as_str(), "\n", MESSAGES].concat();
        // Both files are checked by the tests, so neither has an error.
        let catalogue = Arc::new(Catalogue::read(SOURCE_LANG, &text).0);
        Localizer::new(catalogue.clone(), catalogue, redress::intl::rules())
    })
}

fn t(id: &str, args: &[(&str, Arg)]) -> String {
    english().format_plain(id, args)
}

fn str_at<'a>(value: &'a Value, pointer: &str) -> &'a str {
    value.pointer(pointer).and_then(Value::as_str).unwrap_or("")
}

fn date_at(value: &Value, pointer: &str) -> Option<Date> {
    str_at(value, pointer).parse().ok()
}

/// A dated milestone: its English name, when it is due and the latest it
/// may be put back to.
struct Dated {
    id: String,
    name: String,
    due: Date,
    latest: Date,
}

/// The milestones with dates: a complaint's, in stages that do not wait for
/// the person to ask; a follow-up's next stage's, when they asked for it.
fn dated(payload: &Value) -> Vec<Dated> {
    let milestones: Vec<&Value> = match payload.pointer("/timeline/stages") {
        Some(Value::Array(stages)) => stages
            .iter()
            .flat_map(|stage| stage["milestones"].as_array().into_iter().flatten())
            .collect(),
        _ if str_at(payload, "/follow_up/request") == "next-stage" => payload
            .pointer("/follow_up/answer/next/if_asked_today")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .collect(),
        _ => Vec::new(),
    };
    milestones
        .into_iter()
        .filter(|m| str_at(m, "/when/status") == "dated")
        .filter_map(|m| {
            Some(Dated {
                id: str_at(m, "/id").to_owned(),
                name: str_at(m, "/name").to_owned(),
                due: date_at(m, "/when/due")?,
                latest: date_at(m, "/when/latest")?,
            })
        })
        .collect()
}

/// Whether the person asked for any help to take part.
fn needs_support(payload: &Value) -> bool {
    let support = &payload["answers"]["support"];
    support["needs"]
        .as_array()
        .is_some_and(|needs| !needs.is_empty())
        || ["interpreter_language", "reply_language", "helper"]
            .iter()
            .any(|field| {
                support[*field]
                    .as_str()
                    .is_some_and(|s| !s.trim().is_empty())
            })
}

/// The support page's answer as the `english` rows give it; its codes if
/// the rows were written by a wizard whose words differ.
fn support_lines(payload: &Value) -> Vec<String> {
    let heading = t("support-heading", &[]);
    let rows = payload["english"].as_array().into_iter().flatten();
    for row in rows {
        if row["question"].as_str() == Some(heading.as_str()) {
            return lines(&row["answer"]);
        }
    }
    let support = &payload["answers"]["support"];
    let mut lines: Vec<String> = support["needs"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|need| need.as_str().map(str::to_owned))
        .collect();
    for field in ["interpreter_language", "reply_language", "helper"] {
        let value = str_at(support, &format!("/{field}"));
        if !value.is_empty() {
            lines.push(format!("{field}: {value}"));
        }
    }
    lines
}

/// Writes `text` and a line break.
fn line(out: &mut String, text: String) {
    out.push_str(&text);
    out.push('\n');
}

/// An answer's lines, each line break in them starting a new one (so every
/// line is indented under its question).
fn lines(answer: &Value) -> Vec<String> {
    split(
        answer
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str),
    )
}

/// Lines, each line break in them starting a new one.
fn split<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    lines
        .into_iter()
        .flat_map(str::lines)
        .map(str::to_owned)
        .collect()
}

/// The size of a file as staff read it: "120 KB", "2.4 MB".
fn size(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let bytes = bytes as f64;
    if bytes < KB * KB {
        t("team-size-kb", &[("kb", Arg::Num((bytes / KB).ceil()))])
    } else {
        t("team-size-mb", &[("mb", Arg::Num(bytes / KB / KB))])
    }
}

/// The files the person attached (`files`, as the payload lists them),
/// each with its type and size, and whether they go with this email
/// (`attached`) or where staff download them.
fn evidence(out: &mut String, payload: &Value, files: &[AttachedFile], attached: bool) {
    if files.is_empty() {
        return;
    }
    let count = Arg::Num(files.len() as f64);
    let heading = if attached {
        t("team-files-attached", &[("count", count)])
    } else {
        let total = files.iter().map(|file| file.size).sum();
        t(
            "team-files-too-large",
            &[("count", count), ("total", size(total).into())],
        )
    };
    let mut rows = Vec::new();
    for file in files {
        rows.push(t(
            "team-file",
            &[
                ("name", file.name.as_str().into()),
                ("type", file.media_type.as_str().into()),
                ("size", size(file.size).into()),
            ],
        ));
        if !attached {
            rows.push(format!(
                "  GET /api/submissions/{}/attachments/{}",
                str_at(payload, "/id"),
                file.sha256
            ));
        }
    }
    push_answer(out, &heading, &rows);
}

/// The team email for `payload` (a stored submission), with `theirs`, its
/// answers as the person saw them in their language (none when that is
/// English), and `files`, the files it lists, `attached` to it or not; its calendar
/// stamped `stamp_utc` (`YYYYMMDDTHHMMSSZ`).
pub fn compose(
    payload: &Value,
    theirs: &[RenderedAnswer],
    files: &[AttachedFile],
    attached: bool,
    stamp_utc: &str,
) -> TeamEmail {
    let reference = str_at(payload, "/reference").to_owned();
    let kind = t("team-kind", &[("kind", str_at(payload, "/kind").into())]);
    let procedure = str_at(payload, "/routing/procedure_name");
    let subject = if procedure.is_empty() {
        t(
            "team-subject",
            &[
                ("kind", kind.clone().into()),
                ("reference", reference.clone().into()),
            ],
        )
    } else {
        t(
            "team-subject-routed",
            &[
                ("kind", kind.clone().into()),
                ("reference", reference.clone().into()),
                ("procedure", procedure.into()),
            ],
        )
    };

    let mut text = String::new();
    line(&mut text, subject.clone());
    let language = t(
        "team-language",
        &[("tag", str_at(payload, "/language").into())],
    );
    let sent = str_at(payload, "/sent_at")
        .split_once('T')
        .and_then(|(day, time)| Some((day.parse::<Date>().ok()?, time)));
    if let Some((day, time)) = sent {
        line(
            &mut text,
            t(
                "team-sent",
                &[
                    ("day", day.into()),
                    ("time", time.into()),
                    ("language", language.clone().into()),
                ],
            ),
        );
    }
    if let (Some(received), false) = (date_at(payload, "/received_on"), procedure.is_empty()) {
        line(&mut text, t("team-received", &[("day", received.into())]));
    }
    if !procedure.is_empty() {
        line(
            &mut text,
            t("team-procedure", &[("procedure", procedure.into())]),
        );
    }
    if payload["kind"] == "follow-up" {
        let earlier = str_at(payload, "/follow_up/earlier_reference");
        line(
            &mut text,
            if earlier.is_empty() {
                t("team-follow-up-unnamed", &[])
            } else {
                t("team-follow-up-of", &[("earlier", earlier.into())])
            },
        );
    }
    text.push('\n');

    if payload["answers"]["at_risk"] == true {
        line(&mut text, t("team-at-risk", &[]));
        text.push('\n');
    }
    if needs_support(payload) {
        push_answer(
            &mut text,
            &t("team-support-heading", &[]),
            &support_lines(payload),
        );
    }

    let dates = dated(payload);
    if !dates.is_empty() {
        let rows: Vec<String> = dates
            .iter()
            .map(|d| {
                let args = [
                    ("milestone", d.name.clone().into()),
                    ("due", d.due.into()),
                    ("latest", d.latest.into()),
                ];
                if d.latest > d.due {
                    t("team-date-extendable", &args)
                } else {
                    t("team-date", &args)
                }
            })
            .collect();
        push_answer(&mut text, &t("team-dates-heading", &[]), &rows);
    }

    line(&mut text, t("team-answers-heading", &[]));
    text.push('\n');
    let english: Vec<&Value> = payload["english"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    for row in &english {
        push_answer(&mut text, str_at(row, "/question"), &lines(&row["answer"]));
    }
    if !theirs.is_empty() {
        line(
            &mut text,
            t(
                "team-answers-theirs-heading",
                &[("language", language.into())],
            ),
        );
        text.push('\n');
        // The rows are the English ones' counterparts, in the same order,
        // when both were written from the same answers.
        let counterparts = english.len() == theirs.len();
        for (index, row) in theirs.iter().enumerate() {
            let answer = split(row.answer.iter().map(String::as_str));
            let answer = if counterparts && lines(&english[index]["answer"]) == answer {
                vec![t("team-answer-as-in-english", &[])]
            } else {
                answer
            };
            push_answer(&mut text, &row.question, &answer);
        }
    }

    evidence(&mut text, payload, files, attached);

    let json_name = format!("{reference}.json");
    let events: Vec<CalendarEvent> = dates
        .iter()
        .map(|d| CalendarEvent {
            uid: format!("{}.{}@redress", d.id, str_at(payload, "/id")),
            date: d.due,
            summary: t(
                "team-ics-summary",
                &[
                    ("milestone", d.name.clone().into()),
                    ("kind", kind.clone().into()),
                    ("reference", reference.clone().into()),
                ],
            ),
            description: t(
                "team-ics-description",
                &[
                    ("kind", kind.clone().into()),
                    ("reference", reference.clone().into()),
                ],
            ),
        })
        .collect();
    let calendar = (!events.is_empty()).then(|| {
        (
            format!("{reference}.ics"),
            ics::calendar(&events, stamp_utc),
        )
    });
    line(
        &mut text,
        match &calendar {
            Some((ics, _)) => t(
                "team-attached-calendar",
                &[
                    ("json", json_name.clone().into()),
                    ("ics", ics.clone().into()),
                ],
            ),
            None => t("team-attached", &[("json", json_name.clone().into())]),
        },
    );
    TeamEmail {
        subject,
        text,
        json_name,
        calendar,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_payloads::{complaint, interpreter, payload};
    use redress_core::journey::ContactKind;
    use redress_core::submission::reference;

    const STAMP: &str = "20261207T100000Z";

    #[test]
    fn the_team_messages_have_no_errors() {
        assert!(Catalogue::parse(SOURCE_LANG, MESSAGES).is_ok());
        let all = [source_text().as_str(), "\n", MESSAGES].concat();
        assert!(Catalogue::parse(SOURCE_LANG, &all).is_ok());
    }

    #[test]
    fn a_complaint_says_first_what_must_not_be_missed() {
        let payload = payload(&complaint(interpreter(), true), "ar");
        let email = compose(&payload, &[], &[], false, STAMP);
        let reference = reference([7; 5]);
        let procedure = payload["routing"]["procedure_name"].as_str().unwrap();
        assert_eq!(email.subject, format!("Complaint {reference}: {procedure}"));
        let text = &email.text;
        assert!(
            text.starts_with(&format!(
                "{}\nSent Monday, 7 December 2026 at 14:05 (UK time), in Arabic.\n",
                email.subject
            )),
            "{text}"
        );
        let at = |needle: &str| {
            text.find(needle)
                .unwrap_or_else(|| panic!("no {needle:?} in\n{text}"))
        };
        // Someone at risk, then the help they need, then the dates, then
        // every answer.
        assert!(at("SAFETY:") < at("SUPPORT NEEDED"));
        assert!(at("SUPPORT NEEDED") < at("\nDates\n"));
        assert!(at("\nDates\n") < at("Their answers, in English"));
        let support = &text[at("SUPPORT NEEDED")..at("\nDates\n")];
        for line in [
            "  An interpreter",
            "  Interpreter: Arabic",
            "  Help from an advocate",
        ] {
            assert!(support.contains(line), "{line:?} not in {support}");
        }
        // The dates are the timeline's, written out.
        let dated: Vec<&Value> = payload["timeline"]["stages"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|stage| stage["milestones"].as_array().unwrap())
            .filter(|m| m["when"]["status"] == "dated")
            .collect();
        assert!(!dated.is_empty());
        for milestone in &dated {
            let due: Date = milestone["when"]["due"].as_str().unwrap().parse().unwrap();
            let written = format!(
                "  {}: by {}",
                milestone["name"].as_str().unwrap(),
                redress::intl::long_date(redress::intl::rules(), "en-GB", due)
            );
            assert!(text.contains(&written), "{written:?} not in\n{text}");
        }
        // What they typed, as they typed it, line by line.
        assert!(
            text.contains("  لم يتم جمع القمامة منذ ثلاثة أسابيع.\n  No one came.\n"),
            "{text}"
        );
        assert!(!text.contains('{') && !text.contains("team-"), "{text}");
        assert_eq!(email.json_name, format!("{reference}.json"));
        let (name, ics) = email.calendar.unwrap();
        assert_eq!(name, format!("{reference}.ics"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), dated.len());
        assert!(ics.contains(&format!("DTSTAMP:{STAMP}")));
        assert!(text.ends_with(&format!(
            "Attached: the submission as sent ({reference}.json), in the format of docs/submission.md, \
             and the dates above as a calendar file ({reference}.ics).\n"
        )));
    }

    #[test]
    fn answers_in_another_language_follow_the_english_ones() {
        let payload = payload(&complaint(None, false), "ar");
        let english: Vec<RenderedAnswer> = payload["english"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| RenderedAnswer {
                question: row["question"].as_str().unwrap().to_owned(),
                answer: split(
                    row["answer"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter_map(Value::as_str),
                ),
            })
            .collect();
        // Their rows: the first answer reads differently, the rest the same.
        let mut theirs = english.clone();
        for row in &mut theirs {
            row.question = format!("؟ {}", row.question);
        }
        theirs[0].answer = vec!["شكوى".into()];
        let text = compose(&payload, &theirs, &[], false, STAMP).text;
        let heading = "Their answers as they saw them, in Arabic\n\n";
        let at = text.find(heading).unwrap_or_else(|| panic!("{text}"));
        assert!(text.find("Their answers, in English").unwrap() < at);
        let section = &text[at + heading.len()..];
        assert!(
            section.starts_with(&format!("؟ {}\n  شكوى\n\n", english[0].question)),
            "{section}"
        );
        assert_eq!(
            section
                .matches("  (the same as in English above)\n")
                .count(),
            english.len() - 1,
            "{section}"
        );
        // Rows that are not the English ones' counterparts are written out.
        theirs.pop();
        let text = compose(&payload, &theirs, &[], false, STAMP).text;
        assert!(!text.contains("(the same as in English above)"), "{text}");
        assert!(text.contains("  No one came.\n"));
        // English only: no second section.
        let text = compose(&payload, &[], &[], false, STAMP).text;
        assert!(!text.contains("as they saw them"), "{text}");
    }

    #[test]
    fn the_files_they_attached_are_listed_and_said_where_they_are() {
        let mut payload = payload(&complaint(None, false), "en-GB");
        let id = payload["id"].as_str().unwrap().to_owned();
        payload["attachments"] = serde_json::json!([
            {"name": "letter.pdf", "media_type": "application/pdf", "size": 1500, "sha256": "a".repeat(64)},
            {"name": "photo.jpg", "media_type": "image/jpeg", "size": 2_621_440, "sha256": "b".repeat(64)},
        ]);
        let files = crate::attachments::listed(&payload);
        assert_eq!(files.len(), 2);
        let text = compose(&payload, &[], &files, true, STAMP).text;
        let listed = "Files they attached (2), attached to this email\n  \
                      letter.pdf (application/pdf, 2 KB)\n  photo.jpg (image/jpeg, 2.5 MB)\n\n";
        assert!(text.contains(listed), "{text}");
        assert!(text.find(listed) < text.find("Attached: the submission"));
        let text = compose(&payload, &[], &files, false, STAMP).text;
        assert!(
            text.contains(&format!(
                "Files they attached (2, 2.5 MB in all: too large for one email). \
                 Download each from the receiver with the staff token\n  \
                 letter.pdf (application/pdf, 2 KB)\n    GET /api/submissions/{id}/attachments/{}\n",
                "a".repeat(64)
            )),
            "{text}"
        );
        payload.as_object_mut().unwrap().remove("attachments");
        let none = crate::attachments::listed(&payload);
        assert!(none.is_empty());
        assert!(!compose(&payload, &[], &none, true, STAMP)
            .text
            .contains("Files they"));
    }

    #[test]
    fn nothing_is_flagged_that_was_not_asked_for() {
        let payload = payload(&complaint(None, false), "cy");
        let text = compose(&payload, &[], &[], false, STAMP).text;
        assert!(
            !text.contains("SAFETY") && !text.contains("SUPPORT NEEDED"),
            "{text}"
        );
        assert!(text.contains(", in Welsh.\n"));
    }

    #[test]
    fn a_comment_has_no_procedure_and_no_dates() {
        let mut answers = complaint(interpreter(), false);
        answers.kind = Some(ContactKind::Comment);
        answers.message = Some("More benches, please.".into());
        let payload = payload(&answers, "en-GB");
        let email = compose(&payload, &[], &[], false, STAMP);
        assert_eq!(email.subject, format!("Comment {}", reference([7; 5])));
        assert!(email.calendar.is_none());
        assert!(!email.text.contains("\nDates\n") && !email.text.contains("Procedure:"));
        assert!(
            email.text.contains("  More benches, please.\n"),
            "{}",
            email.text
        );
    }

    #[test]
    fn support_falls_back_to_its_codes_when_the_words_differ() {
        let mut payload = payload(&complaint(interpreter(), false), "pl");
        for row in payload["english"].as_array_mut().unwrap() {
            if row["question"] == "Help and support" {
                row["question"] = "Help".into();
            }
        }
        let text = compose(&payload, &[], &[], false, STAMP).text;
        assert!(
            text.contains("SUPPORT NEEDED: read this before you contact them\n  interpreter\n  advocacy\n  interpreter_language: Arabic\n"),
            "{text}"
        );
    }

    /// A dated milestone as the payload writes one.
    fn milestone(name: &str, due: &str, latest: &str) -> Value {
        serde_json::json!({
            "id": name.to_lowercase(),
            "name": name,
            "when": { "status": "dated", "earliest": due, "due": due, "latest": latest },
        })
    }

    #[test]
    fn a_date_that_can_be_put_back_says_how_far() {
        let mut payload = payload(&complaint(None, false), "en-GB");
        payload["timeline"]["stages"] = serde_json::json!([
            { "milestones": [
                milestone("Acknowledgement", "2026-12-09", "2026-12-09"),
                milestone("Response", "2027-01-05", "2027-02-02"),
                { "id": "stage2", "name": "Stage 2", "when": { "status": "waiting", "stage": "stage2", "event": "requested" } },
            ] },
        ]);
        let email = compose(&payload, &[], &[], false, STAMP);
        assert!(
            email.text.contains(
                "\nDates\n  Acknowledgement: by Wednesday, 9 December 2026\n  \
             Response: by Tuesday, 5 January 2027 (at the latest Tuesday, 2 February 2027, \
             with the longest extension allowed)\n\n"
            ),
            "{}",
            email.text
        );
        let (_, ics) = email.calendar.unwrap();
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
        assert!(ics.contains("DTSTART;VALUE=DATE:20270105"));
    }

    #[test]
    fn a_follow_up_names_the_earlier_complaint_and_the_next_stage_dates() {
        let mut payload = payload(&complaint(None, false), "en-GB");
        payload["kind"] = "follow-up".into();
        payload["timeline"] = Value::Null;
        payload["follow_up"] = serde_json::json!({
            "earlier_reference": "RDX-AB12-CD34",
            "request": "next-stage",
            "answer": { "next": { "if_asked_today": [milestone("Stage 2 response", "2027-01-20", "2027-01-20")] } },
        });
        let procedure = payload["routing"]["procedure_name"]
            .as_str()
            .unwrap()
            .to_owned();
        let email = compose(&payload, &[], &[], false, STAMP);
        assert_eq!(
            email.subject,
            format!("Follow-up {}: {procedure}", reference([7; 5]))
        );
        assert!(email
            .text
            .contains("\nAbout an earlier complaint, reference RDX-AB12-CD34.\n"));
        assert!(email
            .text
            .contains("\nDates\n  Stage 2 response: by Wednesday, 20 January 2027\n"));

        // A reminder asks for no new stage: no dates to keep.
        payload["follow_up"]["request"] = "chase".into();
        payload["follow_up"]["earlier_reference"] = Value::Null;
        let email = compose(&payload, &[], &[], false, STAMP);
        assert!(!email.text.contains("\nDates\n") && email.calendar.is_none());
        assert!(email
            .text
            .contains("\nAbout an earlier complaint: they did not give its reference.\n"));
    }

    #[test]
    fn support_is_flagged_for_any_help_asked_for() {
        let with = |support: Value| {
            needs_support(&serde_json::json!({ "answers": { "support": support } }))
        };
        let none = serde_json::json!({
            "needs": [], "interpreter_language": "", "reply_language": " ", "helper": ""
        });
        assert!(!with(none.clone()));
        assert!(!with(Value::Null));
        let mut needs = none.clone();
        needs["needs"] = serde_json::json!(["british-sign-language"]);
        assert!(with(needs));
        for field in ["interpreter_language", "reply_language", "helper"] {
            let mut one = none.clone();
            one[field] = "Somali".into();
            assert!(with(one), "{field}");
        }
    }
}
