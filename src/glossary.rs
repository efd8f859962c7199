//! The glossary's check (`locales/GLOSSARY.md`): wherever an English
//! message uses one of the glossary's terms, each translation of it uses
//! that language's rendering of the term.
//!
//! For each term, every en-GB message or term (its value and attributes,
//! every variant of a selection, placeables left out) that contains one of
//! the term's `English:` words as a whole word, in any case, must have, in
//! each language's version, one of that language's `forms` as part of its
//! text, in any case. Text is compared in Unicode NFC, with Romanian's
//! cedilla letters read as the comma-below ones. Message ids on the term's
//! `Except:` line are not checked; the term's note says why.

use std::collections::BTreeMap;
use std::path::PathBuf;

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use unicode_normalization::UnicodeNormalization;

use crate::l10n::SOURCE_LANG;
use crate::language::SHIPPED;

/// One term of the glossary.
#[derive(Debug)]
struct Term {
    name: String,
    /// The English words (or phrases) that call for the term.
    english: Vec<String>,
    /// Each language's forms, one of which must appear, in the file's order.
    forms: Vec<(String, Vec<String>)>,
    /// Message ids not checked for this term.
    except: Vec<String>,
}

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// The languages the glossary covers: every shipped one but the source.
fn translations() -> Vec<&'static str> {
    SHIPPED
        .iter()
        .copied()
        .filter(|&tag| tag != SOURCE_LANG)
        .collect()
}

/// The terms of the glossary, or every problem with its layout.
fn read_glossary(text: &str) -> Result<Vec<Term>, Vec<String>> {
    let list = |rest: &str| -> Vec<String> {
        rest.split(',')
            .map(str::trim)
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let mut terms: Vec<Term> = Vec::new();
    let mut problems = Vec::new();
    for (number, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        if let Some(name) = line.strip_prefix("## ") {
            terms.push(Term {
                name: name.trim().to_owned(),
                english: Vec::new(),
                forms: Vec::new(),
                except: Vec::new(),
            });
            continue;
        }
        let Some(term) = terms.last_mut() else {
            continue;
        };
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("English:") {
            term.english = list(rest);
        } else if let Some(rest) = line.strip_prefix("Except:") {
            term.except = list(rest);
        } else if line.starts_with('|') {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            let header = cells[0] == "language" || cells[0].chars().all(|c| "-: ".contains(c));
            if header {
                continue;
            }
            if cells.len() != 5 {
                problems.push(format!("line {number}: a row needs 5 cells: {line}"));
                continue;
            }
            let forms: Vec<String> = cells[3]
                .split(" / ")
                .map(str::trim)
                .filter(|form| !form.is_empty())
                .map(str::to_owned)
                .collect();
            if forms.is_empty() {
                problems.push(format!("line {number}: {} gives no forms", cells[0]));
            }
            term.forms.push((cells[0].to_owned(), forms));
        }
    }
    let languages = translations();
    for term in &terms {
        if term.english.is_empty() {
            problems.push(format!("## {}: no English: words", term.name));
        }
        let order: Vec<&str> = term.forms.iter().map(|(lang, _)| lang.as_str()).collect();
        if order != languages {
            problems.push(format!(
                "## {}: rows must be {languages:?}, are {order:?}",
                term.name
            ));
        }
    }
    if terms.is_empty() {
        problems.push("no terms (## headings)".to_owned());
    }
    if problems.is_empty() {
        Ok(terms)
    } else {
        Err(problems)
    }
}

/// The words of a pattern, every variant of a selection included, each
/// placeable a space.
pub(crate) fn words(pattern: &Pattern<String>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(' ');
                if let Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        words(&variant.value, out);
                        out.push(' ');
                    }
                }
            }
        }
    }
}

/// Each message's and term's text in one language's file, for comparing:
/// NFC, lower case, Romanian cedillas as commas below, spaces collapsed.
fn texts(lang: &str) -> BTreeMap<String, String> {
    let path = locales().join(format!("{lang}.ftl"));
    let source = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{lang} does not parse: {errors:?}"));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name, m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        let mut text = String::new();
        for pattern in value.iter().chain(attributes.iter().map(|a| &a.value)) {
            words(pattern, &mut text);
            text.push(' ');
        }
        found.insert(id, fold(&text));
    }
    found
}

