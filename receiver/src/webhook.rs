//! Webhooks to a council's own system, signed as the Standard Webhooks
//! specification has them (<https://www.standardwebhooks.com/>), so a
//! council verifies them with that project's library for its language.
//!
//! Each request carries three headers: `webhook-id` (the same on every
//! attempt at one message, so a retry can be recognised), `webhook-timestamp`
//! (Unix seconds when this attempt was signed) and `webhook-signature`:
//! `v1,` and the base64 of HMAC-SHA256 over `{id}.{timestamp}.{body}`, keyed
//! with the secret's bytes.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// A webhook's signing secret: its bytes, never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Vec<u8>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(hidden)")
    }
}

/// The fewest and most bytes the specification allows a secret.
const SECRET_BYTES: std::ops::RangeInclusive<usize> = 24..=64;

impl Secret {
    /// Reads a secret as the specification writes it: `whsec_` and the
    /// base64 of 24 to 64 random bytes (`whsec_` may be left off). The
    /// message names the setting but never repeats the value.
    pub fn parse(text: &str, setting: &str) -> Result<Secret, String> {
        let encoded = text.trim();
        let encoded = encoded.strip_prefix("whsec_").unwrap_or(encoded);
        let how = "make one with: echo whsec_$(openssl rand -base64 32)";
        let bytes = STANDARD
            .decode(encoded)
            .map_err(|_| format!("{setting} must be whsec_ followed by base64 ({how})"))?;
        if !SECRET_BYTES.contains(&bytes.len()) {
            return Err(format!(
                "{setting} must hold 24 to 64 bytes, not {} ({how})",
                bytes.len()
            ));
        }
        Ok(Secret(bytes))
    }
}

/// The `webhook-signature` header for `body` sent as message `id` at
/// `timestamp` (Unix seconds).
pub fn signature(secret: &Secret, id: &str, timestamp: i64, body: &[u8]) -> String {
    // HMAC takes a key of any length, so this cannot fail.
    let mut mac = Hmac::<Sha256>::new_from_slice(&secret.0).unwrap_or_else(|_| unreachable!());
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
}

/// The message id of a submission's webhook: the same on every attempt.
pub fn message_id(submission_id: &str) -> String {
    format!("msg_{submission_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    /// The example the specification's libraries test against; the
    /// signature was also computed apart, with Node's crypto module:
    /// `createHmac('sha256', Buffer.from(key, 'base64'))`.
    #[test]
    fn signs_as_the_specification_does() {
        let secret = Secret::parse(SECRET, "REDRESS_WEBHOOK_SECRET").unwrap();
        assert_eq!(
            signature(
                &secret,
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1_614_265_330,
                br#"{"test": 2432232314}"#
            ),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    #[test]
    fn every_part_is_signed() {
        let secret = Secret::parse(SECRET, "S").unwrap();
        let base = signature(&secret, "msg_a", 1, b"{}");
        assert_ne!(base, signature(&secret, "msg_b", 1, b"{}"));
        assert_ne!(base, signature(&secret, "msg_a", 2, b"{}"));
        assert_ne!(base, signature(&secret, "msg_a", 1, b"{ }"));
        let other = Secret::parse("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "S").unwrap();
        assert_ne!(base, signature(&other, "msg_a", 1, b"{}"));
    }

    #[test]
    fn a_secret_is_checked_and_never_shown() {
        assert!(Secret::parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "S").is_ok());
        let short = Secret::parse("whsec_c2hvcnQ=", "REDRESS_WEBHOOK_SECRET").unwrap_err();
        assert!(short.contains("24 to 64 bytes, not 5"), "{short}");
        let garbled = Secret::parse("whsec_not base64!", "REDRESS_WEBHOOK_SECRET").unwrap_err();
        assert!(
            garbled.starts_with("REDRESS_WEBHOOK_SECRET must be whsec_"),
            "{garbled}"
        );
        assert!(!garbled.contains("not base64!"));
        let secret = Secret::parse(SECRET, "S").unwrap();
        assert_eq!(format!("{secret:?}"), "Secret(hidden)");
    }
}
