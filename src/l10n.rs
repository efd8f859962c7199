//! The reactive face of [`crate::i18n`]: the current language as context.

use std::sync::Arc;

use leptos::prelude::*;

use redress_core::procedure::OwnText;

use crate::i18n::{Arg, Args, Catalogue, LanguageRules, Localizer};
use crate::intl;

/// The source language: always in the first load, and the fallback for any
/// message a translation lacks.
pub const SOURCE_LANG: &str = "en-GB";

/// The source messages the first load needs: `locales/en-GB.ftl` up to its
/// `### Later pages` line (split by `build.rs`), compiled in so the first
/// page never waits for them.
pub const START_MESSAGES: &str = include_str!(concat!(env!("OUT_DIR"), "/en-GB.start.ftl"));

/// The rest of the source messages, which come with the later pages' chunk.
pub const LATER_MESSAGES: &str = include_str!(concat!(env!("OUT_DIR"), "/en-GB.later.ftl"));

/// Every source message: `locales/en-GB.ftl` as written.
pub fn source_text() -> String {
    [START_MESSAGES, LATER_MESSAGES].concat()
}

/// Parses source messages, which the test suite checks, so a syntax error
/// never ships.
fn parse_source(text: &str) -> Arc<Catalogue> {
    Arc::new(
        Catalogue::parse(SOURCE_LANG, text)
            // Displayed, not debugged: `Debug` for strings would cost the
            // first load 1.4 KB of code.
            .unwrap_or_else(|errors| panic!("{SOURCE_LANG} has syntax errors: {}", errors[0])),
    )
}

/// Every source message, parsed.
pub fn source_catalogue() -> Arc<Catalogue> {
    parse_source(&source_text())
}

/// Messages in the person's language, provided as context by the app.
#[derive(Clone, Copy)]
pub struct I18n {
    localizer: RwSignal<Localizer>,
    source: StoredValue<Arc<Catalogue>>,
    /// The council's own words, from its configuration.
    own: StoredValue<Arc<OwnText>>,
    /// The variables every message may use (the council's name and its
    /// forms), for a language.
    shared: StoredValue<Option<SharedArgs>>,
}

