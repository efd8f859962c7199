//! The app: reads the council's configuration, provides the person's
//! language, and shows the page chrome around the current page.
//!
//! Starting happens in two parts. The first load reads what the start page
//! shows ([`StartConfig`]) and shows it; the later pages' chunk then reads
//! the whole configuration strictly, the procedures and the saved answers
//! ([`finish_start`]), before any other page shows.

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser;
use crate::components::AnswersFooter;
use crate::config::{salvage_contacts, ConfigProblem, Contacts, CouncilConfig, StartConfig};
use crate::embed::{self, Mode};
use crate::fallback;
use crate::intl;
use crate::l10n::{use_i18n, I18n};
use crate::language::{LanguageSwitcher, Languages};
use crate::later::{Broken, LaterPages, Setup};
use crate::live_region::LiveRegion;
use crate::pages::check::answers_text;
use crate::pages::{step_page, ConfigErrorPage};
use crate::takeover;
use crate::wizard::Wizard;
use redress_core::journey::Step;
use redress_core::language::is_right_to_left;

/// Where the council's configuration is read from, relative to the page.
const CONFIG_URL: &str = "config.json";

/// How long after the first page is shown the later pages are fetched.
const LATER_PAGES_AFTER: std::time::Duration = std::time::Duration::from_millis(1000);

/// The whole wizard.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::in_source_language();
    provide_context(i18n);
    // (Over a prerendered page, not until it is taken over: the page is
    // already in its language, and English shows meanwhile off screen.)
    Effect::new(move |_| {
        let lang = i18n.lang();
        if takeover::is_live() {
            browser::set_language(&lang, is_right_to_left(&lang));
        }
        embed::tell_host("language", &lang);
    });
    // What the page says if the wizard ever fails, kept in the language shown.
    Effect::new(move |_| {
        let lang = i18n.lang();
        let (title, body) = (i18n.t("crash-title"), i18n.t("crash-body"));
        let (answers_label, download) = (i18n.t("crash-answers"), i18n.t("crash-download"));
        let contacts_label = i18n.t("start-other-ways-heading");
        let risk_label = i18n.t("start-risk-heading");
        fallback::prepare(|text| {
            text.right_to_left = is_right_to_left(&lang);
            text.lang = lang;
            text.title = title;
            text.body = body;
            text.answers_label = answers_label;
            text.download = download;
            text.contacts_label = contacts_label;
            text.risk_label = risk_label;
        });
    });

    let wizard = Wizard::open();
    provide_context(wizard);
    let later_pages = LaterPages::new();
    provide_context(later_pages);
    // The start page's settings, and why the configuration could not be
    // fetched, if it could not.
    let start = RwSignal::new(None::<StartConfig>);
    let unfetched = RwSignal::new(None::<String>);
    let owner = Owner::current().expect("the app is mounted in an owner");
    leptos::task::spawn_local(async move {
        match browser::fetch_text(&embed::asset(CONFIG_URL)).await {
            Ok(json) => {
                // Shown at once if its settings are sound; otherwise the
                // full reading says what is wrong.
                let read = StartConfig::read(&json).filter(|config| config.problems().is_empty());
                later_pages.prepare(Setup {
                    owner,
                    json,
                    wizard,
                    i18n,
                    start,
                });
                match read {
                    Some(config) => start.set(Some(config)),
                    // Only the full reading can say what is wrong.
                    None => later_pages.fetch(),
                }
            }
            Err(error) => unfetched.set(Some(error.0)),
        }
    });
    view! {
        <SkipLink/>
        <LiveRegion/>
        {move || {
            if let Some(broken) = later_pages.broken.get() {
                let (problems, contacts) = *broken;
                return cannot_start(&problems, contacts);
            }
            if let Some(error) = unfetched.get() {
                return cannot_start(&[error], Contacts::default());
            }
            match start.get() {
                Some(config) => view! { <Frame config/> }.into_any(),
                None => view! { <MainRegion>{move || later_pages.waiting()}</MainRegion> }.into_any(),
            }
        }}
    }
}

/// The link to the main content, first on the page. Mounted in a council's
/// page, the host's own skip link serves.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    (embed::mode() != Mode::Mounted).then(|| {
        view! { <a href="#main-content" class="redress-skip-link">{i18n.text("skip-link")}</a> }
    })
}

/// The wizard with the council's settings, set up in the browser: the
/// theme, the language, what the host page is told; then [`FrameView`].
#[component]
fn Frame(config: StartConfig) -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let later_pages = LaterPages::get();
    browser::set_style_properties(&config.theme_properties());
    for warning in config.warnings() {
        warn_about(&warning);
    }
    let languages = Languages::start(i18n, &config.languages);
    provide_context(languages);
    embed::configure(&config.embedding);
    // The language in use when the configuration arrived (told before it
    // was known, it was not sent), if it is the one chosen; one still on its
    // way is told when it arrives, so the host never hears English first.
    if languages.is_shown() {
        embed::tell_host("language", &i18n.lang());
    }
    // Each step; and started, when the person leaves the start page for the
    // first question.
    Effect::new(move |before: Option<Step>| {
        let step = wizard.step.get();
        embed::tell_host("step", step.name());
        if before == Some(Step::Start) && step != Step::Start {
            embed::tell_host("started", "");
        }
        step
    });
    let contacts = config.contacts.clone();
    let safety = config.safety.clone();
    Effect::new(move |_| {
        let lines = fallback::contact_lines(i18n, &contacts);
        let risk = fallback::risk_lines(i18n, &safety);
        fallback::prepare(|text| {
            text.contacts = lines;
            text.risk = risk;
        });
    });
    // The later pages arrive while the person reads the start page: asked
    // for once it is on screen and has settled, so that they never slow it
    // down.
    Effect::new(move |_| set_timeout(move || later_pages.prefetch(), LATER_PAGES_AFTER));
    // Every message may name the council, in the language shown.
    let council = config.council.clone();
    i18n.share_args(std::sync::Arc::new(move |lang| council.args(lang)));
    // Drawn in the language chosen (or in English, if it could not be
    // loaded), the page takes the prerendered page's place, once the
    // drawing has finished; Start pressed meanwhile is acted on then.
    Effect::new(move |_| {
        i18n.lang();
        let failed = languages.failed.get();
        if (languages.is_shown() || failed) && !takeover::is_live() {
            set_timeout(
                move || {
                    let pressed = take_over(i18n);
                    if pressed && wizard.step.get_untracked() == Step::Start {
                        later_pages.acknowledge(wizard, Step::Start);
                    }
                },
                std::time::Duration::ZERO,
            );
        }
    });
    let logo = config.council.logo.clone();
    provide_context(config);
    view! { <FrameView logo/> }
}

