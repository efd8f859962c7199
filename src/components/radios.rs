//! GOV.UK radios: one question as the page heading, in a fieldset whose
//! legend is the h1, with hint and error tied to the group.

use leptos::prelude::*;
use redress_core::validate::FieldError;

use crate::components::error_summary::{described_by, ErrorMessage};
use crate::components::page::HEADING_ID;
use crate::components::{item_id, FieldHint};
use crate::l10n::use_i18n;

/// One choice: its value, and the message ids of its label and hint.
#[derive(Clone, Copy)]
pub struct Choice<T> {
    /// The answer this choice stands for.
    pub value: T,
    /// The label's message id.
    pub label: &'static str,
    /// The hint's message id, if the choice needs explaining.
    pub hint: Option<&'static str>,
}

impl<T> Choice<T> {
    /// A choice with a label only.
    pub const fn new(value: T, label: &'static str) -> Self {
        Choice {
            value,
            label,
            hint: None,
        }
    }

    /// A choice with a label and a hint.
    pub const fn hinted(value: T, label: &'static str, hint: &'static str) -> Self {
        Choice {
            value,
            label,
            hint: Some(hint),
        }
    }
}

/// A radio group whose legend is the page's h1.
#[component]
pub fn Radios<T>(
    /// The group's name; the first radio's id, which error links point to.
    name: &'static str,
    /// The question's message id (the page heading).
    question: &'static str,
    /// The hint's message id, if any.
    #[prop(optional_no_strip)]
    hint: Option<&'static str>,
    /// The choices, in order.
    choices: Vec<Choice<T>>,
    /// Whether the question is the page's h1 (true) or the page has its own
    /// heading above (false).
    as_heading: bool,
    /// The chosen value.
    selected: RwSignal<Option<T>>,
    /// The group's error, if any.
    error: Signal<Option<FieldError>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let described = described_by(name, hint.is_some(), error);
    let radios = choices
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let id = item_id(name, i);
            let hint_id = format!("{id}-item-hint");
            let value = choice.value;
            view! {
                <div class="redress-radios__item">
                    <input
                        class="redress-radios__input"
                        id=id.clone()
                        name=name
                        type="radio"
                        value=i.to_string()
                        prop:checked=move || selected.get() == Some(value)
                        on:change=move |_| selected.set(Some(value))
                        aria-describedby=choice.hint.map(|_| hint_id.clone())
                    />
                    <label class="redress-radios__label" for=id>
                        {i18n.text(choice.label)}
                    </label>
                    {choice
                        .hint
                        .map(|hint| {
                            view! {
                                <div id=hint_id.clone() class="redress-hint redress-radios__hint">
                                    {i18n.text(hint)}
                                </div>
                            }
                        })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="redress-form-group" class:redress-form-group--error=move || error.with(Option::is_some)>
            <fieldset class="redress-fieldset" aria-describedby=described>
                <Legend text=question heading=as_heading/>
                <FieldHint id=name hint/>
                <ErrorMessage error field=name/>
                <div class="redress-radios">{radios}</div>
            </fieldset>
        </div>
    }
}

/// A fieldset's legend: the page's h1 when the fieldset is the page's only
/// question (GOV.UK's pattern), otherwise a medium heading.
#[component]
pub fn Legend(
    /// The legend's message id.
    text: &'static str,
    /// Whether it is the page's h1.
    heading: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if heading {
        view! {
            <legend class="redress-fieldset__legend">
                <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">
                    {i18n.text(text)}
                </h1>
            </legend>
        }
        .into_any()
    } else {
        view! {
            <legend class="redress-fieldset__legend redress-fieldset__legend--m">
                {i18n.text(text)}
            </legend>
        }
        .into_any()
    }
}
