//! Redress: an accessible, multilingual complaint wizard for UK councils.
//!
//! The rules live in `redress-core`; this crate renders them. Components
//! render state and turn events into calls of the core's functions.

// The ssr rendering of deeply nested views needs deeper type layouts.
#![recursion_limit = "256"]

pub use redress_core::msg;

// Written natively by the receiver, never in the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod acknowledgement;
pub mod app;
pub mod bench;
pub mod browser;
pub mod components;
pub mod config;
pub mod delivery;
pub mod device_files;
pub mod embed;
pub mod fallback;
#[cfg(test)]
mod glossary;
pub mod i18n;
pub mod intl;
pub mod l10n;
pub mod language;
pub mod later;
pub mod live_region;
pub mod next_steps;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod takeover;
pub mod wizard;

/// Mounts the wizard: into the host page's `[data-redress-mount]` element
/// when there is one (see [`embed`]); off screen, to take over a
/// prerendered page (see [`takeover`]); otherwise on the page's body.
pub fn mount() {
    match embed::prepare().or_else(takeover::prepare) {
        Some(container) => leptos::mount::mount_to(container, app::App).forget(),
        None => leptos::mount::mount_to_body(app::App),
    }
    embed::report_height();
}

/// Times the timescale engine inside the wasm, for `scripts/bench`: the
/// median milliseconds of one children's statutory timeline (see
/// [`bench::time_timeline`]), computed in the later pages' chunk, where the
/// engine lives.
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn time_timeline(batches: u32) -> f64 {
    later::time_timeline(batches).await
}
