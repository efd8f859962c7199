//! The app: reads the council's configuration, provides the person's
//! language, and shows the page chrome around the current page.

use leptos::prelude::*;

use crate::browser;
use crate::components::{AnswersFooter, ExitThisPage};
use crate::config::{salvage_contacts, Contacts, CouncilConfig};
use crate::embed::{self, Mode};
use crate::fallback;
use crate::intl;
use crate::l10n::{use_i18n, I18n};
use crate::language::{LanguageSwitcher, Languages};
use crate::later::{LaterPages, LoadingMessage};
use crate::live_region::LiveRegion;
use crate::pages::check::answers_text;
use crate::pages::{step_page, ConfigErrorPage};
use crate::wizard::Wizard;
use redress_core::language::is_right_to_left;

/// Where the council's configuration is read from, relative to the page.
const CONFIG_URL: &str = "config.json";

/// The configuration, or every problem with it and whatever contact routes
/// could still be read from it.
async fn load_config() -> Result<CouncilConfig, (Vec<String>, Contacts)> {
    let json = browser::fetch_text(&embed::asset(CONFIG_URL))
        .await
        .map_err(|error| (vec![error.0], Contacts::default()))?;
    let config = CouncilConfig::from_json(&json).map_err(|problems| {
        (
            problems.iter().map(ToString::to_string).collect(),
            salvage_contacts(&json),
        )
    })?;
    for warning in config.warnings() {
        browser::warn(&format!("Redress configuration ({CONFIG_URL}): {warning}"));
    }
    Ok(config)
}

/// How long after the first page is shown the later pages are fetched.
const LATER_PAGES_AFTER: std::time::Duration = std::time::Duration::from_millis(1000);

/// The whole wizard.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::in_source_language();
    provide_context(i18n);
    Effect::new(move |_| {
        let lang = i18n.lang();
        browser::set_language(&lang, is_right_to_left(&lang));
        embed::tell_host("language", &lang);
    });
    // What the page says if the wizard ever fails, kept in the language shown.
    Effect::new(move |_| {
        let lang = i18n.lang();
        let (title, body) = (i18n.t("crash-title"), i18n.t("crash-body"));
        let (answers_label, download) = (i18n.t("crash-answers"), i18n.t("crash-download"));
        let contacts_label = i18n.t("start-other-ways-heading");
        fallback::prepare(|text| {
            text.right_to_left = is_right_to_left(&lang);
            text.lang = lang;
            text.title = title;
            text.body = body;
            text.answers_label = answers_label;
            text.download = download;
            text.contacts_label = contacts_label;
        });
    });

    let config = LocalResource::new(load_config);
    let later_pages = LaterPages::new();
    provide_context(later_pages);
    // Mounted in a council's page, the host's own skip link serves.
    let skip_link = (embed::mode() != Mode::Mounted).then(|| {
        view! { <a href="#main-content" class="redress-skip-link">{i18n.text("skip-link")}</a> }
    });
    view! {
        {skip_link}
        <LiveRegion/>
        {move || match config.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Ok(config)) => {
                browser::set_style_properties(&config.theme_properties());
                provide_context(config.clone());
                provide_context(Languages::start(i18n, &config));
                let wizard = Wizard::start(config.rules(intl::today_in_uk()));
                provide_context(wizard);
                Effect::new(move |_| {
                    let step = serde_json::to_value(wizard.step.get()).unwrap_or_default();
                    embed::tell_host("step", step.as_str().unwrap_or_default());
                });
                let contacts = config.contacts.clone();
                Effect::new(move |_| {
                    let rules = wizard.rules();
                    let answers = wizard.answers.with(|a| answers_text(&i18n, a, &rules));
                    let lines = fallback::contact_lines(i18n, &contacts);
                    fallback::prepare(|text| {
                        text.answers = answers;
                        text.contacts = lines;
                    });
                });
                // The later pages arrive while the person reads the start
                // page: asked for once it is on screen and has settled, so
                // that they never slow it down.
                Effect::new(move |_| set_timeout(move || later_pages.fetch(), LATER_PAGES_AFTER));
                view! {
                    <Header council=config.council.name.clone() logo=config.council.logo.clone()/>
                    <MainRegion>
                        <LanguageSwitcher/>
                        {move || wizard.shows_exit().then(|| view! { <ExitThisPage/> })}
                        // Keyed by step, so every page is new DOM, whose
                        // heading takes focus and is announced, even when
                        // two pages share a view type.
                        <For each=move || [wizard.step.get()] key=|step| *step let:step>
                            {move || step_page(step)}
                        </For>
                    </MainRegion>
                    <AnswersFooter/>
                }
                    .into_any()
            }
            Some(Err((problems, contacts))) => {
                browser::warn(&format!(
                    "Redress cannot start: its configuration ({CONFIG_URL}) has problems:\n{}",
                    problems.join("\n")
                ));
                view! {
                    <MainRegion>
                        <ConfigErrorPage contacts/>
                    </MainRegion>
                }
                    .into_any()
            }
        }}
    }
}

/// Shown for the moment the configuration takes to arrive.
#[component]
fn Loading() -> impl IntoView {
    view! {
        <MainRegion>
            <LoadingMessage/>
        </MainRegion>
    }
}

/// The main content: `<main>` on a page of its own or in a frame; mounted
/// in a council's page, which has its own `<main>`, a region named after
/// the service.
#[component]
fn MainRegion(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    if embed::mode() == Mode::Mounted {
        view! {
            <section id="main-content" class="redress-main" tabindex="-1" aria-label=i18n.text("service-name")>
                {children()}
            </section>
        }
            .into_any()
    } else {
        view! {
            <main id="main-content" class="redress-main" tabindex="-1">
                {children()}
            </main>
        }
        .into_any()
    }
}

/// The band at the top: the council and the service's name.
#[component]
fn Header(
    /// The council's name, from configuration.
    council: String,
    /// The council's logo, beside the wizard; decorative, as the name is
    /// written out next to it.
    logo: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let inner = view! {
        <div class="redress-header__inner">
            {logo.map(|src| view! { <img class="redress-header__logo" src=src alt=""/> })}
            <p class="redress-header__council"><bdi>{council}</bdi></p>
            <p class="redress-header__service">{i18n.text("service-name")}</p>
        </div>
    };
    // Mounted, the host page has the page's banner; this is only a band.
    if embed::mode() == Mode::Mounted {
        view! { <div class="redress-header">{inner}</div> }.into_any()
    } else {
        view! { <header class="redress-header">{inner}</header> }.into_any()
    }
}