/// Takes over the prerendered page (see [`takeover::take_over`]) and marks
/// the document with the language shown, which waited for it. Returns
/// whether Start was pressed before.
fn take_over(i18n: I18n) -> bool {
    let pressed = takeover::take_over();
    let lang = i18n.lang_untracked();
    browser::set_language(&lang, is_right_to_left(&lang));
    pressed
}

/// The header, the language switcher, the current page and the answers
/// footer: what the prerendered start pages show too, from the contexts
/// the app provides.
#[component]
pub fn FrameView(
    /// The council's logo (see [`Header`]).
    logo: Option<String>,
) -> impl IntoView {
    let wizard = Wizard::get();
    let later_pages = LaterPages::get();
    let fresh = StoredValue::new(false);
    view! {
        <Header logo/>
        <MainRegion>
            <LanguageSwitcher/>
            {move || wizard.shows_exit().then(|| later_pages.exit_this_page()).flatten()}
            {move || {
                let step = wizard.step.get();
                let page = if later_pages.is_waiting() {
                    later_pages.waiting()
                } else {
                    step_page(step)
                };
                // Every page is new DOM, whose heading takes focus and is
                // announced. Two pages of one view type would otherwise be
                // patched in place, keeping the focused heading, so the
                // page alternates sides of an Either, which renders anew
                // whenever the side changes (a keyed list would do the
                // same for 3 KB more of the first load).
                let left = !fresh.get_value();
                fresh.set_value(left);
                if left { Either::Left(page) } else { Either::Right(page) }
            }}
        </MainRegion>
        <AnswersFooter/>
    }
}

/// Tells the web team, in the console, of a setting refused.
fn warn_about(warning: &ConfigProblem) {
    browser::warn(&format!("Redress configuration ({CONFIG_URL}): {warning}"));
}

/// The polite page shown when the configuration cannot be fetched or has
/// problems; the problems go to the console for the web team.
fn cannot_start(problems: &[String], contacts: Contacts) -> AnyView {
    browser::warn(&format!(
        "Redress cannot start: its configuration ({CONFIG_URL}) has problems:\n{}",
        problems.join("\n")
    ));
    // No configuration to say otherwise: the defaults, so that a framing
    // page can at least size the frame to show this page.
    embed::configure(&Default::default());
    // Over a prerendered start page, which would lead nowhere.
    let i18n = use_i18n();
    Effect::new(move |_| {
        set_timeout(
            move || {
                take_over(i18n);
            },
            std::time::Duration::ZERO,
        )
    });
    view! {
        <MainRegion>
            <ConfigErrorPage contacts/>
        </MainRegion>
    }
    .into_any()
}

/// The rest of starting the wizard, run in the later pages' chunk: reads
/// the whole configuration strictly, restores the saved journey with the
/// council's procedures, and keeps the fallback page's copy of the answers
/// up to date. The configuration is then context for the later pages.
pub(crate) fn finish_start(setup: Setup) -> Result<(), Broken> {
    let Setup {
        owner,
        json,
        wizard,
        i18n,
        start,
    } = setup;
    let config = CouncilConfig::from_json(&json).map_err(|problems| {
        Box::new((
            problems.iter().map(ToString::to_string).collect(),
            salvage_contacts(&json),
        ))
    })?;
    // The start page's own warnings were given when it was shown.
    for warning in config.procedure_warnings() {
        warn_about(&warning);
    }
    i18n.complete_source();
    i18n.use_own_text(config.procedures.own_text());
    owner.with(|| {
        wizard.restore(config.rules(intl::today_in_uk()));
        Effect::new(move |_| {
            let rules = wizard.rules();
            let answers = wizard.answers.with(|a| answers_text(&i18n, a, &rules));
            fallback::prepare(|text| text.answers = answers);
        });
        if start.get_untracked().is_none() {
            start.set(Some(config.start()));
        }
        provide_context(config);
    });
    Ok(())
}

/// The main content: `<main>` on a page of its own or in a frame; mounted
/// in a council's page, which has its own `<main>`, a region named after
/// the service.
#[component]
pub fn MainRegion(children: Children) -> impl IntoView {
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
pub fn Header(
    /// The council's logo, a path beside the wizard (resolved from the
    /// wizard's own address when mounted in another site's page);
    /// decorative, as the name is written out next to it.
    logo: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let inner = view! {
        <div class="redress-header__inner">
            {logo.map(|path| view! { <img class="redress-header__logo" src=embed::asset(&path) alt=""/> })}
            <p class="redress-header__council"><bdi>{i18n.text("council-name")}</bdi></p>
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
