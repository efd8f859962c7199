//! Redress's reference receiver: a small server a council can run as it is,
//! or read as the pattern for its own.
//!
//! - serves the built wizard (`dist/`) and any extra folders it is given,
//!   and the council's `config.json` as it is on disk at each request, with
//!   a Content-Security-Policy that follows it;
//! - `POST /api/submissions`: checks the body against the published schema
//!   (422 with the first 20 reasons, each short; a key twice in an object is
//!   refused too), caps its size (413), keeps each submission once in SQLite
//!   (a repeated id gets the first reference back, and is not stored again;
//!   a kept id with a different payload is a 409);
//! - `PUT /api/submissions/{id}/attachments/{sha256}`: a file of a
//!   submission to come, checked by its digest, its content and the limits,
//!   kept once (see [`attachments`]); a submission listing files that have
//!   not all arrived is refused with the ones missing;
//! - `GET /api/submissions`: the staff listing, only with the token from
//!   the environment (401 without it), and each kept file for staff;
//! - answers cross-origin requests only from the origins it is told.

pub mod acknowledge;
pub mod attachments;
pub mod cldr;
pub mod config_file;
pub mod files;
pub mod limit;
pub mod mail;
pub mod options;
pub mod outbox;
pub mod pages;
pub mod schema;
pub mod serve;
pub mod store;
pub mod strict_json;
pub mod team_email;
#[cfg(test)]
mod test_payloads;
pub mod webhook;

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::rejection::QueryRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::Extension;
use axum::{Json, Router};
use serde_json::{json, Value};
use std::net::SocketAddr;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use redress_core::attachment::{is_sha256_hex, Refusal, MOST_FILES, MOST_FILE_BYTES};

use crate::attachments::Offered;
use crate::config_file::ConfigFile;
use crate::limit::RateLimit;
use crate::options::Options;
use crate::schema::Schema;
use crate::store::{Store, StoreError, Stored};

/// What every request handler shares.
struct Shared {
    store: Store,
    schema: Schema,
    staff_token: Option<String>,
    limit: RateLimit,
    /// Files count apart from submissions: one complaint may bring many.
    file_limit: RateLimit,
    /// The council's configuration: how many files, how large and of which
    /// kinds are taken.
    config: ConfigFile,
    allowed_origins: Vec<String>,
    trusted_proxies: Vec<std::net::IpAddr>,
}

