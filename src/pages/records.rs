//! Permission to look at the records the council holds.

use leptos::prelude::*;
use redress_core::journey::Step;

use crate::components::ChoicePage;
use crate::msg;
use crate::pages::yes_no;
use crate::wizard::Wizard;

/// Asks permission, saying why it is needed and what a refusal means.
#[component]
pub fn RecordsPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <ChoicePage
            step=Step::Records
            name="records"
            question=msg!("records-question")
            hint=msg!("records-hint")
            choices=yes_no()
            current=wizard.answers.with_untracked(|a| a.records)
            required=msg!("records-error")
            apply=|answers, yes| answers.records = Some(yes)
        />
    }
}