/// The variables every message may use, for a language.
pub type SharedArgs = Arc<dyn Fn(&str) -> Vec<(&'static str, Arg)> + Send + Sync>;

impl I18n {
    /// Context showing the source language, until another is loaded, with
    /// the messages of the first load (see [`I18n::complete_source`]).
    pub fn in_source_language() -> Self {
        let source = parse_source(START_MESSAGES);
        I18n {
            localizer: RwSignal::new(Localizer::new(
                source.clone(),
                source.clone(),
                intl::rules(),
            )),
            source: StoredValue::new(source),
            own: StoredValue::new(Arc::default()),
            shared: StoredValue::new(None),
        }
    }

    /// Gives every message formatted from now on the variables `shared`
    /// makes for the language shown (the council's name, as `$council`, and
    /// its forms), made once for each language shown. Messages already
    /// shown are not formatted again.
    pub fn share_args(&self, shared: SharedArgs) {
        self.shared.set_value(Some(shared));
        let primary = self.localizer.with_untracked(Localizer::primary);
        let localizer = self.localizer(primary);
        // Before the pages that use them are drawn: nothing to redraw (and
        // no language change to tell a host page).
        self.localizer.update_untracked(|shown| *shown = localizer);
    }

    /// A localizer for `primary` with the source language as its fallback,
    /// the council's own words and the shared variables for its language.
    fn localizer(&self, primary: Arc<Catalogue>) -> Localizer {
        let shared = self
            .shared
            .get_value()
            .map(|shared| shared(primary.lang()))
            .unwrap_or_default();
        Localizer::new(primary, self.source.get_value(), intl::rules())
            .with_own_text(self.own.get_value())
            .with_shared_args(shared)
    }

    /// Shows the council's own words (its procedures' names) wherever the
    /// message files have none, from now on.
    pub fn use_own_text(&self, own: OwnText) {
        self.own.set_value(Arc::new(own));
        let primary = self.localizer.with_untracked(Localizer::primary);
        self.localizer.set(self.localizer(primary));
    }

    /// The source language alone, with the council's own words: what staff
    /// read.
    pub fn english(&self) -> Localizer {
        self.localizer(self.source.get_value())
    }

    /// Shows `catalogue`'s language from now on, falling back to the source
    /// language message by message.
    pub fn show(&self, catalogue: Arc<Catalogue>) {
        self.localizer.set(self.localizer(catalogue));
    }

    /// Adds the later pages' source messages (called with the chunk): the
    /// source language then has every message, as does the fallback of any
    /// other.
    pub fn complete_source(&self) {
        let source = source_catalogue();
        self.source.set_value(source.clone());
        let showing_source = self.localizer.with_untracked(|l| l.lang() == SOURCE_LANG);
        let primary = if showing_source {
            source
        } else {
            self.localizer.with_untracked(Localizer::primary)
        };
        self.localizer.set(self.localizer(primary));
    }

    /// Shows the source language.
    pub fn show_source(&self) {
        self.show(self.source.get_value());
    }

    /// The i18n context provided by [`crate::app::App`].
    pub fn get() -> Self {
        expect_context()
    }

    /// A message with no variables; reactive to a change of language.
    pub fn t(&self, id: &str) -> String {
        self.localizer.with(|l| l.format(id, &[]))
    }

    /// A message as reactive text in a view: `{i18n.text("continue")}`.
    ///
    /// Every call returns the same closure type, so the view layer compiles
    /// its text-node code once rather than once per message: a `move ||`
    /// written inline at each use costs the wasm a few hundred bytes apiece.
    pub fn text(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// A message with variables; reactive to a change of language.
    pub fn t_with(&self, id: &str, args: &Args) -> String {
        self.localizer.with(|l| l.format(id, args))
    }

    /// A message with variables for a plain-text file (no isolate marks).
    pub fn t_plain_with(&self, id: &str, args: &Args) -> String {
        self.localizer.with(|l| l.format_plain(id, args))
    }

    /// The language tag being shown.
    pub fn lang(&self) -> String {
        self.localizer.with(|l| l.lang().to_owned())
    }

    /// The language tag being shown, read without subscribing to changes.
    pub fn lang_untracked(&self) -> String {
        self.localizer.with_untracked(|l| l.lang().to_owned())
    }
}

/// Anything that can write messages: the reactive context for the page, or
/// a plain localizer for the English copy staff receive.
pub trait Texts {
    /// The message `id` with `args`.
    fn text(&self, id: &str, args: &Args) -> String;
    /// The language tag written in.
    fn language(&self) -> String;
    /// The plural, number and date rules written with.
    fn rules(&self) -> LanguageRules;
}

impl Texts for I18n {
    fn text(&self, id: &str, args: &Args) -> String {
        self.t_with(id, args)
    }

    fn language(&self) -> String {
        self.lang()
    }

    fn rules(&self) -> LanguageRules {
        intl::rules()
    }
}

impl Texts for Localizer {
    fn text(&self, id: &str, args: &Args) -> String {
        self.format_plain(id, args)
    }

    fn language(&self) -> String {
        self.lang().to_owned()
    }

    fn rules(&self) -> LanguageRules {
        Localizer::rules(self)
    }
}

/// Shorthand for [`I18n::get`], for components.
pub fn use_i18n() -> I18n {
    I18n::get()
}

#[cfg(test)]
mod tests {
    use super::*;
    use redress_core::localized::NAME_FORMS;

    #[test]
    fn the_first_load_has_every_message_its_pages_use() {
        let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales/en-GB.ftl");
        assert_eq!(source_text(), std::fs::read_to_string(path).unwrap());
        let start = parse_source(START_MESSAGES);
        let all = source_catalogue();
        // What the first load renders: the frame, the start page, and the
        // loading and error pages (see src/later.rs and src/app.rs).
        let first_load = [
            "src/app.rs",
            "src/later.rs",
            "src/language.rs",
            "src/fallback.rs",
            "src/live_region.rs",
            "src/pages/start.rs",
            "src/pages/config_error.rs",
            "src/components/answers_footer.rs",
            "src/components/exit_page.rs",
            "src/components/page.rs",
            "src/components/contact_details.rs",
        ];
        let mut missing = Vec::new();
        for file in first_load {
            let code = std::fs::read_to_string(
                std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(file),
            )
            .unwrap();
            for quoted in code.split('"').skip(1).step_by(2) {
                if all.has(quoted) && !start.has(quoted) {
                    missing.push(format!("{file}: {quoted}"));
                }
            }
        }
        // Named in the switcher by a built id.
        for tag in crate::language::SHIPPED {
            let id = format!("language-name-{tag}");
            if !start.has(&id) {
                missing.push(id);
            }
        }
        assert!(
            missing.is_empty(),
            "move above \"### Later pages\" in en-GB.ftl: {missing:?}"
        );
    }

    /// On a Bengali page the browser writes every number in Bengali digits
    /// (counts, dates), so the messages' own numbers are Bengali too; only
    /// what is dialled or typed as a code keeps ASCII digits.
    #[test]
    fn bengali_messages_write_their_numbers_in_bengali_digits() {
        use fluent_syntax::ast::{Entry, Pattern};
        const CODES: [&str; 4] = [
            "phone-error-format",
            "postcode-error-format",
            "earlier-reference-hint",
            "config-error-emergency",
        ];
        // The words of a message, every variant included, placeables left out.
        fn ascii_digits_in(pattern: &Pattern<String>) -> bool {
            let mut text = String::new();
            crate::glossary::words(pattern, &mut text);
            text.bytes().any(|b| b.is_ascii_digit())
        }
        let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales/bn.ftl");
        let resource =
            fluent_syntax::parser::parse(std::fs::read_to_string(path).unwrap()).unwrap();
        let mut found = Vec::new();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let patterns = message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value));
                if !CODES.contains(&message.id.name.as_str())
                    && patterns.into_iter().any(ascii_digits_in)
                {
                    found.push(message.id.name);
                }
            }
        }
        assert!(
            found.is_empty(),
            "ASCII digits in Bengali messages: {found:?}"
        );
    }

    #[test]
    fn the_source_messages_parse() {
        let catalogue = source_catalogue();
        assert!(catalogue.has("service-name"));
    }

    /// Every translation has exactly the source's messages, each with the
    /// same variables, parses without error, and says it is a draft,
    /// naming the glossary as the reviewer's starting point.
    #[test]
    fn every_translation_matches_the_source() {
        let source = source_catalogue();
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut checked = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let lang = path.file_stem().unwrap().to_string_lossy().into_owned();
            if path.extension().is_none_or(|e| e != "ftl") || lang == SOURCE_LANG {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let head: String = text
                .lines()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            assert!(
                head.contains("draft") && head.contains("translator"),
                "{lang}: no draft notice"
            );
            assert!(
                head.contains("locales/glossary.md"),
                "{lang}: the notice does not send reviewers to the glossary"
            );
            let catalogue = Catalogue::parse(&lang, &text)
                .unwrap_or_else(|errors| panic!("{lang} does not parse: {errors:?}"));
            let mut missing: Vec<_> = source
                .message_ids()
                .filter(|id| !catalogue.has(id))
                .collect();
            let mut extra: Vec<_> = catalogue
                .message_ids()
                .filter(|id| !source.has(id))
                .collect();
            missing.sort();
            extra.sort();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{lang} has messages en-GB does not: {extra:?}"
            );
            // A translation may use a form of the council's name its
            // language needs (`council-soft` in Welsh) for the name itself.
            let as_source = |variable: String| {
                let form = NAME_FORMS
                    .iter()
                    .find(|&&(form_lang, _, name)| form_lang == lang && name == variable);
                match form {
                    Some(_) => "council".to_owned(),
                    None => variable,
                }
            };
            for id in source.message_ids() {
                let mut variables: Vec<String> =
                    catalogue.variables(id).into_iter().map(as_source).collect();
                variables.dedup();
                assert_eq!(variables, source.variables(id), "{lang}: variables of {id}");
            }
            checked.push(lang);
        }
        // Every language the default configuration offers has its file.
        for tag in crate::config::Languages::default().offered {
            assert!(
                tag == SOURCE_LANG || checked.contains(&tag),
                "no locales/{tag}.ftl"
            );
        }
    }

    /// The literal ids passed to `t(`, `t_with(` and `msg!(` in Rust code.
    fn message_ids_in(code: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for call in ["t(", "t_with(", "t_plain_with(", "text(", "msg!("] {
            for (at, _) in code.match_indices(call) {
                let before = code[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = code[at + call.len()..].trim_start();
                let id = rest.strip_prefix('"').and_then(|r| r.split('"').next());
                let is_id = |id: &str| {
                    !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
                };
                if let Some(id) = id.filter(|id| is_id(id)) {
                    ids.push(id.to_owned());
                }
            }
        }
        ids
    }

    /// Every message id the components ask for exists in the source file, and
    /// the source file has no message no component uses.
    #[test]
    fn every_message_the_code_uses_exists_and_every_message_is_used() {
        let catalogue = source_catalogue();
        let mut used = std::collections::BTreeSet::new();
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut files = vec![root.join("src"), root.join("core").join("src")];
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            } else if path.extension().is_some_and(|e| e == "rs") {
                let code = std::fs::read_to_string(&path).unwrap();
                used.extend(message_ids_in(&code));
            }
        }
        // Procedures, stages, milestones, Ombudsmen and resolution options are
        // named by message ids in the built-in procedures' data.
        for procedure in redress_core::procedure::built_in() {
            used.extend(
                procedure
                    .message_ids()
                    .into_iter()
                    .map(|(_, id)| id.to_owned()),
            );
        }
        // The switcher names each language Redress ships by its autonym.
        for tag in crate::language::SHIPPED {
            used.insert(format!("language-name-{tag}"));
        }
        // Ids chosen at run time are marked where they are chosen, with msg!.
        let missing: Vec<_> = used.iter().filter(|id| !catalogue.has(id)).collect();
        assert!(missing.is_empty(), "used but not in en-GB.ftl: {missing:?}");
        let unused: Vec<_> = catalogue
            .message_ids()
            .filter(|id| !used.contains(*id))
            .collect();
        assert!(unused.is_empty(), "in en-GB.ftl but never used: {unused:?}");
    }
}
