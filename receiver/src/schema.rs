//! Checks a submission against the published payload schema
//! (`public/schema/submission-v1.json`, compiled into this binary so the
//! receiver and the wizard it serves always agree).

use jsonschema::Validator;
use serde_json::Value;

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

    /// Every way `value` breaks the schema, each as "where: what", in a
    /// stable order; empty when it is valid.
    pub fn problems(&self, value: &Value) -> Vec<String> {
        let mut problems: Vec<String> = self
            .validator
            .iter_errors(value)
            .map(|error| {
                let at = error.instance_path().to_string();
                let at = if at.is_empty() { "/".to_owned() } else { at };
                format!("{at}: {error}")
            })
            .collect();
        problems.sort();
        problems.dedup();
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
