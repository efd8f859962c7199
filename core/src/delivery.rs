//! Delivering a submission: what a receiver's answer means, whether and when
//! to try again, and the encodings the adapters send. Pure functions: the
//! browser does the fetching and the waiting, and calls these to decide.
//!
//! Retries: network errors, timeouts, 408, 429 and 5xx are tried again after
//! an exponential back-off with jitter (or the receiver's `Retry-After`);
//! any other answer outside 2xx is final. Every try carries the same
//! submission id, so a receiver that stored an earlier try that timed out
//! recognises the repeat.

use std::fmt::Write as _;

/// How persistently to retry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries in all, the first included, before the person is asked what to do.
    pub attempts: u32,
    /// The wait after the first failure, in milliseconds; it doubles each time.
    pub first_delay_ms: u64,
    /// The longest back-off wait, in milliseconds.
    pub max_delay_ms: u64,
    /// The longest `Retry-After` honoured by waiting; longer, and the person
    /// is asked instead.
    pub longest_retry_after_ms: u64,
}

impl Default for RetryPolicy {
    /// Five tries over about 15 seconds; a `Retry-After` of up to 2 minutes
    /// is waited out.
    fn default() -> Self {
        RetryPolicy {
            attempts: 5,
            first_delay_ms: 1_000,
            max_delay_ms: 30_000,
            longest_retry_after_ms: 120_000,
        }
    }
}

/// What came of one try.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A 2xx answer, with its body.
    Accepted {
        /// The response body.
        body: String,
    },
    /// Any other status.
    Refused {
        /// The HTTP status.
        status: u16,
        /// The `Retry-After` header, if any.
        retry_after: Option<String>,
    },
    /// No answer: offline, connection refused, blocked.
    Unreachable,
    /// No answer within the time allowed.
    TimedOut,
}

/// Why a try failed, as the person is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No answer: offline, or the council's system is not reachable.
    Unreachable,
    /// The council's system did not answer in time.
    TimedOut,
    /// The council's system had a fault (5xx).
    ServerError,
    /// The council's system asked for a pause (429, or a long `Retry-After`).
    Busy,
    /// The council's system refused what was sent (a 4xx); trying again
    /// will not help.
    Rejected,
}

/// What to do after a try.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    /// It arrived. The receiver's own reference, if it gave one, replaces
    /// the wizard's.
    Delivered {
        /// The receiver's reference.
        reference: Option<String>,
    },
    /// Try again after this wait.
    Retry {
        /// How long to wait, in milliseconds.
        after_ms: u64,
        /// Why the last try failed.
        because: Problem,
    },
    /// Stop and let the person choose: try again, download a copy, email.
    GiveUp {
        /// Why the last try failed.
        because: Problem,
    },
}

/// Decides what follows try number `attempt` (1 for the first). `now_ms` is
/// the time in milliseconds since 1970 (for a `Retry-After` date); `jitter`
/// is a random number in [0, 1) that spreads retries from many browsers.
///
/// ```
/// use redress_core::delivery::{next, Next, Outcome, Problem, RetryPolicy};
///
/// let policy = RetryPolicy::default();
/// let busy = Outcome::Refused { status: 503, retry_after: Some("3".into()) };
/// assert_eq!(
///     next(&policy, 1, &busy, 0, 0.5),
///     Next::Retry { after_ms: 3_000, because: Problem::ServerError }
/// );
/// let refused = Outcome::Refused { status: 422, retry_after: None };
/// assert_eq!(next(&policy, 1, &refused, 0, 0.5), Next::GiveUp { because: Problem::Rejected });
/// ```
pub fn next(
    policy: &RetryPolicy,
    attempt: u32,
    outcome: &Outcome,
    now_ms: u64,
    jitter: f64,
) -> Next {
    let (because, retry_after) = match outcome {
        Outcome::Accepted { body } => {
            return Next::Delivered {
                reference: reference_from(body),
            }
        }
        Outcome::Unreachable => (Problem::Unreachable, None),
        Outcome::TimedOut => (Problem::TimedOut, None),
        Outcome::Refused {
            status,
            retry_after,
        } => match status {
            429 => (Problem::Busy, retry_after.as_deref()),
            408 => (Problem::TimedOut, retry_after.as_deref()),
            500..=599 => (Problem::ServerError, retry_after.as_deref()),
            _ => {
                return Next::GiveUp {
                    because: Problem::Rejected,
                }
            }
        },
    };
    if attempt >= policy.attempts {
        return Next::GiveUp { because };
    }
    let asked = retry_after.and_then(|value| parse_retry_after(value, now_ms));
    let after_ms = match asked {
        Some(ms) if ms > policy.longest_retry_after_ms => {
            return Next::GiveUp {
                because: Problem::Busy,
            }
        }
        Some(ms) => ms,
        None => backoff(policy, attempt, jitter),
    };
    Next::Retry { after_ms, because }
}

