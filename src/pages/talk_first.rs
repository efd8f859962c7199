//! Interruption: talking to the service first often helps; carry on anyway.

use leptos::prelude::*;
use redress_core::journey::{routing, ProcedureRole, Step};

use crate::components::InterruptionPage;
use crate::l10n::use_i18n;
use crate::msg;
use crate::wizard::Wizard;

/// Names the procedure's own quick resolution (on the spot, by the next
/// working day, or early resolution) and lets the person carry on.
#[component]
pub fn TalkFirstAdvicePage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let role = move || {
        let role = wizard.answers.with(routing).map(|r| r.role);
        match role {
            Some(ProcedureRole::Children) => "children",
            Some(ProcedureRole::Adults) => "adults",
            _ => "general",
        }
    };
    view! {
        <InterruptionPage
            step=Step::TalkFirstAdvice
            heading=msg!("talk-first-heading")
            button=msg!("talk-first-continue")
        >
            <p class="redress-body">
                {move || i18n.t_with("talk-first-quick", &[("procedure", role().into())])}
            </p>
            <p class="redress-body">{i18n.text("talk-first-carry-on")}</p>
        </InterruptionPage>
    }
}
