//! Adult social care: who arranges and pays for the care?

use leptos::prelude::*;
use redress_core::journey::{CareArrangement, Step};

use crate::components::{Choice, ChoicePage};
use crate::msg;
use crate::wizard::Wizard;

/// The choices, in order; also how Check your answers names the answer.
pub fn choices() -> Vec<Choice<CareArrangement>> {
    vec![
        Choice::hinted(
            CareArrangement::Council,
            msg!("care-council"),
            msg!("care-council-hint"),
        ),
        Choice::new(CareArrangement::SelfFunded, msg!("care-self-funded")),
    ]
}

/// Council-arranged care goes through the council's procedure; care the
/// person arranges themselves goes to the provider first.
#[component]
pub fn CareArrangementPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <ChoicePage
            step=Step::CareArrangement
            name="care"
            question=msg!("care-question")
            choices=choices()
            current=wizard.answers.with_untracked(|a| a.care)
            required=msg!("care-error")
            apply=|answers, care| answers.care = Some(care)
        />
    }
}