/// The wait after failed try `attempt`: doubling from the first delay up to
/// the maximum, then "equal jitter": half of it fixed, half random.
///
/// ```
/// use redress_core::delivery::{backoff, RetryPolicy};
///
/// let policy = RetryPolicy::default();
/// assert_eq!(backoff(&policy, 1, 0.0), 500);
/// assert_eq!(backoff(&policy, 2, 0.999_999), 2_000);
/// assert_eq!(backoff(&policy, 30, 0.0), 15_000);
/// ```
pub fn backoff(policy: &RetryPolicy, attempt: u32, jitter: f64) -> u64 {
    let doublings = attempt.saturating_sub(1).min(32);
    let full = policy
        .first_delay_ms
        .saturating_mul(1u64 << doublings)
        .min(policy.max_delay_ms);
    let half = full / 2;
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.0
    };
    half + ((full - half) as f64 * jitter).round() as u64
}

/// A `Retry-After` value in milliseconds from now: a number of seconds, or
/// an HTTP date (`Wed, 25 Nov 2026 10:00:00 GMT`). `None` if unreadable.
///
/// ```
/// use redress_core::delivery::parse_retry_after;
///
/// assert_eq!(parse_retry_after("120", 0), Some(120_000));
/// // 1 January 2026 00:00:10 UTC, ten seconds after `now`.
/// assert_eq!(parse_retry_after("Thu, 01 Jan 2026 00:00:10 GMT", 1_767_225_600_000), Some(10_000));
/// assert_eq!(parse_retry_after("soon", 0), None);
/// ```
pub fn parse_retry_after(value: &str, now_ms: u64) -> Option<u64> {
    let value = value.trim();
    if !value.is_empty() && value.len() <= 10 && value.bytes().all(|b| b.is_ascii_digit()) {
        return value.parse::<u64>().ok().map(|s| s.saturating_mul(1000));
    }
    http_date_ms(value).map(|at| at.saturating_sub(now_ms))
}

