//! The start page (GOV.UK start-page pattern): what the service is for, what
//! you will need, who to call if someone is at risk, other ways to get in
//! touch, and the Start button.

use leptos::prelude::*;

use crate::components::{use_start_title, ContactDetails, RiskContacts};
use crate::config::StartConfig;
use crate::l10n::use_i18n;
use crate::language::Languages;
use crate::later::LaterPages;
use crate::wizard::Wizard;
use redress_core::journey::Step;

/// The first page a person sees.
#[component]
pub fn StartPage() -> impl IntoView {
    let i18n = use_i18n();
    let config = expect_context::<StartConfig>();
    let wizard = Wizard::get();
    // The next page comes with the later pages: pressed before they have
    // arrived, the journey starts when they do.
    let later_pages = LaterPages::get();
    let languages = Languages::get();
    use_start_title();
    let safety = config.safety.clone();
    let t = move |id: &'static str| move || i18n.t(id);
    view! {
        <div class="redress-grid redress-grid--aside">
            <div class="redress-grid__main">
                <h1 id="page-heading" class="redress-heading-xl" tabindex="-1">
                    {i18n.text("start-heading")}
                </h1>
                <p class="redress-body">{t("start-intro")}</p>
                <p class="redress-body">{t("start-you-can")}</p>
                <ul class="redress-list redress-list--bullet">
                    <li>{t("start-can-complain")}</li>
                    <li>{t("start-can-compliment")}</li>
                    <li>{t("start-can-comment")}</li>
                </ul>
                <p class="redress-body">{t("start-hear-from-you")}</p>

                <h2 class="redress-heading-m">{t("start-need-heading")}</h2>
                <ul class="redress-list redress-list--bullet">
                    <li>{t("start-need-what")}</li>
                    <li>{t("start-need-service")}</li>
                    <li>{t("start-need-outcome")}</li>
                    <li>{t("start-need-contact")}</li>
                </ul>
                <p class="redress-body">{t("start-need-help")}</p>

                // A link, as in the GOV.UK start button: without the wasm
                // it leads to the other ways to complain (see
                // `crate::takeover`); Space presses it, as it does a button.
                <a
                    href=move || languages.other_ways_href()
                    role="button"
                    draggable="false"
                    class="redress-button redress-button--start"
                    data-redress-start=""
                    on:click=move |event| {
                        event.prevent_default();
                        later_pages.acknowledge(wizard, Step::Start)
                    }
                    on:keydown=move |event| {
                        if event.key() == " " {
                            event.prevent_default();
                            later_pages.acknowledge(wizard, Step::Start)
                        }
                    }
                >
                    {t("start-button")}
                    <svg
                        class="redress-button__start-icon"
                        xmlns="http://www.w3.org/2000/svg"
                        width="17.5"
                        height="19"
                        viewBox="0 0 33 40"
                        aria-hidden="true"
                        focusable="false"
                    >
                        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path>
                    </svg>
                </a>

                <h2 class="redress-heading-m">{t("start-talk-first-heading")}</h2>
                <p class="redress-body">{t("start-talk-first")}</p>
            </div>

            <aside class="redress-grid__side" aria-labelledby="start-risk-heading">
                <div class="redress-callout">
                    <h2 id="start-risk-heading" class="redress-heading-s">
                        {t("start-risk-heading")}
                    </h2>
                    <RiskContacts safety/>
                </div>
            </aside>
        </div>

        <section class="redress-section" aria-labelledby="start-other-ways-heading">
            <h2 id="start-other-ways-heading" class="redress-heading-m">
                {t("start-other-ways-heading")}
            </h2>
            <ContactDetails contacts=config.contacts.clone()/>
        </section>
    }
}
