//! GOV.UK back link: to the previous page of the person's route.

use leptos::prelude::*;

use crate::components::ActionLink;
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
                <ActionLink class="redress-back-link" on_click=Callback::new(move |()| wizard.go(target))>
                    {i18n.text("back")}
                </ActionLink>
            }
        })
    }
}