/// The whole server, ready to serve; an error, naming what to mend, if the
/// configuration would make its Content-Security-Policy unusable (it never
/// falls back to a weaker one).
pub fn router(options: &Options, store: Store) -> Result<Router, String> {
    let config = ConfigFile::open(&options.config_path(), &options.allowed_origins)?;
    let shared = Arc::new(Shared {
        store,
        schema: Schema::submission_v1(),
        staff_token: options.staff_token.clone(),
        limit: RateLimit::new(options.rate_limit),
        file_limit: RateLimit::new(
            options
                .rate_limit
                .saturating_mul(u32::try_from(MOST_FILES).unwrap_or(u32::MAX)),
        ),
        config: config.clone(),
        allowed_origins: options.allowed_origins.clone(),
        trusted_proxies: options.trusted_proxies.clone(),
    });
    // A file may be larger than a submission: as large as any council may
    // allow, then held to this one's limit.
    let files = Router::new()
        .route(
            "/api/submissions/{id}/attachments/{sha256}",
            put(attach).get(attachment).fallback(wrong_file_method),
        )
        .layer(DefaultBodyLimit::max(
            usize::try_from(MOST_FILE_BYTES).unwrap_or(usize::MAX),
        ));
    let mut api = Router::new()
        .route(
            "/api/submissions",
            post(receive).get(list).fallback(wrong_method),
        )
        .layer(DefaultBodyLimit::max(options.max_body))
        .merge(files)
        // Submissions and the staff listing are never kept by a browser or
        // a cache on the way.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .with_state(shared);
    if !options.allowed_origins.is_empty() {
        api = api.layer(
            CorsLayer::new()
                .allow_origin(allowed(&options.allowed_origins))
                .allow_methods([Method::POST, Method::PUT])
                .allow_headers([header::CONTENT_TYPE, "idempotency-key".parse().unwrap()])
                .expose_headers([header::RETRY_AFTER]),
        );
    }
    // Read fresh at each request: a council edits it without a restart.
    let mut site = Router::new().route(
        "/config.json",
        get(config_file::serve)
            .with_state(config.clone())
            // Compressed as it is sent: a copy made at build time goes stale.
            .layer(CompressionLayer::new()),
    );
    for (prefix, dir) in &options.mounts {
        site = site.nest_service(prefix.trim_end_matches('/'), ServeDir::new(dir));
    }
    // `scripts/postbuild.mjs` writes brotli and gzip copies beside each file.
    // The start pages are made from config.json as it is now (see `pages`),
    // and compressed as they are sent.
    let pages = pages::Pages::open(&options.dist, &options.config_path());
    let mut site = site
        .fallback_service(
            ServeDir::new(&options.dist)
                .precompressed_br()
                .precompressed_gzip(),
        )
        .layer(axum::middleware::from_fn_with_state(
            files::Roots::new(&options.dist, &options.mounts),
            files::guard,
        ))
        .layer(axum::middleware::from_fn_with_state(pages, pages::serve))
        .layer(CompressionLayer::new());
    if !options.allowed_origins.is_empty() {
        // Mounted in a council's page, the wizard fetches its files (the
        // module, the wasm, config.json, locales) from here.
        site = site.layer(
            CorsLayer::new()
                .allow_origin(allowed(&options.allowed_origins))
                .allow_methods([Method::GET, Method::HEAD]),
        );
    }
    Ok(site
        .layer(axum::middleware::map_response(cache_control))
        .layer(axum::middleware::from_fn_with_state(
            config,
            config_file::with_policy,
        ))
        .merge(api)
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        )))
}

/// The Content-Security-Policy the wizard is served with: nothing inline,
/// nothing from elsewhere, WebAssembly allowed; requests only to this origin
/// and the configured submission endpoint; framed only by this origin and
/// the council's own sites (`allowed_origins`).
///
/// ```
/// let policy = redress_receiver::content_security_policy(
///     &["https://www.example.gov.uk".to_owned()],
///     Some("https://crm.example.gov.uk".to_owned()),
/// );
/// assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval'"));
/// assert!(policy.contains("connect-src 'self' https://crm.example.gov.uk"));
/// assert!(policy.contains("frame-ancestors 'self' https://www.example.gov.uk"));
/// assert!(!policy.contains("unsafe-inline"));
/// ```
pub fn content_security_policy(allowed_origins: &[String], endpoint: Option<String>) -> String {
    let mut connect = vec!["'self'".to_owned()];
    connect.extend(endpoint);
    let mut ancestors = vec!["'self'".to_owned()];
    ancestors.extend(allowed_origins.iter().cloned());
    [
        "default-src 'self'".to_owned(),
        "script-src 'self' 'wasm-unsafe-eval'".to_owned(),
        "style-src 'self'".to_owned(),
        "img-src 'self' data:".to_owned(),
        "font-src 'self'".to_owned(),
        format!("connect-src {}", connect.join(" ")),
        format!("frame-ancestors {}", ancestors.join(" ")),
        "base-uri 'none'".to_owned(),
        "form-action 'self'".to_owned(),
        "object-src 'none'".to_owned(),
    ]
    .join("; ")
}

/// The origin of the submission endpoint in a wizard configuration, when it
/// is on another site (`https://crm.example.gov.uk/api` gives
/// `https://crm.example.gov.uk`); `None` for a relative endpoint.
///
/// ```
/// use redress_receiver::endpoint_origin;
///
/// let config = r#"{"submission": {"endpoint": "https://crm.example.gov.uk/api/x"}}"#;
/// assert_eq!(endpoint_origin(config).as_deref(), Some("https://crm.example.gov.uk"));
/// assert_eq!(endpoint_origin(r#"{"submission": {"endpoint": "api/submissions"}}"#), None);
/// assert_eq!(endpoint_origin("not json"), None);
/// ```
pub fn endpoint_origin(config: &str) -> Option<String> {
    let value: Value = serde_json::from_str(config).ok()?;
    let endpoint = value.get("submission")?.get("endpoint")?.as_str()?;
    let (scheme, rest) = endpoint.split_once("://")?;
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let host = rest
        .split(['/', '?', '#'])
        .next()
        .filter(|h| !h.is_empty())?;
    if host
        .chars()
        .any(|c| c.is_whitespace() || c == ';' || c == ',' || c == '\'')
    {
        return None;
    }
    Some(format!("{scheme}://{host}"))
}

