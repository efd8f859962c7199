//! GOV.UK back link: to the previous page of the person's route.

use leptos::prelude::*;

use crate::l10n::use_i18n;
use crate::wizard::Wizard;

/// "Back", to the page before this one on the route; absent on the first.
#[component]
pub fn BackLink() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    move || {
        wizard.back_target().map(|target| {
            view! {
                <a
                    href="#"
                    class="redress-back-link"
                    on:click=move |event| {
                        event.prevent_default();
                        wizard.go(target);
                    }
                >
                    {move || i18n.t("back")}
                </a>
            }
        })
    }
}
