//! How the receiver is started: command-line options, and the environment
//! for what must not appear in a process listing (the staff token).

use std::path::PathBuf;

use crate::acknowledge::Sources;
use crate::mail::{self, Email, Smtp};
use crate::outbox::{Deliveries, Webhook};
use crate::webhook::Secret;

/// Everything the receiver is told when it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The built wizard to serve.
    pub dist: PathBuf,
    /// The council's configuration, served as `/config.json`; `None`:
    /// `config.json` in `dist`.
    pub config: Option<PathBuf>,
    /// Print the Content-Security-Policy for the configuration and stop
    /// (for a council serving the bundle from its own web server).
    pub print_policy: bool,
    /// More folders to serve, each under its own path prefix.
    pub mounts: Vec<(String, PathBuf)>,
    /// Where the database lives.
    pub data: PathBuf,
    /// The address to listen on.
    pub host: String,
    /// The port; 0 picks a free one (printed when listening).
    pub port: u16,
    /// The largest request body accepted, in bytes.
    pub max_body: usize,
    /// The most bytes of submissions kept; past it, new ones get a 503.
    pub max_stored: u64,
    /// The token staff send to list submissions; none switches listing off.
    pub staff_token: Option<String>,
    /// Origins (scheme, host, port) allowed to send submissions from other
    /// sites; none means same-origin only.
    pub allowed_origins: Vec<String>,
    /// Submissions accepted from one client address per minute; 0: no limit.
    pub rate_limit: u32,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,

    /// How long a client may take to send a request's headers.
    pub header_timeout: std::time::Duration,
    /// Where each submission is sent on to (from the environment).
    pub deliveries: Deliveries,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            dist: "dist".into(),
            config: None,
            print_policy: false,
            mounts: Vec::new(),
            data: "data".into(),
            host: "127.0.0.1".into(),
            port: 8080,
            max_body: 1024 * 1024,
            max_stored: 1024 * 1024 * 1024,
            staff_token: None,
            allowed_origins: Vec::new(),
            rate_limit: 30,
            trusted_proxies: Vec::new(),

            header_timeout: std::time::Duration::from_secs(30),
            deliveries: Deliveries::default(),
        }
    }
}

/// Where submissions are sent on to, from the environment: nothing unless
/// a webhook is named.
fn deliveries(env: &impl Fn(&str) -> Option<String>) -> Result<Deliveries, String> {
    let set = |name: &str| env(name).filter(|value| !value.trim().is_empty());
    let mut deliveries = Deliveries::default();
    if let Some(text) = set("REDRESS_DELIVERY_ATTEMPTS") {
        deliveries.attempts = text
            .trim()
            .parse()
            .ok()
            .filter(|n| (1..=1000).contains(n))
            .ok_or_else(|| {
                format!("REDRESS_DELIVERY_ATTEMPTS: {text:?} is not a number from 1 to 1000")
            })?;
    }
    if let Some(text) = set("REDRESS_DELIVERY_BACKOFF") {
        let seconds: u64 = text
            .trim()
            .parse()
            .ok()
            .filter(|n| (1..=3600).contains(n))
            .ok_or_else(|| {
                format!(
                    "REDRESS_DELIVERY_BACKOFF: {text:?} is not a number of seconds from 1 to 3600"
                )
            })?;
        deliveries.backoff = std::time::Duration::from_secs(seconds);
    }
    match (set("REDRESS_WEBHOOK_URL"), set("REDRESS_WEBHOOK_SECRET")) {
        (None, None) => {}
        (Some(_), None) => {
            return Err("REDRESS_WEBHOOK_URL is set without REDRESS_WEBHOOK_SECRET: make one with \
                        echo whsec_$(openssl rand -base64 32), and give the council's system the same"
                .into())
        }
        (None, Some(_)) => {
            return Err("REDRESS_WEBHOOK_SECRET is set without REDRESS_WEBHOOK_URL".into())
        }
        (Some(url), Some(secret)) => {
            let url = url.trim().to_owned();
            if !private_enough(&url) {
                return Err(format!(
                    "REDRESS_WEBHOOK_URL: {url:?} must be an https:// address (http:// only to this \
                     machine: localhost, 127.0.0.1 or [::1]), so complaints never cross a network unencrypted"
                ));
            }
            deliveries.webhook = Some(Webhook {
                url,
                secret: Secret::parse(&secret, "REDRESS_WEBHOOK_SECRET")?,
            });
        }
    }
    deliveries.email = team_email(&set)?;
    Ok(deliveries)
}

