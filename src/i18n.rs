//! Fluent messages without the Fluent runtime.
//!
//! `fluent-bundle` with its CLDR plural tables costs about 60 KB gzipped of
//! the first load, over a third of the budget. The parser (`fluent-syntax`) is
//! small, so we parse `.ftl` files with it and resolve patterns here; plural
//! categories and number and date formats come from the browser's `Intl` (see
//! [`crate::intl`]), which already carries CLDR data for every language.
//!
//! The resolver follows `fluent-bundle` 0.16, and a test proves it
//! (`tests/fluent_conformance.rs` renders every message of every language
//! and the probe files in `tests/fluent/` through both): messages,
//! attributes, terms with arguments, message references, variables, string
//! and number literals, the functions `NUMBER()` and `DATETIME()`, select
//! expressions on strings, exact numbers and plural categories (cardinal or
//! ordinal) taking the first variant that matches, and Unicode isolation of
//! placeables. Where `fluent-bundle` departs from the Fluent specification
//! and fluent.js, we follow the specification; the test lists each case.

use std::collections::HashMap;
use std::sync::Arc;

use redress_core::date::Date;
use redress_core::procedure::OwnText;

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement, Variant,
    VariantKey,
};

/// First strong isolate: keeps a name or number typed in one script from
/// reordering the sentence around it in another (Fluent's own default).
const FSI: char = '\u{2068}';
/// Pop directional isolate, closing [`FSI`].
const PDI: char = '\u{2069}';
/// How many placeables one message may write, references included: a
/// message file whose references multiply (each naming the next ten
/// times) stops here instead of hanging the page. As in `fluent-bundle`.
const MAX_PLACEABLES: usize = 100;

/// A value passed into a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, shown as given (and isolated in the UI).
    Str(String),
    /// A number, written in the language's digits; also selects plural
    /// variants.
    Num(f64),
    /// A day, written out in the language: in full ("Friday, 27 March
    /// 2026") unless the message asks for parts with `DATETIME()`.
    Date(Date),
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

impl From<Date> for Arg {
    fn from(value: Date) -> Self {
        Arg::Date(value)
    }
}

/// The variables of one message: `&[("council", "Barnsley".into())]`.
pub type Args<'a> = [(&'a str, Arg)];

/// How a number is written and which plural category it is in: the options
/// of `NUMBER()` that `fluent-bundle` reads, as `Intl.NumberFormat` and
/// `Intl.PluralRules` take them. A number literal such as `1.50` keeps its
/// fraction digits.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NumberOptions {
    /// `type: "ordinal"`: 1st, 2nd, 3rd select `one`, `two`, `few` in
    /// English.
    pub ordinal: bool,
    /// `useGrouping: "false"`: 5000, not 5,000.
    pub no_grouping: bool,
    /// `minimumIntegerDigits`.
    pub minimum_integer_digits: Option<u8>,
    /// `minimumFractionDigits`.
    pub minimum_fraction_digits: Option<u8>,
    /// `maximumFractionDigits`.
    pub maximum_fraction_digits: Option<u8>,
    /// `minimumSignificantDigits`.
    pub minimum_significant_digits: Option<u8>,
    /// `maximumSignificantDigits`.
    pub maximum_significant_digits: Option<u8>,
}

/// The options of `DATETIME()` that concern a day, as
/// `Intl.DateTimeFormat` takes them, e.g. `[("month", "long")]`. No options:
/// the day in full (weekday, day, month and year).
pub type DateOptions = [(String, String)];

/// The options `DATETIME()` passes on; a time zone, for one, is not the
/// translator's to choose (it could move the day).
pub const DATE_OPTIONS: [&str; 6] = ["dateStyle", "weekday", "era", "year", "month", "day"];

/// The language-specific services a message needs at format time.
#[derive(Clone, Copy)]
pub struct LanguageRules {
    /// CLDR plural category (`zero`, `one`, `two`, `few`, `many`, `other`)
    /// of a number in the language with the given tag.
    pub plural: fn(&str, f64, &NumberOptions) -> &'static str,
    /// A number written the way the language writes it.
    pub number: fn(&str, f64, &NumberOptions) -> String,
    /// A day written the way the language writes it.
    pub date: fn(&str, Date, &DateOptions) -> String,
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
    let mantissa = (whole.bytes().chain(fraction.bytes()))
        .fold(0u64, |value, digit| value * 10 + u64::from(digit - b'0'));
    let value = mantissa as f64 / 10u64.pow(fraction.len() as u32) as f64;
    Some(if negative { -value } else { value })
}

