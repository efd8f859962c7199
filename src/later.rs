//! The pages after the start page, in a wasm chunk of their own.
//!
//! The first load carries the app's frame and the start page; every other
//! page (and the timescale engine, delivery and the confirmation they use)
//! is split into a second wasm file that is fetched once the start page is
//! on screen. `scripts/wasm-bundle.mjs` does the splitting, at the function
//! marked `#[wasm_split]` below; on native targets that function is called
//! directly, so the native tests see no difference.
//!
//! If the chunk cannot be fetched (the connection dropped), the person sees
//! a page that says so, keeps their answers, and can try again.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use redress_core::journey::Step;

use crate::components::{use_page_title, BackLink, HEADING_ID};
use crate::l10n::use_i18n;
use crate::pages::later_page_view;

/// Where the chunk is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Load {
    /// Not asked for yet.
    NotStarted,
    /// On its way.
    Loading,
    /// Ready: its pages render at once.
    Loaded,
    /// The last attempt failed; the next one starts afresh.
    Failed,
}

/// The later pages' chunk, provided as context by the app.
#[derive(Clone, Copy)]
pub struct LaterPages {
    load: RwSignal<Load>,
}

impl LaterPages {
    /// The context provided by [`crate::app::App`].
    pub fn get() -> Self {
        expect_context()
    }

    /// A chunk not asked for yet.
    pub fn new() -> Self {
        LaterPages {
            load: RwSignal::new(Load::NotStarted),
        }
    }

    /// Fetches the chunk, unless it is here or on its way. Deferred to a
    /// task of its own, so it may be called while a view renders.
    pub fn fetch(self) {
        leptos::task::spawn_local(async move {
            if matches!(self.load.get_untracked(), Load::Loading | Load::Loaded) {
                return;
            }
            self.load.set(Load::Loading);
            let loaded = preload_later_pages().await.is_ok();
            self.load
                .set(if loaded { Load::Loaded } else { Load::Failed });
        });
    }

    /// The page for `step` (any but the start page): at once when the chunk
    /// is here, otherwise a loading message, or the page that says it could
    /// not be fetched. Reactive: the page appears when the chunk does.
    pub fn page(self, step: Step) -> AnyView {
        match self.load.get() {
            Load::Loaded => match poll_once(later_page(step)) {
                Some(Ok(view)) => view,
                // Loaded means the call is ready; this is only a guard.
                _ => view! { <LoadFailed pages=self/> }.into_any(),
            },
            Load::Failed => view! { <LoadFailed pages=self/> }.into_any(),
            Load::NotStarted => {
                self.fetch();
                view! { <LoadingMessage/> }.into_any()
            }
            Load::Loading => view! { <LoadingMessage/> }.into_any(),
        }
    }
}

impl Default for LaterPages {
    fn default() -> Self {
        Self::new()
    }
}

/// Median milliseconds of one children's statutory timeline, computed in
/// the chunk, where the timescale engine lives (see [`crate::time_timeline`]).
pub async fn time_timeline(batches: u32) -> f64 {
    later_time_timeline(batches).await.unwrap_or(f64::NAN)
}

/// Polls a future once: the split function's future is ready at the first
/// poll when its chunk is loaded, so a page renders without waiting a tick.
fn poll_once<F: Future>(future: F) -> Option<F::Output> {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}

/// Fetches the chunk without calling into it.
async fn preload_later_pages() -> Result<(), SplitLoaderError> {
    __preload_later_page().await
}

#[wasm_split(
    later_pages,
    wasm_split_path = ::leptos::wasm_split,
    preload(__preload_later_page),
    fallible
)]
fn later_page(step: Step) -> Result<AnyView, SplitLoaderError> {
    Ok(later_page_view(step))
}

#[wasm_split(later_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
fn later_time_timeline(batches: u32) -> Result<f64, SplitLoaderError> {
    Ok(crate::bench::time_timeline(batches))
}

/// Said while the chunk is on its way (usually too briefly to notice).
#[component]
pub fn LoadingMessage() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="redress-body" role="status">{i18n.text("loading")}</p> }
}

/// The chunk could not be fetched: say so, keep the answers, offer a retry.
#[component]
fn LoadFailed(
    /// The chunk to fetch again.
    pages: LaterPages,
) -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(i18n.text("page-load-failed-title"));
    view! {
        <BackLink/>
        <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">
            {i18n.text("page-load-failed-title")}
        </h1>
        <p class="redress-body">{i18n.text("page-load-failed-body")}</p>
        <button type="button" class="redress-button" on:click=move |_| pages.fetch()>
            {i18n.text("page-load-try-again")}
        </button>
    }
}
