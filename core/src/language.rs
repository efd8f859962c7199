//! Which language to show: the person's choice first (a link, the page they
//! opened, what they chose before), then the council's
//! default, then the browser's languages, then English.
//!
//! ```
//! use redress_core::language::choose;
//!
//! let offered = ["en-GB", "cy", "pl"].map(String::from);
//! // The browser asks for Polish (Poland); the council offers Polish.
//! assert_eq!(choose([None, None, None, None], &["pl-PL".into()], &offered), "pl");
//! // A ?lang= link wins over everything else.
//! assert_eq!(choose([Some("cy"), None, Some("pl"), Some("en-GB")], &[], &offered), "cy");
//! ```

/// The source language: always offered, and the fallback for everything.
pub const SOURCE: &str = "en-GB";

/// Every language Redress ships messages for (`locales/{tag}.ftl`), in the
/// language switcher's order.
pub const SHIPPED: [&str; 10] = [
    "en-GB", "cy", "ar", "bn", "es", "pa", "pl", "pt-PT", "ro", "ur",
];

/// Whether `tag` is written right to left (Arabic, Urdu, and the other
/// right-to-left scripts' languages), for `dir="rtl"`.
///
/// ```
/// assert!(redress_core::language::is_right_to_left("ar"));
/// assert!(redress_core::language::is_right_to_left("ur-PK"));
/// assert!(!redress_core::language::is_right_to_left("pa"));
/// ```
pub fn is_right_to_left(tag: &str) -> bool {
    matches!(
        primary(tag).as_str(),
        "ar" | "ur" | "fa" | "he" | "ps" | "sd" | "ckb" | "yi" | "dv"
    )
}

fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The offered language that best matches a requested tag: the same tag
/// (ignoring case), else the same primary language (`pl-PL` → `pl`,
/// `en-US` → `en-GB`).
pub fn best_match<'a>(requested: &str, offered: &'a [String]) -> Option<&'a str> {
    let requested = requested.trim().replace('_', "-");
    if requested.is_empty() {
        return None;
    }
    offered
        .iter()
        .find(|tag| tag.eq_ignore_ascii_case(&requested))
        .or_else(|| {
            offered
                .iter()
                .find(|tag| primary(tag) == primary(&requested))
        })
        .map(String::as_str)
}

/// The language to show. In order: the `?lang=` parameter, the language
/// of the prerendered page the person opened (`cy.html`: see
/// [`page_file`]), the person's saved choice, the council's default, the
/// browser's languages in their order, then [`SOURCE`]. Only offered
/// languages are chosen. `asked` is `[query, page, saved, default]`.
pub fn choose(asked: [Option<&str>; 4], browser: &[String], offered: &[String]) -> String {
    asked
        .into_iter()
        .flatten()
        .chain(browser.iter().map(String::as_str))
        .find_map(|requested| best_match(requested, offered))
        .unwrap_or(SOURCE)
        .to_owned()
}

/// The language of the council's main start page (`index.html`): its
/// default if it offers it, else [`SOURCE`].
pub fn main_language(default: Option<&str>, offered: &[String]) -> String {
    choose([None, None, None, default], &[], offered)
}

/// Which prerendered page a language's start page is: `index.html` for the
/// main language, else `{tag}.html` beside it, so that every page of the
/// bundle is in one folder and every relative link works from each.
pub fn page_file(tag: &str, main: &str) -> String {
    if tag == main {
        "index.html".to_owned()
    } else {
        format!("{tag}.html")
    }
}

/// The page for people who cannot run the wizard (no JavaScript, or a
/// browser that cannot run it) in a language: every other way to complain.
pub fn other_ways_file(tag: &str, main: &str) -> String {
    if tag == main {
        "other-ways.html".to_owned()
    } else {
        format!("other-ways.{tag}.html")
    }
}

