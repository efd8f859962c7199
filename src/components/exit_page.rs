//! GOV.UK "Exit this page": for someone who may be watched, a way to leave
//! at once for a neutral site, by the button or by pressing Shift 3 times.
//! Leaving clears every stored answer first.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::browser;
use crate::config::StartConfig;
use crate::l10n::use_i18n;
use crate::language::Languages;
use crate::live_region::announce;
use crate::wizard::Wizard;

/// How many Shift presses leave, and within how long.
const PRESSES: u32 = 3;
const WITHIN_MS: f64 = 5000.0;

/// The Exit this page button, and the Shift shortcut while it is shown.
#[component]
pub fn ExitThisPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let url = expect_context::<StartConfig>().exit_url;
    let leave = {
        let url = url.clone();
        move || {
            browser::stop_storing();
            wizard.forget_all_files();
            wizard.forget();
            Languages::forget_choice();
            browser::leave_for(&url);
        }
    };
    let presses = Rc::new(Cell::new((0u32, 0.0f64)));
    let on_key = {
        let leave = leave.clone();
        move |event: leptos::ev::KeyboardEvent| {
            if event.key() != "Shift" || event.repeat() {
                return;
            }
            let now = js_sys::Date::now();
            let (count, first) = presses.get();
            let (count, first) = if count == 0 || now - first > WITHIN_MS {
                (1, now)
            } else {
                (count + 1, first)
            };
            presses.set((count, first));
            if count >= PRESSES {
                leave();
            } else {
                let left = i64::from(PRESSES - count);
                announce(&i18n.t_with("exit-shift-count", &[("count", left.into())]));
            }
        }
    };
    let handle = window_event_listener(leptos::ev::keydown, on_key);
    on_cleanup(move || handle.remove());
    view! {
        <div class="redress-exit-this-page">
            <button
                type="button"
                class="redress-button redress-button--warning redress-exit-this-page__button"
                on:click=move |_| leave()
            >
                <span class="redress-visually-hidden">{i18n.text("exit-emergency")} " "</span>
                {i18n.text("exit-button")}
            </button>
            <p class="redress-exit-this-page__hint">{i18n.text("exit-hint")}</p>
        </div>
    }
}