/// An IMF-fixdate (RFC 9110) in milliseconds since 1970.
fn http_date_ms(value: &str) -> Option<u64> {
    let mut parts = value.split_ascii_whitespace();
    let _weekday = parts.next()?.strip_suffix(',')?;
    let day: u32 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i64 = parts.next()?.parse().ok()?;
    let mut clock = parts.next()?.split(':').map(|n| n.parse::<u64>().ok());
    let (hour, minute, second) = (clock.next()??, clock.next()??, clock.next()??);
    if parts.next()? != "GMT" || parts.next().is_some() || clock.next().is_some() {
        return None;
    }
    if !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 || year < 1970 {
        return None;
    }
    // Days from 1970-01-01 to the date (Howard Hinnant's days-from-civil).
    let (y, m) = if month <= 2 {
        (year - 1, month + 9)
    } else {
        (year, month - 3)
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m as i64 + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = u64::try_from(era * 146_097 + doe - 719_468).ok()?;
    Some(((days * 86_400) + hour * 3600 + minute * 60 + second) * 1000)
}

/// The receiver's own reference from a 2xx body such as
/// `{"reference": "CR-2026-0412"}`: a short line of printable text, or
/// `None` (the wizard's reference stands).
///
/// ```
/// use redress_core::delivery::reference_from;
///
/// assert_eq!(reference_from(r#"{"reference":" CR-2026-0412 "}"#).as_deref(), Some("CR-2026-0412"));
/// assert_eq!(reference_from("OK"), None);
/// assert_eq!(reference_from(r#"{"reference":""}"#), None);
/// ```
pub fn reference_from(body: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(body).ok()?;
    let reference = value.get("reference")?.as_str()?.trim();
    let fits = !reference.is_empty()
        && reference.chars().count() <= 64
        && !reference.chars().any(char::is_control);
    fits.then(|| reference.to_owned())
}

/// The fields a form-encoded adapter sends: every value of the JSON
/// submission under its dotted path (`answers.contact.email`, `english.0.question`),
/// nulls left out, plus `payload`: the whole submission as JSON, for
/// receivers that can read it.
///
/// ```
/// use redress_core::delivery::form_fields;
///
/// let fields = form_fields(&serde_json::json!({ "id": "x", "a": { "b": [true, null] } }));
/// assert_eq!(fields[0], ("a.b.0".into(), "true".into()));
/// assert_eq!(fields[1], ("id".into(), "x".into()));
/// assert_eq!(fields[2].0, "payload");
/// ```
pub fn form_fields(submission: &serde_json::Value) -> Vec<(String, String)> {
    fn walk(path: &str, value: &serde_json::Value, fields: &mut Vec<(String, String)>) {
        let join = |key: &str| {
            if path.is_empty() {
                key.to_owned()
            } else {
                format!("{path}.{key}")
            }
        };
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    walk(&join(key), value, fields);
                }
            }
            serde_json::Value::Array(items) => {
                for (index, value) in items.iter().enumerate() {
                    walk(&join(&index.to_string()), value, fields);
                }
            }
            serde_json::Value::String(text) => fields.push((path.to_owned(), text.clone())),
            other => fields.push((path.to_owned(), other.to_string())),
        }
    }
    let mut fields = Vec::new();
    walk("", submission, &mut fields);
    fields.push(("payload".into(), submission.to_string()));
    fields
}

/// `application/x-www-form-urlencoded`, as browsers write it.
///
/// ```
/// use redress_core::delivery::form_urlencode;
///
/// let body = form_urlencode(&[("a b".into(), "1&2=ü".into())]);
/// assert_eq!(body, "a+b=1%262%3D%C3%BC");
/// ```
pub fn form_urlencode(fields: &[(String, String)]) -> String {
    let encode = |text: &str| {
        let mut out = String::with_capacity(text.len());
        for byte in text.bytes() {
            match byte {
                b' ' => out.push('+'),
                b'*' | b'-' | b'.' | b'_' => out.push(byte as char),
                _ if byte.is_ascii_alphanumeric() => out.push(byte as char),
                _ => {
                    let _ = write!(out, "%{byte:02X}");
                }
            }
        }
        out
    };
    fields
        .iter()
        .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// A `mailto:` link (RFC 6068) that opens the person's email program with
/// the message written out. Line breaks become CRLF, as the RFC asks.
///
/// ```
/// use redress_core::delivery::mailto;
///
/// assert_eq!(
///     mailto("complaints@example.org", "Complaint RDX-1", "Line 1\nLine & 2"),
///     "mailto:complaints@example.org?subject=Complaint%20RDX-1&body=Line%201%0D%0ALine%20%26%202"
/// );
/// ```
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let encode = |text: &str| {
        let mut out = String::with_capacity(text.len());
        for byte in text.replace("\r\n", "\n").replace('\n', "\r\n").bytes() {
            if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
                out.push(byte as char);
            } else {
                let _ = write!(out, "%{byte:02X}");
            }
        }
        out
    };
    let to: String = to
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '?' | '&' | '#'))
        .collect();
    format!(
        "mailto:{to}?subject={}&body={}",
        encode(subject),
        encode(body)
    )
}

/// The longest `mailto:` link [`mailto_within`] makes: email programs,
/// and the systems that hand links to them, refuse or cut links much
/// longer than about 2,000 characters.
pub const MAILTO_LIMIT: usize = 2000;

