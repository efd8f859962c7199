//! Which files the receiver serves: only what is in the folders it was
//! given. A hidden file (any part of the path starting with a dot, such as
//! `.env` or `.git/config`) is never served, nor is a file reached through a
//! symbolic link that leads out of its folder.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The folders served: (URL prefix, folder), the longest prefix first; the
/// wizard's own folder has the prefix `/`.
#[derive(Clone)]
pub struct Roots(Arc<Vec<(String, PathBuf)>>);

impl Roots {
    /// `dist` under `/`, and each mount under its prefix.
    pub fn new(dist: &Path, mounts: &[(String, PathBuf)]) -> Roots {
        let mut roots: Vec<(String, PathBuf)> = mounts
            .iter()
            .map(|(prefix, dir)| (format!("{}/", prefix.trim_end_matches('/')), dir.clone()))
            .collect();
        roots.push(("/".to_owned(), dist.to_path_buf()));
        roots.sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.len()));
        Roots(Arc::new(roots))
    }

    /// Whether the URL path `path` may be served.
    pub fn allows(&self, path: &str) -> bool {
        let Some(decoded) = percent_decode(path) else {
            return false;
        };
        let Some((prefix, root)) = self
            .0
            .iter()
            .find(|(prefix, _)| decoded.starts_with(prefix.as_str()))
        else {
            return true;
        };
        let relative = &decoded[prefix.len()..];
        if relative
            .split(['/', '\\'])
            .any(|segment| segment.starts_with('.'))
        {
            return false;
        }
        let file = root.join(relative);
        if std::fs::symlink_metadata(&file).is_err() {
            // Nothing there: the file service answers 404 (or the page).
            return true;
        }
        match (file.canonicalize(), root.canonicalize()) {
            (Ok(file), Ok(root)) => file.starts_with(root),
            _ => false,
        }
    }
}

/// `%XX` escapes decoded; `None` if that is not UTF-8 or has a NUL.
fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out)
        .ok()
        .filter(|text| !text.contains('\0'))
}

/// The middleware: a path that may not be served is answered 404, as if
/// nothing were there.
pub async fn guard(State(roots): State<Roots>, request: Request, next: Next) -> Response {
    if roots.allows(request.uri().path()) {
        next.run(request).await
    } else {
        (StatusCode::NOT_FOUND, "Not Found").into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_files_and_links_out_of_the_folder_are_refused() {
        let base = std::env::temp_dir().join(format!("redress-files-{}", std::process::id()));
        let dist = base.join("dist");
        let examples = base.join("examples");
        std::fs::create_dir_all(dist.join("locales")).unwrap();
        std::fs::create_dir_all(&examples).unwrap();
        std::fs::write(dist.join("index.html"), "x").unwrap();
        std::fs::write(dist.join(".env"), "SECRET=1").unwrap();
        std::fs::write(base.join("outside.txt"), "private").unwrap();
        std::fs::write(examples.join("host.html"), "x").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(base.join("outside.txt"), dist.join("leak.txt")).unwrap();
            std::os::unix::fs::symlink(dist.join("index.html"), dist.join("alias.html")).unwrap();
        }
        let roots = Roots::new(&dist, &[("/examples/".to_owned(), examples.clone())]);
        let allowed = |path: &str| roots.allows(path);
        assert!(allowed("/"));
        assert!(allowed("/index.html"));
        assert!(allowed("/examples/host.html"));
        assert!(allowed("/no-such-file.js"));
        assert!(!allowed("/.env"));
        assert!(!allowed("/%2eenv"));
        assert!(!allowed("/locales/.hidden"));
        assert!(!allowed("/examples/.git/config"));
        assert!(!allowed("/x%00.html"));
        #[cfg(unix)]
        {
            assert!(!allowed("/leak.txt"));
            assert!(allowed("/alias.html"));
        }
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn escapes_are_decoded_once() {
        assert_eq!(percent_decode("/a%20b").as_deref(), Some("/a b"));
        assert_eq!(percent_decode("/%E2%82%AC").as_deref(), Some("/€"));
        assert_eq!(percent_decode("/%zz"), None);
        assert_eq!(percent_decode("/%2"), Some("/%2".into()));
        assert_eq!(percent_decode("/%ff"), None);
    }
}
