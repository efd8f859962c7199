//! GOV.UK interruption card: something the person needs to know before they
//! carry on, with a button to carry on.

use leptos::prelude::*;
use redress_core::journey::Step;

use crate::components::{use_page_title, BackLink, HEADING_ID};
use crate::l10n::use_i18n;
use crate::wizard::Wizard;

/// An interruption page for `step`; Continue records that it was read.
#[component]
pub fn InterruptionPage(
    /// The step this page is.
    step: Step,
    /// The heading's message id (also the page title).
    heading: &'static str,
    /// The button's message id.
    button: &'static str,
    /// What the person needs to know.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    use_page_title(i18n.text(heading));
    view! {
        <BackLink/>
        <div class="redress-interruption">
            <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">
                {i18n.text(heading)}
            </h1>
            {children()}
            <button
                type="button"
                class="redress-button redress-button--inverse"
                on:click=move |_| wizard.acknowledge(step)
            >
                {i18n.text(button)}
            </button>
        </div>
    }
}
