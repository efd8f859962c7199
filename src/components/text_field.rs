//! GOV.UK text input and textarea with character count. A field's label can
//! be the page's h1 when the page asks one question.

use leptos::prelude::*;
use redress_core::validate::{char_count, FieldError};

use crate::components::error_summary::{described_by, ErrorMessage};
use crate::components::page::HEADING_ID;
use crate::components::FieldHint;
use crate::i18n::Arg;
use crate::l10n::use_i18n;
use crate::live_region::{announce_later, cancel_later};

/// The label of a field: in an h1 when it is the page's question.
#[component]
fn FieldLabel(id: &'static str, label: &'static str, heading: bool) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || i18n.t(label);
    if heading {
        view! {
            <h1 id=HEADING_ID class="redress-label-wrapper" tabindex="-1">
                <label class="redress-label redress-label--l" for=id>{text}</label>
            </h1>
        }
        .into_any()
    } else {
        view! { <label class="redress-label" for=id>{text}</label> }.into_any()
    }
}

/// A one-line text input.
#[component]
pub fn TextInput(
    /// The input's id and name.
    id: &'static str,
    /// The label's message id.
    label: &'static str,
    /// The hint's message id, if any.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Whether the label is the page's h1.
    #[prop(optional)]
    heading: bool,
    /// The text typed so far.
    value: RwSignal<String>,
    /// The field's error, if any.
    error: Signal<Option<FieldError>>,
    /// The HTML autocomplete token, e.g. "name" or "email".
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// The input type: "text" unless given ("email", "tel").
    #[prop(optional)]
    kind: Option<&'static str>,
) -> impl IntoView {
    let described = described_by(id, hint.is_some(), error);
    view! {
        <div class="redress-form-group" class:redress-form-group--error=move || error.with(Option::is_some)>
            <FieldLabel id label heading/>
            <FieldHint id hint/>
            <ErrorMessage error field=id/>
            <input
                class="redress-input"
                class:redress-input--error=move || error.with(Option::is_some)
                id=id
                name=id
                type=kind.unwrap_or("text")
                autocomplete=autocomplete.unwrap_or("off")
                spellcheck="false"
                aria-describedby=described
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
        </div>
    }
}

/// A textarea with a character count that tells the person how many
/// characters they have left before they reach the limit, and by how many
/// they are over it. Text over the limit is kept, never cut.
#[component]
pub fn CharacterCount(
    /// The textarea's id and name.
    id: &'static str,
    /// The label's message id.
    label: &'static str,
    /// The hint's message id, if any.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The hint message's variables, if it has any.
    #[prop(optional)]
    hint_args: Vec<(&'static str, Arg)>,
    /// Whether the label is the page's h1.
    #[prop(optional)]
    heading: bool,
    /// The text typed so far.
    value: RwSignal<String>,
    /// The most characters allowed.
    limit: usize,
    /// The field's error, if any.
    error: Signal<Option<FieldError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let count_message = move || {
        let used = value.with(|text| char_count(text)) as i64;
        let limit = limit as i64;
        if used > limit {
            i18n.t_with("character-count-over", &[("count", (used - limit).into())])
        } else {
            i18n.t_with(
                "character-count-remaining",
                &[("count", (limit - used).into())],
            )
        }
    };
    let over = move || value.with(|text| char_count(text)) > limit;
    // A count still waiting for a pause in typing is not read out on the
    // next page, over what that page announces.
    on_cleanup(cancel_later);
    let mut described = vec![format!("{id}-info")];
    if hint.is_some() {
        described.insert(0, format!("{id}-hint"));
    }
    let described = move || {
        let mut ids = described.clone();
        if error.with(Option::is_some) {
            ids.push(format!("{id}-error"));
        }
        ids.join(" ")
    };
    view! {
        <div class="redress-form-group" class:redress-form-group--error=move || error.with(Option::is_some)>
            <FieldLabel id label heading/>
            <FieldHint id hint args=hint_args/>
            <ErrorMessage error field=id/>
            <textarea
                class="redress-textarea"
                class:redress-textarea--error=move || error.with(Option::is_some) || over()
                id=id
                name=id
                rows="8"
                aria-describedby=described
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || value.get()
                on:input=move |event| {
                    value.set(event_target_value(&event));
                    announce_later(count_message());
                }
            ></textarea>
            <div
                id=format!("{id}-info")
                class="redress-hint redress-character-count__message"
                class:redress-character-count__message--over=over
            >
                {count_message}
            </div>
        </div>
    }
}
