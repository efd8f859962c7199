//! Email deliveries: the SMTP server the receiver sends through, and the
//! team email as a message on the wire.
//!
//! The server is named by one URL, as many mail tools take it:
//! `smtps://USER:PASSWORD@HOST` (TLS from the first byte, port 465) or
//! `smtp://USER:PASSWORD@HOST:587?tls=required` (STARTTLS). Certificates
//! are checked against Mozilla's roots, built in, and any certificate
//! authority the council names besides ([`Smtp::trusting`], for a relay
//! with a certificate from its own authority). A complaint never crosses
//! a network unencrypted: `smtp://` without `tls=required` is refused
//! unless the server is on this machine. The URL holds the password, so it
//! is never printed: the log and any error name the host and port only.

use std::fmt;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};

use redress_core::attachment::AttachedFile;

use crate::team_email::TeamEmail;

/// An SMTP server to send through.
#[derive(Clone, PartialEq)]
pub struct Smtp {
    /// As configured, with its credentials: never shown.
    url: String,
    /// Scheme, host and port, and how it is encrypted: safe to show.
    shown: String,
    /// The host, as its certificate must name it.
    host: String,
    /// How the connection is encrypted.
    encryption: Encryption,
    /// Certificate authorities trusted besides Mozilla's roots (PEM).
    authorities: Option<Vec<u8>>,
}

/// How a connection to the server is encrypted.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Encryption {
    /// TLS from the first byte (`smtps://`).
    Tls,
    /// STARTTLS, required (`?tls=required`).
    StartTls,
    /// None: to this machine only.
    None,
}

impl fmt::Debug for Smtp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Smtp({})", self.shown)
    }
}

/// How a PEM file's certificate begins.
const CERTIFICATE: &[u8] = b"-----BEGIN CERTIFICATE-----";

/// Hosts that are this machine, where an unencrypted connection never
/// leaves it.
fn is_this_machine(host: &str) -> bool {
    matches!(host, "localhost" | "127.0.0.1" | "[::1]")
}

impl Smtp {
    /// Reads the server's URL from the setting `name`. The error never
    /// quotes the URL, which holds the password.
    pub fn parse(text: &str, name: &str) -> Result<Smtp, String> {
        let text = text.trim();
        let url = url::Url::parse(text).map_err(|error| {
            format!("{name} is not a URL ({error}): write smtps://USER:PASSWORD@HOST or smtp://USER:PASSWORD@HOST:587?tls=required")
        })?;
        let host = url
            .host_str()
            .filter(|host| !host.is_empty())
            .ok_or_else(|| format!("{name} names no host"))?
            .to_ascii_lowercase();
        let tls = url
            .query_pairs()
            .find(|(key, _)| key == "tls")
            .map(|(_, value)| value.into_owned());
        let (port, encryption, how) = match (url.scheme(), tls.as_deref()) {
            ("smtps", _) => (url.port().unwrap_or(465), Encryption::Tls, "TLS"),
            ("smtp", Some("required")) => {
                (url.port().unwrap_or(587), Encryption::StartTls, "STARTTLS")
            }
            ("smtp", None | Some("opportunistic")) if is_this_machine(&host) => (
                url.port().unwrap_or(25),
                Encryption::None,
                "unencrypted, on this machine",
            ),
            ("smtp", _) => {
                return Err(format!(
                    "{name}: the server at {host} must be reached encrypted, so complaints never cross a \
                     network in the clear: write smtps://…@{host} (TLS, port 465) or \
                     smtp://…@{host}:587?tls=required (STARTTLS)"
                ))
            }
            (scheme, _) => {
                return Err(format!(
                    "{name}: {scheme}:// is not an SMTP address: write smtps://USER:PASSWORD@HOST \
                     or smtp://USER:PASSWORD@HOST:587?tls=required"
                ))
            }
        };
        SmtpTransport::from_url(text).map_err(|error| format!("{name}: {error}"))?;
        Ok(Smtp {
            url: text.to_owned(),
            shown: format!("{}://{host}:{port} ({how})", url.scheme()),
            host,
            encryption,
            authorities: None,
        })
    }

    /// The server, with the certificate authorities in `pem` (the text of
    /// the file the setting `name` names) trusted besides Mozilla's roots.
    pub fn trusting(self, pem: &[u8], name: &str) -> Result<Smtp, String> {
        if self.encryption == Encryption::None {
            return Err(format!(
                "{name} is for an encrypted connection, and the mail server's is not: \
                 write smtps://… or smtp://…?tls=required, or leave {name} unset"
            ));
        }
        if !pem
            .windows(CERTIFICATE.len())
            .any(|window| window == CERTIFICATE)
        {
            return Err(format!(
                "{name} holds no certificate: it should be PEM, with a line {}",
                String::from_utf8_lossy(CERTIFICATE)
            ));
        }
        let smtp = Smtp {
            authorities: Some(pem.to_owned()),
            ..self
        };
        smtp.tls()
            .map_err(|error| format!("{name} cannot be used: {error}"))?;
        Ok(smtp)
    }