/// A number literal as a value: `1.50` keeps its two fraction digits, as
/// `fluent-bundle` keeps them. Text if it has no value.
fn number_literal(text: &str) -> Value {
    match number_value(text) {
        Some(n) => {
            let digits = text
                .split_once('.')
                .map(|(_, fraction)| fraction.len() as u8);
            Value::Num(
                n,
                NumberOptions {
                    minimum_fraction_digits: digits,
                    ..NumberOptions::default()
                },
            )
        }
        None => Value::Str(text.to_owned()),
    }
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
    /// Parses one `.ftl` file, which must have no syntax error. Every error
    /// is reported, not just the first, so a translator can fix a file in
    /// one pass.
    pub fn parse(lang: &str, source: &str) -> Result<Self, Vec<SyntaxError>> {
        let (catalogue, errors) = Catalogue::read(lang, source);
        if errors.is_empty() {
            Ok(catalogue)
        } else {
            Err(errors)
        }
    }

    /// Reads one `.ftl` file as `fluent-bundle` does: the entries that
    /// parse, and an error for each part that does not (whose messages then
    /// come from the fallback language), so one mistake in a translation
    /// never takes the whole language away.
    pub fn read(lang: &str, source: &str) -> (Self, Vec<SyntaxError>) {
        let (resource, errors) = match fluent_syntax::parser::parse(source.to_owned()) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let errors = errors
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
            .collect();
        let mut messages = HashMap::new();
        let mut terms = HashMap::new();
        for entry in resource.body {
            match &entry {
                // The first of two entries with one id, as fluent-bundle.
                Entry::Message(message) => {
                    messages.entry(message.id.name.clone()).or_insert(entry);
                }
                Entry::Term(term) => {
                    terms.entry(term.id.name.clone()).or_insert(entry);
                }
                _ => {}
            }
        }
        let catalogue = Catalogue {
            lang: lang.to_owned(),
            messages,
            terms,
        };
        (catalogue, errors)
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
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline(argument, names);
                }
            }
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

    /// The plural, number and date rules messages are written with.
    pub fn rules(&self) -> LanguageRules {
        self.rules
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
                let mut scope = Scope {
                    catalogue,
                    rules: self.rules,
                    isolate,
                    shared: &self.shared,
                    travelled: vec![pattern],
                    placeables: 0,
                };
                let mut out = String::new();
                scope.write_pattern(pattern, Vars::Message(args), &mut out);
                return out;
            }
        }
        // A missing message must never blank the page; the id tells a
        // developer what to add, and the message-file tests catch it first.
        path.to_owned()
    }
}

/// A value while a message is resolved: an argument, a literal or what a
/// function made of one.
#[derive(Clone, Debug)]
enum Value {
    Str(String),
    Num(f64, NumberOptions),
    Date(Date, Vec<(String, String)>),
    /// A missing variable, or a function given the wrong kind of value.
    Error,
}

impl From<&Arg> for Value {
    fn from(arg: &Arg) -> Self {
        match arg {
            Arg::Str(text) => Value::Str(text.clone()),
            Arg::Num(n) => Value::Num(*n, NumberOptions::default()),
            Arg::Date(date) => Value::Date(*date, Vec::new()),
        }
    }
}

/// The variables a pattern sees: a message's arguments (and the shared
/// ones), or only those a term reference gives.
#[derive(Clone, Copy)]
enum Vars<'a> {
    Message(&'a Args<'a>),
    Term(&'a [(&'a str, Value)]),
}

struct Scope<'c> {
    catalogue: &'c Catalogue,
    rules: LanguageRules,
    isolate: bool,
    /// Variables for those the arguments do not give.
    shared: &'c [(&'static str, Arg)],
    /// The patterns being written, outermost first: a reference back to
    /// one of them is a cycle, written as the reference in braces.
    travelled: Vec<&'c Pattern<String>>,
    /// Placeables written so far (see [`MAX_PLACEABLES`]).
    placeables: usize,
}