/// A `mailto:` link made to fit, and whether the body had to be cut.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailtoLink {
    /// The link.
    pub href: String,
    /// Whether only the start of the body is in it (then `note` ends it).
    pub cut: bool,
}

/// A [`mailto`] link of at most `limit` characters: the whole body if it
/// fits; otherwise as much of its start as fits, ended at a space or line
/// break near the end where there is one, then a blank line and `note`
/// (which says where the rest is, such as an attached copy). Only an
/// address, subject and note too long for `limit` on their own make a
/// longer link.
///
/// ```
/// use redress_core::delivery::mailto_within;
///
/// let body = "one two three four five six seven";
/// let link = mailto_within("a@example.org", "S", body, "[cut]", 70);
/// assert!(link.cut);
/// assert_eq!(link.href, "mailto:a@example.org?subject=S&body=one%20two%0D%0A%0D%0A%5Bcut%5D");
/// ```
pub fn mailto_within(to: &str, subject: &str, body: &str, note: &str, limit: usize) -> MailtoLink {
    let whole = mailto(to, subject, body);
    if whole.len() <= limit {
        return MailtoLink {
            href: whole,
            cut: false,
        };
    }
    let with_note = |end: usize| mailto(to, subject, &format!("{}\n\n{note}", &body[..end]));
    // The link grows with the start kept, so the starts that fit come
    // first among the places a character begins: the longest is the last
    // of them (none fit when even the note alone is too long).
    let ends: Vec<usize> = body.char_indices().map(|(at, _)| at).collect();
    let fitting = ends.partition_point(|&end| with_note(end).len() <= limit);
    let end = ends[..fitting].last().copied().unwrap_or(0);
    let kept = &body[..end];
    let end = match kept.rfind(char::is_whitespace) {
        Some(space) if space >= end * 3 / 4 => space,
        _ => end,
    };
    MailtoLink {
        href: with_note(end),
        cut: true,
    }
}

