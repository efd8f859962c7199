//! A council's own words in more than one language: its name, its
//! addresses, the reasons for its closure days. In `config.json` each is
//! either one value for every language or an object of values by language
//! tag, with `en-GB` required:
//!
//! ```json
//! "name": { "en-GB": "Ynys County Council", "cy": "Cyngor Sir Ynys" }
//! ```
//!
//! A language without its own value shows the English one. Welsh mutates
//! the first letter of a name after some words ("i Gyngor Sir Ynys", to
//! the council): [`soft_mutation`] gives that form, which a council may
//! also write out itself.

use serde::{Deserialize, Serialize};

use crate::language::SOURCE;
use crate::problems::{Problem, ProblemKind};

/// One value for every language, or values by language tag.
///
/// ```
/// use redress_core::localized::Localized;
///
/// let name: Localized<String> =
///     serde_json::from_str(r#"{ "en-GB": "Ynys County Council", "cy": "Cyngor Sir Ynys" }"#).unwrap();
/// assert_eq!(name.text_in("cy"), "Cyngor Sir Ynys");
/// assert_eq!(name.text_in("pl"), "Ynys County Council");
/// let one: Localized<String> = serde_json::from_str(r#""Barnsley Council""#).unwrap();
/// assert_eq!(one.text_in("cy"), "Barnsley Council");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Localized<T> {
    /// The same in every language.
    Same(T),
    /// By language tag; `en-GB` is what the others fall back to.
    ByLanguage(Members<T>),
}

impl<T: Default> Default for Localized<T> {
    fn default() -> Self {
        Localized::Same(T::default())
    }
}

impl<T> From<T> for Localized<T> {
    fn from(value: T) -> Self {
        Localized::Same(value)
    }
}

impl From<&str> for Localized<String> {
    fn from(text: &str) -> Self {
        Localized::Same(text.to_owned())
    }
}

impl Localized<String> {
    /// The text in `lang`, else the English text (empty when a
    /// configuration gives neither, which [`Localized::problems`] reports).
    pub fn text_in(&self, lang: &str) -> &str {
        self.get(lang).map_or("", String::as_str)
    }
}

impl Localized<Vec<String>> {
    /// The lines in `lang`, else the English ones.
    pub fn lines_in(&self, lang: &str) -> &[String] {
        self.get(lang).map_or(&[], Vec::as_slice)
    }

    /// Whether any language has a line (an address is given at all).
    pub fn has_lines(&self) -> bool {
        self.values().iter().any(|(_, lines)| !lines.is_empty())
    }
}

/// What `find` finds for `lang`, else for en-GB: how every value the
/// council writes by language falls back.
pub fn in_language_or_english<'a, T: ?Sized>(
    lang: &str,
    find: impl Fn(&str) -> Option<&'a T>,
) -> Option<&'a T> {
    find(lang).or_else(|| find(SOURCE))
}

impl<T> Localized<T> {
    /// The value in `lang`, else the English one.
    pub fn get(&self, lang: &str) -> Option<&T> {
        in_language_or_english(lang, |lang| self.own(lang))
    }

    /// The value written for `lang` itself, if any: for a single value,
    /// that value whatever the language.
    pub fn own(&self, lang: &str) -> Option<&T> {
        match self {
            Localized::Same(value) => Some(value),
            Localized::ByLanguage(values) => values.get(lang),
        }
    }

    /// Every value, with the language it is for (`None`: every language).
    pub fn values(&self) -> Vec<(Option<&str>, &T)> {
        match self {
            Localized::Same(value) => vec![(None, value)],
            Localized::ByLanguage(values) => values
                .iter()
                .map(|(lang, value)| (Some(lang), value))
                .collect(),
        }
    }

    /// The problems of the values by language at `path`: no `en-GB` value,
    /// or a language not in `known`. Each value's own checks are the
    /// caller's, for each of [`Localized::values`].
    pub fn problems(&self, path: &str, known: &[&str]) -> Vec<Problem> {
        let Localized::ByLanguage(values) = self else {
            return Vec::new();
        };
        let mut found = Vec::new();
        if !values.contains_key(SOURCE) {
            found.push(Problem::error(
                format!("{path}.{SOURCE}"),
                ProblemKind::Missing,
            ));
        }
        for lang in values.keys().filter(|lang| !known.contains(lang)) {
            found.push(Problem::error(
                format!("{path}.{lang}"),
                ProblemKind::NotAccepted {
                    value: format!("\"{lang}\""),
                    accepted: known.iter().map(|tag| format!("\"{tag}\"")).collect(),
                },
            ));
        }
        found
    }
}