/// Email from the environment: the server and the sender, with the team's
/// address, the acknowledgement turned on, or both.
fn team_email(set: &impl Fn(&str) -> Option<String>) -> Result<Option<Email>, String> {
    let acknowledge = match set("REDRESS_ACKNOWLEDGE").as_deref().map(str::trim) {
        None | Some("off") => false,
        Some("on") => true,
        Some(other) => {
            return Err(format!(
                "REDRESS_ACKNOWLEDGE: {other:?} is neither on nor off"
            ))
        }
    };
    let team = set("REDRESS_TEAM_EMAIL");
    let (smtp, from) = (set("REDRESS_SMTP_URL"), set("REDRESS_EMAIL_FROM"));
    if team.is_none() && !acknowledge {
        return match (smtp, from) {
            (None, None) => Ok(None),
            _ => Err("REDRESS_SMTP_URL and REDRESS_EMAIL_FROM send email only with REDRESS_TEAM_EMAIL \
                      (the complaints team's address) or REDRESS_ACKNOWLEDGE=on (an acknowledgement to \
                      each person who gave an email address): set one, or both"
                .into()),
        };
    }
    let missing: Vec<&str> = [("REDRESS_SMTP_URL", &smtp), ("REDRESS_EMAIL_FROM", &from)]
        .into_iter()
        .filter(|(_, value)| value.is_none())
        .map(|(name, _)| name)
        .collect();
    let (Some(smtp), Some(from)) = (smtp, from) else {
        return Err(format!(
            "email needs REDRESS_SMTP_URL (the mail server) and REDRESS_EMAIL_FROM (who it is from); {} not set",
            missing.join(" and ")
        ));
    };
    let mut smtp = Smtp::parse(&smtp, "REDRESS_SMTP_URL")?;
    if let Some(path) = set("REDRESS_SMTP_CA_FILE") {
        let pem = std::fs::read(&path)
            .map_err(|error| format!("REDRESS_SMTP_CA_FILE: {path}: {error}"))?;
        smtp = smtp.trusting(&pem, "REDRESS_SMTP_CA_FILE")?;
    }
    Ok(Some(Email {
        smtp,
        from: mail::mailbox(&from, "REDRESS_EMAIL_FROM")?,
        team: match team {
            Some(team) => mail::mailboxes(&team, "REDRESS_TEAM_EMAIL")?,
            None => Vec::new(),
        },
        acknowledge,
    }))
}

/// Whether `url` is https, or http to this machine only; read by the
/// same URI parser the webhook is sent with.
fn private_enough(url: &str) -> bool {
    let Ok(uri) = url.parse::<axum::http::Uri>() else {
        return false;
    };
    match (uri.scheme_str(), uri.host()) {
        (Some("https"), Some(host)) => !host.is_empty(),
        (Some("http"), Some(host)) => matches!(
            host.to_ascii_lowercase().as_str(),
            "localhost" | "127.0.0.1" | "[::1]"
        ),
        _ => false,
    }
}

