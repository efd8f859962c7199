//! The receiver as a process: how it stops.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Service managers and container runtimes stop a service with SIGTERM: the
/// receiver finishes what is under way and exits cleanly, not killed.
#[cfg(unix)]
#[test]
fn sigterm_stops_it_gracefully() {
    let dir = std::env::temp_dir().join(format!("redress-sigterm-{}", std::process::id()));
    let dist = dir.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>x</title>").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_redress-receiver"))
        .args(["--port", "0", "--dist"])
        .arg(&dist)
        .arg("--data")
        .arg(dir.join("data"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Kept open to the end: a closed pipe would fail the receiver's next line.
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.starts_with("Redress is running at"), "{first}");
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
