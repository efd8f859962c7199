//! The acknowledgement to the person, made ready to send: their address
//! from the payload, the council's configuration and the person's message
//! file as the wizard is served them, written by
//! [`redress::acknowledgement`] with CLDR's rules for their language.
//!
//! The same words write the person's answers as they saw them, for the
//! team's email ([`answers_in_their_language`]).

use std::path::{Path, PathBuf};

use lettre::message::Mailbox;
use redress::acknowledgement::{localizer, write, Acknowledgement};
use redress::config::CouncilConfig;
use redress::i18n::Localizer;
use redress::pages::check::rendering;
use redress_core::date::Date;
use redress_core::journey::Answers;
use redress_core::language::SOURCE;
use redress_core::submission::{answers_given, RenderedAnswer};
use serde_json::Value;

use crate::cldr;

/// Where the wizard's words come from: the files it is served.
#[derive(Clone, Debug, PartialEq)]
pub struct Sources {
    /// The council's configuration (`config.json`).
    pub config: PathBuf,
    /// The folder of message files (`locales/{tag}.ftl`).
    pub locales: PathBuf,
}

impl Default for Sources {
    fn default() -> Self {
        Sources {
            config: "dist/config.json".into(),
            locales: "dist/locales".into(),
        }
    }
}

/// The address the person gave, if any: where an acknowledgement goes.
pub fn address(payload: &Value) -> Option<&str> {
    payload
        .pointer("/answers/contact/email")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|address| !address.is_empty())
}

/// Why an acknowledgement cannot be made now.
#[derive(Debug, PartialEq)]
pub enum NotMade {
    /// It may be, later (the configuration is being fixed).
    Later(String),
    /// It never will be: the address is not one email can go to.
    Never(String),
}

/// The person as a recipient: their name (if they gave one) and address.
fn recipient(payload: &Value) -> Result<Mailbox, NotMade> {
    let address =
        address(payload).ok_or_else(|| NotMade::Never("no email address was given".into()))?;
    let email = address.parse().map_err(|_| {
        NotMade::Never(format!(
            "{address:?} is not an address email can be sent to"
        ))
    })?;
    let name = payload
        .pointer("/answers/contact/name")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned);
    Ok(Mailbox::new(name, email))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))
}

/// The council's configuration, as the wizard is served it.
fn council(sources: &Sources) -> Result<CouncilConfig, String> {
    CouncilConfig::from_json(&read(&sources.config)?).map_err(|problems| {
        format!(
            "{} has {} problem(s), the first: {}",
            sources.config.display(),
            problems.len(),
            problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default()
        )
    })
}

/// The language `payload` was written in.
fn language(payload: &Value) -> &str {
    payload["language"].as_str().unwrap_or(SOURCE)
}

/// The wizard's messages in `lang`, as it is served them, with the
/// council's words and CLDR's rules; `None` for a language other than the
/// source that has no file here (its words would be the source's).
fn words(sources: &Sources, config: &CouncilConfig, lang: &str) -> Option<Localizer> {
    // The source language is compiled in; any other is read as served.
    let messages = if lang == SOURCE {
        None
    } else {
        Some(read(&sources.locales.join(format!("{lang}.ftl"))).ok()?)
    };
    Some(localizer(config, lang, messages.as_deref(), cldr::RULES))
}

/// The acknowledgement of `payload`, its recipient, and where replies go
/// (the council's address, if its configuration gives one).
pub fn make(
    sources: &Sources,
    payload: &Value,
) -> Result<(Mailbox, Option<Mailbox>, Acknowledgement), NotMade> {
    let to = recipient(payload)?;
    let config = council(sources).map_err(NotMade::Later)?;
    // A language with no file is written in the source language.
    let texts = words(sources, &config, language(payload))
        .or_else(|| words(sources, &config, SOURCE))
        .expect("the source language is compiled in");
    let reply_to = config
        .contacts
        .email
        .as_deref()
        .and_then(|address| address.parse().ok())
        .map(|email| Mailbox::new(None, email));
    Ok((to, reply_to, write(&texts, &config, payload)))
}

