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

/// Where the wizard keeps answers: this tab only, or this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    /// sessionStorage: gone when the tab closes.
    Tab,
    /// localStorage: kept on the device until cleared.
    Device,
}

fn storage(store: Store) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match store {
        Store::Tab => window.session_storage().ok()?,
        Store::Device => window.local_storage().ok()?,
    }
}

/// Reads a value saved earlier.
pub fn store_get(store: Store, key: &str) -> Option<String> {
    storage(store)?.get_item(key).ok()?
}

/// Saves a value. Storage can be full or switched off; then the wizard
/// carries on without it, which only costs a reload's worth of answers.
pub fn store_set(store: Store, key: &str, value: &str) {
    if let Some(storage) = storage(store) {
        let _ = storage.set_item(key, value);
    }
}

/// Removes a value.
pub fn store_remove(store: Store, key: &str) {
    if let Some(storage) = storage(store) {
        let _ = storage.remove_item(key);
    }
}

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// Adds a history entry carrying `state` without changing the URL, so the
/// browser's Back and Forward buttons move between steps (and a host page's
/// own URL is left alone when the wizard is embedded).
pub fn push_history(state: &str) {
    if let Some(history) = history() {
        let _ = history.push_state(&state.into(), "");
    }
}

/// Replaces the current history entry's state.
pub fn replace_history(state: &str) {
    if let Some(history) = history() {
        let _ = history.replace_state(&state.into(), "");
    }
}

/// Calls `on_pop` with the state of the entry the browser moved to whenever
/// the person presses Back or Forward.
pub fn on_history_pop(on_pop: impl Fn(Option<String>) + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn Fn(web_sys::PopStateEvent)>::new(move |event: web_sys::PopStateEvent| {
            on_pop(event.state().as_string())
        });
    let _ = window.add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    listener.forget();
}

/// Scrolls an element into view and focuses it (for error summary links,
/// without touching the URL's fragment).
pub fn focus_field(id: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        element.scroll_into_view();
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// `N` random bytes from the browser's cryptographic generator.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        // Every browser that runs wasm has crypto; this keeps ids unique anyway.
        for byte in bytes.iter_mut() {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}

/// Why a POST did not succeed.
#[derive(Clone, Debug, PartialEq)]
pub enum PostError {
    /// No answer at all: offline, refused, or blocked.
    Network(String),
    /// An answer other than 2xx.
    Status(u16),
}

/// POSTs `json` to `url` and returns the response body of a 2xx answer.
pub async fn post_json(url: &str, json: &str, idempotency_key: &str) -> Result<String, PostError> {
    let window = web_sys::window().ok_or_else(|| PostError::Network("no window".into()))?;
    let headers = web_sys::Headers::new().map_err(|e| PostError::Network(format!("{e:?}")))?;
    let _ = headers.set("content-type", "application/json");
    let _ = headers.set("idempotency-key", idempotency_key);
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&json.into());
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| PostError::Network(format!("{e:?}")))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| PostError::Network("not a response".into()))?;
    if !response.ok() {
        return Err(PostError::Status(response.status()));
    }
    let text = response
        .text()
        .map_err(|e| PostError::Network(format!("{e:?}")))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|e| PostError::Network(format!("{e:?}")))?;
    Ok(text.as_string().unwrap_or_default())
}

/// Opens the browser's print dialog (for a copy of the confirmation).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Leaves for `url` at once, replacing this page in the history where the
/// browser allows, so Back does not return straight to the wizard.
pub fn leave_for(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(url);
    }
}

/// The value of a query parameter of the page's URL, e.g. `?lang=cy`.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The languages the browser says the person reads, most preferred first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default()
}
