//! The form adapter: `POST` every field of the payload under its dotted
//! path, `application/x-www-form-urlencoded`, plus the whole payload as
//! JSON in `payload`: what low-code flows and form handlers read.

use redress_core::delivery::{form_fields, form_urlencode};
use redress_core::submission::Submission;

/// The media type sent.
pub const CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// The request body.
pub fn body(submission: &Submission) -> Option<String> {
    let value = serde_json::to_value(submission).ok()?;
    Some(form_urlencode(&form_fields(&value)))
}