/// The usage text, printed for `--help` and after a bad argument.
pub const USAGE: &str = "\
usage: redress-receiver [--dist DIR] [--config FILE] [--mount /PREFIX/=DIR]...
                        [--data DIR] [--print-policy]
                        [--host ADDRESS] [--port PORT] [--max-body BYTES]
                        [--max-stored BYTES] [--rate-limit N]
                        [--trusted-proxy ADDRESS]... [--header-timeout SECONDS]
       redress-receiver dates [--config FILE] COMMAND ...
                        the dates for a complaint, as redress-dates gives them
                        (redress-receiver dates --help lists the commands)
       redress-receiver prerender [--dist DIR] [--config FILE]
                        write the start pages in each language, and the page
                        of other ways to complain, into DIR from FILE: run
                        it after editing config.json when the bundle is
                        served by a web server of the council's own

  --dist DIR        the built wizard to serve (default: dist)
  --config FILE     the council's configuration, served as /config.json and
                    read again whenever it changes: edits need no restart
                    (default: DIST/config.json)
  --print-policy    print the Content-Security-Policy header for --config and
                    REDRESS_ALLOWED_ORIGINS, then stop: for a web server of
                    your own to send with the wizard's files
  --mount P=DIR     also serve DIR under the path prefix P (repeatable)
  --data DIR        where submissions.sqlite3 is kept (default: data)
  --host ADDRESS    the address to listen on (default: 127.0.0.1)
  --port PORT       the port; 0 picks a free one (default: $PORT or 8080)
  --max-body BYTES  the largest submission accepted (default: 1048576)
  --max-stored BYTES  the most bytes of submissions kept; past it, new ones
                    are refused with 503 (default: 1073741824, 1 GiB)
  --rate-limit N    submissions per minute from one address (an IPv6 /64 counts
                    as one); 0 for none (default: 30)
  --trusted-proxy ADDRESS
                    a reverse proxy in front of the receiver (repeatable): from
                    it, the client is read from X-Forwarded-For
  --header-timeout SECONDS
                    how long a client may take to send a request's headers
                    before the connection is closed (default: 30)

       redress-receiver deliveries [--data DIR] [--retry]
                        list the deliveries that failed for good; --retry
                        makes them pending again (a running receiver sends
                        them within 30 seconds)

