//! The character count and the limits say their number in every language,
//! zero included: where a plural category holds more than one number (in
//! Punjabi `one` holds 0 and 1, in Portuguese `other` holds 0), a variant
//! that wrote "1" or "one" in words instead of the number would tell a
//! person the wrong count. Only a category of exactly one number may say it
//! in words (Arabic's dual "حرفان", two letters). Plural categories are
//! CLDR's, as the browser's `Intl` has them.

use std::path::PathBuf;
use std::sync::Arc;

use redress::i18n::{Catalogue, Localizer};

mod common;

/// The messages that say a count or a limit, and their number's name.
const COUNTED: [(&str, &str); 13] = [
    ("character-count-remaining", "count"),
    ("character-count-over", "count"),
    ("their-name-too-long", "max"),
    ("relationship-too-long", "max"),
    ("late-too-long", "max"),
    ("service-too-long", "max"),
    ("message-too-long", "max"),
    ("what-happened-too-long", "max"),
    ("put-right-too-long", "max"),
    ("confidential-detail-too-long", "max"),
    ("contact-too-long", "max"),
    ("unresolved-too-long", "max"),
    ("earlier-reference-too-long", "max"),
];

/// Whether `n` is the only whole number up to 10,000 in its plural
/// category in `lang`.
fn only_number_of_its_category(lang: &str, n: i64) -> bool {
    let plural = |n: i64| (common::rules().plural)(lang, n as f64, &Default::default());
    (0..=10_000)
        .filter(|&other| plural(other) == plural(n))
        .count()
        == 1
}

#[test]
fn counts_and_limits_say_their_number_in_every_language() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut wrong = Vec::new();
    let mut languages = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        languages += 1;
        let lang = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let catalogue = Arc::new(Catalogue::parse(&lang, &text).unwrap());
        let messages = Localizer::new(catalogue.clone(), catalogue, common::rules());
        for (id, variable) in COUNTED {
            assert!(messages.primary().has(id), "{lang} has no {id}");
            for n in [0, 1, 2, 3, 4, 5, 6, 11, 21, 22, 40, 100, 200, 1000, 5000] {
                let said = messages.format_plain(id, &[(variable, n.into())]);
                let number = (common::rules().number)(&lang, n as f64, &Default::default());
                if !said.contains(&number) && !only_number_of_its_category(&lang, n) {
                    wrong.push(format!("{lang} {id} with {n}: {said}"));
                }
            }
        }
    }
    assert_eq!(languages, 10, "the shipped languages");
    assert!(
        wrong.is_empty(),
        "{} do not say the number:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
