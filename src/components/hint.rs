//! Pieces every form field shares: its hint, and the ids of a group's items.

use leptos::prelude::*;

use crate::i18n::Arg;
use crate::l10n::use_i18n;

/// A field's or group's hint, `id="{id}-hint"` so the field can list it in
/// `aria-describedby`; nothing when there is no hint.
#[component]
pub fn FieldHint(
    /// The field's or group's id.
    id: &'static str,
    /// The hint's message id, if any.
    hint: Option<&'static str>,
    /// The hint message's variables, if it has any.
    #[prop(optional)]
    args: Vec<(&'static str, Arg)>,
) -> impl IntoView {
    let i18n = use_i18n();
    hint.map(|hint| {
        view! { <div id=format!("{id}-hint") class="redress-hint">{move || i18n.t_with(hint, &args)}</div> }
    })
}

/// The id of the `index`th radio or checkbox of the group `name`: the first
/// takes the group's own name, so an error summary link lands on it.
pub fn item_id(name: &str, index: usize) -> String {
    if index == 0 {
        name.to_owned()
    } else {
        format!("{name}-{index}")
    }
}
