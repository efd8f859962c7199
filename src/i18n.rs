//! Fluent messages without the Fluent runtime.
//!
//! `fluent-bundle` with its CLDR plural tables costs about 60 KB gzipped of
//! the first load, over a third of the budget. The parser (`fluent-syntax`) is
//! small, so we parse `.ftl` files with it and resolve patterns here; plural
//! categories and number formats come from the browser's `Intl` (see
//! [`crate::intl`]), which already carries CLDR data for every language.
//!
//! Supported: messages, attributes (`id.attr`), terms (with arguments),
//! message references, variables, string and number literals, and select
//! expressions on strings, exact numbers and plural categories. Functions
//! such as `NUMBER()` are not used by Redress's messages and render as
//! `{NAME()}`, which the message-file tests reject.

use std::collections::HashMap;
use std::sync::Arc;

use redress_core::procedure::OwnText;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

/// First strong isolate: keeps a name or number typed in one script from
/// reordering the sentence around it in another (Fluent's own default).
const FSI: char = '\u{2068}';
/// Pop directional isolate, closing [`FSI`].
const PDI: char = '\u{2069}';
/// Guards against a message that refers to itself, directly or not.
const MAX_DEPTH: usize = 16;

/// A value passed into a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, shown as given (and isolated in the UI).
    Str(String),
    /// A number, which also selects plural variants.
    Num(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Str(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Str(value)
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Num(value as f64)
    }
}

/// The variables of one message: `&[("council", "Barnsley".into())]`.
pub type Args<'a> = [(&'a str, Arg)];

/// The language-specific services a message needs at format time.
#[derive(Clone, Copy)]
pub struct LanguageRules {
    /// CLDR plural category (`zero`, `one`, `two`, `few`, `many`, `other`)
    /// of a number in the language with the given tag.
    pub plural: fn(&str, f64) -> &'static str,
    /// A number written the way the language writes it.
    pub number: fn(&str, f64) -> String,
}

/// English rules, for native tests and the staff rendering: CLDR's `one` is
/// exactly 1 in English, and numbers print as plain digits.
pub const ENGLISH_RULES: LanguageRules = LanguageRules {
    plural: |_, n| if n == 1.0 { "one" } else { "other" },
    number: |_, n| plain_number(n),
};

fn plain_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// The value of a Fluent number literal (`-?[0-9]+(\.[0-9]+)?`), read
/// without Rust's float parser, which the first load does without. Exact
/// up to 15 digits (two exact numbers divided are rounded once, as parsing
/// rounds); a longer literal has no value, so it selects nothing.
fn number_value(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let well_formed = !whole.is_empty()
        && all_digits(whole)
        && all_digits(fraction)
        && (!fraction.is_empty() || !digits.contains('.'));
    if !well_formed || whole.len() + fraction.len() > 15 {
        return None;
    }
    let mantissa: u64 = format!("{whole}{fraction}").parse().ok()?;
    let value = mantissa as f64 / 10u64.pow(fraction.len() as u32) as f64;
    Some(if negative { -value } else { value })
}

/// The parsed messages and terms of one `.ftl` file.
#[derive(Debug)]
pub struct Catalogue {
    lang: String,
    messages: HashMap<String, Entry<String>>,
    terms: HashMap<String, Entry<String>>,
}

/// A syntax error in a message file, with the line it is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The language tag of the file.
    pub lang: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong, quoting the line.
    pub message: String,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "messages for {} line {}: {}",
            self.lang, self.line, self.message
        )
    }
}

impl Catalogue {
    /// Parses one `.ftl` file. Every syntax error is reported, not just the
    /// first, so a translator can fix a file in one pass.
    pub fn parse(lang: &str, source: &str) -> Result<Self, Vec<SyntaxError>> {
        let resource = fluent_syntax::parser::parse(source.to_owned()).map_err(|(_, errors)| {
            errors
                .into_iter()
                .map(|error| {
                    let before = &source[..error.pos.start.min(source.len())];
                    let line = before.matches('\n').count() + 1;
                    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
                    let text = source[line_start..]
                        .lines()
                        .next()
                        .unwrap_or_default()
                        .trim();
                    // The line itself rather than the parser's own words for
                    // what is wrong: they would add 3 KB to every visitor's
                    // download, and the line is what a translator looks for.
                    let shown: String = text.chars().take(60).collect();
                    SyntaxError {
                        lang: lang.to_owned(),
                        line,
                        message: format!("not valid Fluent: {shown}"),
                    }
                })
                .collect::<Vec<_>>()
        })?;
        let mut messages = HashMap::new();
        let mut terms = HashMap::new();
        for entry in resource.body {
            match &entry {
                Entry::Message(message) => {
                    messages.insert(message.id.name.clone(), entry);
                }
                Entry::Term(term) => {
                    terms.insert(term.id.name.clone(), entry);
                }
                _ => {}
            }
        }
        Ok(Catalogue {
            lang: lang.to_owned(),
            messages,
            terms,
        })
    }