impl<'c> Scope<'c> {
    /// The variable `name`: from the arguments, else a shared one.
    fn variable(&self, vars: Vars, name: &str) -> Option<Value> {
        match vars {
            Vars::Message(args) => lookup(args, name)
                .or_else(|| lookup(self.shared, name))
                .map(Value::from),
            Vars::Term(args) => args
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.clone()),
        }
    }

    fn write_pattern(&mut self, pattern: &'c Pattern<String>, vars: Vars, out: &mut String) {
        let several = pattern.elements.len() > 1;
        for element in &pattern.elements {
            if self.placeables > MAX_PLACEABLES {
                return;
            }
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression } => {
                    self.placeables += 1;
                    // As fluent-bundle: every placeable among other
                    // elements, but references and string literals, which
                    // are the translator's own words.
                    let isolate = self.isolate
                        && several
                        && !matches!(
                            expression,
                            Expression::Inline(
                                InlineExpression::MessageReference { .. }
                                    | InlineExpression::TermReference { .. }
                                    | InlineExpression::StringLiteral { .. }
                            )
                        );
                    if isolate {
                        out.push(FSI);
                    }
                    self.write_expression(expression, vars, out);
                    if isolate {
                        out.push(PDI);
                    }
                }
            }
        }
    }

    fn write_expression(
        &mut self,
        expression: &'c Expression<String>,
        vars: Vars,
        out: &mut String,
    ) {
        match expression {
            Expression::Inline(inline) => self.write_inline(inline, vars, out),
            Expression::Select { selector, variants } => {
                let chosen = self.select(selector, vars, variants);
                self.write_pattern(&chosen.value, vars, out);
            }
        }
    }

    /// The first variant whose key matches the selector (its text, its
    /// exact number or its plural category), else the default.
    fn select(
        &mut self,
        selector: &'c InlineExpression<String>,
        vars: Vars,
        variants: &'c [Variant<String>],
    ) -> &'c Variant<String> {
        let value = self.resolve(selector, vars);
        let (rules, lang) = (self.rules, self.catalogue.lang());
        let matches = |key: &VariantKey<String>| match (key, &value) {
            (VariantKey::Identifier { name }, Value::Str(text)) => name == text,
            (VariantKey::Identifier { name }, Value::Num(n, options)) => {
                name == (rules.plural)(lang, *n, options)
            }
            (VariantKey::NumberLiteral { value: key }, Value::Num(n, _)) => {
                number_value(key) == Some(*n)
            }
            _ => false,
        };
        variants
            .iter()
            .find(|variant| matches(&variant.key))
            .or_else(|| variants.iter().find(|variant| variant.default))
            .unwrap_or(&variants[0])
    }

    /// An expression's value, as a selector or a function's argument sees it.
    fn resolve(&mut self, expression: &'c InlineExpression<String>, vars: Vars) -> Value {
        match expression {
            InlineExpression::StringLiteral { value } => {
                Value::Str(fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned())
            }
            InlineExpression::NumberLiteral { value } => number_literal(value),
            InlineExpression::VariableReference { id } => {
                self.variable(vars, &id.name).unwrap_or(Value::Error)
            }
            InlineExpression::FunctionReference { id, arguments } => {
                self.call(&id.name, arguments, vars).unwrap_or(Value::Error)
            }
            other => {
                let mut text = String::new();
                self.write_inline(other, vars, &mut text);
                Value::Str(text)
            }
        }
    }

    /// What the function `name` makes of its arguments; `None` if there is
    /// no such function.
    fn call(
        &mut self,
        name: &str,
        arguments: &'c CallArguments<String>,
        vars: Vars,
    ) -> Option<Value> {
        if name != "NUMBER" && name != "DATETIME" {
            return None;
        }
        let first = arguments
            .positional
            .first()
            .map(|argument| self.resolve(argument, vars));
        let mut named = Vec::new();
        for argument in &arguments.named {
            named.push((
                argument.name.name.as_str(),
                self.resolve(&argument.value, vars),
            ));
        }
        let value = match (name, first) {
            ("NUMBER", Some(Value::Num(n, mut options))) => {
                number_options(&mut options, &named);
                Value::Num(n, options)
            }
            ("DATETIME", Some(Value::Date(date, mut options))) => {
                for (key, value) in named {
                    if let (true, Value::Str(value)) = (DATE_OPTIONS.contains(&key), value) {
                        options.retain(|(set, _)| set != key);
                        options.push((key.to_owned(), value));
                    }
                }
                Value::Date(date, options)
            }
            _ => Value::Error,
        };
        Some(value)
    }

    fn write_inline(
        &mut self,
        expression: &'c InlineExpression<String>,
        vars: Vars,
        out: &mut String,
    ) {
        match expression {
            InlineExpression::StringLiteral { value } => {
                out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value))
            }
            InlineExpression::NumberLiteral { value } => {
                self.write_value(&number_literal(value), out)
            }
            InlineExpression::VariableReference { id } => match self.variable(vars, &id.name) {
                Some(value) => self.write_value(&value, out),
                None => braced(out, &["$", &id.name]),
            },
            InlineExpression::MessageReference { id, attribute } => {
                let path = match attribute {
                    Some(attribute) => format!("{}.{}", id.name, attribute.name),
                    None => id.name.clone(),
                };
                match self.catalogue.pattern(&path) {
                    Some(pattern) => self.track(pattern, &path, vars, out),
                    None => braced(out, &[&path]),
                }
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let attribute = attribute.as_ref().map(|a| a.name.as_str());
                let shown = match attribute {
                    Some(attribute) => format!("-{}.{attribute}", id.name),
                    None => format!("-{}", id.name),
                };
                // A term sees only the arguments it is given.
                let mut given = Vec::new();
                for named in arguments.iter().flat_map(|arguments| &arguments.named) {
                    given.push((named.name.name.as_str(), self.resolve(&named.value, vars)));
                }
                match self.catalogue.term(&id.name, attribute) {
                    Some(pattern) => self.track(pattern, &shown, Vars::Term(&given), out),
                    None => braced(out, &[&shown]),
                }
            }
            InlineExpression::FunctionReference { id, arguments } => {
                match self.call(&id.name, arguments, vars) {
                    None => braced(out, &[&id.name, "()"]),
                    // As fluent-bundle writes a function given the wrong
                    // kind of value.
                    Some(Value::Error) => {
                        out.push_str(&id.name);
                        out.push_str("()");
                    }
                    Some(value) => self.write_value(&value, out),
                }
            }
            InlineExpression::Placeable { expression } => {
                self.write_expression(expression, vars, out)
            }
        }
    }

    /// Writes a referenced message or term, unless it is already being
    /// written: then the reference, in braces.
    fn track(&mut self, pattern: &'c Pattern<String>, shown: &str, vars: Vars, out: &mut String) {
        if self
            .travelled
            .iter()
            .any(|seen| std::ptr::eq(*seen, pattern))
        {
            braced(out, &[shown]);
            return;
        }
        self.travelled.push(pattern);
        self.write_pattern(pattern, vars, out);
        self.travelled.pop();
    }

    fn write_value(&self, value: &Value, out: &mut String) {
        let lang = self.catalogue.lang();
        match value {
            Value::Str(text) => out.push_str(text),
            Value::Num(n, options) => out.push_str(&(self.rules.number)(lang, *n, options)),
            Value::Date(date, options) => out.push_str(&(self.rules.date)(lang, *date, options)),
            Value::Error => {}
        }
    }
}

