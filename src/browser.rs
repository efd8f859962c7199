//! The thin shell over the browser: fetching files, the document's title,
//! language and focus. Everything here syncs Rust state with the page.
//!
//! Requests are sent, and timers and event listeners come, from gloo's
//! crates (`gloo-net`, `gloo-timers`, `gloo-events`); each cost the first
//! load less than 1 KB gzipped (the README's performance section has the
//! figures). Requests are made here, so their URL is the one given.
//! Storage stays written by hand here, for the reasons at [`Store`].

use std::collections::BTreeMap;

use redress_core::delivery::Outcome;

use gloo_events::EventListener;
use gloo_net::http::{Request, Response};
use gloo_timers::callback::Timeout;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;

use crate::embed;

/// Why a file could not be fetched, for the console; the person is told in
/// their own language by the caller.
#[derive(Clone, Debug, PartialEq)]
pub struct FetchError(pub String);

/// Fetches a text file relative to the page.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    let response = fetch(url, &init)
        .await
        .map_err(|why| FetchError(format!("{url}: {why}")))?;
    if !response.ok() {
        return Err(FetchError(format!("{url}: HTTP {}", response.status())));
    }
    response
        .text()
        .await
        .map_err(|error| FetchError(format!("{url}: {}", reason(&error))))
}

/// Sends `init` to `url` exactly as written, and waits for the answer.
/// gloo-net's request builder would rewrite a URL that has a query (it
/// appends `&` and its own parameters, even when there are none), and a
/// council's endpoint, such as a flow's signed trigger, must be called as
/// configured: so the request is made here, and gloo-net only sends it.
async fn fetch(url: &str, init: &web_sys::RequestInit) -> Result<Response, String> {
    let request = web_sys::Request::new_with_str_and_init(url, init).map_err(|error| {
        error
            .dyn_ref::<js_sys::Error>()
            .map_or_else(|| "could not be made".to_owned(), |e| e.message().into())
    })?;
    Request::from(request)
        .send()
        .await
        .map_err(|error| reason(&error).to_owned())
}

