//! A follow-up: which stage of its procedure the earlier complaint is at,
//! in the procedure's own names.

use leptos::prelude::*;
use redress_core::journey::{EarlierStanding, Step};
use redress_core::procedure::Procedure;

use crate::components::{Choice, ChoicePage};
use crate::msg;
use crate::wizard::Wizard;

/// The procedure's stages, in order, each named as the procedure names it
/// and described where it says what happens at it.
pub fn choices(procedure: &'static Procedure) -> Vec<Choice<&'static str>> {
    procedure
        .stages
        .iter()
        .map(|stage| Choice {
            value: stage.id.as_str(),
            label: stage.message_id.as_str(),
            hint: stage.description_id.as_deref(),
        })
        .collect()
}

/// The question, which depends on whether the stage has answered.
pub fn question(standing: Option<EarlierStanding>) -> &'static str {
    match standing {
        Some(EarlierStanding::Answered) => msg!("earlier-stage-question-answered"),
        _ => msg!("earlier-stage-question-waiting"),
    }
}

/// One radio for each stage of the procedure the complaint went through.
#[component]
pub fn EarlierStagePage() -> impl IntoView {
    let wizard = Wizard::get();
    let rules = wizard.rules();
    let (procedure, standing, current) = wizard.answers.with_untracked(|answers| {
        (
            rules.procedure(answers),
            answers.standing,
            answers.earlier_stage.clone(),
        )
    });
    // The journey reaches this page only once the procedures are read.
    let choices = procedure.map(choices).unwrap_or_default();
    let current = current.and_then(|id| choices.iter().map(|c| c.value).find(|v| *v == id));
    view! {
        <ChoicePage
            step=Step::EarlierStage
            name="earlier-stage"
            question=question(standing)
            hint=msg!("earlier-stage-hint")
            choices=choices
            current=current
            required=msg!("earlier-stage-error")
            apply=|answers, stage| answers.earlier_stage = Some(stage.to_owned())
        />
    }
}
