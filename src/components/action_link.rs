//! A link that does something in the wizard (go back, change an answer,
//! start again) rather than load a page: it looks and reads as a link, and
//! leaves the URL (and an embedding host page's URL) alone.

use leptos::prelude::*;

/// A link that runs `on_click` instead of navigating.
#[component]
pub fn ActionLink(
    /// The link's class: `redress-link` or `redress-back-link`.
    class: &'static str,
    /// What the link does.
    on_click: Callback<()>,
    /// The link text.
    children: Children,
) -> impl IntoView {
    view! {
        <a
            href="#"
            class=class
            on:click=move |event| {
                event.prevent_default();
                on_click.run(());
            }
        >
            {children()}
        </a>
    }
}