/// The answers of `payload` written out as the person saw them on Check
/// your answers, in their language: nothing when that is English (the
/// payload's `english` rows are those) or has no message file here.
pub fn answers_in_their_language(
    sources: &Sources,
    payload: &Value,
) -> Result<Vec<RenderedAnswer>, String> {
    let lang = language(payload);
    if lang == SOURCE {
        return Ok(Vec::new());
    }
    let config = council(sources)?;
    let Some(texts) = words(sources, &config, lang) else {
        return Ok(Vec::new());
    };
    let answers: Answers = serde_json::from_value(payload["answers"].clone())
        .map_err(|error| format!("the answers could not be read: {error}"))?;
    let answers = answers_given(&answers, &crate::attachments::listed(payload));
    // The routing rules of the day it was sent, as the wizard had them.
    let sent_on = payload["sent_at"]
        .as_str()
        .and_then(|sent| sent.get(..10))
        .and_then(|day| day.parse::<Date>().ok())
        .ok_or("the payload has no sent_at day")?;
    Ok(rendering(&texts, &answers, &config.rules(sent_on)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_payloads::{complaint, payload};
    use redress::i18n::Catalogue;
    use redress_core::date::Date;
    use redress_core::journey::ContactKind;
    use redress_core::submission::reference;

    /// The repository's default configuration and message files.
    fn sources() -> Sources {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        Sources {
            config: root.join("public/config.json"),
            locales: root.join("locales"),
        }
    }

    /// The message `id` of `lang`'s file, as written.
    fn message(lang: &str, id: &str) -> String {
        let text = read(&sources().locales.join(format!("{lang}.ftl"))).unwrap();
        let catalogue = std::sync::Arc::new(Catalogue::parse(lang, &text).unwrap());
        redress::i18n::Localizer::new(catalogue.clone(), catalogue, cldr::RULES)
            .format_plain(id, &[])
    }

    /// The due dates of the payload's dated milestones.
    fn due_dates(payload: &Value) -> Vec<Date> {
        payload["timeline"]["stages"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|stage| stage["milestones"].as_array().unwrap())
            .filter(|m| m["when"]["status"] == "dated")
            .map(|m| m["when"]["due"].as_str().unwrap().parse().unwrap())
            .collect()
    }

    #[test]
    fn a_complaint_is_acknowledged_in_the_persons_language() {
        for (lang, dir) in [("ar", "rtl"), ("cy", "ltr"), ("pt-PT", "ltr")] {
            let payload = payload(&complaint(None, false), lang);
            let (to, reply_to, made) = make(&sources(), &payload).unwrap();
            assert_eq!(to.to_string(), "Amira Haddad <amira@example.org>");
            assert_eq!(
                reply_to.unwrap().email.to_string(),
                "complaints@example.org"
            );
            let reference = reference([7; 5]);
            let heading = message(lang, "confirmation-heading-complaint");
            assert!(
                made.subject.contains(&heading) && made.subject.contains(&reference),
                "{lang}: {}",
                made.subject
            );
            assert!(
                made.html
                    .contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
                "{lang}"
            );
            // The first date (the stages after it wait for the person to ask)
            // as the person's language writes it: in full, or the day, month
            // and year where the language's message asks for those.
            let due = due_dates(&payload)[0];
            let day_month_year = [("day", "numeric"), ("month", "long"), ("year", "numeric")]
                .map(|(k, v)| (k.to_owned(), v.to_owned()));
            let full = (cldr::RULES.date)(lang, due, &[]);
            let short = (cldr::RULES.date)(lang, due, &day_month_year);
            for part in [&made.text, &made.html] {
                assert!(
                    part.contains(&full) || part.contains(&short),
                    "{lang}: {short:?} not in\n{part}"
                );
            }
            for part in [&made.text, &made.html] {
                assert!(
                    part.contains(&message(lang, "confirmation-next-heading")),
                    "{lang}"
                );
                assert!(
                    part.contains("0113 496 0000") && part.contains(&reference),
                    "{lang}"
                );
                // None of their answers is quoted.
                assert!(
                    !part.contains("القمامة") && !part.contains("Bins"),
                    "{lang}: {part}"
                );
                assert!(
                    !part.contains('{') && !part.contains("acknowledgement-"),
                    "{lang}: {part}"
                );
            }
        }
    }

    #[test]
    fn feedback_is_thanked_without_dates() {
        let mut answers = complaint(None, false);
        answers.kind = Some(ContactKind::Compliment);
        answers.message = Some("<b>Thank you</b>".into());
        let payload = payload(&answers, "en-GB");
        let (_, _, made) = make(&sources(), &payload).unwrap();
        assert_eq!(made.subject, format!("Message sent: {}", reference([7; 5])));
        assert!(
            made.text
                .starts_with("Message sent\n\nThank you for your message to"),
            "{}",
            made.text
        );
        assert!(made
            .text
            .contains("We will pass your message on to the service."));
        assert!(!made.html.contains("<b>") && !made.text.contains("Thank you</b>"));
    }

    #[test]
    fn it_is_made_only_for_an_address_email_can_go_to() {
        let mut payload = payload(&complaint(None, false), "en-GB");
        payload["answers"]["contact"]["email"] = " ".into();
        assert!(matches!(make(&sources(), &payload), Err(NotMade::Never(_))));
        payload["answers"]["contact"]["email"] = "amira at example.org".into();
        assert!(
            matches!(make(&sources(), &payload), Err(NotMade::Never(why)) if why.contains("amira at example.org"))
        );
        payload["answers"]["contact"]["email"] = "amira@example.org".into();
        let missing = Sources {
            config: "/nowhere/config.json".into(),
            ..sources()
        };
        assert!(
            matches!(make(&missing, &payload), Err(NotMade::Later(why)) if why.contains("/nowhere/config.json"))
        );
    }

    #[test]
    fn a_language_with_no_file_is_written_in_english() {
        let payload = payload(&complaint(None, false), "so");
        let (_, _, made) = make(&sources(), &payload).unwrap();
        assert_eq!(made.lang, "en-GB");
        assert!(made.subject.starts_with("Complaint sent: "));
    }

    #[test]
    fn the_answers_are_written_as_the_person_saw_them() {
        let payload = payload(&complaint(None, false), "ar");
        let theirs = answers_in_their_language(&sources(), &payload).unwrap();
        let english = payload["english"].as_array().unwrap();
        assert_eq!(theirs.len(), english.len());
        assert_eq!(theirs[0].question, message("ar", "kind-question"));
        assert_eq!(
            theirs[0].answer,
            [message("ar", "kind-complaint")],
            "{theirs:?}"
        );
        // The day it happened as CLDR writes it in Arabic; what they typed
        // as they typed it.
        let happened = (cldr::RULES.date)("ar", "2026-11-02".parse().unwrap(), &[]);
        let lines: Vec<&str> = theirs
            .iter()
            .flat_map(|row| row.answer.iter().map(String::as_str))
            .collect();
        assert!(
            lines.contains(&happened.as_str()),
            "{happened} not in {lines:?}"
        );
        assert!(
            lines.contains(&"لم يتم جمع القمامة منذ ثلاثة أسابيع.\nNo one came."),
            "{lines:?}"
        );
    }

    #[test]
    fn answers_in_english_or_a_language_with_no_file_are_not_written_again() {
        for lang in ["en-GB", "so"] {
            let payload = payload(&complaint(None, false), lang);
            assert_eq!(
                answers_in_their_language(&sources(), &payload),
                Ok(Vec::new())
            );
        }
        let mut payload = payload(&complaint(None, false), "cy");
        let missing = Sources {
            config: "/nowhere/config.json".into(),
            ..sources()
        };
        assert!(answers_in_their_language(&missing, &payload)
            .is_err_and(|why| why.contains("/nowhere/config.json")));
        payload["answers"]["kind"] = "a letter".into();
        assert!(answers_in_their_language(&sources(), &payload)
            .is_err_and(|why| why.starts_with("the answers could not be read")));
    }
}