    /// The language tag this file is for.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The ids of every message (not terms) in the file.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// Whether the file has the message `id` or `id.attribute`.
    pub fn has(&self, path: &str) -> bool {
        self.pattern(path).is_some()
    }

    /// The names of the variables a message uses, sorted, including those
    /// of its attributes; used to check translations against the source.
    pub fn variables(&self, id: &str) -> Vec<String> {
        let mut names = Vec::new();
        if let Some(Entry::Message(message)) = self.messages.get(id) {
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                collect_variables(pattern, &mut names);
            }
        }
        names.sort();
        names.dedup();
        names
    }

    fn pattern(&self, path: &str) -> Option<&Pattern<String>> {
        let (id, attribute) = match path.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (path, None),
        };
        match (self.messages.get(id)?, attribute) {
            (Entry::Message(message), None) => message.value.as_ref(),
            (Entry::Message(message), Some(name)) => message
                .attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
            _ => None,
        }
    }

    fn term(&self, id: &str, attribute: Option<&str>) -> Option<&Pattern<String>> {
        match (self.terms.get(id)?, attribute) {
            (Entry::Term(term), None) => Some(&term.value),
            (Entry::Term(term), Some(name)) => term
                .attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
            _ => None,
        }
    }
}

fn collect_variables(pattern: &Pattern<String>, names: &mut Vec<String>) {
    fn inline(expression: &InlineExpression<String>, names: &mut Vec<String>) {
        match expression {
            InlineExpression::VariableReference { id } => names.push(id.name.clone()),
            InlineExpression::Placeable { expression } => outer(expression, names),
            _ => {}
        }
    }
    fn outer(expression: &Expression<String>, names: &mut Vec<String>) {
        match expression {
            Expression::Inline(expression) => inline(expression, names),
            Expression::Select { selector, variants } => {
                inline(selector, names);
                for variant in variants {
                    collect_variables(&variant.value, names);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            outer(expression, names);
        }
    }
}

/// Formats messages in one language, falling back to the source language
/// (en-GB) for any message a translation lacks.
#[derive(Clone)]
pub struct Localizer {
    primary: Arc<Catalogue>,
    fallback: Arc<Catalogue>,
    rules: LanguageRules,
    /// The council's own words (its procedures' names), for the messages
    /// the message files do not have.
    own: Arc<OwnText>,
    /// Variables every message may use (the council's name in this
    /// language), for those a caller does not give.
    shared: Arc<Vec<(&'static str, Arg)>>,
}

impl Localizer {
    /// The messages shown, before any fallback.
    pub fn primary(&self) -> Arc<Catalogue> {
        self.primary.clone()
    }

    /// A localizer for `primary`, falling back to `fallback`.
    pub fn new(primary: Arc<Catalogue>, fallback: Arc<Catalogue>, rules: LanguageRules) -> Self {
        Localizer {
            primary,
            fallback,
            rules,
            own: Arc::default(),
            shared: Arc::default(),
        }
    }

    /// This localizer with `shared` as variables every message may use,
    /// where the caller gives none of that name.
    pub fn with_shared_args(self, shared: Vec<(&'static str, Arg)>) -> Self {
        Localizer {
            shared: Arc::new(shared),
            ..self
        }
    }

    /// This localizer with the council's own words for the messages the
    /// message files lack: in the language shown, else in en-GB.
    pub fn with_own_text(self, own: Arc<OwnText>) -> Self {
        Localizer { own, ..self }
    }

    /// The language tag messages are formatted in.
    pub fn lang(&self) -> &str {
        self.primary.lang()
    }

    /// The message `id` (or `id.attribute`) for display: string variables are
    /// wrapped in Unicode isolates so mixed scripts keep their order.
    pub fn format(&self, path: &str, args: &Args) -> String {
        self.render(path, args, true)
    }

    /// The message for plain-text exports (calendar files, email bodies, the
    /// staff copy), where invisible isolate characters would be noise.
    pub fn format_plain(&self, path: &str, args: &Args) -> String {
        self.render(path, args, false)
    }

    fn render(&self, path: &str, args: &Args, isolate: bool) -> String {
        // The configuration refuses own text for a message the files have.
        if let Some(words) = self.own.get(self.lang(), path) {
            return words.to_owned();
        }
        for catalogue in [&self.primary, &self.fallback] {
            if let Some(pattern) = catalogue.pattern(path) {
                let mut out = String::new();
                let scope = Scope {
                    catalogue,
                    rules: self.rules,
                    isolate,
                    shared: &self.shared,
                };
                scope.write_pattern(pattern, args, 0, &mut out);
                return out;
            }
        }
        // A missing message must never blank the page; the id tells a
        // developer what to add, and the message-file tests catch it first.
        path.to_owned()
    }
}

struct Scope<'c> {
    catalogue: &'c Catalogue,
    rules: LanguageRules,
    isolate: bool,
    /// Variables for those the arguments do not give.
    shared: &'c [(&'static str, Arg)],
}

impl<'c> Scope<'c> {
    /// The variable `name`: from `args`, else a shared one.
    fn variable<'a>(&self, args: &'a Args, name: &str) -> Option<&'a Arg>
    where
        'c: 'a,
    {
        lookup(args, name).or_else(|| lookup(self.shared, name))
    }

    fn write_pattern(
        &self,
        pattern: &Pattern<String>,
        args: &Args,
        depth: usize,
        out: &mut String,
    ) {
        if depth > MAX_DEPTH {
            out.push_str("{???}");
            return;
        }
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression } => {
                    self.write_expression(expression, args, depth, out)
                }
            }
        }
    }

    fn write_expression(
        &self,
        expression: &Expression<String>,
        args: &Args,
        depth: usize,
        out: &mut String,
    ) {
        match expression {
            Expression::Inline(inline) => self.write_inline(inline, args, depth, out),
            Expression::Select { selector, variants } => {
                let chosen = self.select(selector, args, depth, variants);
                self.write_pattern(&chosen.value, args, depth + 1, out);
            }
        }
    }

    fn select<'v>(
        &self,
        selector: &InlineExpression<String>,
        args: &Args,
        depth: usize,
        variants: &'v [fluent_syntax::ast::Variant<String>],
    ) -> &'v fluent_syntax::ast::Variant<String> {
        let value = match selector {
            InlineExpression::VariableReference { id } => self.variable(args, &id.name).cloned(),
            InlineExpression::NumberLiteral { value } => number_value(value).map(Arg::Num),
            other => {
                let mut text = String::new();
                let plain = Scope {
                    isolate: false,
                    ..*self
                };
                plain.write_inline(other, args, depth + 1, &mut text);
                Some(Arg::Str(text))
            }
        };
        let matches = |key: &VariantKey<String>| match (key, &value) {
            (VariantKey::Identifier { name }, Some(Arg::Str(text))) => name == text,
            (VariantKey::Identifier { name }, Some(Arg::Num(n))) => {
                name == (self.rules.plural)(self.catalogue.lang(), *n)
            }
            (VariantKey::NumberLiteral { value: key }, Some(Arg::Num(n))) => {
                number_value(key) == Some(*n)
            }
            _ => false,
        };
        // Exact numbers win over plural categories, as in Fluent.
        variants
            .iter()
            .find(|v| matches!(v.key, VariantKey::NumberLiteral { .. }) && matches(&v.key))
            .or_else(|| variants.iter().find(|v| matches(&v.key)))
            .or_else(|| variants.iter().find(|v| v.default))
            .unwrap_or(&variants[0])
    }

    fn write_inline(
        &self,
        expression: &InlineExpression<String>,
        args: &Args,
        depth: usize,
        out: &mut String,
    ) {
        match expression {
            InlineExpression::StringLiteral { value } => {
                out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value))
            }
            InlineExpression::NumberLiteral { value } => out.push_str(value),
            InlineExpression::VariableReference { id } => match self.variable(args, &id.name) {
                Some(Arg::Str(text)) if self.isolate => {
                    out.push(FSI);
                    out.push_str(text);
                    out.push(PDI);
                }
                Some(Arg::Str(text)) => out.push_str(text),
                Some(Arg::Num(n)) => out.push_str(&(self.rules.number)(self.catalogue.lang(), *n)),
                None => {
                    out.push_str("{$");
                    out.push_str(&id.name);
                    out.push('}');
                }
            },
            InlineExpression::MessageReference { id, attribute } => {
                let path = match attribute {
                    Some(attribute) => format!("{}.{}", id.name, attribute.name),
                    None => id.name.clone(),
                };
                match self.catalogue.pattern(&path) {
                    Some(pattern) => self.write_pattern(pattern, args, depth + 1, out),
                    None => {
                        out.push('{');
                        out.push_str(&path);
                        out.push('}');
                    }
                }
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let attribute = attribute.as_ref().map(|a| a.name.as_str());
                match self.catalogue.term(&id.name, attribute) {
                    Some(pattern) => {
                        // A term sees only the arguments it is given.
                        let mut term_args = Vec::new();
                        if let Some(arguments) = arguments {
                            for named in &arguments.named {
                                let mut text = String::new();
                                self.write_inline(&named.value, args, depth + 1, &mut text);
                                let value = match &named.value {
                                    InlineExpression::NumberLiteral { value } => {
                                        number_value(value).map(Arg::Num).unwrap_or(Arg::Str(text))
                                    }
                                    _ => Arg::Str(text),
                                };
                                term_args.push((named.name.name.as_str(), value));
                            }
                        }
                        let term = Scope {
                            shared: &[],
                            ..*self
                        };
                        term.write_pattern(pattern, &term_args, depth + 1, out)
                    }
                    None => {
                        out.push_str("{-");
                        out.push_str(&id.name);
                        out.push('}');
                    }
                }
            }
            InlineExpression::FunctionReference { id, .. } => {
                out.push('{');
                out.push_str(&id.name);
                out.push_str("()}");
            }
            InlineExpression::Placeable { expression } => {
                self.write_expression(expression, args, depth + 1, out)
            }
        }
    }
}

