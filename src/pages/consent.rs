//! Has the person complained for agreed to it?

use leptos::prelude::*;
use redress_core::journey::{CannotConsent, Consent, Step};

use crate::components::{Choice, ChoicePage};
use crate::msg;
use crate::wizard::Wizard;

/// The choices, in order; also how Check your answers names the answer.
pub fn choices() -> Vec<Choice<Consent>> {
    vec![
        Choice::new(Consent::Given, msg!("consent-given")),
        Choice::new(
            Consent::CannotGive(CannotConsent::Child),
            msg!("consent-child"),
        ),
        Choice::hinted(
            Consent::CannotGive(CannotConsent::LacksCapacity),
            msg!("consent-lacks-capacity"),
            msg!("consent-lacks-capacity-hint"),
        ),
        Choice::new(
            Consent::CannotGive(CannotConsent::Died),
            msg!("consent-died"),
        ),
        Choice::new(Consent::NotYet, msg!("consent-not-yet")),
    ]
}

/// Yes; they cannot (a child, lacks capacity, has died); or not yet.
#[component]
pub fn ConsentPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <ChoicePage
            step=Step::Consent
            name="consent"
            question=msg!("consent-question")
            hint=msg!("consent-hint")
            choices=choices()
            current=wizard.answers.with_untracked(|a| a.consent)
            required=msg!("consent-error")
            apply=|answers, consent| answers.consent = Some(consent)
        />
    }
}