/// Files whose names carry their content's hash never change: browsers may
/// keep them for a year. Everything else (the page, config.json, locales)
/// is checked with the server each time.
async fn cache_control(uri: axum::http::Uri, mut response: Response) -> Response {
    let hashed = is_hashed(uri.path());
    let value = if hashed && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    // A brotli, gzip or plain copy is chosen by Accept-Encoding: caches
    // must keep them apart.
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    response
}

/// Whether a path names a file the build named by its hash, such as
/// `/redress-36ac1432b01e92e1_bg.wasm`.
///
/// ```
/// assert!(redress_receiver::is_hashed("/redress-36ac1432b01e92e1_bg.wasm"));
/// assert!(redress_receiver::is_hashed("/redress-start-c2859a060b2501e1.js"));
/// assert!(redress_receiver::is_hashed("/redress-later-pages-36ac1432b01e92e1.wasm"));
/// assert!(!redress_receiver::is_hashed("/config.json"));
/// assert!(!redress_receiver::is_hashed("/mount.js"));
/// ```
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    name.split(['-', '_', '.'])
        .any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The origins allowed cross-origin requests.
fn allowed(origins: &[String]) -> AllowOrigin {
    AllowOrigin::list(
        origins
            .iter()
            .filter_map(|origin| HeaderValue::from_str(origin).ok()),
    )
}

/// A JSON answer.
fn answer(status: StatusCode, body: Value) -> Response {
    (status, Json(body)).into_response()
}

fn problem(status: StatusCode, message: &str) -> Response {
    answer(status, json!({ "error": message }))
}

async fn wrong_method() -> Response {
    method_not_allowed(
        "use POST to send a submission, or GET with the staff token to list them",
        "GET, POST",
    )
}

async fn wrong_file_method() -> Response {
    method_not_allowed(
        "use PUT to send a file before its submission, or GET with the staff token to read it",
        "GET, PUT",
    )
}

fn method_not_allowed(message: &str, allow: &'static str) -> Response {
    let mut response = problem(StatusCode::METHOD_NOT_ALLOWED, message);
    response
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static(allow));
    response
}

/// Why a POST is refused before its body is read: it is not JSON (a page on
/// any site can post a form or plain text here without asking first), or a
/// browser sent it from a page of a site that is neither this one nor an
/// allowed one. Clients that are not browsers send no `Origin` and pass.
fn refuse_sender(headers: &HeaderMap, allowed_origins: &[String]) -> Option<Response> {
    let media_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .map(str::trim);
    if !media_type.is_some_and(|t| t.eq_ignore_ascii_case("application/json")) {
        return Some(problem(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send the submission as JSON, with Content-Type: application/json",
        ));
    }
    refuse_origin(headers, allowed_origins)
}

/// Why a request is refused for the page it came from: a browser sent it
/// from a site that is neither this one nor an allowed one. Clients that are
/// not browsers send no `Origin` and pass.
fn refuse_origin(headers: &HeaderMap, allowed_origins: &[String]) -> Option<Response> {
    let origin = headers.get(header::ORIGIN)?.to_str().unwrap_or("null");
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok());
    let same_site = origin
        .split_once("://")
        .is_some_and(|(_, rest)| Some(rest) == host);
    if same_site || allowed_origins.iter().any(|allowed| allowed == origin) {
        return None;
    }
    Some(problem(
        StatusCode::FORBIDDEN,
        "submissions are accepted only from the wizard's own site and the sites it is allowed on",
    ))
}

