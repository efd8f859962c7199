//! Redress's Fluent resolver (`src/i18n.rs`) against the reference Rust
//! implementation, `fluent-bundle` 0.16 (a dev-dependency only: it never
//! enters the wasm).
//!
//! Every message and attribute of every language in `locales/`, and of the
//! probe files in `tests/fluent/` (named `what.LANG.ftl`), is rendered
//! through both, with and without Unicode isolation, for arguments across
//! the plural categories (0, 1, 2, 3, 5, 11, 21, 100, 1.5), the text each
//! select expression looks for, a date, and none at all; the outputs must be
//! the same. Both sides take plural categories from the same CLDR rules
//! (`intl_pluralrules`, as fluent-bundle does) and write numbers and dates
//! with Redress's native formatting, so the test compares the resolvers,
//! not the locale data; in the browser, `Intl` supplies both.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::types::{FluentNumberType, FluentType};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use redress::i18n::{Arg, Catalogue, Localizer, NumberOptions, DATE_OPTIONS};
use redress_core::date::Date;

mod common;
use common::rules;

/// The numbers each message is given, across the plural categories of the
/// shipped languages.
const NUMBERS: [f64; 9] = [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 100.0, 1.5];

/// Where fluent-bundle departs from the Fluent specification and fluent.js
/// (see `tests/fluent/divergent.en-GB.ftl`): the message, the number it is
/// given, and what Redress writes, as fluent.js does.
const DIVERGENT: [(&str, f64, &str); 3] = [
    ("exact-with-options", 1.0, "exactly one"),
    ("ordinal-exact", 1.0, "first"),
    ("fraction-key", 1.5, "one and a half"),
];

/// Whether `args` are the one number a [`DIVERGENT`] case gives `path`.
fn divergent(path: &str, args: &[(String, Sample)]) -> bool {
    DIVERGENT
        .iter()
        .any(|(id, n, _)| *id == path && matches!(args, [(_, Sample::Num(given))] if given == n))
}

/// fluent-bundle's number options as Redress's.
fn options_of(number: &fluent_bundle::types::FluentNumber) -> NumberOptions {
    let options = &number.options;
    let digits = |value: Option<usize>| value.map(|n| n.min(255) as u8);
    NumberOptions {
        ordinal: options.r#type == FluentNumberType::Ordinal,
        no_grouping: !options.use_grouping,
        minimum_integer_digits: digits(options.minimum_integer_digits),
        minimum_fraction_digits: digits(options.minimum_fraction_digits),
        maximum_fraction_digits: digits(options.maximum_fraction_digits),
        minimum_significant_digits: digits(options.minimum_significant_digits),
        maximum_significant_digits: digits(options.maximum_significant_digits),
    }
}

/// A day in a fluent-bundle argument (which has no dates of its own), with
/// the options `DATETIME()` gave it.
#[derive(Clone, Debug, PartialEq)]
struct Day {
    date: Date,
    options: Vec<(String, String)>,
}

impl Day {
    fn written(&self) -> String {
        (rules().date)("", self.date, &self.options)
    }
}

impl FluentType for Day {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }
    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        self.written().into()
    }
    fn as_string_threadsafe(
        &self,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        self.written().into()
    }
}

/// `DATETIME()` for fluent-bundle, which has none: a day with its date
/// options, anything else an error.
fn datetime<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let Some(FluentValue::Custom(custom)) = positional.first() else {
        return FluentValue::Error;
    };
    let Some(day) = custom.as_any().downcast_ref::<Day>() else {
        return FluentValue::Error;
    };
    let mut day = day.clone();
    for (key, value) in named.iter() {
        if let (true, FluentValue::String(value)) = (DATE_OPTIONS.contains(&key), value) {
            day.options.retain(|(set, _)| set != key);
            day.options.push((key.to_owned(), value.to_string()));
        }
    }
    FluentValue::Custom(Box::new(day))
}

/// Numbers written by Redress's formatting in both implementations.
fn formatter(value: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(number) => {
            Some((rules().number)("", number.value, &options_of(number)))
        }
        _ => None,
    }
}

fn bundle(lang: &str, source: &str, isolating: bool) -> FluentBundle<FluentResource> {
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
    let mut bundle = FluentBundle::new(vec![lang.parse().expect("a language tag")]);
    bundle.set_use_isolating(isolating);
    bundle.set_formatter(Some(formatter));
    bundle.add_builtins().unwrap();
    bundle.add_function("DATETIME", datetime).unwrap();
    // A second entry of one id is refused (and reported); the first stays.
    let _ = bundle.add_resource(resource);
    bundle
}