/// A JSON object's members in the order written, looked up by key: what
/// [`Localized`], the forms of a name and a profile's own text are read
/// into. A map type would do the same but cost the first download several
/// KB of tree code for a handful of entries. A key written twice keeps its
/// last value, as JSON readers do.
///
/// ```
/// use redress_core::localized::Members;
///
/// let names: Members<String> = serde_json::from_str(r#"{ "en-GB": "Ynys", "cy": "Ynys" }"#).unwrap();
/// assert_eq!(names.keys().collect::<Vec<_>>(), ["en-GB", "cy"]);
/// assert_eq!(names.get("cy").map(String::as_str), Some("Ynys"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Members<V>(pub Vec<(String, V)>);

impl<V> Default for Members<V> {
    fn default() -> Self {
        Members(Vec::new())
    }
}

impl<V> Members<V> {
    /// The value of `key`, if it is there.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Whether `key` is there.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    /// The members, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Sets `key` to `value`, in its place if it is there, else at the end.
    pub fn insert(&mut self, key: String, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key, value)),
        }
    }

    /// The value of `key`, added as `V::default()` first if it is not there.
    pub fn entry_or_default(&mut self, key: &str) -> &mut V
    where
        V: Default,
    {
        if !self.contains_key(key) {
            self.0.push((key.to_owned(), V::default()));
        }
        let at = self
            .0
            .iter()
            .position(|(k, _)| k == key)
            .unwrap_or_default();
        &mut self.0[at].1
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<V: Serialize> Serialize for Members<V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Members<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Visitor<V> {
            type Value = Members<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut members = Members::default();
                while let Some((key, value)) = map.next_entry::<String, V>()? {
                    members.insert(key, value);
                }
                Ok(members)
            }
        }
        deserializer.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

/// The forms of a name that a language's messages may use, beside the
/// name itself: `(language, form, message variable)`. Welsh messages write
/// `{ $council-soft }` after "i" (to).
pub const NAME_FORMS: [(&str, &str, &str); 1] = [("cy", "soft", "council-soft")];

/// The `form` of `name` (one of [`NAME_FORMS`]) when the council does not
/// write it out.
pub fn derive_form(form: &str, name: &str) -> String {
    match form {
        "soft" => soft_mutation(name),
        _ => name.to_owned(),
    }
}

/// `name` as Welsh writes it after a word that causes the soft mutation
/// ("i", "o", "gan", "am", "at", "ar", "wrth", "heb"): its first letter
/// softened, p→b, t→d, c→g, b→f, d→dd, g dropped, m→f, ll→l, rh→r, keeping
/// its capital. Other first letters (vowels, ch, ph, th, f, n, s, ...) do
/// not change.
///
/// ```
/// use redress_core::localized::soft_mutation;
///
/// assert_eq!(soft_mutation("Cyngor Sir Ynys"), "Gyngor Sir Ynys");
/// assert_eq!(soft_mutation("Dinas a Sir Abertawe"), "Ddinas a Sir Abertawe");
/// assert_eq!(soft_mutation("Gwynedd"), "Wynedd");
/// assert_eq!(soft_mutation("Ynys Môn"), "Ynys Môn");
/// ```
pub fn soft_mutation(name: &str) -> String {
    // Every letter that mutates is ASCII: read as bytes, with no Unicode
    // case tables (which would cost the first download several KB).
    let bytes = name.as_bytes();
    let lower = |at: usize| bytes.get(at).map(u8::to_ascii_lowercase);
    let (cut, put) = match (lower(0), lower(1)) {
        (Some(b'c' | b'p' | b't'), Some(b'h')) => return name.to_owned(),
        (Some(b'l'), Some(b'l')) => (2, "l"),
        (Some(b'r'), Some(b'h')) => (2, "r"),
        (Some(b'p'), _) => (1, "b"),
        (Some(b't'), _) => (1, "d"),
        (Some(b'c'), _) => (1, "g"),
        (Some(b'b' | b'm'), _) => (1, "f"),
        (Some(b'd'), _) => (1, "dd"),
        (Some(b'g'), _) => (1, ""),
        _ => return name.to_owned(),
    };
    let mut letters = put.chars().chain(name[cut..].chars());
    let first = letters
        .next()
        .map(|letter| match bytes[0].is_ascii_uppercase() {
            true => capital(letter),
            false => letter,
        });
    first.into_iter().chain(letters).collect()
}

