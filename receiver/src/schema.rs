//! Checks a submission against the published payload schema
//! (`public/schema/submission-v1.json`, compiled into this binary so the
//! receiver and the wizard it serves always agree).

use std::collections::BTreeSet;

use jsonschema::Validator;
use serde_json::Value;

/// At most this many problems are reported. Enough to mend a payload; a
/// hostile body with a million broken fields still gets a short answer.
pub const MAX_PROBLEMS: usize = 20;

/// The longest one problem may be, in characters: the checker quotes the
/// value at fault, which may be a megabyte long.
pub const MAX_PROBLEM_CHARS: usize = 200;

/// The last problem listed when more were found than are reported.
pub const MORE_PROBLEMS: &str = "(more problems were found and are not listed)";

/// The payload schema, version 1, as published beside the wizard.
pub const SUBMISSION_V1: &str = include_str!("../../public/schema/submission-v1.json");

/// A compiled schema.
pub struct Schema {
    validator: Validator,
}

impl Schema {
    /// Compiles the version 1 submission schema.
    pub fn submission_v1() -> Schema {
        let schema: Value = serde_json::from_str(SUBMISSION_V1)
            .expect("public/schema/submission-v1.json is JSON (checked by the tests)");
        let validator = jsonschema::draft202012::new(&schema)
            .expect("public/schema/submission-v1.json is a valid schema (checked by the tests)");
        Schema { validator }
    }

    /// The ways `value` breaks the schema, each as "where: what" of at most
    /// [`MAX_PROBLEM_CHARS`], in a stable order; empty when it is valid. At
    /// most [`MAX_PROBLEMS`] are listed (the first in that order), then
    /// [`MORE_PROBLEMS`] if there were more. Errors are looked at one at a
    /// time, so memory stays bounded whatever the body.
    pub fn problems(&self, value: &Value) -> Vec<String> {
        let mut kept = BTreeSet::new();
        let mut more = false;
        for error in self.validator.iter_errors(value) {
            let at = error.instance_path().to_string();
            let at = if at.is_empty() { "/".to_owned() } else { at };
            kept.insert(shorten(&format!("{at}: {error}")));
            if kept.len() > MAX_PROBLEMS {
                kept.pop_last();
                more = true;
            }
        }
        let mut problems: Vec<String> = kept.into_iter().collect();
        if more {
            problems.push(MORE_PROBLEMS.to_owned());
        }
        problems
    }
}

/// `text` cut to [`MAX_PROBLEM_CHARS`] characters, with an ellipsis if cut.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_PROBLEM_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_problem_is_cut_on_a_character_boundary() {
        let long = "é".repeat(MAX_PROBLEM_CHARS + 5);
        let cut = shorten(&long);
        assert_eq!(cut.chars().count(), MAX_PROBLEM_CHARS + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(shorten("short"), "short");
        let exact = "x".repeat(MAX_PROBLEM_CHARS);
        assert_eq!(shorten(&exact), exact);
    }

    #[test]
    fn problems_are_capped_and_say_there_were_more() {
        let schema = Schema::submission_v1();
        let huge = "9".repeat(100_000);
        let mut body = serde_json::Map::new();
        body.insert("version".into(), huge.clone().into());
        body.insert(format!("unknown-{huge}"), true.into());
        body.insert("english".into(), vec![huge.clone(); 500].into());
        let problems = schema.problems(&Value::Object(body));
        assert_eq!(problems.len(), MAX_PROBLEMS + 1, "{problems:?}");
        assert_eq!(problems.last().unwrap(), MORE_PROBLEMS);
        assert!(problems
            .iter()
            .all(|p| p.chars().count() <= MAX_PROBLEM_CHARS + 1));
        let mut sorted = problems[..MAX_PROBLEMS].to_vec();
        sorted.sort();
        assert_eq!(sorted, problems[..MAX_PROBLEMS]);
    }

    #[test]
    fn the_schema_compiles() {
        let schema = Schema::submission_v1();
        assert!(!schema.problems(&serde_json::json!({})).is_empty());
    }

    #[test]
    fn problems_name_the_field() {
        let schema = Schema::submission_v1();
        let problems = schema.problems(&serde_json::json!({ "version": 2 }));
        assert!(
            problems.iter().any(|p| p.starts_with("/version:")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.contains("\"id\"")),
            "{problems:?}"
        );
    }
}
