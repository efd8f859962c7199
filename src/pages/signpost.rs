//! The end of the road for contacts the complaints procedure cannot deal
//! with: where to go instead, and how to change the answer.

use leptos::prelude::*;
use redress_core::journey::{signpost, ProcedureRole, SignpostReason};

use crate::components::{
    use_page_title, ActionLink, AfterTheirAnswer, BackLink, ContactDetails, HEADING_ID,
};
use crate::config::CouncilConfig;
use crate::l10n::use_i18n;
use crate::msg;
use crate::wizard::Wizard;

/// The heading and explanation message ids for each reason, and what to do
/// next where it is a message of its own (social care says who looks at it
/// after the provider's answer instead).
fn messages(reason: SignpostReason) -> (&'static str, &'static str, Option<&'static str>) {
    match reason {
        SignpostReason::ChildProtectionConference => (
            msg!("signpost-conference-heading"),
            msg!("signpost-conference-body"),
            Some(msg!("signpost-conference-next")),
        ),
        SignpostReason::CourtMatter => (
            msg!("signpost-court-heading"),
            msg!("signpost-court-body"),
            Some(msg!("signpost-court-next")),
        ),
        SignpostReason::FirstRequest => (
            msg!("signpost-request-heading"),
            msg!("signpost-request-body"),
            Some(msg!("signpost-request-next")),
        ),
        SignpostReason::CareProvider => (
            msg!("signpost-provider-heading"),
            msg!("signpost-provider-body"),
            None,
        ),
        SignpostReason::SocialCareTrust => (
            msg!("signpost-trust-heading"),
            msg!("signpost-trust-body"),
            None,
        ),
    }
}

/// Where to go instead, with the council's contacts for anything unclear.
#[component]
pub fn SignpostPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let config = expect_context::<CouncilConfig>();
    let rules = wizard.rules();
    let reason = wizard
        .answers
        .with_untracked(|answers| signpost(answers, &rules))
        .unwrap_or(SignpostReason::FirstRequest);
    let (heading, body, next) = messages(reason);
    // Self-funded care follows the adult procedure's nation; the Trusts, the
    // council's.
    let nation = match reason {
        SignpostReason::CareProvider => config.procedure(ProcedureRole::Adults).nation,
        _ => config.nation(),
    };
    use_page_title(i18n.text(heading));
    view! {
        <BackLink/>
        <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">{i18n.text(heading)}</h1>
        <p class="redress-body">{i18n.text(body)}</p>
        {match next {
            Some(next) => view! { <p class="redress-body">{i18n.text(next)}</p> }.into_any(),
            None => view! { <AfterTheirAnswer nation=nation/> }.into_any(),
        }}
        <p class="redress-body">
            <ActionLink
                class="redress-link"
                on_click=Callback::new(move |()| {
                    if let Some(target) = wizard.back_target() {
                        wizard.go(target);
                    }
                })
            >
                {i18n.text("signpost-change")}
            </ActionLink>
        </p>
        <h2 class="redress-heading-m">{i18n.text("signpost-contact-heading")}</h2>
        <ContactDetails contacts=config.contacts/>
    }
}
