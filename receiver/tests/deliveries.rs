//! Deliveries to a webhook with the receiver as a process, against a real
//! target on a loopback port: one that fails and then answers, and a
//! receiver killed while a delivery is under way.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use redress_core::submission::{reference, uuid_v4};
use sha2::Sha256;

mod common;

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const TOKEN: &str = "a-staff-token-for-tests";

/// How the target answers a request.
#[derive(Clone, Copy)]
enum Answer {
    Status(u16),
    /// Reads the request, then holds the connection without answering.
    Hang,
}

/// One request the target received.
#[derive(Clone, Debug)]
struct Received {
    headers: Vec<(String, String)>,
    body: String,
}

impl Received {
    fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// A webhook target on a free loopback port: answers its requests in
/// turn with `answers` (the last one repeated), recording each.
fn target(answers: Vec<Answer>) -> (u16, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&received);
    std::thread::spawn(move || {
        for (n, stream) in listener.incoming().enumerate() {
            let Ok(stream) = stream else { continue };
            let answer = answers[n.min(answers.len() - 1)];
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || serve(stream, answer, &seen));
        }
    });
    (port, received)
}

fn serve(stream: TcpStream, answer: Answer, seen: &Mutex<Vec<Received>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut headers = Vec::new();
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    loop {
        line.clear();
        if reader.read_line(&mut line).unwrap() == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.trim_end().split_once(':') {
            headers.push((name.to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    seen.lock().unwrap().push(Received {
        headers,
        body: String::from_utf8(body).unwrap(),
    });
    let mut stream = stream;
    match answer {
        Answer::Status(status) => {
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
        Answer::Hang => std::thread::sleep(Duration::from_secs(120)),
    }
}

/// A valid submission, as the wizard sends it.
fn payload(seed: u8) -> String {
    common::payload(seed, "The new opening hours are a help. Diolch!", "cy").to_string()
}

/// Sends an HTTP/1.1 request to the receiver; the whole answer.
fn request(port: u16, head: &str, body: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "{head}\r\nHost: 127.0.0.1\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

fn submit(port: u16, body: &str) -> String {
    request(
        port,
        "POST /api/submissions HTTP/1.1\r\nContent-Type: application/json",
        body,
    )
}

/// The staff listing's deliveries of the first submission.
fn listed_deliveries(port: u16) -> serde_json::Value {
    let answer = request(
        port,
        &format!("GET /api/submissions HTTP/1.1\r\nAuthorization: Bearer {TOKEN}"),
        "",
    );
    let body = answer.split_once("\r\n\r\n").unwrap().1;
    let listing: serde_json::Value = serde_json::from_str(body).unwrap();
    listing["submissions"][0]["deliveries"].clone()
}

/// Waits until `done` holds, for at most `seconds`.
fn wait_for(seconds: u64, mut done: impl FnMut() -> bool) -> bool {
    let until = Instant::now() + Duration::from_secs(seconds);
    while Instant::now() < until {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    done()
}

/// Checks a request's signature as the specification says, apart from
/// the receiver's code: the key is the secret's base64 after `whsec_`.
fn signed_properly(request: &Received) -> bool {
    let key = STANDARD
        .decode(SECRET.trim_start_matches("whsec_"))
        .unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
    let signed = format!(
        "{}.{}.{}",
        request.header("webhook-id"),
        request.header("webhook-timestamp"),
        request.body
    );
    mac.update(signed.as_bytes());
    let expected = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
    request
        .header("webhook-signature")
        .split(' ')
        .any(|signature| signature == expected)
}

fn webhook_env(port: u16) -> Vec<(&'static str, String)> {
    vec![
        (
            "REDRESS_WEBHOOK_URL",
            format!("http://127.0.0.1:{port}/hooks/redress"),
        ),
        ("REDRESS_WEBHOOK_SECRET", SECRET.to_owned()),
        ("REDRESS_DELIVERY_BACKOFF", "1".to_owned()),
        ("REDRESS_STAFF_TOKEN", TOKEN.to_owned()),
    ]
}

fn env_refs<'a>(env: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    env.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// A webhook answering 500 and then 200 gets the submission twice, with
/// the same id and a valid signature each time, exactly as stored; the
/// browser is answered before either; the listing shows it sent.
#[test]
fn a_failed_webhook_is_tried_again_with_the_same_id_until_it_answers() {
    let (target_port, received) = target(vec![Answer::Status(500), Answer::Status(200)]);
    let dir = common::folder("webhook-retry");
    let env = webhook_env(target_port);
    let mut receiver = common::start_in(&dir, &[], &env_refs(&env));
    let mut said = String::new();
    receiver.stdout.read_line(&mut said).unwrap();
    receiver.stdout.read_line(&mut said).unwrap();
    let body = payload(7);
    let answer = submit(receiver.port, &body);
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    let delivered = wait_for(20, || {
        listed_deliveries(receiver.port)[0]["state"] == "sent"
    });
    let deliveries = listed_deliveries(receiver.port);
    receiver.child.kill().unwrap();
    let _ = receiver.child.wait();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(said.contains("webhook at http://127.0.0.1"), "{said}");
    assert!(delivered, "not delivered: {deliveries}");
    assert_eq!(deliveries[0]["attempts"], 2);
    let received = received.lock().unwrap().clone();
    assert_eq!(received.len(), 2, "{received:?}");
    let id = format!("msg_{}", uuid_v4([7; 16]));
    for request in &received {
        assert_eq!(request.header("webhook-id"), id);
        assert_eq!(request.header("content-type"), "application/json");
        assert_eq!(request.body, body, "sent exactly as stored");
        assert!(signed_properly(request), "bad signature: {request:?}");
        let at: i64 = request.header("webhook-timestamp").parse().unwrap();
        assert!((at - chrono_now()).abs() < 120, "timestamp {at}");
    }
}

/// A receiver killed while the target holds a delivery unanswered still
/// owes it when started again, and sends it with the same id.
#[test]
fn a_receiver_killed_mid_delivery_sends_it_again_after_a_restart() {
    let (hanging_port, hung) = target(vec![Answer::Hang]);
    let dir = common::folder("webhook-kill");
    let env = webhook_env(hanging_port);
    let mut first = common::start_in(&dir, &[], &env_refs(&env));
    let answer = submit(first.port, &payload(9));
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    assert!(
        wait_for(20, || !hung.lock().unwrap().is_empty()),
        "never sent"
    );
    first.child.kill().unwrap();
    let _ = first.child.wait();

    let (port, received) = target(vec![Answer::Status(204)]);
    let env = webhook_env(port);
    let mut second = common::start_in(&dir, &[], &env_refs(&env));
    let sent = wait_for(20, || listed_deliveries(second.port)[0]["state"] == "sent");
    second.child.kill().unwrap();
    let _ = second.child.wait();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(sent, "not sent after the restart");
    let received = received.lock().unwrap().clone();
    assert_eq!(received.len(), 1, "{received:?}");
    let first_id = hung.lock().unwrap()[0].header("webhook-id").to_owned();
    assert_eq!(received[0].header("webhook-id"), first_id);
    assert!(signed_properly(&received[0]));
}

/// After its last attempt a delivery is failed: the listing and the
/// `deliveries` command say so, and `--retry` sends it again.
#[test]
fn a_delivery_that_keeps_failing_is_listed_and_can_be_retried() {
    let (target_port, received) = target(vec![
        Answer::Status(503),
        Answer::Status(503),
        Answer::Status(200),
    ]);
    let dir = common::folder("webhook-failed");
    let mut env = webhook_env(target_port);
    env.push(("REDRESS_DELIVERY_ATTEMPTS", "2".to_owned()));
    let mut receiver = common::start_in(&dir, &[], &env_refs(&env));
    let answer = submit(receiver.port, &payload(11));
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    let failed = wait_for(20, || {
        listed_deliveries(receiver.port)[0]["state"] == "failed"
    });
    let listed = listed_deliveries(receiver.port);
    let command = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_redress-receiver"))
            .arg("deliveries")
            .arg("--data")
            .arg(dir.join("data"))
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8(output.stdout).unwrap(),
        )
    };
    let (listed_code, listing) = command(&[]);
    let (retried_code, retried) = command(&["--retry"]);
    // A running receiver looks again within 30 seconds.
    let sent = wait_for(45, || {
        listed_deliveries(receiver.port)[0]["state"] == "sent"
    });
    receiver.child.kill().unwrap();
    let _ = receiver.child.wait();
    let (_, after) = command(&[]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(failed, "{listed}");
    assert_eq!(listed[0]["attempts"], 2);
    assert_eq!(listed[0]["last_error"], "answered HTTP 503");
    assert_eq!(listed_code, Some(0));
    let reference = reference([11; 5]);
    assert!(
        listing.contains(&reference) && listing.contains("answered HTTP 503"),
        "{listing}"
    );
    assert_eq!(retried_code, Some(0));
    assert!(retried.contains("1 made pending again"), "{retried}");
    assert!(sent, "not sent after --retry");
    assert_eq!(received.lock().unwrap().len(), 3);
    assert!(after.contains("No deliveries have failed."), "{after}");
}

/// With no webhook configured, the receiver says so and keeps
/// submissions with no deliveries owed.
#[test]
fn with_no_deliveries_configured_the_receiver_says_so() {
    let dir = common::folder("no-deliveries");
    let mut receiver = common::start_in(&dir, &[], &[("REDRESS_STAFF_TOKEN", TOKEN)]);
    let mut said = String::new();
    receiver.stdout.read_line(&mut said).unwrap();
    receiver.stdout.read_line(&mut said).unwrap();
    let answer = submit(receiver.port, &payload(13));
    let deliveries = listed_deliveries(receiver.port);
    receiver.child.kill().unwrap();
    let _ = receiver.child.wait();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    assert!(said.contains("Deliveries: none configured"), "{said}");
    assert_eq!(deliveries, serde_json::json!([]));
}

fn chrono_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}
