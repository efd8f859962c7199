//! What a person following up a complaint can do now, as
//! [`redress_core::follow_up::follow_up`] worked it out: when an awaited
//! answer is due (or that it is late), the next stage and the last day to
//! ask for it, and the Ombudsman. Shown on the follow-up's answer page and
//! again on its confirmation.

use leptos::prelude::*;
use redress_core::follow_up::{AnswerDue, FollowUp, NextStage, OmbudsmanAnswer, Open, Passed};
use redress_core::procedure::WindowFrom;
use redress_core::timeline::{DateRange, MilestoneTimeline, When};

use crate::components::BodyContact;
use crate::l10n::{use_i18n, I18n};
use crate::msg;
use crate::next_steps::due_line;

/// A line for each of a stage's milestones: its date, or that it will be told.
fn dated_lines(i18n: I18n, milestones: &[MilestoneTimeline]) -> Vec<String> {
    milestones
        .iter()
        .map(|milestone| match &milestone.when {
            When::Dated(window) => due_line(&i18n, i18n.t(&milestone.message_id), window),
            When::Waiting { .. } => i18n.t_with(
                "timeline-waiting",
                &[("what", i18n.t(&milestone.message_id).into())],
            ),
        })
        .collect()
}

/// When the awaited answer is due, or that it is late.
#[component]
fn AnswerSection(answer: AnswerDue, sent: bool) -> impl IntoView {
    let i18n = use_i18n();
    let AnswerDue {
        due,
        extended,
        allowed_until,
        late,
        ..
    } = answer;
    let heading = if late == Passed::Yes {
        msg!("follow-up-late-heading")
    } else {
        msg!("follow-up-due-heading")
    };
    let when = move || match late {
        Passed::Yes => i18n.t_with("follow-up-late", &[("date", due.latest.into())]),
        _ if due.earliest < due.latest => i18n.t_with(
            "follow-up-due-depends",
            &[
                ("earliest", due.earliest.into()),
                ("latest", due.latest.into()),
            ],
        ),
        _ => i18n.t_with("follow-up-due", &[("date", due.latest.into())]),
    };
    // The latest the procedure allows: beside an agreed date later than it,
    // or as the most the council may take where it has not extended yet.
    let allowed = allowed_until.and_then(|allowed: DateRange| {
        let date = allowed.latest;
        if extended && due.earliest > allowed.latest {
            Some((msg!("follow-up-due-beyond-allowed"), date))
        } else if !extended && late == Passed::No && allowed.latest > due.latest {
            Some((msg!("follow-up-due-allowed"), date))
        } else {
            None
        }
    });
    view! {
        <h2 class="redress-heading-m">{i18n.text(heading)}</h2>
        <p class="redress-body">
            {when}
            {extended.then(|| view! { " " {i18n.text("follow-up-due-extended")} })}
        </p>
        {allowed
            .map(|(id, date)| {
                view! { <p class="redress-body">{move || i18n.t_with(id, &[("date", date.into())])}</p> }
            })}
        {(!sent)
            .then(|| {
                view! {
                    <p class="redress-body">
                        {match late {
                            Passed::No => i18n.text("follow-up-due-wait"),
                            _ => i18n.text("follow-up-late-what"),
                        }}
                    </p>
                }
            })}
    }
}