environment:
  REDRESS_STAFF_TOKEN      the token for GET /api/submissions (unset: listing off)
  REDRESS_ALLOWED_ORIGINS  comma-separated origins allowed to POST cross-origin
  REDRESS_WEBHOOK_URL      POST each submission to this https:// address (http://
                           only to this machine), signed per Standard Webhooks
  REDRESS_WEBHOOK_SECRET   its signing secret: whsec_ and base64 of 24-64 bytes
  REDRESS_SMTP_URL         the mail server for email to the team:
                           smtps://USER:PASSWORD@HOST (TLS) or
                           smtp://USER:PASSWORD@HOST:587?tls=required (STARTTLS)
  REDRESS_SMTP_CA_FILE     a PEM file of the certificate authority that signed
                           the mail server's certificate, trusted besides the
                           built-in roots (a relay with the council's own)
  REDRESS_EMAIL_FROM       who the emails are from (Name <address>)
  REDRESS_TEAM_EMAIL       the complaints team's address(es), comma-separated
  REDRESS_ACKNOWLEDGE      on: email each person who gave an address an
                           acknowledgement in their language (default off)
  REDRESS_DELIVERY_ATTEMPTS  attempts before a delivery is failed (default 30,
                           about a day with the waits doubling to an hour)
  REDRESS_DELIVERY_BACKOFF   seconds to wait after the first failure (default 10)";

impl Options {
    /// Reads `args` (without the program name) and the environment through
    /// `env`. A bad argument gives a one-line message naming it.
    pub fn parse(
        args: impl IntoIterator<Item = String>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Options, String> {
        let mut options = Options::default();
        if let Some(port) = env("PORT").filter(|p| !p.is_empty()) {
            options.port = parse_port("PORT", &port)?;
        }
        options.staff_token = env("REDRESS_STAFF_TOKEN").filter(|t| !t.is_empty());
        if let Some(token) = &options.staff_token {
            if token.len() < 16 {
                return Err("REDRESS_STAFF_TOKEN must be at least 16 characters long".into());
            }
        }
        options.allowed_origins = env("REDRESS_ALLOWED_ORIGINS")
            .unwrap_or_default()
            .split(',')
            .map(|origin| origin.trim().trim_end_matches('/').to_owned())
            .filter(|origin| !origin.is_empty())
            .collect();
        for origin in &options.allowed_origins {
            if !(origin.starts_with("https://") || origin.starts_with("http://"))
                || origin[origin.find("//").unwrap_or(0) + 2..].contains('/')
            {
                return Err(format!(
                    "REDRESS_ALLOWED_ORIGINS: {origin:?} is not an origin such as https://www.example.gov.uk"
                ));
            }
        }
        options.deliveries = deliveries(&env)?;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
            match arg.as_str() {
                "--dist" => options.dist = value("--dist")?.into(),
                "--data" => options.data = value("--data")?.into(),
                "--config" => options.config = Some(value("--config")?.into()),
                "--print-policy" => options.print_policy = true,
                "--host" => options.host = value("--host")?,
                "--port" => options.port = parse_port("--port", &value("--port")?)?,
                "--max-body" => {
                    let text = value("--max-body")?;
                    options.max_body =
                        text.parse().ok().filter(|n| *n >= 1024).ok_or_else(|| {
                            format!("--max-body: {text:?} is not a number of bytes, at least 1024")
                        })?;
                }
                "--max-stored" => {
                    let text = value("--max-stored")?;
                    options.max_stored = text
                        .parse()
                        .map_err(|_| format!("--max-stored: {text:?} is not a number of bytes"))?;
                }
                "--header-timeout" => {
                    let text = value("--header-timeout")?;
                    let seconds: u64 = text.parse().ok().filter(|s| (1..=3600).contains(s)).ok_or_else(|| {
                        format!("--header-timeout: {text:?} is not a number of seconds from 1 to 3600")
                    })?;
                    options.header_timeout = std::time::Duration::from_secs(seconds);
                }
                "--trusted-proxy" => {
                    let text = value("--trusted-proxy")?;
                    let address = text.parse().map_err(|_| {
                        format!("--trusted-proxy: {text:?} is not an IP address, such as 127.0.0.1 or ::1")
                    })?;
                    options.trusted_proxies.push(address);
                }
                "--rate-limit" => {
                    let text = value("--rate-limit")?;
                    options.rate_limit = text.parse().map_err(|_| {
                        format!("--rate-limit: {text:?} is not a number of submissions per minute")
                    })?;
                }
                "--mount" => {
                    let text = value("--mount")?;
                    let (prefix, dir) = text
                        .split_once('=')
                        .filter(|(p, d)| p.starts_with('/') && p.len() > 1 && !d.is_empty())
                        .ok_or_else(|| {
                            format!("--mount: {text:?} is not PREFIX=DIR with PREFIX starting with /, such as /examples/=examples")
                        })?;
                    options.mounts.push((prefix.to_owned(), dir.into()));
                }
                other => return Err(format!("unknown argument {other:?}; see --help")),
            }
        }
        // The acknowledgement is written from the files the wizard is served.
        options.deliveries.sources = Sources {
            config: options.config_path(),
            locales: options.dist.join("locales"),
        };
        Ok(options)
    }

    /// The data folder named by `--data` in `args`, for the `deliveries`
    /// command (which takes nothing else).
    pub fn data_only(args: impl IntoIterator<Item = String>) -> Result<(PathBuf, bool), String> {
        let mut data = Options::default().data;
        let mut retry = false;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--data" => data = args.next().ok_or("--data needs a value")?.into(),
                "--retry" => retry = true,
                other => return Err(format!("unknown argument {other:?}; see --help")),
            }
        }
        Ok((data, retry))
    }

    /// The configuration file served as `/config.json`.
    pub fn config_path(&self) -> PathBuf {
        self.config
            .clone()
            .unwrap_or_else(|| self.dist.join("config.json"))
    }

    /// The database file.
    pub fn database(&self) -> PathBuf {
        self.data.join("submissions.sqlite3")
    }
}

