//! The pages after the start page, in a wasm chunk of their own.
//!
//! The first load carries the app's frame and the start page; every other
//! page (and the timescale engine, delivery and the confirmation they use)
//! is split into a second wasm file that is fetched once the start page is
//! on screen. So is all reading and writing of JSON with serde: the full
//! check of the configuration, the procedures, and the saved answers. When
//! the chunk arrives it finishes starting the wizard (see
//! [`crate::app::finish_start`]) before any of its pages shows.
//!
//! `scripts/wasm-bundle.mjs` does the splitting, at the functions marked
//! `#[wasm_split]` below; on native targets they are called directly, so
//! the native tests see no difference.
//!
//! If the chunk cannot be fetched (the connection dropped), the person sees
//! a page that says so, keeps their answers, and can try again. Whatever
//! they asked for meanwhile (the Start button) happens once it arrives.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use redress_core::journey::Step;

use crate::components::{use_page_title, ExitThisPage, HEADING_ID};
use crate::config::{Contacts, StartConfig};
use crate::l10n::{use_i18n, I18n};
use crate::pages::later_page_view;
use crate::wizard::Wizard;

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

/// What the chunk needs to finish starting the wizard.
#[derive(Clone)]
pub struct Setup {
    /// The app's owner, which the chunk's effects and context belong to.
    pub owner: Owner,
    /// The configuration's text, for the full reading.
    pub json: String,
    /// The journey, to restore.
    pub wizard: Wizard,
    /// The person's language, for the fallback page's answers.
    pub i18n: I18n,
    /// The start page's settings: set by the chunk when the first load
    /// could not read them but the full reading can.
    pub start: RwSignal<Option<StartConfig>>,
}

/// What the full reading found wrong with the configuration, and the
/// contact routes that could still be read from it (boxed: it is rare and
/// large).
pub type Broken = Box<(Vec<String>, Contacts)>;