fn lookup<'a>(args: &'a Args, name: &str) -> Option<&'a Arg> {
    args.iter()
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Number literals read as Rust's float parser reads them.
        #[test]
        fn number_literals_read_as_floats_do(text in "-?[0-9]{1,9}(\\.[0-9]{1,6})?") {
            proptest::prop_assert_eq!(number_value(&text), Some(text.parse::<f64>().unwrap()));
        }
    }

    #[test]
    fn only_number_literals_have_a_value() {
        for text in [
            "",
            "-",
            "1.",
            ".5",
            "1e3",
            "+1",
            "1.2.3",
            "12345678901234567",
        ] {
            assert_eq!(number_value(text), None, "{text}");
        }
        assert_eq!(number_value("-0.25"), Some(-0.25));
    }

    const SOURCE: &str = r#"
-council = the council
    .gender = neuter
greeting = Hello, { $name }!
days = { $count ->
    [0] no working days
    [one] { $count } working day
   *[other] { $count } working days
}
about = Complain to { -council }.
about-short = { -council.gender ->
    [neuter] it
   *[other] they
}
nested = { greeting } { about }
with-attr = Start now
    .aria-label = Start your complaint
choice = { $kind ->
    [complaint] a complaint
   *[other] feedback
}
escaped = { "\u0041" }{ "{" }
loop = { loop }
"#;

    fn english() -> Localizer {
        let catalogue = Arc::new(Catalogue::parse("en-GB", SOURCE).expect("source parses"));
        Localizer::new(catalogue.clone(), catalogue, ENGLISH_RULES)
    }

    #[test]
    fn formats_variables_with_isolation_only_for_display() {
        let l10n = english();
        assert_eq!(
            l10n.format("greeting", &[("name", "Ana".into())]),
            "Hello, \u{2068}Ana\u{2069}!"
        );
        assert_eq!(
            l10n.format_plain("greeting", &[("name", "Ana".into())]),
            "Hello, Ana!"
        );
    }

    #[test]
    fn selects_exact_numbers_before_plural_categories() {
        let l10n = english();
        assert_eq!(
            l10n.format("days", &[("count", 0.into())]),
            "no working days"
        );
        assert_eq!(l10n.format("days", &[("count", 1.into())]), "1 working day");
        assert_eq!(
            l10n.format("days", &[("count", 10.into())]),
            "10 working days"
        );
    }

    #[test]
    fn selects_on_strings_and_falls_back_to_the_default_variant() {
        let l10n = english();
        assert_eq!(
            l10n.format("choice", &[("kind", "complaint".into())]),
            "a complaint"
        );
        assert_eq!(
            l10n.format("choice", &[("kind", "comment".into())]),
            "feedback"
        );
        assert_eq!(l10n.format("choice", &[]), "feedback");
    }

    #[test]
    fn resolves_terms_attributes_and_references() {
        let l10n = english();
        assert_eq!(l10n.format("about", &[]), "Complain to the council.");
        assert_eq!(l10n.format("about-short", &[]), "it");
        assert_eq!(
            l10n.format("with-attr.aria-label", &[]),
            "Start your complaint"
        );
        assert_eq!(
            l10n.format_plain("nested", &[("name", "Bo".into())]),
            "Hello, Bo! Complain to the council."
        );
        assert_eq!(l10n.format("escaped", &[]), "A{");
    }

    #[test]
    fn a_missing_variable_or_message_is_visible_not_fatal() {
        let l10n = english();
        assert_eq!(l10n.format("greeting", &[]), "Hello, {$name}!");
        assert_eq!(l10n.format("no-such-message", &[]), "no-such-message");
        assert!(l10n.format("loop", &[]).contains("{???}"));
    }

    #[test]
    fn falls_back_to_the_source_language_message_by_message() {
        let source = Arc::new(Catalogue::parse("en-GB", SOURCE).unwrap());
        let welsh = Arc::new(Catalogue::parse("cy", "greeting = Helo, { $name }!").unwrap());
        let l10n = Localizer::new(welsh, source, ENGLISH_RULES);
        assert_eq!(
            l10n.format_plain("greeting", &[("name", "Siân".into())]),
            "Helo, Siân!"
        );
        assert_eq!(l10n.format("about", &[]), "Complain to the council.");
    }

    #[test]
    fn the_councils_own_words_are_shown_in_the_language_else_in_english() {
        let own: OwnText = serde_json::from_str(
            r#"{ "en-GB": { "our-review": "Our review", "our-panel": "Our panel" },
                 "cy": { "our-review": "Ein hadolygiad" } }"#,
        )
        .unwrap();
        let own = Arc::new(own);
        let source = Arc::new(Catalogue::parse("en-GB", SOURCE).unwrap());
        let welsh = Arc::new(Catalogue::parse("cy", "greeting = Helo, { $name }!").unwrap());
        let l10n = Localizer::new(welsh, source.clone(), ENGLISH_RULES).with_own_text(own.clone());
        assert_eq!(l10n.format("our-review", &[]), "Ein hadolygiad");
        assert_eq!(l10n.format("our-panel", &[]), "Our panel");
        assert_eq!(
            l10n.format_plain("greeting", &[("name", "Siân".into())]),
            "Helo, Siân!"
        );
        let english = Localizer::new(source.clone(), source, ENGLISH_RULES).with_own_text(own);
        assert_eq!(english.format("our-review", &[]), "Our review");
        assert_eq!(english.format("about", &[]), "Complain to the council.");
    }

    #[test]
    fn shared_variables_fill_in_for_those_not_given_but_not_inside_terms() {
        let source = Arc::new(
            Catalogue::parse(
                "en-GB",
                "greeting = Hello, { $name }!\n-quoted = { $name }\nterm = { -quoted }\n",
            )
            .unwrap(),
        );
        let l10n = Localizer::new(source.clone(), source, ENGLISH_RULES)
            .with_shared_args(vec![("name", "Ynys".into())]);
        assert_eq!(l10n.format_plain("greeting", &[]), "Hello, Ynys!");
        assert_eq!(
            l10n.format_plain("greeting", &[("name", "Ana".into())]),
            "Hello, Ana!"
        );
        // A term sees only the arguments it is given.
        assert_eq!(l10n.format_plain("term", &[]), "{$name}");
    }

    #[test]
    fn reports_every_syntax_error_with_its_line() {
        let errors = Catalogue::parse("xx", "ok = fine\nbroken = { $\nalso broken\n").unwrap_err();
        assert!(!errors.is_empty());
        assert_eq!(errors[0].line, 2);
        assert_eq!(
            errors[0].to_string(),
            "messages for xx line 2: not valid Fluent: broken = { $"
        );
    }

    #[test]
    fn lists_variables_of_a_message_and_its_attributes() {
        let catalogue = Catalogue::parse("en-GB", SOURCE).unwrap();
        assert_eq!(catalogue.variables("days"), vec!["count"]);
        assert_eq!(catalogue.variables("greeting"), vec!["name"]);
        assert!(catalogue.variables("about").is_empty());
    }
}