/// Where the JSON adapter `PUT`s one of a submission's files: under the
/// endpoint's own path, `{endpoint}/{id}/attachments/{sha256}`, with the
/// endpoint's query (a signed trigger's `sig=`) kept after it.
///
/// ```
/// use redress_core::delivery::attachment_url;
///
/// assert_eq!(
///     attachment_url("/api/submissions?v=1", "7d44", "ab"),
///     "/api/submissions/7d44/attachments/ab?v=1"
/// );
/// ```
pub fn attachment_url(endpoint: &str, id: &str, sha256: &str) -> String {
    let (path, query) = match endpoint.find(['?', '#']) {
        Some(at) => endpoint.split_at(at),
        None => (endpoint, ""),
    };
    let path = path.trim_end_matches('/');
    format!("{path}/{id}/attachments/{sha256}{query}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_go_under_the_endpoints_path_with_its_query_kept() {
        assert_eq!(
            attachment_url("https://council.example/api/submissions", "id1", "f0"),
            "https://council.example/api/submissions/id1/attachments/f0"
        );
        assert_eq!(
            attachment_url("https://council.example/in/", "id1", "f0"),
            "https://council.example/in/id1/attachments/f0"
        );
        assert_eq!(
            attachment_url(
                "https://flow.example/invoke?api-version=1&sig=a%2Fb",
                "id1",
                "f0"
            ),
            "https://flow.example/invoke/id1/attachments/f0?api-version=1&sig=a%2Fb"
        );
    }
    use crate::date::Date;
    use proptest::prelude::*;

    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];

    #[test]
    fn a_wait_of_exactly_the_longest_is_waited_longer_is_not() {
        let policy = RetryPolicy::default();
        let asked = |seconds: u64| Outcome::Refused {
            status: 503,
            retry_after: Some(seconds.to_string()),
        };
        let longest = policy.longest_retry_after_ms / 1000;
        assert_eq!(
            next(&policy, 1, &asked(longest), 0, 0.0),
            Next::Retry {
                after_ms: policy.longest_retry_after_ms,
                because: Problem::ServerError
            }
        );
        assert_eq!(
            next(&policy, 1, &asked(longest + 1), 0, 0.0),
            Next::GiveUp {
                because: Problem::Busy
            }
        );
    }

    #[test]
    fn an_http_date_out_of_range_or_out_of_shape_is_unreadable() {
        let base = 1_767_225_600_000; // 2026-01-01T00:00:00Z
        let read = |text: &str| parse_retry_after(text, 0);
        // The edges of each field are read...
        assert_eq!(
            read("Thu, 01 Jan 2026 23:59:60 GMT"),
            Some(base + 86_400_000)
        );
        assert_eq!(read("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(
            read("Sat, 31 Jan 2026 00:00:00 GMT"),
            Some(base + 30 * 86_400_000)
        );
        // ...and one past them is not.
        for text in [
            "Thu, 01 Jan 2026 24:00:00 GMT",
            "Thu, 01 Jan 2026 00:60:00 GMT",
            "Thu, 01 Jan 2026 00:00:61 GMT",
            "Thu, 00 Jan 2026 00:00:00 GMT",
            "Thu, 32 Jan 2026 00:00:00 GMT",
            "Wed, 31 Dec 1969 23:59:59 GMT",
            "Thu, 01 Jan 2026 00:00:00 UTC",
            "Thu, 01 Jan 2026 00:00:00 GMT extra",
            "Thu, 01 Jan 2026 00:00:00:00 GMT",
            "Thu, 01 Jan 2026 00:00 GMT",
            "Thu 01 Jan 2026 00:00:00 GMT",
            "Thu, 01 January 2026 00:00:00 GMT",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn form_encoding_leaves_the_unreserved_marks_as_they_are() {
        let body = form_urlencode(&[("a*b-c.d_e".into(), "~!'()".into())]);
        assert_eq!(body, "a*b-c.d_e=%7E%21%27%28%29");
    }

    #[test]
    fn a_mailto_link_that_fits_is_the_whole_body() {
        let link = mailto_within("a@example.org", "S", "short", "[cut]", MAILTO_LIMIT);
        assert_eq!(
            link,
            MailtoLink {
                href: mailto("a@example.org", "S", "short"),
                cut: false
            }
        );
    }

    #[test]
    fn a_long_body_is_cut_to_the_limit_with_the_note_at_its_end() {
        let body = "Word ".repeat(1000);
        let link = mailto_within("a@example.org", "S", &body, "[The rest]", MAILTO_LIMIT);
        assert!(link.cut);
        assert!(link.href.len() <= MAILTO_LIMIT, "{}", link.href.len());
        // Close to the limit: no more than a word and the line break short.
        assert!(link.href.len() > MAILTO_LIMIT - 20, "{}", link.href.len());
        assert!(
            link.href.ends_with("Word%0D%0A%0D%0A%5BThe%20rest%5D"),
            "{}",
            link.href
        );
    }

    #[test]
    fn a_cut_ends_at_a_space_only_near_the_end() {
        // The only space is halfway along what fits: ending there would
        // lose half the room, so the cut falls inside the long word.
        let body = format!("{} {}", "a".repeat(100), "b".repeat(1000));
        let link = mailto_within("a@example.org", "S", &body, "[N]", 300);
        let fixed = "mailto:a@example.org?subject=S&body=".len() + "%0D%0A%0D%0A%5BN%5D".len();
        let kept = 300 - fixed;
        let expected = format!("{}%20{}", "a".repeat(100), "b".repeat(kept - 103));
        assert_eq!(
            link.href,
            mailto(
                "a@example.org",
                "S",
                &format!("{}\n\n[N]", expected.replace("%20", " "))
            )
        );
        // A space in the last quarter is where it ends.
        let body = format!("{} {}", "a".repeat(200), "b".repeat(1000));
        let link = mailto_within("a@example.org", "S", &body, "[N]", 300);
        assert_eq!(
            link.href,
            mailto("a@example.org", "S", &format!("{}\n\n[N]", "a".repeat(200)))
        );
    }

    #[test]
    fn a_body_without_spaces_is_cut_between_characters() {
        // Each of these is 3 bytes, 9 characters once encoded.
        let body = "\u{0995}".repeat(400);
        let link = mailto_within("a@example.org", "S", &body, "[N]", 500);
        assert!(link.cut);
        assert!(
            link.href.len() <= 500 && link.href.len() > 500 - 9 - 1,
            "{}",
            link.href.len()
        );
        assert!(
            link.href.ends_with("%E0%A6%95%0D%0A%0D%0A%5BN%5D"),
            "{}",
            link.href
        );
    }

    #[test]
    fn an_address_cannot_add_fields_to_a_mailto_link() {
        let link = mailto("com plaints?cc=x&y#@example.org", "S", "B");
        assert_eq!(link, "mailto:complaintscc=xy@example.org?subject=S&body=B");
        assert_eq!(
            mailto("a\tb@example.org", "S", "B"),
            "mailto:ab@example.org?subject=S&body=B"
        );
    }

    #[test]
    fn a_number_of_seconds_has_at_most_ten_digits() {
        assert_eq!(parse_retry_after("9999999999", 0), Some(9_999_999_999_000));
        assert_eq!(parse_retry_after("99999999999", 0), None);
        assert_eq!(parse_retry_after("", 0), None);
    }

    fn refused(status: u16) -> Outcome {
        Outcome::Refused {
            status,
            retry_after: None,
        }
    }

    #[test]
    fn retryable_failures_are_retried_and_others_are_not() {
        let policy = RetryPolicy::default();
        for (outcome, because) in [
            (Outcome::Unreachable, Problem::Unreachable),
            (Outcome::TimedOut, Problem::TimedOut),
            (refused(500), Problem::ServerError),
            (refused(502), Problem::ServerError),
            (refused(503), Problem::ServerError),
            (refused(429), Problem::Busy),
            (refused(408), Problem::TimedOut),
        ] {
            assert!(
                matches!(next(&policy, 1, &outcome, 0, 0.0), Next::Retry { because: b, .. } if b == because),
                "{outcome:?}"
            );
        }
        for status in [400, 401, 403, 404, 409, 413, 415, 422] {
            assert_eq!(
                next(&policy, 1, &refused(status), 0, 0.0),
                Next::GiveUp {
                    because: Problem::Rejected
                }
            );
        }
    }

    #[test]
    fn the_last_try_gives_up() {
        let policy = RetryPolicy::default();
        assert!(matches!(
            next(&policy, 4, &Outcome::Unreachable, 0, 0.0),
            Next::Retry { .. }
        ));
        assert_eq!(
            next(&policy, 5, &Outcome::Unreachable, 0, 0.0),
            Next::GiveUp {
                because: Problem::Unreachable
            }
        );
    }

    #[test]
    fn retry_after_is_honoured_up_to_a_limit() {
        let policy = RetryPolicy::default();
        let with = |value: &str| Outcome::Refused {
            status: 429,
            retry_after: Some(value.into()),
        };
        assert_eq!(
            next(&policy, 1, &with("7"), 0, 0.0),
            Next::Retry {
                after_ms: 7_000,
                because: Problem::Busy
            }
        );
        assert_eq!(
            next(&policy, 1, &with("3600"), 0, 0.0),
            Next::GiveUp {
                because: Problem::Busy
            }
        );
        // Unreadable: the usual back-off.
        assert_eq!(
            next(&policy, 1, &with("later"), 0, 0.0),
            Next::Retry {
                after_ms: 500,
                because: Problem::Busy
            }
        );
    }

    #[test]
    fn a_date_in_the_past_means_now() {
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", 1_767_225_600_000),
            Some(0)
        );
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:37 BST", 0), None);
        assert_eq!(parse_retry_after("Sun, 32 Nov 1994 08:49:37 GMT", 0), None);
    }

    #[test]
    fn an_accepted_try_is_delivered_with_the_receivers_reference() {
        let policy = RetryPolicy::default();
        let accepted = Outcome::Accepted {
            body: r#"{"reference":"EX-123"}"#.into(),
        };
        assert_eq!(
            next(&policy, 9, &accepted, 0, 0.0),
            Next::Delivered {
                reference: Some("EX-123".into())
            }
        );
        assert_eq!(
            reference_from(r#"{"reference":"a\u0007b"}"#),
            None,
            "control characters are refused"
        );
        assert_eq!(
            reference_from(&format!(r#"{{"reference":"{}"}}"#, "x".repeat(65))),
            None
        );
    }

    proptest! {
        /// Any moment from 1970 to 2100, written as an HTTP date, reads back
        /// as the same moment, counted with the crate's own calendar.
        #[test]
        fn http_dates_read_back_as_the_moment_written(
            days in 0i32..47_482, hour in 0u64..24, minute in 0u64..60, second in 0u64..60,
        ) {
            let epoch = Date::new(1970, 1, 1).unwrap();
            let date = epoch.add_days(days);
            let text = format!(
                "{}, {:02} {} {} {hour:02}:{minute:02}:{second:02} GMT",
                &date.weekday().to_string()[..3],
                date.day(),
                MONTHS[date.month() as usize - 1],
                date.year(),
            );
            let expected = ((days as u64 * 86_400) + hour * 3600 + minute * 60 + second) * 1000;
            prop_assert_eq!(parse_retry_after(&text, 0), Some(expected), "{}", text);
        }

        #[test]
        fn backoff_grows_and_stays_within_bounds(attempt in 1u32..100, jitter in 0.0f64..1.0) {
            let policy = RetryPolicy::default();
            let wait = backoff(&policy, attempt, jitter);
            let full = (policy.first_delay_ms << (attempt - 1).min(20)).min(policy.max_delay_ms);
            prop_assert!(wait >= full / 2 && wait <= full);
            prop_assert!(backoff(&policy, attempt + 1, 0.0) >= backoff(&policy, attempt, 0.0));
        }

        #[test]
        fn nothing_panics_on_any_header_or_body(value in "\\PC*", now in any::<u64>()) {
            let _ = parse_retry_after(&value, now);
            let _ = reference_from(&value);
            let policy = RetryPolicy::default();
            let _ = next(&policy, 1, &Outcome::Refused { status: 503, retry_after: Some(value.clone()) }, now, 0.5);
        }

        #[test]
        fn form_encoding_round_trips(key in "\\PC{0,20}", value in "\\PC{0,40}") {
            let body = form_urlencode(&[(key.clone(), value.clone())]);
            prop_assert!(body.bytes().all(|b| b.is_ascii_graphic()));
            let (k, v) = body.split_once('=').unwrap();
            let decode = |s: &str| {
                let bytes = s.as_bytes();
                let mut out = Vec::new();
                let mut i = 0;
                while i < bytes.len() {
                    match bytes[i] {
                        b'+' => { out.push(b' '); i += 1; }
                        b'%' => {
                            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                            i += 3;
                        }
                        b => { out.push(b); i += 1; }
                    }
                }
                String::from_utf8(out).unwrap()
            };
            prop_assert_eq!(decode(k), key);
            prop_assert_eq!(decode(v), value);
        }

        #[test]
        fn a_capped_mailto_link_fits_and_keeps_the_start_of_the_body(
            body in "\\PC{0,3000}",
            limit in 200usize..3000,
        ) {
            let link = mailto_within("a@example.org", "Complaint RDX-1", &body, "[rest]", limit);
            prop_assert!(link.href.len() <= limit);
            prop_assert_eq!(link.cut, mailto("a@example.org", "Complaint RDX-1", &body).len() > limit);
            if link.cut {
                let kept = link.href.split("&body=").nth(1).unwrap();
                let kept = kept.strip_suffix("%0D%0A%0D%0A%5Brest%5D").unwrap();
                let whole = mailto("a@example.org", "", &body);
                prop_assert!(whole.split("&body=").nth(1).unwrap().starts_with(kept));
            }
        }

        #[test]
        fn mailto_links_hold_no_raw_separators(subject in "\\PC{0,40}", body in "\\PC{0,200}") {
            let link = mailto("a@example.org", &subject, &body);
            let query = link.split_once('?').unwrap().1;
            prop_assert_eq!(query.matches('&').count(), 1);
            prop_assert!(!query.contains(' ') && !query.contains('#') && !query.contains('\n'));
        }
    }
}