/// The later pages' chunk, provided as context by the app.
#[derive(Clone, Copy)]
pub struct LaterPages {
    load: RwSignal<Load>,
    setup: StoredValue<Option<Setup>>,
    /// The page the person continued from before the chunk arrived.
    queued: RwSignal<Option<Step>>,
    /// Set when the full reading of the configuration found problems.
    pub broken: RwSignal<Option<Broken>>,
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
            setup: StoredValue::new(None),
            queued: RwSignal::new(None),
            broken: RwSignal::new(None),
        }
    }

    /// Gives the chunk what it needs to finish starting the wizard, once the
    /// configuration has arrived; until then, [`LaterPages::fetch`] waits.
    pub fn prepare(self, setup: Setup) {
        self.setup.set_value(Some(setup));
    }

    /// Fetches the chunk and finishes starting the wizard with it, unless
    /// that is done or under way. Deferred to a task of its own, so it may
    /// be called while a view renders.
    pub fn fetch(self) {
        leptos::task::spawn_local(async move {
            if matches!(self.load.get_untracked(), Load::Loading | Load::Loaded) {
                return;
            }
            let Some(setup) = self.setup.get_value() else {
                return;
            };
            self.load.set(Load::Loading);
            let wizard = setup.wizard;
            let opened = match preload_later_pages().await {
                Ok(()) => later_open(setup).await,
                Err(error) => Err(error),
            };
            match opened {
                Ok(Ok(())) => {
                    self.load.set(Load::Loaded);
                    if let Some(step) = self.queued.get_untracked() {
                        self.queued.set(None);
                        acknowledge(wizard, step).await;
                    }
                }
                Ok(Err(broken)) => {
                    self.load.set(Load::Loaded);
                    self.broken.set(Some(broken));
                }
                Err(_) => self.load.set(Load::Failed),
            }
        });
    }

    /// Fetches the chunk in the background while the start page is read:
    /// once. A failure is never tried again behind the person's back, which
    /// would swap the page saying so (and its focused heading) for a
    /// loading message; they try again themselves, or go on, which does.
    pub fn prefetch(self) {
        if self.load.get_untracked() == Load::NotStarted {
            self.fetch();
        }
    }

    /// Continues from `step`, a page the person has read (the start page),
    /// once the chunk is here: at once if it is, otherwise when it arrives,
    /// saying meanwhile that it is on its way. The journey's rules are in
    /// the chunk.
    pub fn acknowledge(self, wizard: Wizard, step: Step) {
        if self.load.get_untracked() == Load::Loaded {
            leptos::task::spawn_local(acknowledge(wizard, step));
        } else {
            self.queued.set(Some(step));
            self.fetch();
        }
    }

    /// Whether something the person asked for waits for the chunk.
    pub fn is_waiting(self) -> bool {
        self.queued.with(Option::is_some)
    }

    /// The page for `step` (any but the start page): at once when the chunk
    /// is here, otherwise [`LaterPages::waiting`]. Reactive: the page
    /// appears when the chunk does.
    pub fn page(self, step: Step) -> AnyView {
        match self.load.get() {
            Load::Loaded => match poll_once(later_page(step)) {
                Some(Ok(view)) => view,
                // Loaded means the call is ready; this is only a guard.
                _ => view! { <LoadFailed pages=self/> }.into_any(),
            },
            _ => self.waiting(),
        }
    }

    /// The Exit this page button, which is in the chunk: it is only shown
    /// on the pages after the first question, which come with it.
    pub fn exit_this_page(self) -> Option<AnyView> {
        if self.load.get() != Load::Loaded {
            return None;
        }
        poll_once(later_exit_this_page()).and_then(Result::ok)
    }

    /// While the chunk is needed but not here: a loading message, or the
    /// page that says it could not be fetched. Asks for it if nobody has.
    pub fn waiting(self) -> AnyView {
        match self.load.get() {
            Load::Failed => view! { <LoadFailed pages=self/> }.into_any(),
            Load::NotStarted => {
                self.fetch();
                view! { <LoadingMessage/> }.into_any()
            }
            Load::Loading | Load::Loaded => view! { <LoadingMessage/> }.into_any(),
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

/// Continues the journey from `step`, in the chunk (which is loaded).
async fn acknowledge(wizard: Wizard, step: Step) {
    // Only a chunk that could not be fetched fails, and it is here.
    let _ = later_acknowledge(wizard, step).await;
}

/// Fetches the chunk without calling into it, and readies the functions
/// that are called without waiting.
async fn preload_later_pages() -> Result<(), SplitLoaderError> {
    __preload_later_page().await?;
    __preload_exit_this_page().await
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

#[wasm_split(
    later_pages,
    wasm_split_path = ::leptos::wasm_split,
    preload(__preload_exit_this_page),
    fallible
)]
fn later_exit_this_page() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ExitThisPage/> }.into_any())
}

#[wasm_split(later_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
fn later_open(setup: Setup) -> Result<Result<(), Broken>, SplitLoaderError> {
    Ok(crate::app::finish_start(setup))
}

#[wasm_split(later_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
fn later_acknowledge(wizard: Wizard, step: Step) -> Result<(), SplitLoaderError> {
    wizard.acknowledge(step);
    Ok(())
}

#[wasm_split(later_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
fn later_time_timeline(batches: u32) -> Result<f64, SplitLoaderError> {
    Ok(crate::bench::time_timeline(batches))
}

/// Said while the chunk is on its way (usually too briefly to notice).
#[component]
fn LoadingMessage() -> impl IntoView {
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
        <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">
            {i18n.text("page-load-failed-title")}
        </h1>
        <p class="redress-body">{i18n.text("page-load-failed-body")}</p>
        <button type="button" class="redress-button" on:click=move |_| pages.fetch()>
            {i18n.text("page-load-try-again")}
        </button>
    }
}
