//! What happened (a complaint).

use leptos::prelude::*;
use redress_core::journey::Step;

use crate::components::LongTextPage;
use crate::msg;
use crate::wizard::Wizard;

/// The complaint in the person's own words.
#[component]
pub fn WhatHappenedPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <LongTextPage
            step=Step::WhatHappened
            id="what-happened"
            question=msg!("what-happened-question")
            hint=msg!("what-happened-hint")
            current=wizard.answers.with_untracked(|a| a.what_happened.clone())
            required=msg!("what-happened-error")
            too_long=msg!("what-happened-too-long")
            apply=|answers, text| answers.what_happened = Some(text)
        />
    }
}
