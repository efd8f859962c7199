//! What is the complaint about: the triage question that picks the procedure.

use leptos::prelude::*;
use redress_core::journey::{Step, Topic};

use crate::components::{Choice, ChoicePage};
use crate::msg;
use crate::wizard::Wizard;

/// The choices, in order; also how Check your answers names the answer.
pub fn choices() -> Vec<Choice<Topic>> {
    vec![
        Choice::hinted(
            Topic::ChildrensSocialCare,
            msg!("topic-children"),
            msg!("topic-children-hint"),
        ),
        Choice::hinted(
            Topic::AdultSocialCare,
            msg!("topic-adults"),
            msg!("topic-adults-hint"),
        ),
        Choice::hinted(
            Topic::OtherService,
            msg!("topic-other"),
            msg!("topic-other-hint"),
        ),
        Choice::new(
            Topic::ChildProtectionConference,
            msg!("topic-child-protection"),
        ),
        Choice::new(Topic::CourtMatter, msg!("topic-court")),
        Choice::hinted(
            Topic::FirstRequest,
            msg!("topic-first-request"),
            msg!("topic-first-request-hint"),
        ),
    ]
}

/// Children's or adult social care, things that are not complaints, or any
/// other service.
#[component]
pub fn TopicPage() -> impl IntoView {
    let wizard = Wizard::get();
    view! {
        <ChoicePage
            step=Step::Topic
            name="topic"
            question=msg!("topic-question")
            choices=choices()
            current=wizard.answers.with_untracked(|a| a.topic)
            required=msg!("topic-error")
            apply=|answers, topic| answers.topic = Some(topic)
        />
    }
}