/// Whether `tag` looks like a BCP 47 language tag Redress can use: letters,
/// digits and hyphens, starting with a 2 or 3 letter language.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|part| {
            (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn offered() -> Vec<String> {
        ["en-GB", "cy", "pl", "ar", "ur", "pt-PT"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn follows_the_order_query_page_saved_default_browser_english() {
        let offered = offered();
        let browser = vec!["ur".to_string()];
        assert_eq!(
            choose(
                [Some("ar"), Some("pt"), Some("pl"), Some("cy")],
                &browser,
                &offered
            ),
            "ar"
        );
        assert_eq!(
            choose(
                [None, Some("pt-PT"), Some("pl"), Some("cy")],
                &browser,
                &offered
            ),
            "pt-PT"
        );
        // A page in a language no longer offered: the next in order.
        assert_eq!(
            choose(
                [None, Some("de"), Some("pl"), Some("cy")],
                &browser,
                &offered
            ),
            "pl"
        );
        assert_eq!(
            choose([None, None, Some("pl"), Some("cy")], &browser, &offered),
            "pl"
        );
        assert_eq!(
            choose([None, None, None, Some("cy")], &browser, &offered),
            "cy"
        );
        assert_eq!(choose([None, None, None, None], &browser, &offered), "ur");
        assert_eq!(choose([None, None, None, None], &[], &offered), "en-GB");
    }

    #[test]
    fn the_main_page_is_in_the_default_language_and_the_others_beside_it() {
        let offered = offered();
        assert_eq!(main_language(Some("cy"), &offered), "cy");
        assert_eq!(main_language(Some("CY"), &offered), "cy");
        assert_eq!(main_language(Some("fr"), &offered), "en-GB");
        assert_eq!(main_language(None, &offered), "en-GB");
        assert_eq!(page_file("cy", "cy"), "index.html");
        assert_eq!(page_file("en-GB", "cy"), "en-GB.html");
        assert_eq!(page_file("ar", "en-GB"), "ar.html");
        assert_eq!(other_ways_file("en-GB", "en-GB"), "other-ways.html");
        assert_eq!(other_ways_file("ar", "en-GB"), "other-ways.ar.html");
        // No two languages share a file, and no page is another's.
        let mut files: Vec<String> = SHIPPED
            .iter()
            .flat_map(|tag| [page_file(tag, "en-GB"), other_ways_file(tag, "en-GB")])
            .collect();
        files.sort();
        files.dedup();
        assert_eq!(files.len(), 2 * SHIPPED.len());
    }

    #[test]
    fn skips_what_is_not_offered() {
        let offered = offered();
        let browser = vec!["fr-FR".to_string(), "pt-BR".to_string()];
        // Portuguese is European Portuguese (pt-PT), which a browser asking
        // for Brazilian or any Portuguese, or a link or page saying `pt`
        // from before it was tagged pt-PT, still reaches.
        assert_eq!(
            choose([Some("de"), None, Some("xx"), None], &browser, &offered),
            "pt-PT"
        );
        assert_eq!(
            choose([None, None, None, None], &["pt".into()], &offered),
            "pt-PT"
        );
        assert_eq!(
            choose([Some("pt"), None, None, None], &[], &offered),
            "pt-PT"
        );
        assert_eq!(
            choose([Some("EN-us"), None, None, None], &[], &offered),
            "en-GB"
        );
        assert_eq!(
            choose([Some(""), None, None, None], &[], &["cy".to_string()]),
            "en-GB"
        );
    }

    #[test]
    fn knows_right_to_left_languages() {
        for tag in ["ar", "ar-EG", "ur", "UR", "fa", "he"] {
            assert!(is_right_to_left(tag), "{tag}");
        }
        for tag in ["en-GB", "cy", "pa", "bn", "pl"] {
            assert!(!is_right_to_left(tag), "{tag}");
        }
    }

    #[test]
    fn recognises_language_tags() {
        for tag in ["en-GB", "cy", "pa-Guru", "sr-Latn-RS", "en-XA"] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in ["", "e", "english", "en_GB", "en-", "<b>"] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }

    proptest! {
        #[test]
        fn always_chooses_an_offered_language_or_english(query in "\\PC{0,8}", saved in "\\PC{0,8}") {
            let offered = offered();
            let chosen = choose([Some(&query), None, Some(&saved), None], std::slice::from_ref(&query), &offered);
            prop_assert!(offered.contains(&chosen));
        }
    }
}