/// `429` with `Retry-After` when the client has sent more than `limit`
/// allows this minute.
fn over_limit(
    shared: &Shared,
    limit: &RateLimit,
    client: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: &HeaderMap,
) -> Option<Response> {
    let peer = client.map(|Extension(ConnectInfo(address))| address.ip());
    let forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .collect();
    let forwarded = (!forwarded.is_empty()).then(|| forwarded.join(","));
    let address = limit::client_address(peer, forwarded.as_deref(), &shared.trusted_proxies);
    let seconds = limit.check(address, std::time::Instant::now()).err()?;
    let mut response = problem(
        StatusCode::TOO_MANY_REQUESTS,
        "too many submissions from this address; try again shortly",
    );
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    Some(response)
}

/// `POST /api/submissions`.
async fn receive(
    State(shared): State<Arc<Shared>>,
    client: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    if let Some(refused) = over_limit(&shared, &shared.limit, client, &headers) {
        return refused;
    }
    if let Some(refused) = refuse_sender(&headers, &shared.allowed_origins) {
        return refused;
    }
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return problem(
                StatusCode::PAYLOAD_TOO_LARGE,
                "the submission is larger than this receiver accepts",
            )
        }
        Err(rejection) => return problem(rejection.status(), &rejection.body_text()),
    };
    let value: Value = match strict_json::parse(&body) {
        Ok(value) => value,
        // JSON, but with a key twice: what would be checked is not what
        // would be stored, so it is refused like a schema problem.
        Err(error) if error.classify() == serde_json::error::Category::Data => {
            return answer(
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({
                    "error": "the submission does not match the schema",
                    "problems": [error.to_string()],
                }),
            )
        }
        Err(error) => {
            return problem(
                StatusCode::BAD_REQUEST,
                &format!("the body is not JSON: {error}"),
            )
        }
    };
    let problems = shared.schema.problems(&value);
    if !problems.is_empty() {
        return answer(
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({ "error": "the submission does not match the schema", "problems": problems }),
        );
    }
    // The schema guarantees both are strings.
    let id = value["id"].as_str().unwrap_or_default().to_owned();
    let reference = value["reference"].as_str().unwrap_or_default().to_owned();
    if let Some(key) = headers.get("idempotency-key") {
        if key.as_bytes() != id.as_bytes() {
            return answer(
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({
                    "error": "the Idempotency-Key header must equal the submission's id",
                    "problems": ["/id: differs from the Idempotency-Key header"],
                }),
            );
        }
    }
    let listed = attachments::listed(&value);
    if !listed.is_empty() {
        let id = id.clone();
        match with_store(
            &shared.store,
            "the submission's files could not be checked; please try again",
            move |store| store.missing(&id, &listed),
        )
        .await
        {
            Ok(missing) if missing.is_empty() => {}
            Ok(missing) => {
                return answer(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    json!({
                        "error": "some of the files the submission lists have not arrived: send them, then the submission again",
                        "missing": missing,
                    }),
                )
            }
            Err(response) => return response,
        }
    }
    let stored_at = now_utc();
    let payload = String::from_utf8_lossy(&body).into_owned();
    let kept = with_store(
        &shared.store,
        "the submission could not be stored; please try again",
        move |store| store.keep(&id, &reference, &stored_at, &payload),
    )
    .await;
    match kept {
        Ok(Stored::New { reference }) => {
            answer(StatusCode::CREATED, json!({ "reference": reference }))
        }
        Ok(Stored::Repeat { reference }) => {
            answer(StatusCode::OK, json!({ "reference": reference }))
        }
        Ok(Stored::Full) => full(&shared.store, "submissions"),
        Ok(Stored::Conflict) => problem(
            StatusCode::CONFLICT,
            "a different submission is already stored under this id; make a new id for new answers",
        ),
        Err(response) => response,
    }
}

/// Whether `text` is a submission id as the wizard makes them: a UUID,
/// lowercase (the schema's pattern), and so a safe folder name.
fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
        })
}