/// The next stage: what it is, the last day to ask, and its dates if asked
/// for today.
#[component]
fn NextSection(next: NextStage, sent: bool) -> impl IntoView {
    let i18n = use_i18n();
    let NextStage {
        message_id,
        description_id,
        council_decides,
        ask_by,
        ask_by_passed,
        if_asked_today,
        ..
    } = next;
    let stage = i18n.t(&message_id);
    let heading = {
        let stage = stage.clone();
        move || i18n.t_with("follow-up-next-heading", &[("stage", stage.clone().into())])
    };
    let ask = move || match (ask_by, ask_by_passed) {
        (Some(range), Some(Passed::Yes)) => {
            i18n.t_with("follow-up-ask-by-passed", &[("date", range.latest.into())])
        }
        (Some(range), _) if range.earliest < range.latest => i18n.t_with(
            "follow-up-ask-by-depends",
            &[
                ("earliest", range.earliest.into()),
                ("latest", range.latest.into()),
            ],
        ),
        (Some(range), _) => i18n.t_with("follow-up-ask-by", &[("date", range.latest.into())]),
        (None, _) => i18n.t("follow-up-ask-by-none"),
    };
    let lines = dated_lines(i18n, &if_asked_today);
    view! {
        <h2 class="redress-heading-m">{heading}</h2>
        {description_id.map(|id| view! { <p class="redress-body">{i18n.t(&id)}</p> })}
        {council_decides.then(|| view! { <p class="redress-body">{i18n.text("follow-up-next-council-decides")}</p> })}
        {(!sent).then(|| view! { <p class="redress-body"><strong>{ask}</strong></p> })}
        {(!lines.is_empty())
            .then(|| {
                view! {
                    {(!sent).then(|| view! { <p class="redress-body">{i18n.text("follow-up-if-asked-today")}</p> })}
                    <ul class="redress-list redress-list--bullet">
                        {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                }
            })}
    }
}

/// The Ombudsman: open now and by when, or after which stage.
#[component]
fn OmbudsmanSection(
    ombudsman: OmbudsmanAnswer,
    /// Whether an awaited answer is (or may be) late: then the Ombudsman may
    /// look sooner.
    late: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let OmbudsmanAnswer {
        message_id,
        phone,
        website,
        months,
        from,
        open,
        ..
    } = ombudsman;
    let name = i18n.t(&message_id);
    let months = i64::from(months);
    let body = match open {
        Open::Now { closes, closed } => {
            let rule = match from {
                WindowFrom::Notice => msg!("ombudsman-window-notice"),
                WindowFrom::FinalResponse => msg!("ombudsman-window-final-response"),
            };
            // The earliest day is the safe one where only the month is known.
            let by = match from {
                WindowFrom::Notice => msg!("follow-up-ombudsman-by-notice"),
                WindowFrom::FinalResponse => msg!("follow-up-ombudsman-by"),
            };
            let date = closes.earliest;
            view! {
                <p class="redress-body">
                    {move || i18n.t_with("follow-up-ombudsman-now", &[("ombudsman", name.clone().into())])}
                </p>
                <p class="redress-body">
                    {move || i18n.t_with(rule, &[("months", months.into())])}
                    " "
                    <strong>{move || i18n.t_with(by, &[("date", date.into())])}</strong>
                </p>
                {(closed != Passed::No)
                    .then(|| view! { <p class="redress-body">{i18n.text("follow-up-ombudsman-passed")}</p> })}
            }
                .into_any()
        }
        Open::After(stage) => {
            let stage = i18n.t(&stage.message_id);
            view! {
                <p class="redress-body">
                    {move || {
                        i18n.t_with(
                            "follow-up-ombudsman-after",
                            &[("ombudsman", name.clone().into()), ("stage", stage.clone().into())],
                        )
                    }}
                </p>
                {late.then(|| view! { <p class="redress-body">{i18n.text("ombudsman-early")}</p> })}
            }
            .into_any()
        }
    };
    view! {
        <h2 class="redress-heading-m">{i18n.text("follow-up-ombudsman-heading")}</h2>
        {body}
        <BodyContact phone=phone website=website/>
    }
}

/// Everything the follow-up found: the answer awaited, the next stage and
/// the Ombudsman, in that order.
#[component]
pub fn FollowUpSummary(
    /// The follow-up.
    follow_up: FollowUp,
    /// Whether it has been sent (the confirmation): then what to ask for
    /// and by when is not repeated.
    #[prop(optional)]
    sent: bool,
) -> impl IntoView {
    let late = follow_up
        .answer
        .as_ref()
        .is_some_and(|due| due.late != Passed::No);
    view! {
        {follow_up.answer.map(|answer| view! { <AnswerSection answer=answer sent=sent/> })}
        {follow_up.next.map(|next| view! { <NextSection next=next sent=sent/> })}
        {follow_up.ombudsman.map(|ombudsman| view! { <OmbudsmanSection ombudsman=ombudsman late=late/> })}
    }
}