/// `letter` as a capital: ASCII letters and the accented vowels Welsh
/// writes (â, ŵ, ŷ, ï...), which a dropped "g" can leave first.
fn capital(letter: char) -> char {
    match letter {
        'â' => 'Â',
        'ê' => 'Ê',
        'î' => 'Î',
        'ô' => 'Ô',
        'û' => 'Û',
        'ŵ' => 'Ŵ',
        'ŷ' => 'Ŷ',
        'ä' => 'Ä',
        'ë' => 'Ë',
        'ï' => 'Ï',
        'ö' => 'Ö',
        'ü' => 'Ü',
        other => other.to_ascii_uppercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problems::Severity;

    #[test]
    fn each_soft_mutation_keeps_the_capital_and_the_rest() {
        for (name, soft) in [
            ("Pen-y-bont", "Ben-y-bont"),
            ("Torfaen", "Dorfaen"),
            ("Cyngor", "Gyngor"),
            ("Bro Morgannwg", "Fro Morgannwg"),
            ("Dinas", "Ddinas"),
            ("Gwynedd", "Wynedd"),
            ("Merthyr Tudful", "Ferthyr Tudful"),
            ("Llanelli", "Lanelli"),
            ("Rhondda", "Rondda"),
            ("cyngor", "gyngor"),
            ("gwynedd", "wynedd"),
            ("Chwilog", "Chwilog"),
            ("Phwllheli", "Phwllheli"),
            ("Threorci", "Threorci"),
            ("Abertawe", "Abertawe"),
            ("Fflint", "Fflint"),
            ("Sir Fynwy", "Sir Fynwy"),
            ("", ""),
            ("G", ""),
            ("Gŵyr", "Ŵyr"),
            ("Gôl", "Ôl"),
            ("CYNGOR", "GYNGOR"),
            ("Cŵn", "Gŵn"),
        ] {
            assert_eq!(soft_mutation(name), soft, "{name}");
        }
    }

    #[test]
    fn a_form_not_written_out_is_derived() {
        assert_eq!(derive_form("soft", "Cyngor Sir Ynys"), "Gyngor Sir Ynys");
        assert_eq!(derive_form("nasal", "Cyngor Sir Ynys"), "Cyngor Sir Ynys");
        for (lang, form, variable) in NAME_FORMS {
            assert_eq!(variable, format!("council-{form}"), "{lang}");
        }
    }

    #[test]
    fn a_value_by_language_falls_back_to_english() {
        let names: Localized<String> =
            serde_json::from_str(r#"{ "en-GB": "Ynys County Council", "cy": "Cyngor Sir Ynys" }"#)
                .unwrap();
        assert_eq!(names.text_in("cy"), "Cyngor Sir Ynys");
        assert_eq!(names.text_in("ar"), "Ynys County Council");
        assert_eq!(names.own("ar"), None);
        assert_eq!(names.own("cy").map(String::as_str), Some("Cyngor Sir Ynys"));
        assert_eq!(
            names.values(),
            [
                (Some("en-GB"), &"Ynys County Council".to_owned()),
                (Some("cy"), &"Cyngor Sir Ynys".to_owned())
            ]
        );
        let welsh_only: Localized<Vec<String>> =
            serde_json::from_str(r#"{ "cy": ["Neuadd y Sir"] }"#).unwrap();
        assert!(welsh_only.lines_in("en-GB").is_empty());
        assert!(welsh_only.has_lines());
        assert!(!Localized::<Vec<String>>::default().has_lines());
        let blank: Localized<Vec<String>> =
            serde_json::from_str(r#"{ "en-GB": [], "cy": [] }"#).unwrap();
        assert!(!blank.has_lines());
        assert_eq!(welsh_only.lines_in("cy"), ["Neuadd y Sir"]);
        let no_english: Localized<String> = serde_json::from_str(r#"{ "cy": "Ynys" }"#).unwrap();
        assert_eq!(no_english.text_in("pl"), "");
        let one = Localized::from(vec!["County Hall".to_owned()]);
        assert_eq!(one.own("cy"), Some(&vec!["County Hall".to_owned()]));
        assert_eq!(one.values(), [(None, &vec!["County Hall".to_owned()])]);
        assert_eq!(Localized::<String>::default().text_in("cy"), "");
        assert_eq!(Localized::from("County Hall").text_in("cy"), "County Hall");
    }

    #[test]
    fn values_by_language_need_english_and_known_languages() {
        let known = ["en-GB", "cy"];
        let sound: Localized<String> =
            serde_json::from_str(r#"{ "en-GB": "Ynys", "cy": "Ynys" }"#).unwrap();
        assert!(sound.problems("council.name", &known).is_empty());
        assert!(Localized::from("x".to_owned())
            .problems("council.name", &known)
            .is_empty());
        let wrong: Localized<String> =
            serde_json::from_str(r#"{ "cy": "Ynys", "fr": "Ynys" }"#).unwrap();
        let problems = wrong.problems("council.name", &known);
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "error: council.name.en-GB: missing; it is required",
                "error: council.name.fr: \"fr\" is not accepted; use one of \"en-GB\", \"cy\"",
            ]
        );
        assert!(problems.iter().all(|p| p.severity == Severity::Error));
    }
}