    /// Scheme, host, port and encryption, without the credentials.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// The encryption with the council's certificate authorities trusted,
    /// if it names any (`None` leaves the URL's own).
    fn tls(&self) -> Result<Option<Tls>, String> {
        let Some(pem) = &self.authorities else {
            return Ok(None);
        };
        let parameters = TlsParameters::builder(self.host.clone())
            .add_root_certificate(Certificate::from_pem(pem).map_err(|error| error.to_string())?)
            .build_rustls()
            .map_err(|error| error.to_string())?;
        Ok(Some(match self.encryption {
            Encryption::Tls => Tls::Wrapper(parameters),
            Encryption::StartTls => Tls::Required(parameters),
            Encryption::None => Tls::None,
        }))
    }

    /// A connection to the server for one message, allowed `timeout`.
    fn transport(&self, timeout: Duration) -> Result<SmtpTransport, String> {
        let mut builder = SmtpTransport::from_url(&self.url)
            .map_err(|error| error.to_string())?
            .timeout(Some(timeout));
        if let Some(tls) = self.tls()? {
            builder = builder.tls(tls);
        }
        Ok(builder.build())
    }
}

/// Reads a list of addresses (`a@x.gov.uk, Team <b@x.gov.uk>`) from the
/// setting `name`.
pub fn mailboxes(text: &str, name: &str) -> Result<Vec<Mailbox>, String> {
    let list: Vec<Mailbox> = text
        .split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| mailbox(part, name))
        .collect::<Result<_, _>>()?;
    if list.is_empty() {
        return Err(format!("{name} names no address"));
    }
    Ok(list)
}

/// Reads one address (`a@x.gov.uk` or `Name <a@x.gov.uk>`) from the
/// setting `name`.
pub fn mailbox(text: &str, name: &str) -> Result<Mailbox, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("{name}: {:?} is not an email address", text.trim()))
}

/// Sending email: to the complaints team, and the acknowledgement to the
/// person.
#[derive(Clone, Debug, PartialEq)]
pub struct Email {
    /// The server.
    pub smtp: Smtp,
    /// Who the emails are from.
    pub from: Mailbox,
    /// The complaints team's addresses; none, no team email.
    pub team: Vec<Mailbox>,
    /// Whether the person is sent an acknowledgement, when they gave an
    /// email address.
    pub acknowledge: bool,
}

/// What came of sending one message.
#[derive(Debug, PartialEq)]
pub enum Sent {
    /// The server took it.
    Taken,
    /// The server could not take it now; try again later.
    Later(String),
    /// The server refused it for good (a 5xx reply), so trying again
    /// unchanged is no use.
    Refused(String),
}

/// The team email as a message: the text, then the payload as stored and
/// the calendar file. Its Message-ID is made from the submission's id, the
/// same on every attempt, so a mail system that sees it twice (after a
/// restart mid-send) can tell.
pub fn team_message(
    email: &Email,
    submission_id: &str,
    payload: &str,
    team: TeamEmail,
    files: Vec<(AttachedFile, Vec<u8>)>,
) -> Result<Message, String> {
    let json = ContentType::parse("application/json").map_err(|e| e.to_string())?;
    let mut parts = MultiPart::mixed()
        .singlepart(SinglePart::plain(team.text))
        .singlepart(Attachment::new(team.json_name).body(payload.to_owned(), json));
    if let Some((name, text)) = team.calendar {
        let calendar = ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")
            .map_err(|e| e.to_string())?;
        parts = parts.singlepart(Attachment::new(name).body(text, calendar));
    }
    // The person's own files, under the names they had, as their content
    // says they are.
    for (file, bytes) in files {
        let kind = ContentType::parse(&file.media_type).map_err(|e| e.to_string())?;
        parts = parts.singlepart(Attachment::new(file.name).body(bytes, kind));
    }
    let mut message = Message::builder()
        .from(email.from.clone())
        .subject(team.subject)
        .message_id(Some(format!(
            "<{submission_id}.team@{}>",
            email.from.email.domain()
        )));
    for to in &email.team {
        message = message.to(to.clone());
    }
    message.multipart(parts).map_err(|error| error.to_string())
}

/// The acknowledgement as a message to `to`: plain text and HTML, replies
/// going to the council's own address (`reply_to`) where it has one. Its
/// Message-ID is made from the submission's id, as the team email's is.
pub fn acknowledgement_message(
    email: &Email,
    submission_id: &str,
    to: Mailbox,
    reply_to: Option<Mailbox>,
    acknowledgement: redress::acknowledgement::Acknowledgement,
) -> Result<Message, String> {
    let mut message = Message::builder()
        .from(email.from.clone())
        .to(to)
        .subject(acknowledgement.subject)
        .message_id(Some(format!(
            "<{submission_id}.acknowledgement@{}>",
            email.from.email.domain()
        )));
    if let Some(reply_to) = reply_to {
        message = message.reply_to(reply_to);
    }
    message
        .multipart(MultiPart::alternative_plain_html(
            acknowledgement.text,
            acknowledgement.html,
        ))
        .map_err(|error| error.to_string())
}

