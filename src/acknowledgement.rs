//! The acknowledgement: the email a council's receiver sends the person
//! once what they sent is kept, in their language, from the wizard's own
//! messages. It tells them their reference, what happens next with the
//! dates (as the confirmation page did), and how to contact the council;
//! it quotes none of their answers. Plain text and HTML.
//!
//! Written natively by the receiver (never in the wasm), from the payload
//! as stored and the council's configuration. The language's plural rules
//! and dates come from the caller, which has CLDR's data.

use std::sync::Arc;

use redress_core::language::is_right_to_left;
use redress_core::timeline::{MilestoneTimeline, Timeline, When};
use serde_json::Value;

use crate::config::CouncilConfig;
use crate::i18n::{Catalogue, LanguageRules, Localizer};
use crate::l10n::{source_catalogue, Texts};
use crate::msg;
use crate::next_steps::{due_line, entry_note, milestone_lines};
use crate::prerender::escape;

/// One acknowledgement, in the person's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Acknowledgement {
    /// The language it is written in.
    pub lang: String,
    /// The subject line.
    pub subject: String,
    /// The body, plain text.
    pub text: String,
    /// The same, as an HTML page.
    pub html: String,
}

/// The messages for `lang`: its message file `messages` (whatever of it
/// parses) over the source language, with the council's name and its own
/// words, and `rules` for its plurals, numbers and dates.
pub fn localizer(
    config: &CouncilConfig,
    lang: &str,
    messages: Option<&str>,
    rules: LanguageRules,
) -> Localizer {
    let source = source_catalogue();
    let primary = match messages {
        Some(text) => Arc::new(Catalogue::read(lang, text).0),
        None => source.clone(),
    };
    Localizer::new(primary, source, rules)
        .with_own_text(Arc::new(config.procedures.own_text()))
        .with_shared_args(config.council.args(lang))
}

/// A block of the body: a heading, or lines.
enum Block {
    Heading(String),
    Subheading(String),
    /// A stage of the procedure, under "What happens next".
    Stage(String),
    Paragraph(String),
    List(Vec<String>),
}

/// "What happens next" for what `payload` sent.
fn next_steps(texts: &dyn Texts, payload: &Value) -> Vec<Block> {
    let mut blocks = Vec::new();
    match payload["kind"].as_str() {
        Some("complaint") => {
            let Ok(timeline) = serde_json::from_value::<Timeline>(payload["timeline"].clone())
            else {
                return blocks;
            };
            blocks.extend(entry_note(texts, &timeline).map(Block::Paragraph));
            for stage in milestone_lines(texts, &timeline) {
                blocks.push(Block::Stage(stage.name));
                blocks.extend(stage.about.map(Block::Paragraph));
                blocks.push(Block::List(stage.lines));
            }
        }
        Some("follow-up") => {
            let next = &payload["follow_up"]["answer"]["next"];
            if payload["follow_up"]["request"] == "next-stage" && next.is_object() {
                let stage = texts.text(next["message_id"].as_str().unwrap_or_default(), &[]);
                blocks.push(Block::Paragraph(
                    texts.text("confirmation-follow-up-next", &[("stage", stage.into())]),
                ));
                let milestones: Vec<MilestoneTimeline> =
                    serde_json::from_value(next["if_asked_today"].clone()).unwrap_or_default();
                let lines: Vec<String> = milestones
                    .iter()
                    .map(|milestone| {
                        let what = texts.text(&milestone.message_id, &[]);
                        match &milestone.when {
                            When::Dated(window) => due_line(texts, what, window),
                            When::Waiting { .. } => {
                                texts.text("timeline-waiting", &[("what", what.into())])
                            }
                        }
                    })
                    .collect();
                if !lines.is_empty() {
                    blocks.push(Block::List(lines));
                }
            } else {
                blocks.push(Block::Paragraph(
                    texts.text("confirmation-follow-up-chase", &[]),
                ));
            }
        }
        _ => blocks.push(Block::Paragraph(
            texts.text("confirmation-feedback-next", &[]),
        )),
    }
    blocks
}

