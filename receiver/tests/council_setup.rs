//! A council's web team follows `docs/configuration.md`: writes its
//! `config.json` from the example there, runs the receiver with it, and
//! edits it while the receiver runs. Each edit is served at once, and the
//! Content-Security-Policy follows the new submission endpoint.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use redress_receiver::options::Options;
use redress_receiver::router;
use redress_receiver::store::Store;
use serde_json::Value;
use tower::ServiceExt;

/// The JSON block under the reference's "## Example" heading.
fn documented_example() -> Value {
    let docs = include_str!("../../docs/configuration.md");
    let example = &docs[docs
        .find("\n## Example")
        .expect("docs/configuration.md has an Example")..];
    let start = example
        .find("```json\n")
        .expect("the example is a json block")
        + 8;
    let end = start + example[start..].find("\n```").unwrap();
    serde_json::from_str(&example[start..end]).expect("the documented example is JSON")
}

struct Answer {
    status: StatusCode,
    policy: String,
    /// Whether it came gzipped.
    gzipped: bool,
    /// The body as sent, gunzipped if it came gzipped.
    body: Vec<u8>,
}

async fn get(app: &Router, path: &str) -> Answer {
    let response = app
        .clone()
        .oneshot(
            Request::get(path)
                .header(header::ACCEPT_ENCODING, "gzip")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let header_text = |name| {
        response
            .headers()
            .get(name)
            .map(|value: &header::HeaderValue| value.to_str().unwrap().to_owned())
    };
    let status = response.status();
    let policy = header_text(header::CONTENT_SECURITY_POLICY).unwrap_or_default();
    let gzipped = header_text(header::CONTENT_ENCODING).as_deref() == Some("gzip");
    let sent = response.into_body().collect().await.unwrap().to_bytes();
    let body = if gzipped {
        let mut body = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&sent[..]), &mut body)
            .expect("a gzipped body that is gzip");
        body
    } else {
        sent.to_vec()
    };
    Answer {
        status,
        policy,
        gzipped,
        body,
    }
}

fn connect_src(policy: &str) -> &str {
    policy
        .split("; ")
        .find(|directive| directive.starts_with("connect-src "))
        .unwrap_or_default()
}

#[tokio::test]
async fn edits_to_the_configuration_are_served_and_allowed_without_a_restart() {
    let base = std::env::temp_dir().join(format!("redress-setup-{}", std::process::id()));
    let dist = base.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>x</title>").unwrap();
    // What a build leaves beside the shipped default: a plain and
    // compressed copies, none of them the council's.
    std::fs::write(
        dist.join("config.json"),
        "{\"council\": {\"name\": \"Built\"}}",
    )
    .unwrap();
    std::fs::write(dist.join("config.json.gz"), b"\x1f\x8b stale").unwrap();
    std::fs::write(dist.join("config.json.br"), b"stale").unwrap();
    let config = base.join("config.json");
    let mut council = documented_example();
    std::fs::write(&config, serde_json::to_vec_pretty(&council).unwrap()).unwrap();

    let options = Options {
        dist: dist.clone(),
        config: Some(config.clone()),
        ..Options::default()
    };
    let app = router(&options, Store::in_memory().unwrap()).unwrap();

    let served = get(&app, "/config.json").await;
    assert_eq!(served.status, StatusCode::OK);
    assert!(served.gzipped, "compressed as it is sent");
    assert_eq!(
        serde_json::from_slice::<Value>(&served.body).unwrap(),
        council
    );
    let page = get(&app, "/").await;
    assert_eq!(
        connect_src(&page.policy),
        "connect-src 'self' https://complaints.example.gov.uk"
    );

    // The team moves to a new system and a new phone number, and saves.
    council["submission"]["endpoint"] = "https://crm.example.gov.uk/v2/complaints".into();
    council["contacts"]["phone"]["number"] = "0113 496 0999".into();
    std::fs::write(&config, serde_json::to_vec_pretty(&council).unwrap()).unwrap();

    let served = get(&app, "/config.json").await;
    let served: Value = serde_json::from_slice(&served.body).unwrap();
    assert_eq!(served["contacts"]["phone"]["number"], "0113 496 0999");
    assert_eq!(served, council);
    for path in ["/", "/config.json"] {
        assert_eq!(
            connect_src(&get(&app, path).await.policy),
            "connect-src 'self' https://crm.example.gov.uk",
            "{path}"
        );
    }

    // Sending to the wizard's own site again narrows the policy back.
    council["submission"]["endpoint"] = "api/submissions".into();
    std::fs::write(&config, serde_json::to_vec(&council).unwrap()).unwrap();
    assert_eq!(
        connect_src(&get(&app, "/").await.policy),
        "connect-src 'self'"
    );

    // A file gone is a 404 the wizard reports, never a stale copy.
    std::fs::remove_file(&config).unwrap();
    assert_eq!(
        get(&app, "/config.json").await.status,
        StatusCode::NOT_FOUND
    );
    std::fs::remove_dir_all(&base).unwrap();
}

