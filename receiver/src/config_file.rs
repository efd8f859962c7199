//! The council's `config.json`, as it is on disk now.
//!
//! A council edits its configuration without rebuilding or restarting:
//! `GET /config.json` answers with the file as it is at that moment (never
//! a compressed copy made at build time), and the Content-Security-Policy
//! follows the file's `submission.endpoint`. The file is small and read at
//! each response (the operating system keeps it in memory); it is parsed
//! again only when its bytes change, and each change of the endpoint is
//! logged, so whoever edits the file sees what the policy now allows.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use redress_core::attachment::Limits;

use crate::{content_security_policy, endpoint_origin};

/// The configuration file and what was last read from it.
#[derive(Clone)]
pub struct ConfigFile(Arc<Inner>);

struct Inner {
    path: PathBuf,
    allowed_origins: Vec<String>,
    seen: Mutex<Seen>,
}

/// The file as last read.
#[derive(Clone)]
struct Seen {
    /// Its bytes; `None` if there is no file to read.
    body: Option<Arc<[u8]>>,
    /// The policy it gives.
    policy: HeaderValue,
    /// The endpoint origin the policy allows, to log each change.
    endpoint: Option<String>,
}

impl ConfigFile {
    /// Reads `path` now. An error, naming what to mend, if the policy it
    /// gives cannot be sent (the receiver never falls back to a weaker one).
    pub fn open(path: &Path, allowed_origins: &[String]) -> Result<ConfigFile, String> {
        let file = ConfigFile(Arc::new(Inner {
            path: path.to_path_buf(),
            allowed_origins: allowed_origins.to_vec(),
            seen: Mutex::new(Seen {
                body: None,
                policy: HeaderValue::from_static(""),
                endpoint: None,
            }),
        }));
        let body = file.read_file();
        let endpoint = body
            .as_deref()
            .and_then(|body| endpoint_origin(&String::from_utf8_lossy(body)));
        let policy = content_security_policy(allowed_origins, endpoint.clone());
        let policy = HeaderValue::from_str(&policy).map_err(|_| {
            format!(
                "the Content-Security-Policy cannot be sent as a header (a control \
                 character?): {policy:?}; check REDRESS_ALLOWED_ORIGINS and \
                 submission.endpoint in {}",
                path.display()
            )
        })?;
        *file.lock() = Seen {
            body,
            policy,
            endpoint,
        };
        Ok(file)
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.0.path
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Seen> {
        // A panic while holding the lock left a whole `Seen`: keep using it.
        self.0
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn read_file(&self) -> Option<Arc<[u8]>> {
        std::fs::read(&self.0.path).ok().map(Arc::from)
    }

    /// The file as it is now, and the policy it gives.
    fn current(&self) -> Seen {
        let body = self.read_file();
        let mut seen = self.lock();
        if body == seen.body {
            return seen.clone();
        }
        let endpoint = body
            .as_deref()
            .and_then(|body| endpoint_origin(&String::from_utf8_lossy(body)));
        if endpoint != seen.endpoint {
            let policy = content_security_policy(&self.0.allowed_origins, endpoint.clone());
            match HeaderValue::from_str(&policy) {
                Ok(policy) => {
                    eprintln!(
                        "redress-receiver: {} changed: the policy now lets the wizard send to {}",
                        self.0.path.display(),
                        endpoint.as_deref().unwrap_or("this site only")
                    );
                    seen.policy = policy;
                    seen.endpoint = endpoint;
                }
                // `endpoint_origin` passes only an origin's characters, so
                // this is a defence: keep the last policy that could be sent.
                Err(_) => eprintln!(
                    "redress-receiver: {} changed, but its submission.endpoint cannot go in a policy; still allowing {}",
                    self.0.path.display(),
                    seen.endpoint.as_deref().unwrap_or("this site only")
                ),
            }
        }
        if body.is_none() && seen.body.is_some() {
            eprintln!(
                "redress-receiver: {} cannot be read now; the wizard gets 404 for config.json until it can",
                self.0.path.display()
            );
        }
        seen.body = body;
        seen.clone()
    }

    /// The council's limits on attached files (`attachments`) as the file
    /// is now: the defaults where it sets none, and where it cannot be read
    /// or its limits cannot be used (the wizard refuses such a file, and
    /// says why in its page for a broken configuration).
    pub fn attachment_limits(&self) -> Limits {
        let set = self.current().body.and_then(|body| {
            let value: serde_json::Value = serde_json::from_slice(&body).ok()?;
            serde_json::from_value::<Limits>(value.get("attachments")?.clone()).ok()
        });
        set.filter(|limits| limits.problems().is_empty())
            .unwrap_or_default()
    }

    /// The Content-Security-Policy for the file as it is now.
    pub fn policy(&self) -> HeaderValue {
        self.current().policy
    }
}

/// `GET` or `HEAD /config.json`: the file as it is now, checked each time.
pub async fn serve(State(file): State<ConfigFile>, method: Method) -> Response {
    let Some(body) = file.current().body else {
        return (StatusCode::NOT_FOUND, "Not Found").into_response();
    };
    let length = body.len();
    let body = if method == Method::HEAD {
        Body::empty()
    } else {
        Body::from(body.to_vec())
    };
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    response
}

/// The middleware that sends the policy with every file served (unless a
/// response has set its own).
pub async fn with_policy(State(file): State<ConfigFile>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    if !response
        .headers()
        .contains_key(header::CONTENT_SECURITY_POLICY)
    {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, file.policy());
    }
    response
}
