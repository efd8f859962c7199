//! The form adapter: `POST` every field of the payload under its dotted
//! path, `application/x-www-form-urlencoded`, plus the whole payload as
//! JSON in `payload`: what low-code flows and form handlers read. With the
//! person's files, the same fields and each file (as `attachment`, under
//! its own name) in one `multipart/form-data` request.

use redress_core::delivery::{form_fields, form_urlencode};
use redress_core::submission::Submission;

/// The media type sent.
pub const CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// The request body.
pub fn body(submission: &Submission) -> Option<String> {
    let value = serde_json::to_value(submission).ok()?;
    Some(form_urlencode(&form_fields(&value)))
}

/// The fields and the files (`bytes`, in the order the payload lists them)
/// as multipart form data; the browser writes the body and its boundary.
pub fn multipart(submission: &Submission, bytes: &[Vec<u8>]) -> Option<web_sys::FormData> {
    let value = serde_json::to_value(submission).ok()?;
    let data = web_sys::FormData::new().ok()?;
    for (name, field) in form_fields(&value) {
        data.append_with_str(&name, &field).ok()?;
    }
    for (file, content) in submission.attachments.iter().zip(bytes) {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content.as_slice()));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(&file.media_type);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
        data.append_with_blob_and_filename("attachment", &blob, &file.name)
            .ok()?;
    }
    Some(data)
}
