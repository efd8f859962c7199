//! Every problem with a JSON document's shape, found by walking it beside
//! its JSON Schema: unknown fields, missing ones, wrong types and values
//! outside a list, each named by its path (`procedures.custom[0].framework`)
//! with what is accepted there, all at once.
//!
//! A strict reader stops at its first problem and names a line and column;
//! a council's web team wants every problem, by field. This reads the
//! subset of JSON Schema (2020-12) that Redress's published schemas use:
//! `$ref` into `$defs`, `type`, `enum`, `const`, `properties`, `required`,
//! `additionalProperties`, `items`, `minItems`, `minLength`, `minimum` and
//! `maximum`. What it does not read (`pattern`, `format` and the like) is
//! left to the reader's own checks, which name the field too.

use serde_json::{Map, Value};

use crate::problems::{Problem, ProblemKind};

/// Every problem with `value`'s shape under `schema`, field by field.
///
/// ```
/// use redress_core::shape::problems;
/// use serde_json::json;
///
/// let schema = json!({
///     "type": "object", "additionalProperties": false, "required": ["name"],
///     "properties": {
///         "name": {"type": "string"},
///         "adapter": {"enum": ["json", "form", "email"]}
///     }
/// });
/// let found = problems(&schema, &json!({"adapter": "ftp", "nmae": "x"}));
/// let lines: Vec<String> = found.iter().map(ToString::to_string).collect();
/// assert_eq!(lines, [
///     "error: adapter: \"ftp\" is not accepted; use one of \"json\", \"form\", \"email\"",
///     "error: nmae: not a field here; did you mean name? The fields here are adapter, name",
///     "error: name: missing; it is required",
/// ]);
/// ```
pub fn problems(schema: &Value, value: &Value) -> Vec<Problem> {
    let mut found = Vec::new();
    walk(schema, schema, value, "", &mut found);
    found
}

/// `schema`, with `$ref`s into the root's `$defs` followed.
fn resolve<'s>(root: &'s Value, schema: &'s Value) -> &'s Value {
    let mut schema = schema;
    // A reference to a reference is followed a few times at most.
    for _ in 0..8 {
        let Some(name) = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/$defs/"))
        else {
            break;
        };
        match root.get("$defs").and_then(|defs| defs.get(name)) {
            Some(target) => schema = target,
            None => break,
        }
    }
    schema
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The place of the whole document, when a problem is at the top.
fn place(path: &str) -> String {
    if path.is_empty() {
        "the file".to_owned()
    } else {
        path.to_owned()
    }
}

/// What a value of JSON Schema `type` is called in a message.
fn type_name(name: &str) -> &'static str {
    match name {
        "string" => "text in quotes",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "array" => "a list in [ ]",
        "object" => "an object in { }",
        "null" => "null",
        _ => "a value of another type",
    }
}

fn has_type(value: &Value, name: &str) -> bool {
    match name {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        "null" => value.is_null(),
        _ => true,
    }
}

