//! The JSON adapter: `POST` the payload as it is, `application/json`.

use redress_core::submission::Submission;

/// The media type sent.
pub const CONTENT_TYPE: &str = "application/json";

/// The request body.
pub fn body(submission: &Submission) -> Option<String> {
    serde_json::to_string(submission).ok()
}
