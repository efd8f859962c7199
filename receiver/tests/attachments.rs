//! Files attached to a submission, over HTTP without a network: each `PUT`
//! under its SHA-256 before the submission that lists them, checked by
//! content, kept once, and read back by staff.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use redress_receiver::attachments::sha256_hex;
use redress_receiver::options::Options;
use redress_receiver::router;
use redress_receiver::store::Store;
use serde_json::{json, Value};
use tower::ServiceExt;

mod common;

const TOKEN: &str = "a-staff-token-for-tests";
const LETTER: &[u8] = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n";
const NOTE: &[u8] = b"Bin collections missed on 3, 10 and 17 November.\n";

/// A receiver keeping its files in a folder of its own (removed on drop).
struct Server {
    app: Router,
    store: Store,
    folder: std::path::PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

/// A receiver whose council's configuration sets `attachments` (or none).
fn server(name: &str, attachments: Option<Value>) -> Server {
    let folder = common::folder(name);
    let config = match attachments {
        Some(limits) => json!({ "attachments": limits }),
        None => json!({}),
    };
    std::fs::write(folder.join("dist/config.json"), config.to_string()).unwrap();
    let store = Store::open(&folder.join("data/submissions.sqlite3")).unwrap();
    let options = Options {
        staff_token: Some(TOKEN.into()),
        allowed_origins: vec!["https://www.example.gov.uk".into()],
        dist: folder.join("dist"),
        ..Options::default()
    };
    Server {
        app: router(&options, store.clone()).unwrap(),
        store,
        folder,
    }
}

async fn send(
    app: &Router,
    request: Request<Body>,
) -> (StatusCode, Value, Vec<u8>, axum::http::HeaderMap) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, body, bytes, headers)
}

fn put(id: &str, sha256: &str, bytes: &[u8]) -> Request<Body> {
    Request::put(format!("/api/submissions/{id}/attachments/{sha256}"))
        .header(header::CONTENT_TYPE, "application/octet-stream")
        .body(Body::from(bytes.to_vec()))
        .unwrap()
}

fn post(payload: &Value) -> Request<Body> {
    Request::post("/api/submissions")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(payload.to_string()))
        .unwrap()
}

fn staff_get(path: &str, token: Option<&str>) -> Request<Body> {
    let mut request = Request::get(path);
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    request.body(Body::empty()).unwrap()
}

/// A comment listing `files` as (name, media type, bytes).
fn payload_with(files: &[(&str, &str, &[u8])]) -> Value {
    let mut payload = common::payload(3, "The evidence is attached.", "en-GB");
    payload["attachments"] = files
        .iter()
        .map(|(name, media_type, bytes)| {
            json!({
                "name": name,
                "media_type": media_type,
                "size": bytes.len(),
                "sha256": sha256_hex(bytes),
            })
        })
        .collect();
    payload
}