/// The council's ways to be contacted, each with its label.
fn contact_lines(texts: &dyn Texts, config: &CouncilConfig, lang: &str) -> Vec<String> {
    let contacts = &config.contacts;
    let mut lines = Vec::new();
    if let Some(phone) = &contacts.phone {
        lines.push(format!(
            "{}: {}",
            texts.text("contact-phone", &[]),
            phone.number
        ));
    }
    if let Some(email) = &contacts.email {
        lines.push(format!("{}: {email}", texts.text("contact-email", &[])));
    }
    let post = contacts.post.lines_in(lang);
    if !post.is_empty() {
        lines.push(format!(
            "{}: {}",
            texts.text("contact-post", &[]),
            post.join(", ")
        ));
    }
    lines
}

/// The acknowledgement of `payload` (a stored submission) in `texts`'
/// language, for the council `config` describes.
pub fn write(texts: &dyn Texts, config: &CouncilConfig, payload: &Value) -> Acknowledgement {
    let lang = texts.language();
    let reference = payload["reference"].as_str().unwrap_or_default().to_owned();
    let (heading, intro) = match payload["kind"].as_str() {
        Some("complaint") => (
            msg!("confirmation-heading-complaint"),
            msg!("acknowledgement-intro-complaint"),
        ),
        Some("follow-up") => (
            msg!("confirmation-heading-follow-up"),
            msg!("acknowledgement-intro-follow-up"),
        ),
        _ => (
            msg!("confirmation-heading-feedback"),
            msg!("acknowledgement-intro-feedback"),
        ),
    };
    let heading = texts.text(heading, &[]);
    let subject = texts.text(
        "acknowledgement-subject",
        &[
            ("what", heading.clone().into()),
            ("reference", reference.clone().into()),
        ],
    );
    let mut blocks = vec![
        Block::Heading(heading),
        Block::Paragraph(texts.text(intro, &[])),
        Block::Paragraph(format!(
            "{}: {reference}",
            texts.text("confirmation-reference", &[])
        )),
        Block::Subheading(texts.text("confirmation-next-heading", &[])),
    ];
    blocks.extend(next_steps(texts, payload));
    blocks.push(Block::Paragraph(texts.text(
        "acknowledgement-contact",
        &[("reference", reference.into())],
    )));
    let contacts = contact_lines(texts, config, &lang);
    if !contacts.is_empty() {
        blocks.push(Block::List(contacts));
    }
    blocks.push(Block::Paragraph(texts.text("acknowledgement-why", &[])));
    Acknowledgement {
        text: as_text(&blocks),
        html: as_html(&blocks, &lang, &subject),
        lang,
        subject,
    }
}

fn as_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading(text)
            | Block::Subheading(text)
            | Block::Stage(text)
            | Block::Paragraph(text) => {
                out.push_str(text);
                out.push('\n');
            }
            Block::List(lines) => {
                for line in lines {
                    out.push_str("- ");
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        out.push('\n');
    }
    out
}

fn as_html(blocks: &[Block], lang: &str, title: &str) -> String {
    let dir = if is_right_to_left(lang) { "rtl" } else { "ltr" };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n</head>\n<body>\n",
        escape(lang),
        escape(title)
    );
    for block in blocks {
        match block {
            Block::Heading(text) => out.push_str(&format!("<h1>{}</h1>\n", escape(text))),
            Block::Subheading(text) => out.push_str(&format!("<h2>{}</h2>\n", escape(text))),
            Block::Stage(text) => out.push_str(&format!("<h3>{}</h3>\n", escape(text))),
            Block::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", escape(text))),
            Block::List(lines) => {
                out.push_str("<ul>\n");
                for line in lines {
                    out.push_str(&format!("<li>{}</li>\n", escape(line)));
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}
