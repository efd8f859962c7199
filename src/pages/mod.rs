//! One component per page of the wizard, and the router that shows the
//! page for the current step.

mod care_arrangement;
pub mod check;
mod confidentiality;
mod config_error;
mod confirmation;
mod consent;
mod consent_advice;
mod contact;
mod earlier;
mod earlier_stage;
pub mod evidence;
mod extended_to;
mod follow_up_answer;
mod handling;
mod kind;
mod late_reason;
mod message;
mod other_ways;
mod put_right;
mod records;
mod representation;
mod safety;
mod safety_advice;
mod self_funded;
mod service;
mod signpost;
mod stage_date;
mod standing;
mod start;
mod support;
mod talk_first;
mod talked;
mod topic;
mod unresolved;
mod what_happened;
mod when;
mod who;

use leptos::prelude::*;
use redress_core::journey::Step;

pub use config_error::ConfigErrorPage;
pub use other_ways::OtherWaysPage;
pub use start::StartPage;

use crate::components::Choice;
use crate::later::LaterPages;
use crate::msg;

/// Yes and No, in that order, for yes-or-no questions.
pub fn yes_no() -> Vec<Choice<bool>> {
    vec![
        Choice::new(true, msg!("answer-yes")),
        Choice::new(false, msg!("answer-no")),
    ]
}

/// The page for `step`: the start page from the first load, any other from
/// the later pages' chunk (see [`crate::later`]).
pub fn step_page(step: Step) -> AnyView {
    match step {
        Step::Start => view! { <StartPage/> }.into_any(),
        other => LaterPages::get().page(other),
    }
}

/// The page for any step but the start page; called in the later pages'
/// chunk.
pub(crate) fn later_page_view(step: Step) -> AnyView {
    match step {
        Step::Start => view! { <StartPage/> }.into_any(),
        Step::Kind => view! { <kind::KindPage/> }.into_any(),
        Step::Safety => view! { <safety::SafetyPage/> }.into_any(),
        Step::SafetyAdvice => view! { <safety_advice::SafetyAdvicePage/> }.into_any(),
        Step::Who => view! { <who::WhoPage/> }.into_any(),
        Step::Representation => view! { <representation::RepresentationPage/> }.into_any(),
        Step::Consent => view! { <consent::ConsentPage/> }.into_any(),
        Step::ConsentAdvice => view! { <consent_advice::ConsentAdvicePage/> }.into_any(),
        Step::Topic => view! { <topic::TopicPage/> }.into_any(),
        Step::CareArrangement => view! { <care_arrangement::CareArrangementPage/> }.into_any(),
        Step::SelfFunded => view! { <self_funded::SelfFundedPage/> }.into_any(),
        Step::Signpost => view! { <signpost::SignpostPage/> }.into_any(),
        Step::TalkedToService => view! { <talked::TalkedToServicePage/> }.into_any(),
        Step::TalkFirstAdvice => view! { <talk_first::TalkFirstAdvicePage/> }.into_any(),
        Step::When => view! { <when::WhenPage/> }.into_any(),
        Step::LateReason => view! { <late_reason::LateReasonPage/> }.into_any(),
        Step::Service => view! { <service::ServicePage/> }.into_any(),
        Step::Message => view! { <message::MessagePage/> }.into_any(),
        Step::WhatHappened => view! { <what_happened::WhatHappenedPage/> }.into_any(),
        Step::Evidence => view! { <evidence::EvidencePage/> }.into_any(),
        Step::PutRight => view! { <put_right::PutRightPage/> }.into_any(),
        Step::Handling => view! { <handling::HandlingPage/> }.into_any(),
        Step::Records => view! { <records::RecordsPage/> }.into_any(),
        Step::Confidentiality => view! { <confidentiality::ConfidentialityPage/> }.into_any(),
        Step::Support => view! { <support::SupportPage/> }.into_any(),
        Step::Contact => view! { <contact::ContactPage/> }.into_any(),
        Step::Check => view! { <check::CheckPage/> }.into_any(),
        Step::Confirmation => view! { <confirmation::ConfirmationPage/> }.into_any(),
        Step::Earlier => view! { <earlier::EarlierPage/> }.into_any(),
        Step::Standing => view! { <standing::StandingPage/> }.into_any(),
        Step::EarlierStage => view! { <earlier_stage::EarlierStagePage/> }.into_any(),
        Step::StageDate => view! { <stage_date::StageDatePage/> }.into_any(),
        Step::ExtendedTo => view! { <extended_to::ExtendedToPage/> }.into_any(),
        Step::FollowUpAnswer => view! { <follow_up_answer::FollowUpAnswerPage/> }.into_any(),
        Step::Unresolved => view! { <unresolved::UnresolvedPage/> }.into_any(),
    }
}