/// `404` unless the address names a submission id and a SHA-256.
fn not_a_file_address(id: &str, sha256: &str) -> Option<Response> {
    (!is_uuid(id) || !is_sha256_hex(sha256)).then(|| {
        problem(
            StatusCode::NOT_FOUND,
            "files go to /api/submissions/{id}/attachments/{sha256}: the submission's id (a UUID) and the file's SHA-256 in lowercase hex",
        )
    })
}

/// `PUT /api/submissions/{id}/attachments/{sha256}`: one file of a
/// submission still to come, kept once (`201`; the same again is `200`).
async fn attach(
    State(shared): State<Arc<Shared>>,
    Path((id, sha256)): Path<(String, String)>,
    client: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    if let Some(refused) = over_limit(&shared, &shared.file_limit, client, &headers) {
        return refused;
    }
    if let Some(refused) = refuse_origin(&headers, &shared.allowed_origins)
        .or_else(|| not_a_file_address(&id, &sha256))
    {
        return refused;
    }
    let limits = shared.config.attachment_limits();
    let too_big = || {
        let refusal = Refusal::TooBig {
            limit: limits.max_file_bytes,
        };
        problem(StatusCode::PAYLOAD_TOO_LARGE, &refusal.to_string())
    };
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => return too_big(),
        Err(rejection) => return problem(rejection.status(), &rejection.body_text()),
    };
    let offered = with_store(
        &shared.store,
        "the file could not be stored; please try again",
        move |store| store.attach(&id, &sha256, &body, &now_utc(), &limits),
    )
    .await;
    match offered {
        Ok(Offered::New(file)) => answer(StatusCode::CREATED, json!(file)),
        Ok(Offered::Repeat(file)) => answer(StatusCode::OK, json!(file)),
        Ok(Offered::WrongDigest) => problem(
            StatusCode::UNPROCESSABLE_ENTITY,
            "the file's SHA-256 is not the one in its address: it changed on the way; send it again",
        ),
        Ok(Offered::Refused(refusal)) => {
            let status = match refusal {
                Refusal::TooBig { .. } | Refusal::TotalTooBig { .. } => StatusCode::PAYLOAD_TOO_LARGE,
                Refusal::NotAllowed => StatusCode::UNSUPPORTED_MEDIA_TYPE,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            problem(status, &refusal.to_string())
        }
        Ok(Offered::AfterSubmission) => problem(
            StatusCode::CONFLICT,
            "this submission is already kept: its files are sent before it, and no more can be added",
        ),
        Ok(Offered::Full) => full(&shared.store, "files"),
        Err(response) => response,
    }
}

/// `GET /api/submissions/{id}/attachments/{sha256}`: a kept file, for staff,
/// as a download that is never shown as a page.
async fn attachment(
    State(shared): State<Arc<Shared>>,
    Path((id, sha256)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = not_staff(&shared, &headers).or_else(|| not_a_file_address(&id, &sha256))
    {
        return refused;
    }
    let found = with_store(&shared.store, "the file could not be read", move |store| {
        store.attached(&id, &sha256)
    })
    .await;
    match found {
        Ok(Some((file, bytes))) => {
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            for (name, value) in [
                (header::CONTENT_TYPE, file.media_type.as_str()),
                (header::CONTENT_DISPOSITION, "attachment"),
                (
                    header::CONTENT_SECURITY_POLICY,
                    "sandbox; default-src 'none'",
                ),
            ] {
                if let Ok(value) = HeaderValue::from_str(value) {
                    headers.insert(name, value);
                }
            }
            response
        }
        Ok(None) => problem(
            StatusCode::NOT_FOUND,
            "no such file is kept for this submission",
        ),
        Err(response) => response,
    }
}

/// `503`, and a line in the log, when the store has no room for more
/// `what` (submissions or files).
fn full(store: &Store, what: &str) -> Response {
    eprintln!(
        "redress-receiver: the store is full ({} bytes kept, --max-stored {}); \
         new {what} are refused until room is made",
        store.used(),
        store.quota()
    );
    problem(
        StatusCode::SERVICE_UNAVAILABLE,
        &format!("this receiver has no room for more {what} just now"),
    )
}

/// Runs a database call away from the request threads. When it fails, the
/// error goes to the log and the client gets `failed`: 503 for the
/// database (worth trying again), 500 if the call itself died.
async fn with_store<T: Send + 'static>(
    store: &Store,
    failed: &'static str,
    call: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, Response> {
    let store = store.clone();
    match tokio::task::spawn_blocking(move || call(&store)).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(error)) => {
            eprintln!("redress-receiver: {error}");
            Err(problem(StatusCode::SERVICE_UNAVAILABLE, failed))
        }
        Err(_) => Err(problem(StatusCode::INTERNAL_SERVER_ERROR, failed)),
    }
}

