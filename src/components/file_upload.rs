//! The GOV.UK file upload, as govuk-frontend 5.13 enhances it: a button that
//! opens the device's file picker, in a drop zone that takes files dragged
//! onto it, with the status beside it. The plain `<input type=file>` is
//! still there (and is what the button opens): its own button would be
//! labelled in the browser's language, not the person's.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::HEADING_ID;
use crate::l10n::use_i18n;

/// The files in a list the browser gave (a picker's or a drop's).
fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|at| list.get(at)).collect()
}

/// A question that adds files: the label as the page's h1, the hint, the
/// errors, then the drop zone with its button and status.
#[component]
pub fn FileUpload(
    /// The button's id, which errors link to; the hidden input's is
    /// `{id}-input`.
    id: &'static str,
    /// The label's message id: the page's h1.
    label: &'static str,
    /// The hint's message id.
    hint: &'static str,
    /// The limits, already written out, one paragraph each.
    rules: impl Fn() -> Vec<String> + Send + Sync + 'static,
    /// What happens to photos, as a message id.
    photos: &'static str,
    /// The errors, already written out.
    errors: Signal<Vec<(&'static str, String)>>,
    /// What is being added, written out for the status, while a file is.
    adding: RwSignal<Option<String>>,
    /// Called with the files chosen or dropped.
    on_files: Callback<Vec<web_sys::File>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let input_id = format!("{id}-input");
    let label_id = format!("{id}-label");
    let status_id = format!("{id}-status");
    let error_id = format!("{id}-error");
    let has_errors = move || errors.with(|list| !list.is_empty());
    let described = {
        let (status_id, error_id) = (status_id.clone(), error_id.clone());
        move || {
            let mut ids = vec![format!("{id}-hint")];
            if has_errors() {
                ids.push(error_id.clone());
            }
            ids.push(status_id.clone());
            ids.join(" ")
        }
    };
    let dragging = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    let open_picker = move |_| {
        if let Some(input) = input.get_untracked() {
            input.click();
        }
    };
    let on_change = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let chosen = files_of(input.files());
        // Emptied, so choosing the same file again is a change too.
        input.set_value("");
        on_files.run(chosen);
    };
    let on_drag_over = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(true);
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        on_files.run(files_of(event.data_transfer().and_then(|d| d.files())));
    };
    view! {
        <div class="redress-form-group" class:redress-form-group--error=has_errors>
            <h1 id=HEADING_ID class="redress-label-wrapper" tabindex="-1">
                <label id=label_id.clone() class="redress-label redress-label--l" for=id>
                    {i18n.text(label)}
                </label>
            </h1>
            <div id=format!("{id}-hint") class="redress-hint">
                <p class="redress-body">{i18n.text(hint)}</p>
                {move || {
                    rules()
                        .into_iter()
                        .map(|rule| view! { <p class="redress-body">{rule}</p> })
                        .collect_view()
                }}
                <p class="redress-body">{i18n.text(photos)}</p>
            </div>
            {move || {
                has_errors()
                    .then(|| {
                        view! {
                            <div id=error_id.clone() class="redress-error-message">
                                {errors
                                    .get()
                                    .into_iter()
                                    .map(|(_, text)| {
                                        view! {
                                            <p class="redress-error-message__line">
                                                <span class="redress-visually-hidden">{i18n.text("error-prefix")}</span>
                                                " "
                                                {text}
                                            </p>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                        }
                    })
            }}
            <div
                class="redress-drop-zone"
                class:redress-drop-zone--dragging=move || dragging.get()
                class:redress-drop-zone--error=has_errors
                on:dragover=on_drag_over
                on:dragenter=on_drag_over
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <input
                    node_ref=input
                    id=input_id
                    type="file"
                    multiple
                    hidden
                    tabindex="-1"
                    on:change=on_change
                />
                <button
                    type="button"
                    id=id
                    class="redress-button redress-button--secondary redress-drop-zone__button"
                    aria-labelledby=format!("{label_id} {id}")
                    aria-describedby=described
                    on:click=open_picker
                >
                    {i18n.text("evidence-choose")}
                </button>
                <span id=status_id class="redress-drop-zone__status">
                    {move || adding.get().unwrap_or_else(|| i18n.t("evidence-drop"))}
                </span>
            </div>
        </div>
    }
}