/// Sends `message` through `smtp`, allowed `timeout`.
pub fn send(smtp: &Smtp, message: &Message, timeout: Duration) -> Sent {
    let transport = match smtp.transport(timeout) {
        Ok(transport) => transport,
        Err(error) => return Sent::Later(format!("{}: {error}", smtp.shown())),
    };
    match transport.send(message) {
        Ok(_) => Sent::Taken,
        Err(error) if error.is_permanent() => {
            Sent::Refused(format!("refused by {}: {error}", smtp.shown()))
        }
        Err(error) => Sent::Later(format!("not taken by {}: {error}", smtp.shown())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tests' certificate authority (tests/e2e/fixtures/tls).
    fn test_authority() -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/e2e/fixtures/tls/ca.pem");
        std::fs::read(path).unwrap()
    }

    #[test]
    fn a_councils_own_authority_is_trusted_on_encrypted_connections_only() {
        const NAME: &str = "REDRESS_SMTP_CA_FILE";
        let server = |url: &str| Smtp::parse(url, "REDRESS_SMTP_URL").unwrap();
        for url in [
            "smtps://relay:s3cret@smtp.example.gov.uk",
            "smtp://relay:s3cret@smtp.example.gov.uk:587?tls=required",
        ] {
            let trusting = server(url).trusting(&test_authority(), NAME).unwrap();
            assert!(trusting.tls().unwrap().is_some(), "{url}");
            assert!(server(url).tls().unwrap().is_none(), "{url}");
            assert!(trusting.transport(Duration::from_secs(1)).is_ok());
        }
        let plain = server("smtp://127.0.0.1:2525")
            .trusting(&test_authority(), NAME)
            .unwrap_err();
        assert!(plain.starts_with(NAME) && plain.contains("not"), "{plain}");
        let tls = || server("smtps://relay:s3cret@smtp.example.gov.uk");
        let none = tls().trusting(b"not a certificate", NAME).unwrap_err();
        assert!(
            none.starts_with("REDRESS_SMTP_CA_FILE holds no certificate"),
            "{none}"
        );
        let broken = tls()
            .trusting(
                b"-----BEGIN CERTIFICATE-----\n%%%\n-----END CERTIFICATE-----\n",
                NAME,
            )
            .unwrap_err();
        assert!(
            broken.starts_with("REDRESS_SMTP_CA_FILE cannot be used"),
            "{broken}"
        );
        assert!(!broken.contains("s3cret") && !none.contains("s3cret"));
    }

    #[test]
    fn servers_are_reached_encrypted_unless_on_this_machine() {
        let read =
            |url: &str| Smtp::parse(url, "REDRESS_SMTP_URL").map(|smtp| smtp.shown().to_owned());
        assert_eq!(
            read("smtps://relay:s3cret@smtp.example.gov.uk").unwrap(),
            "smtps://smtp.example.gov.uk:465 (TLS)"
        );
        assert_eq!(
            read("smtp://relay:s3cret@smtp.example.gov.uk:587?tls=required").unwrap(),
            "smtp://smtp.example.gov.uk:587 (STARTTLS)"
        );
        assert_eq!(
            read("smtp://127.0.0.1:2525").unwrap(),
            "smtp://127.0.0.1:2525 (unencrypted, on this machine)"
        );
        for refused in [
            "smtp://relay:s3cret@smtp.example.gov.uk",
            "smtp://relay:s3cret@smtp.example.gov.uk:587?tls=opportunistic",
            "smtp://relay:s3cret@127.0.0.1.example.com",
            "http://relay:s3cret@smtp.example.gov.uk",
            "smtps://relay:s3cret@",
            "relay:s3cret smtp.example.gov.uk",
        ] {
            let error = read(refused).unwrap_err();
            assert!(!error.contains("s3cret"), "{error}");
            assert!(error.starts_with("REDRESS_SMTP_URL"), "{error}");
        }
    }

    #[test]
    fn the_password_is_never_shown() {
        let smtp = Smtp::parse("smtps://relay:s3cret@smtp.example.gov.uk", "S").unwrap();
        assert_eq!(
            format!("{smtp:?}"),
            "Smtp(smtps://smtp.example.gov.uk:465 (TLS))"
        );
        assert!(!smtp.shown().contains("relay"));
    }

    #[test]
    fn addresses_are_read_as_a_list() {
        let team = mailboxes(
            "complaints@example.gov.uk, Adult Care <asc@example.gov.uk>",
            "T",
        )
        .unwrap();
        assert_eq!(team.len(), 2);
        assert_eq!(team[1].email.to_string(), "asc@example.gov.uk");
        assert!(mailboxes(" , ", "T").unwrap_err().contains("no address"));
        assert!(mailboxes("complaints", "T")
            .unwrap_err()
            .contains("\"complaints\""));
    }
}