fn walk(root: &Value, schema: &Value, value: &Value, path: &str, found: &mut Vec<Problem>) {
    let schema = resolve(root, schema);
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(name)) => vec![name.as_str()],
        Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if !types.is_empty() && !types.iter().any(|name| has_type(value, name)) {
        let expected: Vec<&str> = types.iter().map(|name| type_name(name)).collect();
        found.push(Problem::error(
            place(path),
            ProblemKind::WrongType {
                expected: expected.join(" or "),
            },
        ));
        return;
    }
    let allowed = match (schema.get("enum"), schema.get("const")) {
        (Some(Value::Array(values)), _) => Some(values.clone()),
        (None, Some(constant)) => Some(vec![constant.clone()]),
        _ => None,
    };
    if let Some(allowed) = allowed {
        if !allowed.contains(value) {
            found.push(Problem::error(
                place(path),
                ProblemKind::NotAccepted {
                    value: value.to_string(),
                    accepted: allowed.iter().map(Value::to_string).collect(),
                },
            ));
            return;
        }
    }
    match value {
        Value::Object(members) => object(root, schema, members, path, found),
        Value::Array(items) => {
            let least = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
            if (items.len() as u64) < least {
                found.push(Problem::error(place(path), ProblemKind::TooFew { least }));
            }
            if let Some(item) = schema.get("items") {
                for (index, value) in items.iter().enumerate() {
                    walk(root, item, value, &format!("{path}[{index}]"), found);
                }
            }
        }
        Value::String(text) => {
            let least = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0);
            if (text.chars().count() as u64) < least {
                found.push(Problem::error(place(path), ProblemKind::Empty));
            }
        }
        Value::Number(number) => {
            let (low, high) = (
                schema.get("minimum").and_then(Value::as_f64),
                schema.get("maximum").and_then(Value::as_f64),
            );
            let given = number.as_f64().unwrap_or_default();
            if low.is_some_and(|low| given < low) || high.is_some_and(|high| given > high) {
                found.push(Problem::error(
                    place(path),
                    ProblemKind::OutOfRange {
                        value: number.to_string(),
                        minimum: low.map(|n| n.to_string()),
                        maximum: high.map(|n| n.to_string()),
                    },
                ));
            }
        }
        Value::Null | Value::Bool(_) => {}
    }
}

fn object(
    root: &Value,
    schema: &Value,
    members: &Map<String, Value>,
    path: &str,
    found: &mut Vec<Problem>,
) {
    let empty = Map::new();
    let properties = schema
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let names: Vec<&str> = properties.keys().map(String::as_str).collect();
    for (key, value) in members {
        match (properties.get(key), schema.get("additionalProperties")) {
            (Some(property), _) => walk(root, property, value, &join(path, key), found),
            (None, Some(Value::Bool(false))) => found.push(Problem::error(
                join(path, key),
                ProblemKind::UnknownField {
                    near: nearest(key, &names).map(str::to_owned),
                    fields: names.iter().map(|name| (*name).to_owned()).collect(),
                },
            )),
            // A schema for any other field (`true` allows anything).
            (None, Some(extra)) => walk(root, extra, value, &join(path, key), found),
            (None, None) => {}
        }
    }
    for required in schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !members.contains_key(required) {
            found.push(Problem::error(join(path, required), ProblemKind::Missing));
        }
    }
}

/// The field `key` was probably meant to be: one within two letters'
/// edits (a misspelling), if there is one.
fn nearest<'n>(key: &str, names: &[&'n str]) -> Option<&'n str> {
    names
        .iter()
        .map(|name| (distance(key, name), *name))
        .filter(|(edits, _)| *edits <= 2)
        .min_by_key(|(edits, _)| *edits)
        .map(|(_, name)| name)
}