#[tokio::test]
async fn a_submission_is_kept_only_once_every_file_it_lists_has_arrived() {
    let server = server("attach-flow", None);
    let app = &server.app;
    let payload = payload_with(&[
        ("letter.pdf", "application/pdf", LETTER),
        ("notes.txt", "text/plain; charset=utf-8", NOTE),
    ]);
    let id = payload["id"].as_str().unwrap().to_owned();
    assert!(redress_receiver::schema::Schema::submission_v1()
        .problems(&payload)
        .is_empty());

    // Neither file yet: refused, naming both.
    let (status, body, _, _) = send(app, post(&payload)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        body["missing"],
        json!([sha256_hex(LETTER), sha256_hex(NOTE)])
    );

    // The letter, twice (a retry): kept once.
    let (status, body, _, _) = send(app, put(&id, &sha256_hex(LETTER), LETTER)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["media_type"], "application/pdf");
    assert_eq!(body["size"], LETTER.len());
    let (status, _, _, _) = send(app, put(&id, &sha256_hex(LETTER), LETTER)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body, _, _) = send(app, post(&payload)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["missing"], json!([sha256_hex(NOTE)]));
    assert_eq!(server.store.count().unwrap(), 0);

    // Then the note: the submission is kept, and listed with both.
    let (status, _, _, _) = send(app, put(&id, &sha256_hex(NOTE), NOTE)).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body, _, _) = send(app, post(&payload)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (_, listing, _, _) = send(app, staff_get("/api/submissions", Some(TOKEN))).await;
    let kept = &listing["submissions"][0]["attachments"];
    assert_eq!(kept.as_array().unwrap().len(), 2, "{listing}");
    assert_eq!(kept[0]["sha256"], sha256_hex(LETTER));
    assert_eq!(kept[1]["media_type"], "text/plain; charset=utf-8");

    // No file is added after it.
    let late = b"%PDF-1.4\nlate\n";
    let (status, _, _, _) = send(app, put(&id, &sha256_hex(late), late)).await;
    assert_eq!(status, StatusCode::CONFLICT);

    // Staff read each back, byte for byte, as a download never shown as a page.
    let path = format!("/api/submissions/{id}/attachments/{}", sha256_hex(LETTER));
    let (status, _, bytes, headers) = send(app, staff_get(&path, Some(TOKEN))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, LETTER);
    assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(headers[header::CONTENT_DISPOSITION], "attachment");
    assert!(headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .starts_with("sandbox"));
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    for token in [None, Some("not-the-token")] {
        let (status, _, bytes, _) = send(app, staff_get(&path, token)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_ne!(bytes, LETTER);
    }
    let (status, _, _, _) = send(
        app,
        staff_get(
            &format!("/api/submissions/{id}/attachments/{}", "0".repeat(64)),
            Some(TOKEN),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_file_is_refused_for_its_address_digest_kind_size_and_origin() {
    let server = server(
        "attach-refused",
        Some(json!({ "max_files": 2, "max_file_bytes": 200, "max_total_bytes": 300 })),
    );
    let app = &server.app;
    let id = common::payload(4, "x", "en-GB")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let status_of = |request| async { send(app, request).await.0 };

    // Not a place files go.
    for (id, sha256) in [
        ("../../etc", sha256_hex(LETTER)),
        (id.as_str(), "ABC".to_owned()),
        (id.as_str(), sha256_hex(LETTER).to_uppercase()),
    ] {
        assert_eq!(
            status_of(put(id, &sha256, LETTER)).await,
            StatusCode::NOT_FOUND,
            "{id} {sha256}"
        );
    }
    // Changed on the way.
    assert_eq!(
        status_of(put(&id, &sha256_hex(NOTE), LETTER)).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // A program with a document's name is still a program; an empty file is nothing.
    let program = b"MZ\x90\x00\x03\x00\x00\x00";
    assert_eq!(
        status_of(put(&id, &sha256_hex(program), program)).await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    assert_eq!(
        status_of(put(&id, &sha256_hex(b""), b"")).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // Larger than a file may be, whether the body is cut off or not.
    let large = vec![b'a'; 201];
    let (status, body, _, _) = send(app, put(&id, &sha256_hex(&large), &large)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        body["error"].as_str().unwrap().contains("200 bytes"),
        "{body}"
    );
    // Too many in all.
    let notes: Vec<Vec<u8>> = (0..3).map(|n| format!("note {n}\n").into_bytes()).collect();
    assert_eq!(
        status_of(put(&id, &sha256_hex(&notes[0]), &notes[0])).await,
        StatusCode::CREATED
    );
    assert_eq!(
        status_of(put(&id, &sha256_hex(&notes[1]), &notes[1])).await,
        StatusCode::CREATED
    );
    assert_eq!(
        status_of(put(&id, &sha256_hex(&notes[2]), &notes[2])).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // From a page on a site that is not the council's.
    let mut from_elsewhere = put(&id, &sha256_hex(LETTER), LETTER);
    from_elsewhere
        .headers_mut()
        .insert(header::ORIGIN, "https://evil.example".parse().unwrap());
    assert_eq!(status_of(from_elsewhere).await, StatusCode::FORBIDDEN);
    // Nothing refused was kept.
    assert_eq!(
        std::fs::read_dir(server.folder.join("data/attachments").join(&id))
            .unwrap()
            .count(),
        2
    );
}

#[tokio::test]
async fn the_limits_are_the_councils_as_its_file_is_now() {
    let server = server("attach-config", Some(json!({ "kinds": ["pdf"] })));
    let id = common::payload(5, "x", "en-GB")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Only PDFs: a note is refused, then taken once the council allows text.
    let (status, _, _, _) = send(&server.app, put(&id, &sha256_hex(NOTE), NOTE)).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let config = server.folder.join("dist/config.json");
    std::fs::write(
        &config,
        json!({ "attachments": { "kinds": ["pdf", "text"] } }).to_string(),
    )
    .unwrap();
    let (status, _, _, _) = send(&server.app, put(&id, &sha256_hex(NOTE), NOTE)).await;
    assert_eq!(status, StatusCode::CREATED);
    // Limits that cannot be used are not used: the defaults are.
    std::fs::write(
        &config,
        json!({ "attachments": { "max_files": 0, "kinds": ["pdf"] } }).to_string(),
    )
    .unwrap();
    let photo = b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00";
    let (status, _, _, _) = send(&server.app, put(&id, &sha256_hex(photo), photo)).await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_councils_site_may_send_files_across_origins() {
    let server = server("attach-cors", None);
    let preflight = Request::options("/api/submissions/x/attachments/y")
        .header(header::ORIGIN, "https://www.example.gov.uk")
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "PUT")
        .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
        .body(Body::empty())
        .unwrap();
    let (_, _, _, headers) = send(&server.app, preflight).await;
    assert_eq!(
        headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://www.example.gov.uk"
    );
    assert!(headers[header::ACCESS_CONTROL_ALLOW_METHODS]
        .to_str()
        .unwrap()
        .contains("PUT"));
}
