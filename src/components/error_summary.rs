//! GOV.UK error summary: takes focus when errors appear, and links to each
//! field with a problem.

use leptos::prelude::*;
use redress_core::validate::FieldError;

use crate::browser;
use crate::l10n::{use_i18n, I18n};

/// The id of the error summary, which takes focus when it appears.
const SUMMARY_ID: &str = "error-summary";

/// A list of the page's errors, shown above the form after a failed submit.
#[component]
pub fn ErrorSummary(
    /// The errors to list; nothing is shown when empty.
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let items = Signal::derive(move || {
        errors.with(|list| {
            list.iter()
                .map(|error| (error.field, error_text(i18n, *error)))
                .collect()
        })
    });
    view! { <ErrorList items/> }
}

/// The error summary for errors written out already: each the id of the
/// field it links to and its text (a file's name and what is wrong with it).
#[component]
pub fn ErrorList(
    /// The errors to list; nothing is shown when empty.
    items: Signal<Vec<(&'static str, String)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Focus moves to the summary each time errors are found.
    Effect::new(move |_| {
        if !items.with(Vec::is_empty) {
            browser::focus(SUMMARY_ID);
        }
    });
    move || {
        let list = items.get();
        (!list.is_empty()).then(|| {
            view! {
                // As GOV.UK's: no name on the container, which is a generic
                // element (ARIA 1.2 prohibits naming those); the alert inside
                // reads the title and the list.
                <div id=SUMMARY_ID class="redress-error-summary" tabindex="-1">
                    <div role="alert">
                        <h2 id="error-summary-title" class="redress-error-summary__title">
                            {i18n.text("error-summary-title")}
                        </h2>
                        <ul class="redress-list redress-error-summary__list">
                            {list
                                .into_iter()
                                .map(|(field, text)| {
                                    view! {
                                        <li>
                                            <a
                                                href=format!("#{field}")
                                                on:click=move |event| {
                                                    event.prevent_default();
                                                    browser::focus_field(field);
                                                }
                                            >
                                                {text}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </div>
                </div>
            }
        })
    }
}

/// What `error` says, with the most characters the field takes where it
/// says that.
fn error_text(i18n: I18n, error: FieldError) -> String {
    match error.limit {
        Some(limit) => i18n.t_with(error.message, &[("max", (limit as i64).into())]),
        None => i18n.t(error.message),
    }
}

/// The error message under a field, tied to it by the id
/// `{field}-error` (which the field lists in `aria-describedby`).
#[component]
pub fn ErrorMessage(
    /// The field's error, if it has one.
    error: Signal<Option<FieldError>>,
    /// The field's id.
    field: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|error| {
            view! {
                <p id=format!("{field}-error") class="redress-error-message">
                    <span class="redress-visually-hidden">{i18n.text("error-prefix")}</span>
                    " "
                    {move || error_text(i18n, error)}
                </p>
            }
        })
    }
}

/// The error of one field among a page's errors.
pub fn field_error(
    errors: RwSignal<Vec<FieldError>>,
    field: &'static str,
) -> Signal<Option<FieldError>> {
    Signal::derive(move || errors.with(|list| list.iter().find(|e| e.field == field).copied()))
}

/// The error of a group of inputs whose ids start with `prefix` (a date's
/// day, month and year boxes), if any.
pub fn group_error(
    errors: RwSignal<Vec<FieldError>>,
    prefix: &'static str,
) -> Signal<Option<FieldError>> {
    Signal::derive(move || {
        errors.with(|list| list.iter().find(|e| e.field.starts_with(prefix)).copied())
    })
}

/// The `aria-describedby` value for a field: its hint and error, if shown.
pub fn described_by(
    field: &'static str,
    has_hint: bool,
    error: Signal<Option<FieldError>>,
) -> Signal<Option<String>> {
    Signal::derive(move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{field}-hint"));
        }
        if error.with(Option::is_some) {
            ids.push(format!("{field}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    })
}