/// `GET /api/submissions`: staff only.
/// The staff listing's page: `?after=POSITION&limit=N`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Page {
    /// The `position` of the last submission already seen; 0 (the default)
    /// starts from the oldest.
    #[serde(default)]
    after: i64,
    /// How many to list, 1 to [`MAX_PAGE`]; [`DEFAULT_PAGE`] if not given.
    limit: Option<u64>,
}

/// Submissions listed at once when no `limit` is given.
pub const DEFAULT_PAGE: u64 = 50;

/// The most submissions listed at once.
pub const MAX_PAGE: u64 = 200;

/// `GET /api/submissions`: a page of the kept submissions, oldest first,
/// with `next` (the `after` for the next page) or `null` at the end.
async fn list(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    page: Result<Query<Page>, QueryRejection>,
) -> Response {
    if let Some(refused) = not_staff(&shared, &headers) {
        return refused;
    }
    let page = match page {
        Ok(Query(page)) if page.limit.is_none_or(|n| (1..=MAX_PAGE).contains(&n)) => page,
        _ => {
            return problem(
                StatusCode::BAD_REQUEST,
                &format!(
                    "list with ?after=POSITION&limit=N, N from 1 to {MAX_PAGE} (both optional)"
                ),
            )
        }
    };
    let limit = page.limit.unwrap_or(DEFAULT_PAGE);
    match with_store(
        &shared.store,
        "the submissions could not be read",
        // One more than asked says whether there is a next page.
        move |store| store.page(page.after, limit + 1),
    )
    .await
    {
        Ok(mut kept) => {
            let more = kept.len() as u64 > limit;
            kept.truncate(limit as usize);
            let next = kept.last().filter(|_| more).map(|k| k.position);
            answer(StatusCode::OK, json!({ "submissions": kept, "next": next }))
        }
        Err(response) => response,
    }
}

/// `401` unless the request carries the staff token.
fn not_staff(shared: &Shared, headers: &HeaderMap) -> Option<Response> {
    let Some(token) = shared.staff_token.as_deref() else {
        return Some(unauthorised(
            "the staff listing is switched off: start the receiver with REDRESS_STAFF_TOKEN set",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "));
    if given.is_some_and(|given| same_secret(given, token)) {
        return None;
    }
    Some(unauthorised(
        "send the staff token as 'Authorization: Bearer TOKEN'",
    ))
}

fn unauthorised(message: &str) -> Response {
    let mut response = problem(StatusCode::UNAUTHORIZED, message);
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Bearer realm=\"redress staff\""),
    );
    response
}

/// Compares two secrets in time that does not depend on where they differ.
fn same_secret(given: &str, expected: &str) -> bool {
    let (a, b) = (given.as_bytes(), expected.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Now, in UTC, as RFC 3339 to the second.
pub fn now_utc() -> String {
    rfc3339(chrono::Utc::now().timestamp())
}

/// Seconds since 1970 as `YYYY-MM-DDTHH:MM:SSZ` (the earliest or latest
/// moment chrono can hold, for a count beyond them).
pub fn rfc3339(seconds: i64) -> String {
    let moment = chrono::DateTime::from_timestamp(seconds, 0).unwrap_or(if seconds < 0 {
        chrono::DateTime::<chrono::Utc>::MIN_UTC
    } else {
        chrono::DateTime::<chrono::Utc>::MAX_UTC
    });
    moment.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_795_000_000), "2026-11-18T11:06:40Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(-1), "1969-12-31T23:59:59Z");
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("ab", "abc"));
    }
}
