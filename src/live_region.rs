//! The page's one persistent polite live region: how the wizard tells
//! screen-reader users about changes that are not a new page (the
//! character count, saving, sending).

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;

/// The live region's id.
const ID: &str = "redress-live-region";

/// How long typing must pause before the count is read out, so a screen
/// reader is not interrupted at every keystroke.
const PAUSE: Duration = Duration::from_millis(1000);

thread_local! {
    static LATEST: Cell<u64> = const { Cell::new(0) };
}

/// The live region itself: rendered once by the app, always present so
/// assistive technology is listening before anything is announced.
#[component]
pub fn LiveRegion() -> impl IntoView {
    view! { <div id=ID class="redress-visually-hidden" aria-live="polite" aria-atomic="true"></div> }
}

/// Drops the announcement waiting for a pause, if any.
pub fn cancel_later() {
    LATEST.with(|latest| latest.set(latest.get() + 1));
}

/// Announces `text` now. An announcement still waiting for a pause is
/// dropped: it would be out of date, and would talk over this one.
pub fn announce(text: &str) {
    cancel_later();
    let element = crate::embed::element_by_id(ID);
    if let Some(element) = element {
        element.set_text_content(Some(text));
    }
}

/// Announces `text` once the person pauses; a later call replaces it, and
/// [`announce`] or [`cancel_later`] drops it.
pub fn announce_later(text: String) {
    cancel_later();
    let ticket = LATEST.with(Cell::get);
    set_timeout(
        move || {
            if LATEST.with(Cell::get) == ticket {
                announce(&text);
            }
        },
        PAUSE,
    );
}
