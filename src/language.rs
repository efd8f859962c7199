//! The person's language: chosen at start, switched from any page without
//! losing anything, fetched on demand (only en-GB is in the first load).

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use redress_core::language::{choose, main_language, other_ways_file, page_file, SOURCE};

use crate::browser::{self, Store};
use crate::config;
use crate::i18n::Catalogue;
use crate::l10n::I18n;
use crate::live_region::announce;

pub use redress_core::language::SHIPPED;

/// Where the person's choice of language is remembered on this device.
const CHOICE_KEY: &str = "redress.language";

/// The language controller, provided as context.
#[derive(Clone, Copy)]
pub struct Languages {
    i18n: I18n,
    /// The languages offered, in the switcher's order.
    pub offered: StoredValue<Vec<String>>,
    /// The language wanted (shown once loaded).
    pub current: RwSignal<String>,
    /// The language of the main page, `index.html`.
    main: StoredValue<String>,
    /// Set when a language could not be loaded, so English is shown.
    pub failed: RwSignal<bool>,
    loaded: StoredValue<HashMap<String, Arc<Catalogue>>>,
}

impl Languages {
    /// Chooses the starting language (see `redress_core::language::choose`)
    /// and loads it.
    pub fn start(i18n: I18n, config: &config::Languages) -> Languages {
        let page_language = crate::takeover::page_language();
        let chosen = choose(
            [
                browser::query_param("lang").as_deref(),
                page_language.as_deref(),
                browser::store_get(Store::Device, CHOICE_KEY).as_deref(),
                config.default.as_deref(),
            ],
            &browser::browser_languages(),
            &config.offered,
        );
        let languages = Languages::showing(i18n, config, SOURCE);
        let page = page_language.unwrap_or_else(|| languages.main.get_value());
        if chosen != page {
            languages.follow_in_address(&chosen);
        }
        languages.switch(chosen, false);
        languages
    }

    /// Moves the address to `tag`'s own page, so that reloading (or sharing
    /// the link) opens the page in it; the journey's history is kept. Only
    /// on a prerendered page, where each language has a page of its own.
    fn follow_in_address(&self, tag: &str) {
        if crate::embed::mode() != crate::embed::Mode::Mounted && crate::takeover::is_prerendered()
        {
            browser::replace_url(&self.href(tag));
        }
    }

    /// The controller with `shown` on screen, fetching nothing: what the
    /// prerendered pages are drawn with (see [`Languages::start`]).
    pub fn showing(i18n: I18n, config: &config::Languages, shown: &str) -> Languages {
        Languages {
            i18n,
            offered: StoredValue::new(config.offered.clone()),
            main: StoredValue::new(main_language(config.default.as_deref(), &config.offered)),
            current: RwSignal::new(shown.to_owned()),
            failed: RwSignal::new(false),
            loaded: StoredValue::new(HashMap::new()),
        }
    }

    /// Where the switcher's link to `tag` leads: that language's own
    /// prerendered page, which works without JavaScript; mounted in a
    /// council's page, which has no such pages, `?lang=` on that page.
    pub fn href(&self, tag: &str) -> String {
        if crate::embed::mode() == crate::embed::Mode::Mounted {
            format!("?lang={tag}")
        } else {
            page_file(tag, &self.main.get_value())
        }
    }

    /// The page of other ways to complain in the language shown, beside
    /// the wizard: where Start leads when the wizard cannot run.
    pub fn other_ways_href(&self) -> String {
        let file = other_ways_file(&self.current.get(), &self.main.get_value());
        crate::embed::asset(&file)
    }

    /// Whether the language chosen is the one on screen (not still being
    /// fetched).
    pub fn is_shown(&self) -> bool {
        self.current.get_untracked() == self.i18n.lang_untracked()
    }

    /// The controller provided by the app.
    pub fn get() -> Languages {
        expect_context()
    }

    /// Forgets the language chosen on this device ("Exit this page": which
    /// language a person read the wizard in is a trace of its use).
    pub fn forget_choice() {
        browser::store_remove(Store::Device, CHOICE_KEY);
    }

    /// Shows `tag`, fetching its messages the first time; `remember` saves
    /// the choice on this device for the next visit.
    pub fn switch(&self, tag: String, remember: bool) {
        if remember {
            browser::store_set(Store::Device, CHOICE_KEY, &tag);
            self.follow_in_address(&tag);
        }
        self.failed.set(false);
        self.current.set(tag.clone());
        if tag == SOURCE {
            self.i18n.show_source();
            return;
        }
        if let Some(catalogue) = self.loaded.with_value(|loaded| loaded.get(&tag).cloned()) {
            self.i18n.show(catalogue);
            return;
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            let fetched =
                browser::fetch_text(&crate::embed::asset(&format!("locales/{tag}.ftl"))).await;
            // The person may have chosen another language meanwhile.
            if this.current.get_untracked() != tag {
                return;
            }
            match fetched.map(|text| Catalogue::read(&tag, &text)) {
                // Not a message file at all (an error page, say).
                Ok((catalogue, errors)) if catalogue.message_ids().next().is_none() => {
                    let first = errors.first().map(ToString::to_string);
                    this.fall_back(&first.unwrap_or_else(|| format!("locales/{tag}.ftl is empty")))
                }
                Ok((catalogue, errors)) => {
                    // As fluent-bundle: the entries that parse are shown,
                    // and a message in a part that does not is in English.
                    if let Some(first) = errors.first() {
                        browser::warn(&format!(
                            "Redress: {} syntax errors in locales/{tag}.ftl, shown in English instead; first: {first}",
                            errors.len()
                        ));
                    }
                    let catalogue = Arc::new(catalogue);
                    this.loaded.update_value(|loaded| {
                        loaded.insert(tag.clone(), catalogue.clone());
                    });
                    this.i18n.show(catalogue);
                }
                Err(error) => this.fall_back(&error.0),
            }
        });
    }

    fn fall_back(&self, why: &str) {
        browser::warn(&format!("Redress could not load a language: {why}"));
        self.i18n.show_source();
        // The host was waiting to hear the language chosen: it is English.
        crate::embed::tell_host("language", SOURCE);
        self.failed.set(true);
        announce(&self.i18n.t("language-load-failed"));
    }
}

/// The language switcher: each offered language named in itself, with its
/// own `lang`, on every page.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = I18n::get();
    let languages = Languages::get();
    let links = languages
        .offered
        .get_value()
        .into_iter()
        .map(|tag| {
            let is_current = {
                let tag = tag.clone();
                move || languages.current.get() == tag
            };
            let name_id = format!("language-name-{tag}");
            let switch_to = tag.clone();
            view! {
                <li class="redress-language__item">
                    <a
                        href=languages.href(&tag)
                        class="redress-language__link"
                        lang=tag.clone()
                        hreflang=tag.clone()
                        aria-current=move || is_current().then_some("true")
                        on:click=move |event| {
                            event.prevent_default();
                            languages.switch(switch_to.clone(), true);
                        }
                    >
                        {move || i18n.t(&name_id)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="redress-language" aria-label=i18n.text("language-label")>
            <ul class="redress-language__list">{links}</ul>
        </nav>
        {move || {
            languages
                .failed
                .get()
                .then(|| {
                    view! {
                        <div class="redress-warning redress-language__failed" role="alert">
                            <p class="redress-body">{i18n.text("language-load-failed")}</p>
                        </div>
                    }
                })
        }}
    }
}
