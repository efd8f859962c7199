//! The council's contact routes and opening hours, in the person's language.

use leptos::prelude::*;

use crate::config::{parse_time, Contacts, OpeningHours, PhoneLine, Safety};
use crate::l10n::{use_i18n, I18n};
use crate::msg;
use redress_core::date::Weekday;
use redress_core::localized::Localized;

/// A phone number as a link that dials it on a phone.
#[component]
pub fn PhoneNumber(
    /// The number as people should read and dial it.
    number: String,
) -> impl IntoView {
    let dial: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    view! {
        <a class="redress-link" href=format!("tel:{dial}")>
            <bdi>{number}</bdi>
        </a>
    }
}

/// The message naming a day of the week.
fn weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => msg!("weekday-monday"),
        Weekday::Tuesday => msg!("weekday-tuesday"),
        Weekday::Wednesday => msg!("weekday-wednesday"),
        Weekday::Thursday => msg!("weekday-thursday"),
        Weekday::Friday => msg!("weekday-friday"),
        Weekday::Saturday => msg!("weekday-saturday"),
        Weekday::Sunday => msg!("weekday-sunday"),
    }
}

/// Opening hours as sentences such as "Monday to Friday, 9:00 to 17:00":
/// days named by the message files and times on the 24-hour clock, as
/// councils publish them, so that the prerendered start page reads the
/// same in every browser.
pub fn opening_hours(i18n: I18n, hours: &[OpeningHours]) -> Vec<String> {
    if hours.is_empty() {
        return vec![i18n.t("opening-any-time")];
    }
    hours
        .iter()
        .map(|run| {
            let day = |d: Weekday| i18n.t(weekday(d));
            let days = if run.from == run.to {
                day(run.from)
            } else {
                i18n.t_with(
                    "opening-days",
                    &[("from", day(run.from).into()), ("to", day(run.to).into())],
                )
            };
            let time = |text: &str| {
                parse_time(text)
                    .map(|t| format!("{}:{:02}", t.hour(), t.minute()))
                    .unwrap_or_else(|| text.to_owned())
            };
            i18n.t_with(
                "opening-hours",
                &[
                    ("days", days.into()),
                    ("opens", time(&run.opens).into()),
                    ("closes", time(&run.closes).into()),
                ],
            )
        })
        .collect()
}

/// The opening hours of a phone line or office, one run per line.
#[component]
pub fn OpeningTimes(
    /// The runs of days and times, from configuration.
    hours: Vec<OpeningHours>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {move || {
            opening_hours(i18n, &hours)
                .into_iter()
                .map(|line| view! { <span class="redress-contact__hours">{line}</span> })
                .collect_view()
        }}
    }
}

/// A phone number and when it is answered.
#[component]
pub fn PhoneLineDetails(
    /// The line, from configuration.
    line: PhoneLine,
) -> impl IntoView {
    view! {
        <PhoneNumber number=line.number/>
        <OpeningTimes hours=line.hours/>
    }
}

/// The council's safeguarding lines for adults and children, and the
/// out-of-hours team.
#[component]
pub fn SafeguardingContacts(
    /// The safety contacts, from configuration.
    safety: Safety,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="redress-contact">
            <dt>{i18n.text("start-risk-adults")}</dt>
            <dd><PhoneLineDetails line=safety.adults/></dd>
            <dt>{i18n.text("start-risk-children")}</dt>
            <dd><PhoneLineDetails line=safety.children/></dd>
            <dt>{i18n.text("start-risk-out-of-hours")}</dt>
            <dd><PhoneLineDetails line=safety.out_of_hours/></dd>
        </dl>
    }
}

/// Who to call if someone is at risk: the emergency number, then the
/// council's safeguarding lines (under a heading of the page's own).
#[component]
pub fn RiskContacts(
    /// The safety contacts, from configuration.
    safety: Safety,
) -> impl IntoView {
    let i18n = use_i18n();
    let emergency = safety.emergency_number.clone();
    view! {
        <p class="redress-body">
            <strong>
                {move || {
                    i18n.t_with("start-risk-emergency", &[("number", emergency.clone().into())])
                }}
            </strong>
        </p>
        <SafeguardingContacts safety=safety/>
    }
}

/// Every way to reach the complaints team other than this wizard.
#[component]
pub fn ContactDetails(
    /// The routes from configuration; absent ones are left out.
    contacts: Contacts,
) -> impl IntoView {
    let i18n = use_i18n();
    let Contacts {
        phone,
        email,
        post,
        in_person,
    } = contacts;
    // An address in the language shown, or in English if not given in it:
    // a line of text for each line (the stylesheet keeps the breaks).
    let address = move |lines: Localized<Vec<String>>| {
        view! {
            <address class="redress-contact__address">
                <bdi>{move || lines.lines_in(&i18n.lang()).join("\n")}</bdi>
            </address>
        }
    };
    let has_post = post.has_lines();
    view! {
        <dl class="redress-contact">
            {phone
                .map(|phone| {
                    view! {
                        <dt>{i18n.text("contact-phone")}</dt>
                        <dd>
                            <PhoneLineDetails line=phone/>
                        </dd>
                    }
                })}
            {email
                .map(|email| {
                    view! {
                        <dt>{i18n.text("contact-email")}</dt>
                        <dd>
                            <a class="redress-link" href=format!("mailto:{email}")>
                                <bdi>{email.clone()}</bdi>
                            </a>
                        </dd>
                    }
                })}
            {has_post
                .then(|| {
                    view! {
                        <dt>{i18n.text("contact-post")}</dt>
                        <dd>{address(post)}</dd>
                    }
                })}
            {in_person
                .map(|office| {
                    view! {
                        <dt>{i18n.text("contact-in-person")}</dt>
                        <dd>{address(office.address)} <OpeningTimes hours=office.hours/></dd>
                    }
                })}
        </dl>
    }
}
