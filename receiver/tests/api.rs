//! The receiver's HTTP behaviour, request by request, without a network.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use proptest::prelude::*;
use redress_core::submission::reference;
use redress_receiver::options::Options;
use redress_receiver::router;
use redress_receiver::store::Store;
use serde_json::Value;
use tower::ServiceExt;

const TOKEN: &str = "a-staff-token-for-tests";

fn server(options: Options) -> (Router, Store) {
    let store = Store::in_memory().unwrap();
    (router(&options, store.clone()).unwrap(), store)
}

fn options() -> Options {
    Options {
        staff_token: Some(TOKEN.into()),
        allowed_origins: vec!["https://www.example.gov.uk".into()],
        max_body: 64 * 1024,
        ..Options::default()
    }
}

mod common;

fn payload(seed: u8, text: &str) -> Value {
    common::payload(seed, text, "en-GB")
}

async fn send(app: &Router, request: Request<Body>) -> (StatusCode, Value, axum::http::HeaderMap) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, body, headers)
}

fn post(body: impl Into<Body>) -> Request<Body> {
    Request::post("/api/submissions")
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.into())
        .unwrap()
}

#[tokio::test]
async fn a_submission_is_stored_once_however_often_it_is_sent() {
    let (app, store) = server(options());
    let body = payload(1, "Thank you").to_string();
    let (status, answer, _) = send(&app, post(body.clone())).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(answer["reference"], reference([1; 5]));
    for _ in 0..3 {
        let (status, again, _) = send(&app, post(body.clone())).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(again["reference"], answer["reference"]);
    }
    assert_eq!(store.count().unwrap(), 1);
}

/// The same id with other answers is not the same submission sent again:
/// 409, and the first is kept as it was.
#[tokio::test]
async fn the_same_id_with_a_different_body_is_a_conflict() {
    let (app, store) = server(options());
    let first = payload(3, "The first answers");
    let (status, _, _) = send(&app, post(first.to_string())).await;
    assert_eq!(status, StatusCode::CREATED);
    let mut other = payload(3, "Other answers");
    other["reference"] = first["reference"].clone();
    let (status, answer, _) = send(&app, post(other.to_string())).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(answer["reference"].is_null(), "{answer}");
    assert_eq!(store.count().unwrap(), 1);
    assert_eq!(store.list().unwrap()[0].submission, first);
}

/// With a key twice, readers disagree on the value (serde keeps the last):
/// what was checked might not be what a council's system reads. Refused.
#[tokio::test]
async fn a_body_with_a_key_twice_is_refused() {
    let (app, store) = server(options());
    let valid = payload(4, "Kept as checked").to_string();
    let body = format!("{}, \"kind\": \"comment\"}}", valid.trim_end_matches('}'));
    let (status, answer, _) = send(&app, post(body)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer["problems"][0]
            .as_str()
            .unwrap()
            .contains("\"kind\" appears twice"),
        "{answer}"
    );
    assert_eq!(store.count().unwrap(), 0);
}

#[tokio::test]
async fn an_invalid_submission_gets_422_with_every_reason() {
    let (app, store) = server(options());
    let mut value = payload(2, "x");
    value["kind"] = "praise".into();
    value["id"] = "123".into();
    let (status, answer, _) = send(&app, post(value.to_string())).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let problems: Vec<String> = serde_json::from_value(answer["problems"].clone()).unwrap();
    assert!(
        problems.iter().any(|p| p.starts_with("/kind:")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.starts_with("/id:")),
        "{problems:?}"
    );
    assert_eq!(store.count().unwrap(), 0);
}

