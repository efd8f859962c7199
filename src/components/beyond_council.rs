//! Where a person can go beyond the council: the Ombudsman (with its window,
//! the early route and what to have ready), the care regulator, and how to
//! reach each.

use leptos::prelude::*;
use redress_core::bodies::Body;
use redress_core::procedure::{Nation, WindowFrom};
use redress_core::timeline::OmbudsmanWindow;

use crate::components::PhoneNumber;
use crate::l10n::use_i18n;
use crate::msg;

/// A body's phone line and website, as links.
#[component]
pub fn BodyContact(
    /// Its phone line, as people dial it.
    phone: Option<String>,
    /// Its website (https).
    website: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The address as people read it: no scheme, no trailing slash.
    let shown = |url: &str| {
        url.trim_start_matches("https://")
            .trim_end_matches('/')
            .to_owned()
    };
    (phone.is_some() || website.is_some()).then(|| {
        view! {
            <dl class="redress-contact">
                {phone
                    .map(|number| {
                        view! {
                            <dt>{i18n.text("contact-phone")}</dt>
                            <dd><PhoneNumber number=number/></dd>
                        }
                    })}
                {website
                    .map(|url| {
                        let text = shown(&url);
                        view! {
                            <dt>{i18n.text("contact-website")}</dt>
                            <dd>
                                <a class="redress-link" href=url rel="noreferrer">
                                    <bdi>{text}</bdi>
                                </a>
                            </dd>
                        }
                    })}
            </dl>
        }
    })
}

/// The Ombudsman after the council's procedure: who, how long the person
/// normally has (as the rule, and as a date where the dates they gave fix
/// it), that it may look sooner if the council does not answer in time,
/// what to have ready, and how to reach it.
#[component]
pub fn OmbudsmanAdvice(
    /// The window from the complaint's timeline.
    window: OmbudsmanWindow,
    /// The complaint's reference, to quote.
    reference: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let OmbudsmanWindow {
        message_id,
        months,
        from,
        phone,
        website,
        closes,
        ..
    } = window;
    let months = i64::from(months);
    let rule = match from {
        WindowFrom::Notice => msg!("ombudsman-window-notice"),
        WindowFrom::FinalResponse => msg!("ombudsman-window-final-response"),
    };
    // Only a window that counts from what the person told us is theirs to
    // date: a final answer's day is not known yet. The earliest day is the
    // safe one when they gave a month.
    let last_day = closes
        .filter(|_| from == WindowFrom::Notice)
        .map(|range| range.earliest);
    view! {
        <h2 class="redress-heading-m">{i18n.text("ombudsman-heading")}</h2>
        <p class="redress-body">
            {move || i18n.t_with("ombudsman-intro", &[("ombudsman", i18n.t(&message_id).into())])}
        </p>
        <p class="redress-body">
            {move || i18n.t_with(rule, &[("months", months.into())])}
            {last_day
                .map(|day| {
                    view! {
                        " "
                        <strong>
                            {move || {
                                i18n.t_with(
                                    "ombudsman-window-date",
                                    &[("date", day.into())],
                                )
                            }}
                        </strong>
                    }
                })}
        </p>
        <p class="redress-body">{i18n.text("ombudsman-early")}</p>
        <p class="redress-body">
            {move || i18n.t_with("ombudsman-ready", &[("reference", reference.clone().into())])}
        </p>
        <BodyContact phone=phone website=website/>
    }
}

/// The sentence telling a person they can tell a regulator about their
/// complaint, and what it does with one, with how to reach it.
#[component]
pub fn RegulatorNote(
    /// The regulator.
    regulator: &'static Body,
) -> impl IntoView {
    let i18n = use_i18n();
    regulator.tell.map(|tell| {
        view! {
            <p class="redress-body">{i18n.text(tell)}</p>
            <BodyContact
                phone=regulator.phone.map(str::to_owned)
                website=Some(regulator.website.to_owned())
            />
        }
    })
}

/// For social care outside the council's procedure (self-funded care, or a
/// Trust's in Northern Ireland): who looks at it if the provider's answer
/// does not settle it, and, where that is not the regulator itself, that
/// the regulator can be told.
#[component]
pub fn AfterTheirAnswer(
    /// The nation whose bodies apply.
    nation: Nation,
) -> impl IntoView {
    let i18n = use_i18n();
    let regulator = nation.care_regulator();
    let next = nation.after_care_provider();
    view! {
        <p class="redress-body">
            {move || {
                i18n.t_with("after-their-answer", &[("body", i18n.t(next.message_id).into())])
            }}
        </p>
        <BodyContact phone=next.phone.map(str::to_owned) website=Some(next.website.to_owned())/>
        {(next.id != regulator.id).then(|| view! { <RegulatorNote regulator=regulator/> })}
    }
}