/// How many single-letter insertions, deletions, substitutions or swaps of
/// neighbours turn `a` into `b` (lower case; case differences count as none).
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut rows = vec![(0..=b.len()).collect::<Vec<usize>>()];
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (rows[i - 1][j] + 1)
                .min(row[j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(rows[i - 2][j - 2] + 1);
            }
        }
        rows.push(row);
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lines(schema: &Value, value: &Value) -> Vec<String> {
        problems(schema, value)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn references_are_followed_and_lists_walked() {
        let schema = json!({
            "type": "object",
            "properties": {
                "lines": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/line"}},
                "headers": {"type": "object", "additionalProperties": {"type": "string"}}
            },
            "$defs": {"line": {"type": "object", "additionalProperties": false,
                               "required": ["number"],
                               "properties": {"number": {"type": "string", "minLength": 1}}}}
        });
        assert_eq!(
            lines(
                &schema,
                &json!({"lines": [{"number": ""}, {"numbre": "1"}, 3], "headers": {"X-Flow": 1}})
            ),
            [
                "error: headers.X-Flow: must be text in quotes",
                "error: lines[0].number: must not be empty",
                "error: lines[1].numbre: not a field here; did you mean number? The fields here are number",
                "error: lines[1].number: missing; it is required",
                "error: lines[2]: must be an object in { }",
            ]
        );
        assert_eq!(
            lines(&schema, &json!({"lines": []})),
            ["error: lines: must have at least 1"]
        );
        assert_eq!(
            lines(&schema, &json!([])),
            ["error: the file: must be an object in { }"]
        );
        assert_eq!(
            lines(&schema, &json!({"other": true})),
            Vec::<String>::new()
        );
    }

    #[test]
    fn each_type_is_told_apart_and_limits_are_inclusive() {
        let schema = json!({
            "type": "object",
            "additionalProperties": true,
            "properties": {
                "n": {"type": "number"},
                "list": {"type": "array", "minItems": 1},
                "whole": {"type": "integer"},
                "text": {"type": "string", "minLength": 1},
                "map": {"type": "object", "additionalProperties": {"type": "integer"}}
            }
        });
        assert_eq!(
            lines(
                &schema,
                &json!({"n": "1", "list": {}, "whole": "2", "text": 3, "map": {"a": "b"}})
            ),
            [
                "error: list: must be a list in [ ]",
                "error: map.a: must be a whole number",
                "error: n: must be a number",
                "error: text: must be text in quotes",
                "error: whole: must be a whole number",
            ]
        );
        assert_eq!(
            lines(
                &schema,
                &json!({"n": 2.5, "list": [1], "whole": -3, "text": "a", "map": {"a": 1}, "any": [true]})
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            lines(&schema, &json!({"whole": u64::MAX})),
            Vec::<String>::new()
        );
    }

    #[test]
    fn types_values_and_ranges_name_what_is_accepted() {
        let schema = json!({
            "type": "object",
            "properties": {
                "seconds": {"type": "integer", "minimum": 1, "maximum": 120},
                "name": {"type": ["string", "null"]},
                "kind": {"const": "council"},
                "flag": {"type": "boolean"}
            }
        });
        assert_eq!(
            lines(
                &schema,
                &json!({"seconds": 121, "name": 3, "kind": "trust", "flag": "yes"})
            ),
            [
                "error: flag: must be true or false",
                "error: kind: \"trust\" is not accepted; use one of \"council\"",
                "error: name: must be text in quotes or null",
                "error: seconds: 121 is out of range; use from 1 to 120",
            ]
        );
        assert_eq!(
            lines(&schema, &json!({"seconds": 2.5, "name": null})),
            ["error: seconds: must be a whole number"]
        );
        assert_eq!(
            lines(&schema, &json!({"seconds": 0})),
            ["error: seconds: 0 is out of range; use from 1 to 120"]
        );
        assert_eq!(lines(&schema, &json!({"seconds": 1})), Vec::<String>::new());
        assert_eq!(
            lines(&schema, &json!({"seconds": 120})),
            Vec::<String>::new()
        );
    }

    #[test]
    fn misspellings_are_suggested_and_others_are_not() {
        let names = ["council", "contacts", "safety", "procedures"];
        assert_eq!(nearest("concil", &names), Some("council"));
        assert_eq!(nearest("Council", &names), Some("council"));
        assert_eq!(nearest("contatcs", &names), Some("contacts"));
        assert_eq!(nearest("procedure", &names), Some("procedures"));
        assert_eq!(nearest("colour", &names), None);
        assert_eq!(distance("abc", "abc"), 0);
        assert_eq!(distance("abc", "acb"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        for (a, b, edits) in [
            ("abc", "ab", 1),
            ("ab", "abc", 1),
            ("a", "b", 1),
            ("ab", "ba", 1),
            ("abcd", "acbd", 1),
            ("abcde", "abdce", 1),
            ("abcd", "badc", 2),
            ("ca", "abc", 3),
            ("offered", "ofered", 1),
        ] {
            assert_eq!(distance(a, b), edits, "{a} {b}");
            assert_eq!(distance(b, a), edits, "{b} {a}");
        }
    }
}
