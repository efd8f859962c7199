//! The thin shell over the browser: fetching files, the document's title,
//! language and focus. Everything here syncs Rust state with the page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be fetched, for the console; the person is told in
/// their own language by the caller.
#[derive(Clone, Debug, PartialEq)]
pub struct FetchError(pub String);

/// Fetches a text file relative to the page.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| FetchError(format!("{url}: {e:?}")))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| FetchError(format!("{url}: not a response")))?;
    if !response.ok() {
        return Err(FetchError(format!("{url}: HTTP {}", response.status())));
    }
    let text = response
        .text()
        .map_err(|e| FetchError(format!("{url}: {e:?}")))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|e| FetchError(format!("{url}: {e:?}")))?;
    text.as_string()
        .ok_or_else(|| FetchError(format!("{url}: body is not text")))
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets the browser tab's title.
pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Sets `lang` and `dir` on the root element so the browser, screen readers
/// and CSS logical properties follow the language shown.
pub fn set_language(lang: &str, right_to_left: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("dir", if right_to_left { "rtl" } else { "ltr" });
    }
}

/// Moves focus to the element with this id, so a screen reader announces a
/// new page; the element needs `tabindex="-1"` if it is not focusable.
pub fn focus(id: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Writes a problem for the council's web team to the browser console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
