//! The start pages as HTML, readable before the wasm arrives and usable
//! without it.
//!
//! For each language the council offers, two pages beside the wizard:
//! - its start page (`index.html` in the main language, `{tag}.html` in the
//!   others: see [`redress_core::language::page_file`]), which the wasm
//!   takes over (see [`crate::takeover`]);
//! - its page of other ways to complain (`other-ways.html`,
//!   `other-ways.{tag}.html`), where Start leads when the wizard cannot run.
//!   It has no script.
//!
//! They are drawn natively by the components the wasm draws, from the
//! council's `config.json` and the message files, into the page the build
//! made (kept as [`TEMPLATE`]). [`THEME`] holds the council's colours for
//! pages shown before any script runs (the Content-Security-Policy allows
//! no inline style).
//!
//! One function, [`pages`], makes them: `redress-receiver prerender`
//! writes them into the bundle (`./x build` does, and a council with static
//! hosting runs it after editing `config.json`), and the reference receiver
//! serves them from memory, made again whenever `config.json` changes.

use std::path::Path;
use std::sync::Arc;

use leptos::prelude::*;
use redress_core::language::{is_right_to_left, main_language, other_ways_file, page_file, SOURCE};

use crate::app::{FrameView, Header, MainRegion, SkipLink};
use crate::config::{CouncilConfig, StartConfig};
use crate::i18n::Catalogue;
use crate::l10n::I18n;
use crate::language::Languages;
use crate::later::LaterPages;
use crate::live_region::LiveRegion;
use crate::pages::OtherWaysPage;
use crate::wizard::Wizard;
use redress_core::journey::Step;

/// The page the build made, with nothing in its body: what every page is
/// written into. A hidden file, so that the reference receiver never
/// serves it.
pub const TEMPLATE: &str = ".page.html";

/// The council's theme as a stylesheet.
pub const THEME: &str = "theme.css";

/// A file to serve beside the wizard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// Its name, beside `index.html`.
    pub file: String,
    /// What it holds.
    pub text: String,
}

/// What the template must hold, to be filled in.
const HTML_TAG: &str = r#"<html lang="en-GB" dir="ltr">"#;
const TITLE: &str = "<title>Redress</title>";
const BODY: &str = r#"<body class="redress-body-root"></body>"#;

