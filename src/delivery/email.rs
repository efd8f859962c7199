//! The email adapter, and the plain-text copy of a submission it sends.
//!
//! The last resort: with no endpoint (or when sending fails) the person's
//! email program opens, addressed to the council, with the answers written
//! out. The same text is the copy a person can download.

use redress_core::journey::{ContactKind, Rules};
use redress_core::submission::Submission;

use crate::l10n::I18n;
use crate::msg;
use crate::pages::check::{answers_text, push_answer, without_isolates};
use redress_core::submission::answers_given;

/// The subject line: the kind of contact and the reference.
pub fn subject(i18n: &I18n, submission: &Submission) -> String {
    let id = match submission.kind {
        ContactKind::Complaint => msg!("copy-subject-complaint"),
        ContactKind::Compliment => msg!("copy-subject-compliment"),
        ContactKind::Comment => msg!("copy-subject-comment"),
        ContactKind::FollowUp => msg!("copy-subject-follow-up"),
    };
    i18n.t_plain_with(id, &[("reference", submission.reference.clone().into())])
}

/// The submission as plain text: the reference and when it was sent, every
/// answer in the person's language, and, when that is not English, the
/// English rendering staff read.
pub fn text(i18n: &I18n, submission: &Submission, rules: &Rules) -> String {
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(i18n.t_plain_with(
        "copy-reference",
        &[("reference", submission.reference.clone().into())],
    ));
    line(i18n.t_plain_with(
        "copy-sent",
        &[(
            "time",
            submission.sent_at.to_string().replace('T', " ").into(),
        )],
    ));
    if let Some(routing) = &submission.routing {
        line(i18n.t(routing.reason));
    }
    out.push('\n');
    let answers = answers_given(&submission.answers, &submission.attachments);
    out.push_str(&answers_text(i18n, &answers, rules));
    if i18n.lang() != redress_core::language::SOURCE {
        out.push_str(&i18n.t("copy-english-heading"));
        out.push_str("\n\n");
        for answer in &submission.english {
            push_answer(&mut out, &answer.question, &answer.answer);
        }
    }
    out.push_str(&i18n.t_plain_with("copy-id", &[("id", submission.id.clone().into())]));
    out.push('\n');
    without_isolates(&out)
}

/// The copy as a `data:` URL for a download link.
pub fn download_href(text: &str) -> String {
    format!(
        "data:text/plain;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
}