#[tokio::test]
async fn without_config_the_one_in_dist_is_served_fresh() {
    let dist = std::env::temp_dir().join(format!("redress-setup-dist-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>x</title>").unwrap();
    std::fs::write(
        dist.join("config.json"),
        "{\"council\": {\"name\": \"One\"}}",
    )
    .unwrap();
    std::fs::write(dist.join("config.json.gz"), b"\x1f\x8b stale").unwrap();
    let app = router(
        &Options {
            dist: dist.clone(),
            ..Options::default()
        },
        Store::in_memory().unwrap(),
    )
    .unwrap();
    assert_eq!(
        get(&app, "/config.json").await.body,
        b"{\"council\": {\"name\": \"One\"}}"
    );
    std::fs::write(
        dist.join("config.json"),
        "{\"council\": {\"name\": \"Two\"}}",
    )
    .unwrap();
    let served = get(&app, "/config.json").await;
    std::fs::remove_dir_all(&dist).unwrap();
    assert_eq!(served.body, b"{\"council\": {\"name\": \"Two\"}}");
}

/// A bundle as `./x build` leaves it: the page template and the message
/// files (the repository's own).
fn bundle_with_template(dist: &std::path::Path) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::create_dir_all(dist.join("locales")).unwrap();
    let template = std::fs::read_to_string(root.join("web/index.html")).unwrap();
    std::fs::write(dist.join(".page.html"), template).unwrap();
    for entry in std::fs::read_dir(root.join("locales")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            std::fs::copy(&path, dist.join("locales").join(path.file_name().unwrap())).unwrap();
        }
    }
    // What the build prerendered from the shipped default: stale once the
    // council's own file is used.
    std::fs::write(
        dist.join("index.html"),
        "<!DOCTYPE html><title>stale</title>",
    )
    .unwrap();
}

fn text(answer: &Answer) -> String {
    String::from_utf8(answer.body.clone()).unwrap()
}

#[tokio::test]
async fn the_start_pages_follow_edits_to_the_configuration() {
    let base = std::env::temp_dir().join(format!("redress-pages-{}", std::process::id()));
    let dist = base.join("dist");
    bundle_with_template(&dist);
    let config = base.join("config.json");
    let mut council = documented_example();
    council["languages"] = serde_json::json!({"offered": ["en-GB", "cy"], "default": "en-GB"});
    std::fs::write(&config, serde_json::to_vec_pretty(&council).unwrap()).unwrap();
    let app = router(
        &Options {
            dist: dist.clone(),
            config: Some(config.clone()),
            ..Options::default()
        },
        Store::in_memory().unwrap(),
    )
    .unwrap();

    let number = council["contacts"]["phone"]["number"]
        .as_str()
        .unwrap()
        .to_owned();
    let start = get(&app, "/").await;
    assert_eq!(start.status, StatusCode::OK);
    assert!(start.gzipped, "compressed as it is sent");
    let start = text(&start);
    assert!(!start.contains("stale"), "the bundle's copy is not served");
    assert!(start.contains(&number), "{start}");
    assert!(start.contains(r#"href="cy.html""#), "the switcher links");
    let welsh = text(&get(&app, "/cy.html").await);
    assert!(welsh.contains(r#"<html lang="cy" dir="ltr""#), "{welsh}");
    let other_ways = text(&get(&app, "/other-ways.html").await);
    assert!(other_ways.contains(&number));
    assert!(
        !other_ways.contains("<script"),
        "no script on the page for no JavaScript"
    );
    assert_eq!(get(&app, "/ar.html").await.status, StatusCode::NOT_FOUND);

    // A new phone number and Arabic offered: every page follows at once.
    council["contacts"]["phone"]["number"] = "0113 496 0999".into();
    council["languages"]["offered"] = serde_json::json!(["en-GB", "cy", "ar"]);
    std::fs::write(&config, serde_json::to_vec_pretty(&council).unwrap()).unwrap();
    for path in ["/", "/cy.html", "/other-ways.html", "/other-ways.cy.html"] {
        let page = text(&get(&app, path).await);
        assert!(page.contains("0113 496 0999"), "{path}");
        assert!(!page.contains(&number), "{path}");
    }
    let arabic = text(&get(&app, "/ar.html").await);
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl""#), "{arabic}");

    // A mistake in the file keeps the last good pages.
    council["languages"]["default"] = "fr".into();
    std::fs::write(&config, serde_json::to_vec_pretty(&council).unwrap()).unwrap();
    let page = text(&get(&app, "/").await);
    assert!(page.contains("0113 496 0999"), "{page}");
    std::fs::remove_dir_all(&base).unwrap();
}
