//! The receiver as a process: how it serves a connection, and how it stops.

use std::io::{BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

mod common;

/// A receiver on a free port of its own, with `args`: the process, its
/// port, the reader of its output (kept open: a closed pipe would fail its
/// next line) and its folder, to remove at the end.
fn start(name: &str, args: &[&str]) -> (Child, u16, BufReader<std::process::ChildStdout>, PathBuf) {
    let dir = common::folder(name);
    let running = common::start_in(&dir, args, &[]);
    (running.child, running.port, running.stdout, dir)
}

/// A client that sends half a request and then nothing is cut off once
/// the header time limit passes, while a whole request is answered.
#[test]
fn a_client_that_never_finishes_its_headers_is_cut_off() {
    let (mut child, port, _stdout, dir) = start("headers", &["--header-timeout", "1"]);
    let mut whole = TcpStream::connect(("127.0.0.1", port)).unwrap();
    whole
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut answer = String::new();
    whole.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");

    let mut slow = TcpStream::connect(("127.0.0.1", port)).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
    let started = Instant::now();
    let mut rest = Vec::new();
    let read = slow.read_to_end(&mut rest);
    let waited = started.elapsed();
    child.kill().unwrap();
    child.wait().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        read.is_ok(),
        "the connection was still open after {waited:?}: {read:?}"
    );
    assert!(
        waited < Duration::from_secs(5),
        "cut off only after {waited:?}"
    );
}

/// Service managers and container runtimes stop a service with SIGTERM: the
/// receiver finishes what is under way and exits cleanly, not killed.
#[cfg(unix)]
#[test]
fn sigterm_stops_it_gracefully() {
    let (mut child, _, mut stdout, dir) = start("sigterm", &[]);
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(10) {
            child.kill().unwrap();
            panic!("the receiver did not stop within 10 s of SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let mut said = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut said)
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(status.success(), "{status}: {said}");
    assert!(said.contains("stopping"), "{said}");
}

/// A council serving the bundle from its own web server asks for the policy
/// to send after changing `submission.endpoint`: one command.
#[test]
fn the_policy_for_a_configuration_is_printed() {
    let dir = std::env::temp_dir().join(format!("redress-policy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.json");
    std::fs::write(
        &config,
        r#"{"submission": {"endpoint": "https://crm.example.gov.uk/api/complaints"}}"#,
    )
    .unwrap();
    let printed = Command::new(env!("CARGO_BIN_EXE_redress-receiver"))
        .args(["--print-policy", "--config"])
        .arg(&config)
        .env("REDRESS_ALLOWED_ORIGINS", "https://www.example.gov.uk")
        .output()
        .unwrap();
    let missing = Command::new(env!("CARGO_BIN_EXE_redress-receiver"))
        .args(["--print-policy", "--config"])
        .arg(dir.join("none.json"))
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(printed.status.success());
    let policy = String::from_utf8(printed.stdout).unwrap();
    assert_eq!(policy.lines().count(), 1, "{policy}");
    assert!(
        policy.contains("connect-src 'self' https://crm.example.gov.uk;"),
        "{policy}"
    );
    assert!(
        policy.contains("frame-ancestors 'self' https://www.example.gov.uk;"),
        "{policy}"
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("none.json"));
}

/// Staff with the council's server get the wizard's dates for the council's
/// own setup without a Rust toolchain: `redress-receiver dates` is
/// `redress-dates`.
#[test]
fn the_receiver_gives_the_councils_dates_as_redress_dates_does() {
    let config = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/config-barnsley.json"
    );
    let args = [
        "--config",
        config,
        "timeline",
        "--procedure",
        "adults",
        "--received",
        "2026-11-20T10:00",
        "--handling",
        "resolution-early",
    ];
    let output = Command::new(env!("CARGO_BIN_EXE_redress-receiver"))
        .arg("dates")
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    let expected = redress_core::cli::run(&args, redress_core::cli::today_in_uk()).unwrap();
    let printed = String::from_utf8(output.stdout).unwrap();
    assert_eq!(printed, expected);
    assert!(printed.contains("[general-barnsley]"), "{printed}");
    let wrong = Command::new(env!("CARGO_BIN_EXE_redress-receiver"))
        .args([
            "dates",
            "--config",
            config,
            "timeline",
            "--procedure",
            "none-such",
        ])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(2));
    let error = String::from_utf8(wrong.stderr).unwrap();
    assert!(error.starts_with("error: "), "{error}");
    assert!(error.contains("none-such"), "{error}");
}