#[tokio::test]
async fn bodies_that_are_not_json_get_400() {
    let (app, _) = server(options());
    let (status, answer, _) = send(&app, post("{not json")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(answer["error"].as_str().unwrap().contains("not JSON"));
}

#[tokio::test]
async fn a_body_over_the_limit_gets_413() {
    let (app, store) = server(options());
    let body = payload(3, &"x".repeat(70 * 1024)).to_string();
    let (status, _, _) = send(&app, post(body)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(store.count().unwrap(), 0);
}

#[tokio::test]
async fn the_idempotency_key_must_be_the_id() {
    let (app, _) = server(options());
    let value = payload(4, "x");
    let request = Request::post("/api/submissions")
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", "something-else")
        .body(Body::from(value.to_string()))
        .unwrap();
    assert_eq!(
        send(&app, request).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let request = Request::post("/api/submissions")
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", value["id"].as_str().unwrap())
        .body(Body::from(value.to_string()))
        .unwrap();
    assert_eq!(send(&app, request).await.0, StatusCode::CREATED);
}

#[tokio::test]
async fn staff_list_submissions_only_with_the_token() {
    let (app, _) = server(options());
    send(&app, post(payload(5, "<b>bold</b>").to_string())).await;
    let list = |auth: Option<&str>| {
        let mut request = Request::get("/api/submissions");
        if let Some(auth) = auth {
            request = request.header(header::AUTHORIZATION, auth);
        }
        request.body(Body::empty()).unwrap()
    };
    let (status, _, headers) = send(&app, list(None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(headers.contains_key(header::WWW_AUTHENTICATE));
    assert_eq!(
        send(&app, list(Some("Bearer wrong"))).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (status, body, headers) = send(&app, list(Some(&format!("Bearer {TOKEN}")))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let kept = body["submissions"].as_array().unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0]["submission"]["answers"]["message"], "<b>bold</b>");
}

/// The listing comes a page at a time, each saying where the next starts,
/// and neither it nor a submission's answer is kept by any cache.
#[tokio::test]
async fn the_listing_comes_in_pages_and_is_never_cached() {
    let (app, _) = server(options());
    for seed in 10..15 {
        let (_, _, headers) = send(&app, post(payload(seed, "x").to_string())).await;
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    }
    let list = |query: &str| {
        Request::get(format!("/api/submissions{query}"))
            .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
            .body(Body::empty())
            .unwrap()
    };
    let mut seen = Vec::new();
    let mut after = serde_json::json!(0);
    let mut pages = 0;
    while !after.is_null() {
        let (status, body, headers) = send(&app, list(&format!("?after={after}&limit=2"))).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
        let page = body["submissions"].as_array().unwrap();
        assert!(page.len() <= 2);
        seen.extend(
            page.iter()
                .map(|k| k["reference"].as_str().unwrap().to_owned()),
        );
        after = body["next"].clone();
        pages += 1;
    }
    assert_eq!(pages, 3);
    let expected: Vec<String> = (10..15).map(|seed| reference([seed; 5])).collect();
    assert_eq!(seen, expected);
    let (_, all, _) = send(&app, list("")).await;
    assert_eq!(all["submissions"].as_array().unwrap().len(), 5);
    assert!(all["next"].is_null());
    for bad in ["?limit=0", "?limit=201", "?after=x", "?colour=red"] {
        assert_eq!(
            send(&app, list(bad)).await.0,
            StatusCode::BAD_REQUEST,
            "{bad}"
        );
    }
}

/// Past the store's quota a new submission is refused with a 503 (the
/// wizard retries, then offers a copy and other ways to get in touch), and
/// nothing is written; one already kept is still answered.
#[tokio::test]
async fn past_the_quota_new_submissions_get_503() {
    let first = payload(20, "x").to_string();
    let store = Store::in_memory().unwrap().with_quota(first.len() as u64);
    let app = router(&options(), store.clone()).unwrap();
    assert_eq!(send(&app, post(first.clone())).await.0, StatusCode::CREATED);
    let (status, answer, _) = send(&app, post(payload(21, "x").to_string())).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        answer["error"].as_str().unwrap().contains("no room"),
        "{answer}"
    );
    assert_eq!(send(&app, post(first)).await.0, StatusCode::OK);
    assert_eq!(store.count().unwrap(), 1);
}

#[tokio::test]
async fn without_a_token_the_listing_is_off() {
    let (app, _) = server(Options::default());
    let request = Request::get("/api/submissions")
        .header(header::AUTHORIZATION, "Bearer ")
        .body(Body::empty())
        .unwrap();
    let (status, body, _) = send(&app, request).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(body["error"]
        .as_str()
        .unwrap()
        .contains("REDRESS_STAFF_TOKEN"));
}

#[tokio::test]
async fn cross_origin_requests_only_from_configured_origins() {
    let (app, _) = server(options());
    let preflight = |origin: &str| {
        Request::options("/api/submissions")
            .header(header::ORIGIN, origin)
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(
                header::ACCESS_CONTROL_REQUEST_HEADERS,
                "content-type,idempotency-key",
            )
            .body(Body::empty())
            .unwrap()
    };
    let (_, _, allowed) = send(&app, preflight("https://www.example.gov.uk")).await;
    assert_eq!(
        allowed[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://www.example.gov.uk"
    );
    let (_, _, refused) = send(&app, preflight("https://evil.example")).await;
    assert!(!refused.contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN));
}

/// A megabyte of broken fields, each a long value the checker would quote:
/// answered with a short list, not a copy of the body per problem.
#[tokio::test]
async fn the_worst_body_gets_a_short_answer() {
    let (app, store) = server(Options {
        max_body: 1024 * 1024,
        ..options()
    });
    let long = "9".repeat(2000);
    let body = serde_json::json!({
        "version": long,
        "english": vec![long.clone(); 500],
    })
    .to_string();
    assert!(body.len() > 1_000_000 && body.len() <= 1024 * 1024);
    let (status, answer, _) = send(&app, post(body)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let size = answer.to_string().len();
    assert!(size < 8 * 1024, "a {size}-byte answer");
    let problems = answer["problems"].as_array().unwrap();
    assert_eq!(problems.len(), redress_receiver::schema::MAX_PROBLEMS + 1);
    assert_eq!(store.count().unwrap(), 0);
}

/// A page on any site can post plain text or a form here without a
/// preflight; only JSON is taken.
#[tokio::test]
async fn only_json_is_taken() {
    let (app, store) = server(options());
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let mut request = Request::post("/api/submissions");
        if let Some(content_type) = content_type {
            request = request.header(header::CONTENT_TYPE, content_type);
        }
        let body = payload(5, "Posted by another site").to_string();
        let (status, _, _) = send(&app, request.body(Body::from(body)).unwrap()).await;
        assert_eq!(
            status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}"
        );
    }
    let json_with_charset = Request::post("/api/submissions")
        .header(header::CONTENT_TYPE, "Application/JSON; charset=utf-8")
        .body(Body::from(payload(5, "x").to_string()))
        .unwrap();
    let (status, _, _) = send(&app, json_with_charset).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(store.count().unwrap(), 1);
}

/// A browser names the page's site in `Origin`: this site and the allowed
/// ones may send; any other is refused, whatever the body.
#[tokio::test]
async fn browsers_may_send_only_from_this_site_or_allowed_ones() {
    let (app, store) = server(options());
    let from = |origin: &str, seed: u8| {
        Request::post("/api/submissions")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::HOST, "complaints.example.gov.uk")
            .header(header::ORIGIN, origin)
            .body(Body::from(payload(seed, "x").to_string()))
            .unwrap()
    };
    for (origin, seed, expected) in [
        ("https://evil.example", 6, StatusCode::FORBIDDEN),
        ("null", 7, StatusCode::FORBIDDEN),
        (
            "https://complaints.example.gov.uk.evil.example",
            8,
            StatusCode::FORBIDDEN,
        ),
        ("https://complaints.example.gov.uk", 9, StatusCode::CREATED),
        ("https://www.example.gov.uk", 10, StatusCode::CREATED),
    ] {
        let (status, _, _) = send(&app, from(origin, seed)).await;
        assert_eq!(status, expected, "{origin}");
    }
    assert_eq!(store.count().unwrap(), 2);
}

/// An allowed origin that cannot go in a header would leave the policy
/// unusable: the receiver refuses to start rather than serve a weaker one.
#[test]
fn a_policy_that_cannot_be_sent_stops_the_start() {
    let started = router(
        &Options {
            allowed_origins: vec!["https://www.example\u{7}.gov.uk".into()],
            ..options()
        },
        Store::in_memory().unwrap(),
    );
    let Err(error) = started else {
        panic!("the receiver started with a policy it cannot send");
    };
    assert!(error.contains("REDRESS_ALLOWED_ORIGINS"), "{error}");
}

/// Behind the reverse proxy every deployment needs, each visitor has a
/// window of their own (read from X-Forwarded-For, as the proxy wrote it);
/// from anyone but the trusted proxy that header proves nothing.
#[tokio::test]
async fn behind_a_trusted_proxy_each_visitor_has_their_own_limit() {
    let proxy: std::net::SocketAddr = "10.0.0.2:40000".parse().unwrap();
    let (app, _) = server(Options {
        rate_limit: 1,
        trusted_proxies: vec![proxy.ip()],
        ..options()
    });
    let from = |peer: std::net::SocketAddr, forwarded: &str, seed: u8| {
        let mut request = post(payload(seed, "x").to_string());
        request
            .headers_mut()
            .insert("x-forwarded-for", forwarded.parse().unwrap());
        request
            .extensions_mut()
            .insert(axum::extract::ConnectInfo(peer));
        request
    };
    let direct: std::net::SocketAddr = "192.0.2.9:5000".parse().unwrap();
    for (peer, forwarded, seed, expected) in [
        // Two visitors through the proxy: one submission each is within the limit.
        (proxy, "203.0.113.1", 30, StatusCode::CREATED),
        (proxy, "203.0.113.2", 31, StatusCode::CREATED),
        // The first visitor again: over their limit, whatever they write to the left.
        (
            proxy,
            "198.51.100.7, 203.0.113.1",
            32,
            StatusCode::TOO_MANY_REQUESTS,
        ),
        // A client that is not the proxy cannot choose its own address.
        (direct, "203.0.113.50", 33, StatusCode::CREATED),
        (direct, "203.0.113.51", 34, StatusCode::TOO_MANY_REQUESTS),
    ] {
        let status = send(&app, from(peer, forwarded, seed)).await.0;
        assert_eq!(status, expected, "{peer} forwarding {forwarded}");
    }
}

/// A hidden file left in the served folder (a deployment's `.env`) is
/// never served.
#[tokio::test]
async fn hidden_files_in_the_served_folder_are_not_served() {
    let dist = std::env::temp_dir().join(format!("redress-hidden-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>x</title>").unwrap();
    std::fs::write(dist.join(".env"), "REDRESS_STAFF_TOKEN=secret").unwrap();
    let (app, _) = server(Options {
        dist: dist.clone(),
        ..options()
    });
    let get = |path: &str| Request::get(path).body(Body::empty()).unwrap();
    let index = app.clone().oneshot(get("/index.html")).await.unwrap();
    let hidden = app.clone().oneshot(get("/.env")).await.unwrap();
    let escaped = app.clone().oneshot(get("/%2Eenv")).await.unwrap();
    std::fs::remove_dir_all(&dist).unwrap();
    assert_eq!(index.status(), StatusCode::OK);
    assert_eq!(hidden.status(), StatusCode::NOT_FOUND);
    assert_eq!(escaped.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn other_methods_are_refused_with_allow() {
    let (app, _) = server(options());
    let request = Request::delete("/api/submissions")
        .body(Body::empty())
        .unwrap();
    let (status, _, headers) = send(&app, request).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(headers[header::ALLOW], "GET, POST");
}

/// A valid payload broken one way: a field dropped or made null, an unknown
/// `kind`, an `id` that is not a UUID, a version from the future, or a
/// nested answer of the wrong type. Random bytes almost never come close
/// enough to the schema to test it; these do.
fn broken_payload() -> impl Strategy<Value = Vec<u8>> {
    (any::<u8>(), any::<usize>(), 0u8..6).prop_map(|(seed, pick, how)| {
        let mut value = payload(seed, "ok");
        let object = value.as_object_mut().unwrap();
        let keys: Vec<String> = object.keys().cloned().collect();
        let key = keys[pick % keys.len()].clone();
        match how {
            0 => {
                object.remove(&key);
            }
            1 => {
                object.insert(key, Value::Null);
            }
            2 => {
                object.insert("kind".into(), "grumble".into());
            }
            3 => {
                object.insert("id".into(), format!("not-a-uuid-{seed}").into());
            }
            4 => {
                object.insert("version".into(), 2.into());
            }
            _ => {
                object["answers"]["message"] = Value::from(pick as u64);
            }
        }
        value.to_string().into_bytes()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever arrives, the receiver answers with a status it documents and
    /// stores only what matches the schema.
    #[test]
    fn any_body_gets_a_documented_answer(body in prop_oneof![
        1 => any::<Vec<u8>>(),
        1 => "\\PC{0,200}".prop_map(String::into_bytes),
        1 => any::<u8>().prop_map(|seed| payload(seed, "ok").to_string().into_bytes()),
        3 => broken_payload(),
    ]) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let (app, store) = server(options());
            let (status, _, _) = send(&app, post(body.clone())).await;
            let valid = serde_json::from_slice::<Value>(&body)
                .map(|v| redress_receiver::schema::Schema::submission_v1().problems(&v).is_empty())
                .unwrap_or(false);
            if valid {
                assert_eq!(status, StatusCode::CREATED);
                assert_eq!(store.count().unwrap(), 1);
            } else {
                assert!(matches!(status.as_u16(), 400 | 422), "{status}");
                assert_eq!(store.count().unwrap(), 0);
            }
        });
    }
}

#[tokio::test]
async fn the_wizard_is_served_with_a_strict_content_security_policy() {
    let dist = std::env::temp_dir().join(format!("redress-csp-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>x</title>").unwrap();
    std::fs::write(
        dist.join("config.json"),
        r#"{"submission": {"endpoint": "https://crm.example.gov.uk/api/complaints"}}"#,
    )
    .unwrap();
    let (app, _) = server(Options {
        dist: dist.clone(),
        ..options()
    });
    let response = app
        .clone()
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    std::fs::remove_dir_all(&dist).unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let policy = response.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        !policy.contains("unsafe-inline") && !policy.contains(" 'unsafe-eval'"),
        "{policy}"
    );
    assert!(
        policy.contains("script-src 'self' 'wasm-unsafe-eval'"),
        "{policy}"
    );
    assert!(
        policy.contains("connect-src 'self' https://crm.example.gov.uk;"),
        "{policy}"
    );
    assert!(
        policy.contains("frame-ancestors 'self' https://www.example.gov.uk;"),
        "{policy}"
    );
    assert_eq!(response.headers()[header::REFERRER_POLICY], "no-referrer");
    // Brotli, gzip and plain copies share a URL: caches must key on the encoding.
    assert_eq!(response.headers()[header::VARY], "Accept-Encoding");
}

#[tokio::test]
async fn a_client_sending_too_fast_is_asked_to_wait() {
    let (app, store) = server(Options {
        rate_limit: 2,
        ..options()
    });
    let from = |seed: u8, address: &str| {
        let mut request = post(payload(seed, "x").to_string());
        let address: std::net::SocketAddr = address.parse().unwrap();
        request
            .extensions_mut()
            .insert(axum::extract::ConnectInfo(address));
        request
    };
    assert_eq!(
        send(&app, from(10, "10.0.0.1:1000")).await.0,
        StatusCode::CREATED
    );
    assert_eq!(
        send(&app, from(11, "10.0.0.1:1001")).await.0,
        StatusCode::CREATED
    );
    let (status, _, headers) = send(&app, from(12, "10.0.0.1:1002")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait));
    // Another address is not held back.
    assert_eq!(
        send(&app, from(12, "10.0.0.2:1000")).await.0,
        StatusCode::CREATED
    );
    assert_eq!(store.count().unwrap(), 3);
}

#[tokio::test]
async fn hashed_files_are_cached_for_a_year_and_sent_precompressed() {
    let dist = std::env::temp_dir().join(format!("redress-cache-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>x</title>").unwrap();
    std::fs::write(dist.join("redress-0123456789abcdef.js"), "let x = 1;").unwrap();
    std::fs::write(dist.join("redress-0123456789abcdef.js.br"), "brotli bytes").unwrap();
    let (app, _) = server(Options {
        dist: dist.clone(),
        ..options()
    });
    let get = |path: &str, encoding: Option<&str>| {
        let mut request = Request::get(path);
        if let Some(encoding) = encoding {
            request = request.header(header::ACCEPT_ENCODING, encoding);
        }
        request.body(Body::empty()).unwrap()
    };
    let (_, _, page) = send(&app, get("/", None)).await;
    let (_, _, script) = send(&app, get("/redress-0123456789abcdef.js", Some("br, gzip"))).await;
    let (_, _, plain) = send(&app, get("/redress-0123456789abcdef.js", None)).await;
    std::fs::remove_dir_all(&dist).unwrap();
    assert_eq!(page[header::CACHE_CONTROL], "no-cache");
    assert_eq!(
        script[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(script[header::CONTENT_ENCODING], "br");
    assert!(!plain.contains_key(header::CONTENT_ENCODING));
}
