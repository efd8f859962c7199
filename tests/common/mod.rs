//! What the native tests share: the language rules of a browser, with
//! CLDR's plural categories for every language (from `intl_pluralrules`, as
//! fluent-bundle takes them) and Redress's native number and date writing.

use intl_pluralrules::operands::PluralOperands;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use redress::i18n::{LanguageRules, NumberOptions};
use unic_langid::LanguageIdentifier;

/// CLDR's plural category for `n` in `lang`, as fluent-bundle finds it: the
/// language's own rules, else those of its language without the region,
/// else English; fraction digits a number is written with count.
fn cldr_plural(lang: &str, n: f64, options: &NumberOptions) -> &'static str {
    let kind = if options.ordinal {
        PluralRuleType::ORDINAL
    } else {
        PluralRuleType::CARDINAL
    };
    let langid: LanguageIdentifier = lang.parse().expect("a language tag");
    let language: LanguageIdentifier = langid.language.as_str().parse().unwrap();
    let rules = PluralRules::create(langid, kind)
        .or_else(|_| PluralRules::create(language, kind))
        .or_else(|_| PluralRules::create("en".parse::<LanguageIdentifier>().unwrap(), kind))
        .expect("English plural rules");
    let mut operands = PluralOperands::try_from(n).expect("operands of a number");
    if let Some(digits) = options.minimum_fraction_digits.map(usize::from) {
        if digits > operands.v {
            operands.f *= 10_u64.pow((digits - operands.v) as u32);
            operands.v = digits;
        }
    }
    match rules.select(operands).expect("a category") {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// Redress's native number and date formatting, with CLDR plurals.
pub fn rules() -> LanguageRules {
    LanguageRules {
        plural: cldr_plural,
        ..redress::intl::rules()
    }
}