/// Every page for the council's configuration `config_json`, written into
/// `template` (the build's page). `messages` gives a language's message
/// file (`locales/{tag}.ftl`). An error names each problem: the
/// configuration's (as the wizard would report them), or a message file's.
pub fn pages(
    template: &str,
    config_json: &str,
    messages: impl Fn(&str) -> Result<String, String>,
) -> Result<Vec<Page>, Vec<String>> {
    for part in [HTML_TAG, TITLE, BODY] {
        if !template.contains(part) {
            return Err(vec![format!(
                "the page template ({TEMPLATE}) has no {part}: is it the page `./x build` made?"
            )]);
        }
    }
    // Effects are what the browser does (focus, titles, fetching): drawing
    // natively runs none of them. (Set once for the process; a second
    // call finds it set.)
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let config = CouncilConfig::from_json(config_json)
        .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>())?
        .start();
    let languages = &config.languages;
    let main = main_language(languages.default.as_deref(), &languages.offered);
    let theme = theme_css(&config);
    let mut pages = Vec::new();
    let mut problems = Vec::new();
    for tag in &languages.offered {
        let catalogue = if tag == SOURCE {
            Ok(crate::l10n::source_catalogue())
        } else {
            messages(tag).and_then(|text| {
                Catalogue::parse(tag, &text)
                    .map(Arc::new)
                    .map_err(|errors| {
                        format!(
                            "locales/{tag}.ftl: {} syntax errors, first: {}",
                            errors.len(),
                            errors[0]
                        )
                    })
            })
        };
        let catalogue = match catalogue {
            Ok(catalogue) => catalogue,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let page = |kind: Kind| {
            let (title, body) = draw(&config, tag, catalogue.clone(), kind);
            fill(
                template,
                tag,
                tag != &main,
                !theme.is_empty(),
                kind,
                &title,
                &body,
            )
        };
        pages.push(Page {
            file: page_file(tag, &main),
            text: page(Kind::Start),
        });
        pages.push(Page {
            file: other_ways_file(tag, &main),
            text: page(Kind::OtherWays),
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    pages.push(Page {
        file: THEME.to_owned(),
        text: theme,
    });
    Ok(pages)
}

/// Writes every page into the bundle at `dist`, from the template there and
/// the configuration at `config`, and removes any compressed copy of them a
/// build left (it would be stale). Returns the files written.
pub fn write(dist: &Path, config: &Path) -> Result<Vec<String>, Vec<String>> {
    let read = |path: &Path| {
        std::fs::read_to_string(path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))
    };
    let template = read(&dist.join(TEMPLATE)).map_err(|e| vec![e])?;
    let config_json = read(config).map_err(|e| vec![e])?;
    let locales = dist.join("locales");
    let pages = pages(&template, &config_json, |tag| {
        read(&locales.join(format!("{tag}.ftl")))
    })?;
    let mut written = Vec::new();
    for page in pages {
        let path = dist.join(&page.file);
        std::fs::write(&path, &page.text)
            .map_err(|error| vec![format!("cannot write {}: {error}", path.display())])?;
        for stale in ["br", "gz"] {
            let _ = std::fs::remove_file(dist.join(format!("{}.{stale}", page.file)));
        }
        written.push(page.file);
    }
    Ok(written)
}

/// The executor for drawing natively: it drops every future it is given.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Which page.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Start,
    OtherWays,
}

/// The page's title and body, drawn in `tag` by the app's components.
fn draw(
    config: &StartConfig,
    tag: &str,
    catalogue: Arc<Catalogue>,
    kind: Kind,
) -> (String, String) {
    let owner = Owner::new();
    // Drawn once, nothing to follow: read without tracking (as the wasm's
    // first drawing does).
    owner.with(|| {
        untrack(|| {
            let i18n = I18n::in_source_language();
            i18n.complete_source();
            let council = config.council.clone();
            i18n.share_args(Arc::new(move |lang| council.args(lang)));
            i18n.show(catalogue);
            provide_context(i18n);
            provide_context(Wizard::at(Step::Start, false));
            provide_context(LaterPages::new());
            provide_context(Languages::showing(i18n, &config.languages, tag));
            provide_context(config.clone());
            let logo = config.council.logo.clone();
            let service = i18n.t("service-name");
            match kind {
                Kind::Start => (
                    i18n.t_with("page-title-start", &[("service", service.into())]),
                    view! {
                        <SkipLink/>
                        <LiveRegion/>
                        <FrameView logo/>
                    }
                    .to_html(),
                ),
                Kind::OtherWays => (
                    i18n.t_with(
                        "page-title",
                        &[
                            ("page", i18n.t("other-ways-heading").into()),
                            ("service", service.into()),
                        ],
                    ),
                    view! {
                        <SkipLink/>
                        <Header logo/>
                        <MainRegion>
                            <OtherWaysPage/>
                        </MainRegion>
                    }
                    .to_html(),
                ),
            }
        })
    })
}

/// The council's theme as a stylesheet for the page's root, as the wasm
/// sets it (empty if the council sets none).
fn theme_css(config: &StartConfig) -> String {
    let properties = config.theme_properties();
    if properties.is_empty() {
        return String::new();
    }
    let declarations: String = properties
        .iter()
        .map(|(name, value)| format!("{name}:{value};"))
        .collect();
    format!(":root{{{declarations}}}\n")
}

/// The template with the page's language, title and body. The start page
/// in a language other than the main one says which (the wasm shows it);
/// the page of other ways has no script.
fn fill(
    template: &str,
    tag: &str,
    names_language: bool,
    themed: bool,
    kind: Kind,
    title: &str,
    body: &str,
) -> String {
    let dir = if is_right_to_left(tag) { "rtl" } else { "ltr" };
    let language = if names_language && kind == Kind::Start {
        format!(r#" data-redress-language="{}""#, escape(tag))
    } else {
        String::new()
    };
    let mut html = String::with_capacity(template.len() + body.len() + 256);
    for line in template.lines() {
        let script = line.contains("<script")
            || line.contains("rel=\"modulepreload\"")
            || line.contains("as=\"fetch\"");
        if kind == Kind::OtherWays && script {
            continue;
        }
        if line.contains(HTML_TAG) {
            html.push_str(&line.replace(
                HTML_TAG,
                &format!(r#"<html lang="{}" dir="{dir}"{language}>"#, escape(tag)),
            ));
        } else if line.contains(TITLE) {
            html.push_str(&line.replace(TITLE, &format!("<title>{}</title>", escape(title))));
        } else if line.contains(BODY) {
            let marker = if kind == Kind::Start {
                " data-redress-prerendered"
            } else {
                ""
            };
            html.push_str(&line.replace(
                BODY,
                &format!(r#"<body class="redress-body-root"{marker}>{body}</body>"#),
            ));
        } else {
            html.push_str(line);
        }
        html.push('\n');
        if themed && line.contains("rel=\"stylesheet\"") {
            let indent: String = line.chars().take_while(|c| c.is_whitespace()).collect();
            html.push_str(&format!(
                "{indent}<link rel=\"stylesheet\" href=\"{THEME}\">\n"
            ));
        }
    }
    html
}

/// Text made safe for HTML, in elements and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    /// The template as `./x build` leaves it (a copy of `web/index.html`,
    /// which the build adds scripts to).
    fn template() -> String {
        std::fs::read_to_string(root().join("web/index.html"))
            .unwrap()
            .replace(
                "  </head>",
                "    <script type=\"module\" src=\"./redress-start.js\"></script>\n  </head>",
            )
    }

    fn messages(tag: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join(format!("locales/{tag}.ftl")))
            .map_err(|e| e.to_string())
    }

    fn default_pages() -> Vec<Page> {
        let config = std::fs::read_to_string(root().join("public/config.json")).unwrap();
        pages(&template(), &config, messages).unwrap()
    }

    #[test]
    fn every_offered_language_has_its_start_page_and_other_ways() {
        let pages = default_pages();
        let files: Vec<&str> = pages.iter().map(|p| p.file.as_str()).collect();
        for tag in crate::language::SHIPPED {
            assert!(files.contains(&page_file(tag, SOURCE).as_str()), "{tag}");
            assert!(
                files.contains(&other_ways_file(tag, SOURCE).as_str()),
                "{tag}"
            );
        }
        let page = |file: &str| &pages.iter().find(|p| p.file == file).unwrap().text;
        let welsh = page("cy.html");
        assert!(welsh.contains(r#"<html lang="cy" dir="ltr" data-redress-language="cy">"#));
        assert!(welsh.contains("Dydd Llun"), "{welsh}");
        assert!(welsh.contains(r#"href="other-ways.cy.html""#));
        assert!(welsh.contains("data-redress-prerendered"));
        let arabic = page("ar.html");
        assert!(arabic.contains(r#"<html lang="ar" dir="rtl" data-redress-language="ar">"#));
        let english = page("index.html");
        assert!(english.contains(r#"<html lang="en-GB" dir="ltr">"#));
        assert!(
            english.contains("Make a complaint or give feedback"),
            "{english}"
        );
        assert!(english.contains("0113 496 0000"));
        assert!(english.contains(r#"href="cy.html""#));
        assert!(english.contains("redress-start.js"));
        let other_ways = page("other-ways.html");
        assert!(other_ways.contains("This online form needs JavaScript"));
        assert!(
            other_ways.contains("0113 496 0300"),
            "the out-of-hours line"
        );
        assert!(
            !other_ways.contains("<script"),
            "no script on the page of other ways"
        );
        assert!(!other_ways.contains("data-redress-prerendered"));
    }

    #[test]
    fn a_broken_configuration_or_message_file_is_named() {
        let problems = pages(&template(), "{}", messages).unwrap_err();
        assert!(
            problems.iter().any(|p| p.starts_with("council")),
            "{problems:?}"
        );
        let config = std::fs::read_to_string(root().join("public/config.json")).unwrap();
        let problems = pages(&template(), &config, |tag| {
            if tag == "pl" {
                Ok("broken = {".to_owned())
            } else {
                messages(tag)
            }
        })
        .unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("locales/pl.ftl"), "{problems:?}");
        let problems = pages("<html>", &config, messages).unwrap_err();
        assert!(problems[0].contains(TEMPLATE), "{problems:?}");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
