//! What the receiver's tests share: a valid submission, and starting the
//! receiver as a process. Each test file uses some of it.
#![allow(dead_code)]

use redress_core::journey::{Answers, ContactKind, ProcedureRole, Rules};
use redress_core::procedure::built_in_procedure;
use redress_core::submission::{build, reference, uuid_v4, Envelope};

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// A running receiver: the process, its port and the reader of its output
/// (kept open: a closed pipe would fail its next line).
pub struct Running {
    pub child: Child,
    pub port: u16,
    pub stdout: BufReader<std::process::ChildStdout>,
}

/// A folder of its own for the test `name`, with a minimal bundle in
/// `dist`; remove it at the end.
pub fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("redress-{name}-{}", std::process::id()));
    let dist = dir.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>x</title>").unwrap();
    dir
}

/// Starts a receiver on a free port serving `dir`'s bundle and keeping its
/// data there, with `args` and the environment `env` added.
pub fn start_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Running {
    let mut child = Command::new(env!("CARGO_BIN_EXE_redress-receiver"))
        .args(["--port", "0", "--dist"])
        .arg(dir.join("dist"))
        .arg("--data")
        .arg(dir.join("data"))
        .args(args)
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let port = first
        .trim()
        .trim_end_matches('/')
        .rsplit(':')
        .next()
        .and_then(|port| port.parse().ok())
        .unwrap_or_else(|| panic!("no port in {first:?}"));
    Running {
        child,
        port,
        stdout,
    }
}

/// A valid submission as the wizard sends it: a comment with `text`, in
/// `language`, its id and reference made from `seed`.
pub fn payload(seed: u8, text: &str, language: &str) -> serde_json::Value {
    let answers = Answers {
        kind: Some(ContactKind::Comment),
        service: Some("Libraries".into()),
        message: Some(text.into()),
        ..Answers::default()
    };
    let submission = build(
        &answers,
        &Rules::new("2026-11-20".parse().unwrap()),
        Envelope {
            id: uuid_v4([seed; 16]),
            reference: reference([seed; 5]),
            submitted_at: "2026-11-20T10:00:00.000Z".into(),
            sent_at: "2026-11-20T10:00".parse().unwrap(),
            language: language.into(),
        },
        Vec::new(),
        |_: ProcedureRole| built_in_procedure("general-barnsley").unwrap(),
        None,
    )
    .unwrap();
    serde_json::to_value(submission).unwrap()
}
