//! The frame of every question page: Back link, error summary, the form and
//! its Continue button, and the page title ("Error: " while errors show).

use leptos::prelude::*;
use redress_core::validate::FieldError;

use crate::components::{use_page_title, BackLink, ErrorSummary};
use crate::l10n::use_i18n;

/// A question page. `on_continue` checks the answers: `Err` with the errors
/// keeps the person on the page with them shown, `Ok` lets the caller move
/// on (it has already applied the answer).
#[component]
pub fn QuestionPage(
    /// The page's title message id (usually the question).
    title: &'static str,
    /// The page's errors, set by `on_continue`.
    errors: RwSignal<Vec<FieldError>>,
    /// Checks and applies the answer when the person presses Continue.
    on_continue: Callback<(), Result<(), Vec<FieldError>>>,
    /// The button's message id; "Continue" unless given.
    #[prop(optional)]
    button: Option<&'static str>,
    /// The question's fields.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || {
        let page = i18n.t(title);
        if errors.with(Vec::is_empty) {
            page
        } else {
            i18n.t_with("page-title-error", &[("title", page.into())])
        }
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match on_continue.run(()) {
            Ok(()) => errors.set(Vec::new()),
            Err(found) => errors.set(found),
        }
    };
    let button = button.unwrap_or(crate::msg!("continue"));
    view! {
        <BackLink/>
        <div class="redress-grid">
            <div class="redress-grid__main">
                <ErrorSummary errors/>
                <form class="redress-form" novalidate on:submit=submit>
                    {children()}
                    <button type="submit" class="redress-button">
                        {i18n.text(button)}
                    </button>
                </form>
            </div>
        </div>
    }
}
