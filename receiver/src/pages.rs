//! The prerendered pages (the start page and the page of other ways to
//! complain in each language, and the theme), made from the council's
//! `config.json` as it is now.
//!
//! They are made when the receiver starts and again whenever the file's
//! bytes change, by the function `redress-receiver prerender` uses
//! ([`redress::prerender::pages`]), into the page the build made
//! (`dist/.page.html`), and served from memory. If the file has problems,
//! they are logged and the last pages made are kept (at start-up there are
//! none: the bundle's own files are served, and the wizard shows its
//! polite page).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use redress::prerender::{self, TEMPLATE};

/// The pages, and what they were made from.
#[derive(Clone)]
pub struct Pages(Arc<Inner>);

struct Inner {
    config: PathBuf,
    locales: PathBuf,
    /// The build's page; `None` if the bundle has none (built before
    /// prerendering): nothing is made, and the bundle is served as it is.
    template: Option<String>,
    made: Mutex<Made>,
}

#[derive(Default)]
struct Made {
    /// The configuration's bytes they were last made from (or tried).
    from: Option<Vec<u8>>,
    /// Each page by its file name.
    pages: HashMap<String, Arc<str>>,
}

impl Pages {
    /// The pages for the bundle at `dist` and the configuration at
    /// `config`, made now.
    pub fn open(dist: &Path, config: &Path) -> Pages {
        let template = std::fs::read_to_string(dist.join(TEMPLATE)).ok();
        if template.is_none() {
            eprintln!(
                "redress-receiver: {} has no {TEMPLATE} (built before pages were prerendered?); serving its pages as they are",
                dist.display()
            );
        }
        let pages = Pages(Arc::new(Inner {
            config: config.to_path_buf(),
            locales: dist.join("locales"),
            template,
            made: Mutex::new(Made::default()),
        }));
        pages.current();
        pages
    }

    /// The pages for the configuration as it is now, made again if it
    /// changed.
    fn current(&self) -> HashMap<String, Arc<str>> {
        let Some(template) = &self.0.template else {
            return HashMap::new();
        };
        let bytes = std::fs::read(&self.0.config).ok();
        let mut made = self
            .0
            .made
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if made.from.is_some() && made.from == bytes {
            return made.pages.clone();
        }
        let config = &self.0.config;
        let Some(json) = bytes.as_deref().map(String::from_utf8_lossy) else {
            eprintln!(
                "redress-receiver: cannot read {}; the pages made before are served",
                config.display()
            );
            return made.pages.clone();
        };
        let locales = &self.0.locales;
        let result = prerender::pages(template, &json, |tag| {
            let path = locales.join(format!("{tag}.ftl"));
            std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))
        });
        match result {
            Ok(pages) => {
                if made.from.is_some() {
                    eprintln!(
                        "redress-receiver: {} changed: its start pages are made again",
                        config.display()
                    );
                }
                made.pages = pages
                    .into_iter()
                    .map(|page| (page.file, Arc::from(page.text)))
                    .collect();
            }
            Err(problems) => eprintln!(
                "redress-receiver: the start pages cannot be made from {} (the pages made before are served):\n  {}",
                config.display(),
                problems.join("\n  ")
            ),
        }
        made.from = bytes;
        made.pages.clone()
    }
}

/// The middleware: a prerendered page, from memory, as it is for the
/// configuration now; anything else from the bundle.
pub async fn serve(State(pages): State<Pages>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    if method != Method::GET && method != Method::HEAD {
        return next.run(request).await;
    }
    let path = request.uri().path();
    let file = match path.strip_prefix('/') {
        Some("") => "index.html",
        Some(file) if !file.contains('/') => file,
        _ => return next.run(request).await,
    };
    let Some(text) = pages.current().get(file).cloned() else {
        return next.run(request).await;
    };
    let kind = if file.ends_with(".css") {
        "text/css; charset=utf-8"
    } else {
        "text/html; charset=utf-8"
    };
    let body = if method == Method::HEAD {
        String::new()
    } else {
        text.to_string()
    };
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    if method == Method::HEAD {
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(text.len()));
    }
    response
}
