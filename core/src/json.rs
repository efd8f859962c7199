//! A small JSON reader, for what the first page needs before the full
//! readers arrive.
//!
//! The wizard's first download carries no serde: the start page reads the
//! few settings it shows (and the step a saved journey was on) with this,
//! and the full, strict reading of the configuration and the answers comes
//! with the later pages. It accepts exactly the JSON grammar (RFC 8259),
//! keeps objects' keys in order, and does not keep numbers' values (nothing
//! the first page reads is a number).
//!
//! ```
//! use redress_core::json::Json;
//!
//! let json = Json::parse(r#"{"council": {"name": "Barnsley Council"}, "n": 1}"#).unwrap();
//! assert_eq!(json.get("council").get("name").as_str(), Some("Barnsley Council"));
//! assert_eq!(json.get("missing").as_str(), None);
//! assert!(Json::parse("{").is_none());
//! ```

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`, and what [`Json::get`] gives for a missing key.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, whose value is not kept.
    Number,
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members in order (the last of a repeated key wins).
    Object(Vec<(String, Json)>),
}

/// How deep arrays and objects may nest, so hostile input cannot exhaust
/// the stack.
const MAX_DEPTH: usize = 128;

const NULL: Json = Json::Null;

impl Json {
    /// The value `text` holds, or `None` if it is not JSON.
    pub fn parse(text: &str) -> Option<Json> {
        let mut reader = Reader {
            bytes: text.as_bytes(),
            at: 0,
        };
        let value = reader.value(0)?;
        reader.skip_space();
        (reader.at == reader.bytes.len()).then_some(value)
    }

    /// The member `key` of an object; `Null` if it has none or is not an
    /// object.
    pub fn get(&self, key: &str) -> &Json {
        match self {
            Json::Object(members) => members
                .iter()
                .rev()
                .find(|(name, _)| name == key)
                .map_or(&NULL, |(_, value)| value),
            _ => &NULL,
        }
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// The text of a string, owned.
    pub fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }

    /// The items of an array; none if it is not one.
    pub fn items(&self) -> &[Json] {
        match self {
            Json::Array(items) => items,
            _ => &[],
        }
    }

    /// The value of a boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(value) => Some(*value),
            _ => None,
        }
    }

    /// Whether this is `null` (or a missing member).
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &[u8], value: Json) -> Option<Json> {
        let end = self.at.checked_add(word.len())?;
        (self.bytes.get(self.at..end)? == word).then(|| {
            self.at = end;
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_space();
        match self.peek()? {
            b'n' => self.literal(b"null", Json::Null),
            b't' => self.literal(b"true", Json::Bool(true)),
            b'f' => self.literal(b"false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'[' => self
                .list(b']', |reader| reader.value(depth + 1))
                .map(Json::Array),
            b'{' => self
                .list(b'}', |reader| {
                    reader.skip_space();
                    if reader.peek() != Some(b'"') {
                        return None;
                    }
                    let key = reader.string()?;
                    reader.skip_space();
                    if reader.next()? != b':' {
                        return None;
                    }
                    Some((key, reader.value(depth + 1)?))
                })
                .map(Json::Object),
            _ => self.number(),
        }
    }

    /// The items of an array or the members of an object, at its opening
    /// bracket: `item` reads one, and they are separated by commas up to
    /// `close`.
    fn list<T>(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Some(items);
        }
        loop {
            items.push(item(self)?);
            self.skip_space();
            match self.next()? {
                b',' => continue,
                byte if byte == close => return Some(items),
                _ => return None,
            }
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Option<Json> {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.next()? {
            b'0' => {}
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.some_digits()?;
        }
        Some(Json::Number)
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn some_digits(&mut self) -> Option<()> {
        let start = self.at;
        self.digits();
        (self.at > start).then_some(())
    }

    /// A string, at its opening quote.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut text = String::new();
        loop {
            let start = self.at;
            while !matches!(self.peek()?, b'"' | b'\\' | 0..=0x1f) {
                self.at += 1;
            }
            // The input is a &str and the run stops at ASCII, so the run is
            // whole characters.
            text.push_str(std::str::from_utf8(&self.bytes[start..self.at]).ok()?);
            match self.next()? {
                b'"' => return Some(text),
                b'\\' => {}
                _ => return None,
            }
            let escaped = match self.next()? {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => self.unicode_escape()?,
                _ => return None,
            };
            text.push(escaped);
        }
    }

    /// The character of `\uXXXX` (after the `u`), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        match first {
            0xD800..=0xDBFF => {
                if self.next()? != b'\\' || self.next()? != b'u' {
                    return None;
                }
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return None;
                }
                char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            }
            0xDC00..=0xDFFF => None,
            _ => char::from_u32(first),
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let end = self.at.checked_add(4)?;
        let digits = std::str::from_utf8(self.bytes.get(self.at..end)?).ok()?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at = end;
        u32::from_str_radix(digits, 16).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The same value as serde_json reads it, numbers' values aside.
    fn from_serde(value: &serde_json::Value) -> Json {
        match value {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(*b),
            serde_json::Value::Number(_) => Json::Number,
            serde_json::Value::String(s) => Json::String(s.clone()),
            serde_json::Value::Array(items) => Json::Array(items.iter().map(from_serde).collect()),
            serde_json::Value::Object(members) => Json::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.clone(), from_serde(v)))
                    .collect(),
            ),
        }
    }

    fn any_json() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::Bool),
            any::<i64>().prop_map(|n| serde_json::json!(n)),
            (-1e300f64..1e300).prop_map(|n| serde_json::json!(n)),
            any::<String>().prop_map(serde_json::Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
                prop::collection::btree_map("[a-z\u{e9}\"\\\\]{0,6}", inner, 0..6)
                    .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Whatever serde_json writes, compact or pretty, reads the same.
        #[test]
        fn reads_what_serde_json_writes(value in any_json()) {
            let expected = from_serde(&value);
            prop_assert_eq!(Json::parse(&serde_json::to_string(&value).unwrap()), Some(expected.clone()));
            prop_assert_eq!(Json::parse(&serde_json::to_string_pretty(&value).unwrap()), Some(expected));
        }

        /// It accepts a text exactly when serde_json does. (Exponents are
        /// left out: serde_json refuses a number too large for an `f64`,
        /// such as `1e999`, which this reader, keeping no values, accepts.)
        #[test]
        fn accepts_what_serde_json_accepts(text in "[\\[\\]{}\":,0-9.+\\-a-z\\\\ ]{0,24}") {
            let serde_accepts = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            prop_assert_eq!(Json::parse(&text).is_some(), serde_accepts, "{}", text);
        }
    }

    #[test]
    fn reads_escapes_and_surrogate_pairs() {
        let json = Json::parse(r#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#).unwrap();
        assert_eq!(json.as_str(), Some("a\"\\/\u{8}\u{c}\n\r\té😀"));
        assert!(
            Json::parse(r#""\ud83d""#).is_none(),
            "a lone high surrogate"
        );
        assert!(Json::parse(r#""\ude00""#).is_none(), "a lone low surrogate");
        assert!(
            Json::parse("\"tab\there\"").is_none(),
            "a raw control character"
        );
    }

    #[test]
    fn rejects_what_is_not_json() {
        for text in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            "-",
            "nul",
            "{} {}",
            "'a'",
            "[1 2]",
        ] {
            assert!(Json::parse(text).is_none(), "{text}");
        }
        for text in ["0", "-0.5E+3", "1e5", "[1.25e-2, -7]", " {\"a\" : [ ] } "] {
            assert!(Json::parse(text).is_some(), "{text}");
        }
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert!(Json::parse(&deep).is_none(), "too deep");
    }

    #[test]
    fn the_last_of_a_repeated_key_wins_as_in_serde_json() {
        let json = Json::parse(r#"{"a": "first", "a": "second"}"#).unwrap();
        assert_eq!(json.get("a").as_str(), Some("second"));
        assert_eq!(json.get("a").get("b"), &Json::Null);
        assert!(Json::parse("[]").unwrap().items().is_empty());
    }
}