fn fold(text: &str) -> String {
    let folded: String = text
        .nfc()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ş' => 'ș',
            'ţ' => 'ț',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` (folded) has `phrase` as whole words.
fn has_words(text: &str, phrase: &str) -> bool {
    let phrase = fold(phrase);
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(&phrase).any(|(at, _)| {
        !word(text[..at].chars().next_back()) && !word(text[at + phrase.len()..].chars().next())
    })
}

fn glossary() -> Vec<Term> {
    let text = std::fs::read_to_string(locales().join("GLOSSARY.md")).unwrap();
    read_glossary(&text)
        .unwrap_or_else(|problems| panic!("locales/GLOSSARY.md: {}", problems.join("\n  ")))
}

/// The ids of the source's messages that call for `term`.
fn covered<'a>(term: &Term, source: &'a BTreeMap<String, String>) -> Vec<&'a str> {
    source
        .iter()
        .filter(|(_, text)| term.english.iter().any(|word| has_words(text, word)))
        .map(|(id, _)| id.as_str())
        .collect()
}

#[test]
fn every_translation_uses_the_glossary_s_terms() {
    let source = texts(SOURCE_LANG);
    let others: BTreeMap<&str, BTreeMap<String, String>> = translations()
        .into_iter()
        .map(|lang| (lang, texts(lang)))
        .collect();
    let mut violations = Vec::new();
    for term in glossary() {
        for id in covered(&term, &source) {
            if term.except.iter().any(|except| except == id) {
                continue;
            }
            for (lang, forms) in &term.forms {
                let translated = others[lang.as_str()].get(id).map_or("", String::as_str);
                if !forms.iter().any(|form| translated.contains(&fold(form))) {
                    violations.push(format!(
                        "{} / {lang} / {id}: {} | {translated}",
                        term.name, source[id]
                    ));
                }
            }
        }
    }
    assert!(
        violations.is_empty(),
        "translations without the glossary's term (term / language / message: English | translation):\n  {}",
        violations.join("\n  ")
    );
}

#[test]
fn every_term_and_exception_of_the_glossary_is_in_use() {
    let source = texts(SOURCE_LANG);
    for term in glossary() {
        let covered = covered(&term, &source);
        assert!(
            !covered.is_empty(),
            "## {}: no English message uses {:?}",
            term.name,
            term.english
        );
        for except in &term.except {
            assert!(
                covered.contains(&except.as_str()),
                "## {}: Except: {except} is not a message the term covers",
                term.name
            );
        }
    }
}

#[test]
fn whole_words_in_any_case_and_any_normal_form_are_found() {
    assert!(has_words(&fold("Make a Complaint."), "complaint"));
    assert!(!has_words(&fold("complaints team"), "complaint"));
    assert!(has_words(&fold("the review\npanel"), "review panel"));
    assert!(!has_words(&fold("complain"), "complaint"));
    // Decomposed and composed, cedilla and comma below.
    assert_eq!(fold("ਸ਼"), fold("ਸ\u{a3c}"));
    assert_eq!(fold("reclamaţie"), fold("reclamație"));
}

#[test]
fn a_glossary_laid_out_wrongly_is_refused_with_every_problem() {
    let problems = read_glossary(
        "## complaint\n| language | term | back | forms | note |\n| cy | cwyn | complaint | | |\n| ar | x |\n",
    )
    .unwrap_err();
    assert!(
        problems.iter().any(|p| p.contains("no English")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("cy gives no forms")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("5 cells")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("rows must be")),
        "{problems:?}"
    );
}

#[test]
fn a_selection_s_variants_and_attributes_are_all_read() {
    let mut text = String::new();
    let resource = fluent_syntax::parser::parse(
        "m = One { $n ->\n    [one] panel\n   *[other] panels\n } here\n".to_owned(),
    )
    .unwrap();
    let Entry::Message(message) = &resource.body[0] else {
        panic!("not a message");
    };
    words(message.value.as_ref().unwrap(), &mut text);
    assert_eq!(fold(&text), "one panel panels here");
}