/// What the browser said went wrong. Only JavaScript's own errors can come
/// from fetching text: formatting the others would bring serde_json's error
/// messages into the first load.
fn reason(error: &gloo_net::Error) -> &str {
    match error {
        gloo_net::Error::JsError(error) => &error.message,
        _ => "could not be read",
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets CSS custom properties (a council's theme) on the page's root
/// element, through the CSSOM, which a strict Content-Security-Policy allows
/// where a `style` attribute would not be.
pub fn set_style_properties(properties: &[(&str, String)]) {
    let Some(root) = embed::root() else {
        return;
    };
    for (name, value) in properties {
        let _ = root.style().set_property(name, value);
    }
}

/// Sets the browser tab's title (not when mounted in another site's page,
/// whose title is its own).
pub fn set_title(title: &str) {
    if embed::mode() == embed::Mode::Mounted {
        return;
    }
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Sets `lang` and `dir` on the root element so the browser, screen readers
/// and CSS logical properties follow the language shown.
pub fn set_language(lang: &str, right_to_left: bool) {
    if let Some(root) = embed::root() {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("dir", if right_to_left { "rtl" } else { "ltr" });
    }
}

/// Moves focus to the element with this id, so a screen reader announces a
/// new page; the element needs `tabindex="-1"` if it is not focusable.
pub fn focus(id: &str) {
    if let Some(element) = embed::element_by_id(id) {
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
///
/// Read and written here with `web_sys` rather than `gloo-storage`, for two
/// reasons measured or seen. `gloo-storage` stores every value as JSON,
/// which puts serde_json into the first load: 13,275 bytes gzipped more,
/// against a budget with about 2 KB to spare. And it throws when storage is
/// blocked (a sandboxed frame, cookies switched off), which would stop the
/// wizard where today it carries on without saving.
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

thread_local! {
    /// Set once "Exit this page" has begun: from then on nothing is stored.
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Stops every later write to storage, for the rest of this page's life.
/// "Exit this page" calls it before clearing: the page runs on until the
/// neutral site replaces it, and clearing the answers would otherwise be
/// saved back (an empty journey that still names the page it was on).
pub fn stop_storing() {
    LEAVING.with(|leaving| leaving.set(true));
}

/// Whether "Exit this page" has begun.
pub fn leaving() -> bool {
    LEAVING.with(std::cell::Cell::get)
}

/// Saves a value, unless the person is leaving (see [`stop_storing`]).
/// Storage can be full or switched off; then the wizard carries on without
/// it, which only costs a reload's worth of answers.
pub fn store_set(store: Store, key: &str, value: &str) {
    if leaving() {
        return;
    }
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

thread_local! {
    /// How many entries the wizard has put in the tab's history above the
    /// one it opened in (0 there). Read from the entry's state on a reload,
    /// so "Exit this page" knows how far back the wizard's entries go.
    static DEPTH: std::cell::Cell<Option<u32>> = const { std::cell::Cell::new(None) };
}

/// A history entry's state: the step's name and the entry's depth.
fn entry_state(step: &str, depth: u32) -> String {
    format!("{step}@{depth}")
}

/// The step name and depth in an entry's state (the host's own entry,
/// when mounted, has neither: it is depth 0).
fn read_entry_state(state: Option<String>) -> (Option<String>, u32) {
    let Some(state) = state else {
        return (None, 0);
    };
    match state.rsplit_once('@') {
        Some((step, depth)) => (Some(step.to_owned()), depth.parse().unwrap_or(0)),
        None => (Some(state), 0),
    }
}

/// The depth of the entry the tab is on now.
fn depth() -> u32 {
    DEPTH.with(|cell| match cell.get() {
        Some(depth) => depth,
        None => {
            let state = history().and_then(|h| h.state().ok()?.as_string());
            let depth = read_entry_state(state).1;
            cell.set(Some(depth));
            depth
        }
    })
}

/// Adds a history entry for `step` without changing the URL, so the
/// browser's Back and Forward buttons move between steps (and a host page's
/// own URL is left alone when the wizard is embedded).
pub fn push_history(step: &str) {
    let depth = depth() + 1;
    if let Some(history) = history() {
        if history
            .push_state(&entry_state(step, depth).into(), "")
            .is_ok()
        {
            DEPTH.with(|cell| cell.set(Some(depth)));
        }
    }
}

/// Replaces the current history entry's step.
/// Mounted in another site's page, the host's own entry is left alone.
pub fn replace_history(step: &str) {
    if embed::mode() == embed::Mode::Mounted {
        return;
    }
    if let Some(history) = history() {
        let _ = history.replace_state(&entry_state(step, depth()).into(), "");
    }
}

/// Moves the address to `page` (a file beside this one), keeping the
/// history entry's step, the rest of the query but `lang` (which would
/// otherwise win on reload), and the fragment.
pub fn replace_url(page: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(search), Ok(hash), Some(history)) = (location.search(), location.hash(), history())
    else {
        return;
    };
    let query = web_sys::UrlSearchParams::new_with_str(&search)
        .map(|params| {
            params.delete("lang");
            String::from(params.to_string())
        })
        .unwrap_or_default();
    let query = if query.is_empty() {
        query
    } else {
        format!("?{query}")
    };
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&format!("{page}{query}{hash}")));
}

/// Calls `on_pop` with the step of the entry the browser moved to whenever
/// the person presses Back or Forward.
pub fn on_history_pop(on_pop: impl Fn(Option<String>) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = EventListener::new(&window, "popstate", move |event| {
        let state = event
            .dyn_ref::<web_sys::PopStateEvent>()
            .and_then(|event| event.state().as_string());
        let (step, depth) = read_entry_state(state);
        DEPTH.with(|cell| cell.set(Some(depth)));
        on_pop(step)
    });
    // The listener lives as long as the page.
    listener.forget();
}

/// Scrolls an element into view and focuses it (for error summary links,
/// without touching the URL's fragment).
pub fn focus_field(id: &str) {
    if let Some(element) = embed::element_by_id(id) {
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

/// What a request of a submission adapter carries.
pub enum Body<'a> {
    /// Text (JSON, a form's fields), of this media type.
    Text(&'a str, &'a str),
    /// A file's bytes, of this media type.
    Bytes(&'a [u8], &'a str),
    /// Fields and files: the browser writes the multipart body and its
    /// media type with the boundary.
    Form(&'a web_sys::FormData),
}

/// One request of a submission adapter.
pub struct Post<'a> {
    /// `POST`, or `PUT` for a file.
    pub method: &'a str,
    /// Where to, relative to the page or absolute.
    pub url: &'a str,
    /// The body.
    pub body: Body<'a>,
    /// The submission id, sent as `Idempotency-Key`.
    pub idempotency_key: &'a str,
    /// Extra headers from the configuration.
    pub headers: &'a BTreeMap<String, String>,
    /// How long to wait for an answer, in milliseconds.
    pub timeout_ms: u32,
}

/// Sends one request and says what came of it: never an error, so every
/// failure is an [`Outcome`] the retry policy can decide on.
pub async fn post(request: Post<'_>) -> Outcome {
    // The receiver may still be working when we give up waiting: the
    // retry carries the same id, so it is not stored twice.
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let init = web_sys::RequestInit::new();
    init.set_method(request.method);
    // The configuration's headers, then ours (the configuration cannot
    // override them). Each value was checked as the browser checks it when
    // the configuration was read, so none is refused here.
    let Ok(headers) = web_sys::Headers::new() else {
        return Outcome::Unreachable;
    };
    let content_type = match request.body {
        Body::Text(_, media_type) | Body::Bytes(_, media_type) => Some(media_type),
        Body::Form(_) => None,
    };
    let ours = content_type
        .map(|media_type| ("content-type", media_type))
        .into_iter()
        .chain([("idempotency-key", request.idempotency_key)]);
    let all = request
        .headers
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .chain(ours);
    for (name, value) in all {
        if headers.set(name, value).is_err() {
            return Outcome::Unreachable;
        }
    }
    init.set_headers(&headers);
    match request.body {
        Body::Text(text, _) => init.set_body(&wasm_bindgen::JsValue::from_str(text)),
        Body::Bytes(bytes, _) => init.set_body(&js_sys::Uint8Array::from(bytes)),
        Body::Form(form) => init.set_body(form),
    }
    if let Some(signal) = &signal {
        init.set_signal(Some(signal));
    }
    // Cancelled when dropped, at the end of this function: the wait covers
    // reading the answer too.
    let _deadline = controller.map(|controller| {
        Timeout::new(timer_ms(request.timeout_ms.into()), move || {
            controller.abort()
        })
    });
    let timed_out = || signal.as_ref().is_some_and(web_sys::AbortSignal::aborted);
    let response = match fetch(request.url, &init).await {
        Ok(response) => response,
        Err(_) if timed_out() => return Outcome::TimedOut,
        Err(_) => return Outcome::Unreachable,
    };
    if !response.ok() {
        return Outcome::Refused {
            status: response.status(),
            retry_after: response.headers().get("retry-after"),
        };
    }
    match response.text().await {
        Ok(body) => Outcome::Accepted { body },
        // The answer was 2xx, so it arrived; only the body was lost.
        Err(_) if !timed_out() => Outcome::Accepted {
            body: String::new(),
        },
        Err(_) => Outcome::TimedOut,
    }
}

/// A delay for `setTimeout`, which treats anything above `i32::MAX`
/// milliseconds (about 25 days) as no delay at all.
fn timer_ms(ms: u64) -> u32 {
    ms.min(i32::MAX as u64) as u32
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: u64) {
    TimeoutFuture::new(timer_ms(ms)).await;
}

/// Whether the browser believes it is online.
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Waits until the browser says it is back online.
pub async fn until_online() {
    let Some(window) = web_sys::window().filter(|_| !online()) else {
        return;
    };
    let (back, is_back) = futures_channel::oneshot::channel();
    let _listener = EventListener::once(&window, "online", move |_| {
        let _ = back.send(());
    });
    let _ = is_back.await;
}

/// Milliseconds since 1970 on this device's clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// A random number in [0, 1), for spreading retries.
pub fn random_unit() -> f64 {
    js_sys::Math::random()
}

/// Opens the browser's print dialog (for a copy of the confirmation).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Leaves for `url` at once, so that Back from there does not return to
/// the wizard: first back through the wizard's own history entries to the
/// one it opened in (a step within this page, so quick), then replacing
/// that entry with `url`. The entries the wizard added stay ahead, as
/// Forward, and open its start page with nothing in it.
/// In an iframe the whole tab leaves, not just the frame (browsers allow
/// it after a key press or click); if the browser refuses, the frame does.
pub fn leave_for(url: &str) {
    let steps = depth();
    let history = history().filter(|_| steps > 0);
    let Some((window, history)) = web_sys::window().zip(history) else {
        replace_location(url);
        return;
    };
    let left = std::rc::Rc::new(std::cell::Cell::new(false));
    let go = {
        let url = url.to_owned();
        move || {
            if !left.replace(true) {
                replace_location(&url);
            }
        }
    };
    EventListener::once(&window, "popstate", {
        let go = go.clone();
        move |_| go()
    })
    .forget();
    // Should the browser not go back (or not say so), leave all the same.
    Timeout::new(LEAVE_WITHIN_MS, go).forget();
    if history.go_with_delta(-(steps as i32)).is_err() {
        replace_location(url);
    }
}

/// How long "Exit this page" waits for the browser to go back through the
/// wizard's entries before it leaves regardless.
const LEAVE_WITHIN_MS: u32 = 300;

/// Replaces the tab's current page with `url` (the whole tab's, in an
/// iframe, where the browser allows).
fn replace_location(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if embed::mode() == embed::Mode::Frame {
        if let Ok(Some(top)) = window.top() {
            if top.location().replace(url).is_ok() {
                return;
            }
        }
    }
    let _ = window.location().replace(url);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_history_entry_carries_its_step_and_depth() {
        let state = entry_state("check", 7);
        assert_eq!(read_entry_state(Some(state)), (Some("check".into()), 7));
        // Entries from before depths were kept, and a host page's own.
        assert_eq!(
            read_entry_state(Some("who".into())),
            (Some("who".into()), 0)
        );
        assert_eq!(read_entry_state(None), (None, 0));
        assert_eq!(
            read_entry_state(Some("who@x".into())),
            (Some("who".into()), 0)
        );
    }
}