fn parse_port(name: &str, text: &str) -> Result<u16, String> {
    text.parse()
        .map_err(|_| format!("{name}: {text:?} is not a port number (0 to 65535)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], env: &[(&str, &str)]) -> Result<Options, String> {
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Options::parse(args.iter().map(|s| s.to_string()), |name| {
            env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn defaults_serve_dist_on_8080() {
        let options = parse(&[], &[]).unwrap();
        assert_eq!(options, Options::default());
        assert_eq!(options.config_path(), PathBuf::from("dist/config.json"));
        assert_eq!(
            options.database(),
            PathBuf::from("data/submissions.sqlite3")
        );
    }

    #[test]
    fn arguments_and_environment_are_read() {
        let options = parse(
            &[
                "--port",
                "0",
                "--mount",
                "/examples/=examples",
                "--data",
                "/tmp/x",
                "--config",
                "/srv/council.json",
                "--print-policy",
                "--max-stored",
                "5000000",
                "--trusted-proxy",
                "127.0.0.1",
                "--trusted-proxy",
                "::1",
            ],
            &[
                ("PORT", "9000"),
                ("REDRESS_STAFF_TOKEN", "0123456789abcdef"),
                (
                    "REDRESS_ALLOWED_ORIGINS",
                    "https://www.example.gov.uk/, http://localhost:3000",
                ),
            ],
        )
        .unwrap();
        assert_eq!(options.port, 0);
        assert_eq!(options.config_path(), PathBuf::from("/srv/council.json"));
        assert!(options.print_policy);
        assert_eq!(options.max_stored, 5_000_000);
        assert_eq!(
            options.trusted_proxies,
            [
                "127.0.0.1".parse::<std::net::IpAddr>().unwrap(),
                "::1".parse().unwrap()
            ]
        );
        assert_eq!(
            options.mounts,
            vec![("/examples/".into(), "examples".into())]
        );
        assert_eq!(options.staff_token.as_deref(), Some("0123456789abcdef"));
        assert_eq!(
            options.allowed_origins,
            vec!["https://www.example.gov.uk", "http://localhost:3000"]
        );
    }

    #[test]
    fn bad_arguments_are_named() {
        for (name, value) in [
            ("--port", "http"),
            ("--mount", "examples"),
            ("--trusted-proxy", "proxy.local"),
            ("--header-timeout", "0"),
        ] {
            let error = parse(&[name, value], &[]).unwrap_err();
            assert!(error.starts_with(&format!("{name}:")), "{error}");
        }
        assert_eq!(
            parse(&["--header-timeout", "5"], &[])
                .unwrap()
                .header_timeout,
            std::time::Duration::from_secs(5)
        );
        assert!(parse(&["--frobnicate"], &[])
            .unwrap_err()
            .contains("--frobnicate"));
        assert!(parse(&["--data"], &[])
            .unwrap_err()
            .contains("needs a value"));
        assert!(parse(&[], &[("REDRESS_STAFF_TOKEN", "short")])
            .unwrap_err()
            .contains("16"));
        assert!(parse(&[], &[("REDRESS_ALLOWED_ORIGINS", "example.org")])
            .unwrap_err()
            .starts_with("REDRESS_ALLOWED_ORIGINS"));
    }

    #[test]
    fn a_webhook_is_read_from_the_environment_and_checked() {
        const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        let with = |url: &str| {
            parse(
                &[],
                &[
                    ("REDRESS_WEBHOOK_URL", url),
                    ("REDRESS_WEBHOOK_SECRET", SECRET),
                ],
            )
        };
        let options = with("https://cases.example.gov.uk/hooks/redress").unwrap();
        let webhook = options.deliveries.webhook.unwrap();
        assert_eq!(webhook.url, "https://cases.example.gov.uk/hooks/redress");
        for url in [
            "http://127.0.0.1:9000/hook",
            "http://localhost/x",
            "http://[::1]:80/",
        ] {
            assert!(with(url).is_ok(), "{url}");
        }
        for url in [
            "http://cases.example.gov.uk/hook",
            "http://localhost.example.org/hook",
            "http://127.0.0.1@evil.example/hook",
            "ftp://127.0.0.1/",
            "https://",
        ] {
            let error = with(url).unwrap_err();
            assert!(error.starts_with("REDRESS_WEBHOOK_URL"), "{url}: {error}");
        }
        let alone = parse(&[], &[("REDRESS_WEBHOOK_URL", "https://x.example/h")]).unwrap_err();
        assert!(alone.contains("without REDRESS_WEBHOOK_SECRET"), "{alone}");
        let secret_alone = parse(&[], &[("REDRESS_WEBHOOK_SECRET", SECRET)]).unwrap_err();
        assert!(secret_alone.contains("without REDRESS_WEBHOOK_URL"));
        let bad = parse(
            &[],
            &[
                ("REDRESS_WEBHOOK_URL", "https://x.example/h"),
                ("REDRESS_WEBHOOK_SECRET", "whsec_abc"),
            ],
        )
        .unwrap_err();
        assert!(
            bad.starts_with("REDRESS_WEBHOOK_SECRET") && !bad.contains("abc"),
            "{bad}"
        );
        let tuned = parse(
            &[],
            &[
                ("REDRESS_DELIVERY_ATTEMPTS", "5"),
                ("REDRESS_DELIVERY_BACKOFF", "1"),
            ],
        )
        .unwrap();
        assert_eq!(tuned.deliveries.attempts, 5);
        assert_eq!(tuned.deliveries.backoff, std::time::Duration::from_secs(1));
        assert!(parse(&[], &[("REDRESS_DELIVERY_ATTEMPTS", "0")])
            .unwrap_err()
            .starts_with("REDRESS_DELIVERY_ATTEMPTS"));
    }

    #[test]
    fn email_needs_a_server_a_sender_and_someone_to_send_to() {
        const ALL: [(&str, &str); 3] = [
            (
                "REDRESS_SMTP_URL",
                "smtps://relay:s3cret@smtp.example.gov.uk",
            ),
            ("REDRESS_EMAIL_FROM", "Complaints <no-reply@example.gov.uk>"),
            ("REDRESS_TEAM_EMAIL", "complaints@example.gov.uk"),
        ];
        let options = parse(&[], &ALL).unwrap();
        let email = options.deliveries.email.unwrap();
        assert_eq!(email.smtp.shown(), "smtps://smtp.example.gov.uk:465 (TLS)");
        assert_eq!(email.from.email.to_string(), "no-reply@example.gov.uk");
        assert_eq!(email.team.len(), 1);
        assert!(options.deliveries.webhook.is_none());
        for (left_out, (name, _)) in ALL.iter().enumerate() {
            let some: Vec<(&str, &str)> = ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != left_out)
                .map(|(_, setting)| *setting)
                .collect();
            let error = parse(&[], &some).unwrap_err();
            if *name == "REDRESS_TEAM_EMAIL" {
                assert!(error.contains("or REDRESS_ACKNOWLEDGE=on"), "{error}");
            } else {
                assert!(error.ends_with(&format!("{name} not set")), "{error}");
            }
            assert!(!error.contains("s3cret"), "{error}");
        }
        // The acknowledgement alone, written from the files served.
        let mut alone: Vec<(&str, &str)> = ALL[..2].to_vec();
        alone.push(("REDRESS_ACKNOWLEDGE", "on"));
        let options = parse(
            &["--dist", "/srv/redress", "--config", "/etc/redress.json"],
            &alone,
        )
        .unwrap();
        let email = options.deliveries.email.as_ref().unwrap();
        assert!(email.acknowledge && email.team.is_empty());
        assert_eq!(options.deliveries.targets(), ["acknowledgement"]);
        assert_eq!(
            options.deliveries.sources.config,
            std::path::Path::new("/etc/redress.json")
        );
        assert_eq!(
            options.deliveries.sources.locales,
            std::path::Path::new("/srv/redress/locales")
        );
        alone[2].1 = "yes";
        assert!(parse(&[], &alone)
            .unwrap_err()
            .starts_with("REDRESS_ACKNOWLEDGE"));
        assert!(parse(&[], &[("REDRESS_ACKNOWLEDGE", "on")])
            .unwrap_err()
            .contains("not set"));
        let mut plain = ALL;
        plain[0].1 = "smtp://relay:s3cret@smtp.example.gov.uk";
        let error = parse(&[], &plain).unwrap_err();
        assert!(
            error.starts_with("REDRESS_SMTP_URL") && !error.contains("s3cret"),
            "{error}"
        );
        // The council's own certificate authority, read from its file.
        let authority = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/e2e/fixtures/tls/ca.pem"
        );
        let mut trusting = ALL.to_vec();
        trusting.push(("REDRESS_SMTP_CA_FILE", authority));
        assert!(parse(&[], &trusting).is_ok());
        trusting[3].1 = "/nowhere/ca.pem";
        let error = parse(&[], &trusting).unwrap_err();
        assert!(
            error.starts_with("REDRESS_SMTP_CA_FILE: /nowhere/ca.pem:"),
            "{error}"
        );
        let mut bad_from = ALL;
        bad_from[1].1 = "complaints team";
        assert!(parse(&[], &bad_from)
            .unwrap_err()
            .starts_with("REDRESS_EMAIL_FROM"));
    }
}