/// `{` and the parts and `}`: how an unresolved reference is shown.
fn braced(out: &mut String, parts: &[&str]) {
    out.push('{');
    for part in parts {
        out.push_str(part);
    }
    out.push('}');
}

/// `NUMBER()`'s named options applied to a number's, as `fluent-bundle`
/// reads them (an option of the wrong kind is ignored).
fn number_options(options: &mut NumberOptions, named: &[(&str, Value)]) {
    for (key, value) in named {
        let digits = match value {
            Value::Num(n, _) => Some(n.clamp(0.0, 255.0) as u8),
            _ => None,
        };
        match (*key, value) {
            ("type", Value::Str(kind)) => options.ordinal = kind == "ordinal",
            ("useGrouping", Value::Str(grouping)) => options.no_grouping = grouping == "false",
            ("minimumIntegerDigits", Value::Num(..)) => options.minimum_integer_digits = digits,
            ("minimumFractionDigits", Value::Num(..)) => options.minimum_fraction_digits = digits,
            ("maximumFractionDigits", Value::Num(..)) => options.maximum_fraction_digits = digits,
            ("minimumSignificantDigits", Value::Num(..)) => {
                options.minimum_significant_digits = digits
            }
            ("maximumSignificantDigits", Value::Num(..)) => {
                options.maximum_significant_digits = digits
            }
            _ => {}
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
loop-a = a { loop-b }
loop-b = b { loop-a }
first = { $count ->
    [one] one
    [1] exactly one
   *[other] two
}
alone = { $name }
limit = At most { $max } or { NUMBER($max, useGrouping: "false") } or { 1.50 }.
rank = { NUMBER($n, type: "ordinal") ->
    [one] { $n }st
    [two] { $n }nd
    [few] { $n }rd
   *[other] { $n }th
}
by = by { $date } or { DATETIME($date, day: "numeric", month: "long", timeZone: "Pacific/Kiritimati") }
unknown = { UPPER("a") }
count = { NUMBER($n) } items
"#;

    fn english() -> Localizer {
        let catalogue = Arc::new(Catalogue::parse("en-GB", SOURCE).expect("source parses"));
        Localizer::new(catalogue.clone(), catalogue, crate::intl::rules())
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
    fn selects_the_first_variant_that_matches() {
        let l10n = english();
        assert_eq!(
            l10n.format_plain("days", &[("count", 0.into())]),
            "no working days"
        );
        assert_eq!(
            l10n.format_plain("days", &[("count", 1.into())]),
            "1 working day"
        );
        assert_eq!(
            l10n.format_plain("days", &[("count", 10.into())]),
            "10 working days"
        );
        // The category first, then the exact number: the category wins.
        assert_eq!(l10n.format_plain("first", &[("count", 1.into())]), "one");
        assert_eq!(l10n.format_plain("first", &[("count", 2.into())]), "two");
    }

    #[test]
    fn isolates_every_placeable_among_other_elements_but_references_and_literals() {
        let l10n = english();
        assert_eq!(
            l10n.format("days", &[("count", 10.into())]),
            "\u{2068}10\u{2069} working days"
        );
        // Alone in its pattern: nothing to keep apart.
        assert_eq!(l10n.format("alone", &[("name", "Ana".into())]), "Ana");
        assert_eq!(l10n.format("about", &[]), "Complain to the council.");
    }

    #[test]
    fn numbers_and_dates_are_written_by_the_language_rules() {
        let l10n = english();
        let date = Date::new(2026, 3, 27).unwrap();
        let plain = |id: &str, args: &Args| l10n.format_plain(id, args);
        assert_eq!(
            plain("limit", &[("max", 5000.into())]),
            "At most 5,000 or 5000 or 1.50."
        );
        assert_eq!(plain("rank", &[("n", 22.into())]), "22nd");
        assert_eq!(plain("rank", &[("n", 13.into())]), "13th");
        assert_eq!(
            plain("by", &[("date", date.into())]),
            "by Friday, 27 March 2026 or 27 March"
        );
        // The wrong kind of value, and a function there is not.
        assert_eq!(plain("rank", &[("n", "first".into())]), "firstth");
        assert_eq!(plain("count", &[("n", "first".into())]), "NUMBER() items");
        assert_eq!(plain("unknown", &[]), "{UPPER()}");
    }

    #[test]
    fn a_message_that_multiplies_stops() {
        let mut source = String::from("m0 = x\n");
        for level in 1..20 {
            let before = level - 1;
            source.push_str(&format!(
                "m{level} = {}\n",
                format!("{{ m{before} }}").repeat(10)
            ));
        }
        let catalogue = Arc::new(Catalogue::parse("en-GB", &source).unwrap());
        let l10n = Localizer::new(catalogue.clone(), catalogue, crate::intl::rules());
        assert!(l10n.format("m19", &[]).len() <= MAX_PLACEABLES + 1);
    }

    #[test]
    fn a_syntax_error_loses_only_its_own_entries() {
        let (catalogue, errors) = Catalogue::read("cy", "good = Da\nbad = { $\nalso = Hefyd\n");
        assert_eq!(errors.len(), 1);
        assert!(catalogue.has("good") && catalogue.has("also"));
        assert!(!catalogue.has("bad"));
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
        assert_eq!(l10n.format_plain("greeting", &[]), "Hello, {$name}!");
        assert_eq!(l10n.format("no-such-message", &[]), "no-such-message");
        assert_eq!(l10n.format("loop", &[]), "{loop}");
        assert_eq!(l10n.format_plain("loop-a", &[]), "a b {loop-a}");
    }

    #[test]
    fn falls_back_to_the_source_language_message_by_message() {
        let source = Arc::new(Catalogue::parse("en-GB", SOURCE).unwrap());
        let welsh = Arc::new(Catalogue::parse("cy", "greeting = Helo, { $name }!").unwrap());
        let l10n = Localizer::new(welsh, source, crate::intl::rules());
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
        let l10n =
            Localizer::new(welsh, source.clone(), crate::intl::rules()).with_own_text(own.clone());
        assert_eq!(l10n.format("our-review", &[]), "Ein hadolygiad");
        assert_eq!(l10n.format("our-panel", &[]), "Our panel");
        assert_eq!(
            l10n.format_plain("greeting", &[("name", "Siân".into())]),
            "Helo, Siân!"
        );
        let english =
            Localizer::new(source.clone(), source, crate::intl::rules()).with_own_text(own);
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
        let l10n = Localizer::new(source.clone(), source, crate::intl::rules())
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