/// One argument, as each implementation takes it.
#[derive(Clone, Debug)]
enum Sample {
    Num(f64),
    Text(String),
    Day(Date),
}

impl Sample {
    fn ours(&self) -> Arg {
        match self {
            Sample::Num(n) => Arg::Num(*n),
            Sample::Text(text) => Arg::Str(text.clone()),
            Sample::Day(date) => Arg::Date(*date),
        }
    }
    fn theirs(&self) -> FluentValue<'static> {
        match self {
            Sample::Num(n) => FluentValue::from(*n),
            Sample::Text(text) => FluentValue::from(text.clone()),
            Sample::Day(date) => FluentValue::Custom(Box::new(Day {
                date: *date,
                options: Vec::new(),
            })),
        }
    }
}

/// The arguments of one rendering, by name.
type ArgSet = Vec<(String, Sample)>;

/// The variables a pattern uses and the text keys of its variants.
fn walk(pattern: &Pattern<String>, variables: &mut Vec<String>, keys: &mut Vec<String>) {
    fn inline(
        expression: &InlineExpression<String>,
        variables: &mut Vec<String>,
        keys: &mut Vec<String>,
    ) {
        match expression {
            InlineExpression::VariableReference { id } => variables.push(id.name.clone()),
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline(argument, variables, keys);
                }
            }
            InlineExpression::Placeable { expression } => outer(expression, variables, keys),
            _ => {}
        }
    }
    fn outer(expression: &Expression<String>, variables: &mut Vec<String>, keys: &mut Vec<String>) {
        match expression {
            Expression::Inline(expression) => inline(expression, variables, keys),
            Expression::Select { selector, variants } => {
                inline(selector, variables, keys);
                for variant in variants {
                    if let VariantKey::Identifier { name } = &variant.key {
                        keys.push(name.clone());
                    }
                    walk(&variant.value, variables, keys);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            outer(expression, variables, keys);
        }
    }
}

/// Each message and attribute of `source` (`id` or `id.attribute`), with
/// the argument sets to render it with.
fn cases(source: &str) -> Vec<(String, Vec<ArgSet>)> {
    let resource =
        fluent_syntax::parser::parse(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
    let day = Date::new(2026, 3, 27).unwrap();
    let mut cases = Vec::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let mut variables = Vec::new();
        let mut keys = vec!["some text".to_owned()];
        let patterns: Vec<(String, &Pattern<String>)> = message
            .value
            .iter()
            .map(|value| (message.id.name.clone(), value))
            .chain(message.attributes.iter().map(|attribute| {
                (
                    format!("{}.{}", message.id.name, attribute.id.name),
                    &attribute.value,
                )
            }))
            .collect();
        for (_, pattern) in &patterns {
            walk(pattern, &mut variables, &mut keys);
        }
        variables.sort();
        variables.dedup();
        keys.sort();
        keys.dedup();
        let all = |sample: Sample| {
            variables
                .iter()
                .map(|name| (name.clone(), sample.clone()))
                .collect::<Vec<_>>()
        };
        let mut sets = vec![Vec::new(), all(Sample::Day(day))];
        sets.extend(NUMBERS.map(|n| all(Sample::Num(n))));
        sets.extend(keys.iter().map(|key| all(Sample::Text(key.clone()))));
        // Each variable a number in turn, the others text.
        if variables.len() > 1 {
            for numbered in &variables {
                for n in NUMBERS {
                    sets.push(
                        variables
                            .iter()
                            .map(|name| {
                                let sample = if name == numbered {
                                    Sample::Num(n)
                                } else {
                                    Sample::Text("some text".to_owned())
                                };
                                (name.clone(), sample)
                            })
                            .collect(),
                    );
                }
            }
        }
        for (path, _) in patterns {
            cases.push((path, sets.clone()));
        }
    }
    cases
}

/// What fluent-bundle writes for `path` with `args`.
fn theirs(bundle: &FluentBundle<FluentResource>, path: &str, args: &[(String, Sample)]) -> String {
    let (id, attribute) = match path.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (path, None),
    };
    let message = bundle
        .get_message(id)
        .expect("the message is in the bundle");
    let pattern = match attribute {
        Some(name) => message.get_attribute(name).expect("the attribute").value(),
        None => message.value().expect("the message has a value"),
    };
    let mut fluent_args = FluentArgs::new();
    for (name, sample) in args {
        fluent_args.set(name.clone(), sample.theirs());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// Renders every message of `source` in `lang` both ways and returns the
/// differences, but for the cases `skip` names.
fn differences(
    lang: &str,
    source: &str,
    skip: fn(&str, &[(String, Sample)]) -> bool,
) -> Vec<String> {
    let (catalogue, _) = Catalogue::read(lang, source);
    let catalogue = Arc::new(catalogue);
    let ours = Localizer::new(catalogue.clone(), catalogue, rules());
    let isolated = bundle(lang, source, true);
    let plain = bundle(lang, source, false);
    let mut found = Vec::new();
    for (path, sets) in cases(source) {
        for set in sets.into_iter().filter(|set| !skip(&path, set)) {
            let args: Vec<(&str, Arg)> = set
                .iter()
                .map(|(name, sample)| (name.as_str(), sample.ours()))
                .collect();
            let pairs = [
                (ours.format(&path, &args), theirs(&isolated, &path, &set)),
                (ours.format_plain(&path, &args), theirs(&plain, &path, &set)),
            ];
            for (mine, reference) in pairs {
                if mine != reference {
                    found.push(format!(
                        "{lang} {path} with {set:?}:\n    Redress:       {mine:?}\n    fluent-bundle: {reference:?}"
                    ));
                }
            }
        }
    }
    found
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Fails on any difference in the files, each in its language.
fn assert_alike(files: Vec<(String, PathBuf)>, skip: fn(&str, &[(String, Sample)]) -> bool) {
    let mut found = Vec::new();
    for (lang, path) in files {
        let source = std::fs::read_to_string(&path).unwrap();
        found.extend(differences(&lang, &source, skip));
    }
    assert!(
        found.is_empty(),
        "{} differences:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn every_message_of_every_language_renders_as_fluent_bundle_renders_it() {
    let files = ftl_files(&root().join("locales"));
    assert!(files.len() >= 10, "the shipped languages");
    let files = files
        .into_iter()
        .map(|path| {
            (
                path.file_stem().unwrap().to_string_lossy().into_owned(),
                path,
            )
        })
        .collect();
    assert_alike(files, |_, _| false);
}

#[test]
fn every_probe_renders_as_fluent_bundle_renders_it() {
    let files = ftl_files(&root().join("tests/fluent"))
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let (_, lang) = name
                .split_once('.')
                .expect("probe files are named what.LANG.ftl");
            (lang.to_owned(), path)
        })
        .collect();
    assert_alike(files, divergent);
}

/// The probes use every feature the resolver has, so a feature no probe
/// uses cannot slip past the comparison.
#[test]
fn the_probes_use_every_feature() {
    let probes = std::fs::read_to_string(root().join("tests/fluent/features.en-GB.ftl")).unwrap();
    for feature in [
        "NUMBER(",
        "DATETIME(",
        "type: \"ordinal\"",
        "minimumFractionDigits",
        "useGrouping",
        "-brand.gender ->",
        "-council(case:",
        "{ plain }",
        "{ with-attrs.label }",
        "{ 1.50 }",
        "{ \"quoted\" }",
        "{{ $name }}",
        "*[b] chose b\n    [c]",
    ] {
        assert!(probes.contains(feature), "no probe uses {feature}");
    }
    let broken = std::fs::read_to_string(root().join("tests/fluent/broken.cy.ftl")).unwrap();
    let (catalogue, errors) = Catalogue::read("cy", &broken);
    assert_eq!(
        errors.len(),
        3,
        "the broken probe's three syntax errors: {errors:?}"
    );
    for id in ["before", "after", "uses-term", "last"] {
        assert!(catalogue.has(id), "{id} is kept despite the errors");
    }
    assert!(!catalogue.has("broken") && !catalogue.has("also-broken"));
}

#[test]
fn where_fluent_bundle_departs_from_the_specification_redress_follows_the_specification() {
    let source = std::fs::read_to_string(root().join("tests/fluent/divergent.en-GB.ftl")).unwrap();
    let catalogue = Arc::new(Catalogue::parse("en-GB", &source).unwrap());
    let ours = Localizer::new(catalogue.clone(), catalogue, rules());
    let reference = bundle("en-GB", &source, false);
    for (id, n, expected) in DIVERGENT {
        assert_eq!(
            ours.format_plain(id, &[("n", Arg::Num(n))]),
            expected,
            "{id} with {n}"
        );
        // Still a difference: else the entry leaves the list.
        let set = [("n".to_owned(), Sample::Num(n))];
        assert_ne!(
            theirs(&reference, id, &set),
            expected,
            "fluent-bundle now agrees on {id}"
        );
    }
}
