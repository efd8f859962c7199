//! The app: reads the council's configuration, provides the person's
//! language, and shows the page chrome around the current page.

use leptos::prelude::*;

use crate::browser;
use crate::components::{AnswersFooter, ExitThisPage};
use crate::config::CouncilConfig;
use crate::intl;
use crate::l10n::{use_i18n, I18n};
use crate::language::{LanguageSwitcher, Languages};
use crate::live_region::LiveRegion;
use crate::pages::{step_page, ConfigErrorPage};
use crate::wizard::Wizard;
use redress_core::language::is_right_to_left;

/// Where the council's configuration is read from, relative to the page.
const CONFIG_URL: &str = "config.json";

async fn load_config() -> Result<CouncilConfig, Vec<String>> {
    let json = browser::fetch_text(CONFIG_URL)
        .await
        .map_err(|error| vec![error.0])?;
    let config = CouncilConfig::from_json(&json)
        .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    for warning in config.warnings() {
        browser::warn(&format!("Redress configuration ({CONFIG_URL}): {warning}"));
    }
    Ok(config)
}

/// The whole wizard.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::in_source_language();
    provide_context(i18n);
    Effect::new(move |_| {
        let lang = i18n.lang();
        browser::set_language(&lang, is_right_to_left(&lang));
    });

    let config = LocalResource::new(load_config);
    view! {
        <a href="#main-content" class="redress-skip-link">{move || i18n.t("skip-link")}</a>
        <LiveRegion/>
        {move || match config.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Ok(config)) => {
                provide_context(config.clone());
                provide_context(Languages::start(i18n, &config));
                let wizard = Wizard::start(config.rules(intl::today_in_uk()));
                provide_context(wizard);
                view! {
                    <Header council=config.council.name.clone()/>
                    <main id="main-content" class="redress-main" tabindex="-1">
                        <LanguageSwitcher/>
                        {move || wizard.shows_exit().then(|| view! { <ExitThisPage/> })}
                        {move || step_page(wizard.step.get())}
                    </main>
                    <AnswersFooter/>
                }
                    .into_any()
            }
            Some(Err(problems)) => {
                browser::warn(&format!(
                    "Redress cannot start: its configuration ({CONFIG_URL}) has problems:\n{}",
                    problems.join("\n")
                ));
                view! {
                    <main id="main-content" class="redress-main" tabindex="-1">
                        <ConfigErrorPage/>
                    </main>
                }
                    .into_any()
            }
        }}
    }
}

/// Shown for the moment the configuration takes to arrive.
#[component]
fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <main id="main-content" class="redress-main" tabindex="-1">
            <p class="redress-body" role="status">{move || i18n.t("loading")}</p>
        </main>
    }
}

/// The band at the top: the council and the service's name.
#[component]
fn Header(
    /// The council's name, from configuration.
    council: String,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="redress-header">
            <div class="redress-header__inner">
                <p class="redress-header__council"><bdi>{council}</bdi></p>
                <p class="redress-header__service">{move || i18n.t("service-name")}</p>
            </div>
        </header>
    }
}
