//! GOV.UK checkboxes, with content revealed under a ticked box (for example
//! the email field under "Email").

use std::collections::BTreeSet;

use leptos::prelude::*;
use redress_core::validate::FieldError;

use crate::components::error_summary::{described_by, ErrorMessage};
use crate::components::Choice;
use crate::components::{item_id, FieldHint};
use crate::l10n::use_i18n;

/// One checkbox, and what to show under it while it is ticked.
pub struct CheckboxItem<T> {
    /// The value, label and hint.
    pub choice: Choice<T>,
    /// Fields shown only while the box is ticked.
    pub reveal: Option<ViewFn>,
}

impl<T> CheckboxItem<T> {
    /// A checkbox with nothing to reveal.
    pub fn plain(choice: Choice<T>) -> Self {
        CheckboxItem {
            choice,
            reveal: None,
        }
    }

    /// A checkbox that reveals `reveal` when ticked.
    pub fn revealing(choice: Choice<T>, reveal: impl Into<ViewFn>) -> Self {
        CheckboxItem {
            choice,
            reveal: Some(reveal.into()),
        }
    }
}

/// A group of checkboxes in a fieldset with a legend (never the page h1:
/// these pages have their own heading).
#[component]
pub fn Checkboxes<T>(
    /// The group's name; the first box's id, which error links point to.
    name: &'static str,
    /// The legend's message id.
    legend: &'static str,
    /// The hint's message id, if any.
    #[prop(optional_no_strip)]
    hint: Option<&'static str>,
    /// The boxes, in order.
    items: Vec<CheckboxItem<T>>,
    /// The values ticked.
    selected: RwSignal<BTreeSet<T>>,
    /// The group's error, if any.
    error: Signal<Option<FieldError>>,
) -> impl IntoView
where
    T: Copy + Ord + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let described = described_by(name, hint.is_some(), error);
    let boxes = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let id = item_id(name, i);
            let value = item.choice.value;
            let label = item.choice.label;
            let checked = move || selected.with(|set| set.contains(&value));
            let reveal_id = format!("{id}-reveal");
            let has_reveal = item.reveal.is_some();
            view! {
                <div class="redress-checkboxes__item">
                    <input
                        class="redress-checkboxes__input"
                        id=id.clone()
                        name=name
                        type="checkbox"
                        prop:checked=checked
                        aria-controls=has_reveal.then(|| reveal_id.clone())
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            selected.update(|set| {
                                if on {
                                    set.insert(value);
                                } else {
                                    set.remove(&value);
                                }
                            });
                        }
                    />
                    <label class="redress-checkboxes__label" for=id>
                        {i18n.text(label)}
                    </label>
                </div>
                {item
                    .reveal
                    .map(|reveal| {
                        view! {
                            <div
                                id=reveal_id
                                class="redress-checkboxes__conditional"
                                hidden=move || !checked()
                            >
                                {reveal.run()}
                            </div>
                        }
                    })}
            }
        })
        .collect_view();
    view! {
        <div class="redress-form-group" class:redress-form-group--error=move || error.with(Option::is_some)>
            <fieldset class="redress-fieldset" aria-describedby=described>
                <legend class="redress-fieldset__legend redress-fieldset__legend--m">
                    {i18n.text(legend)}
                </legend>
                <FieldHint id=name hint/>
                <ErrorMessage error field=name/>
                <div class="redress-checkboxes">{boxes}</div>
            </fieldset>
        </div>
    }
}
