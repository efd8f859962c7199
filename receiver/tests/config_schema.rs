//! The published configuration schema accepts the shipped and example
//! configurations and refuses what the wizard would refuse.

use serde_json::{json, Value};

fn schema() -> jsonschema::Validator {
    let text = include_str!("../../public/schema/config-v1.json");
    jsonschema::draft202012::new(&serde_json::from_str::<Value>(text).unwrap()).unwrap()
}

fn problems(value: &Value) -> Vec<String> {
    schema()
        .iter_errors(value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_shipped_and_example_configurations_match_the_schema() {
    for (name, text) in [
        (
            "public/config.json",
            include_str!("../../public/config.json"),
        ),
        (
            "examples/config-barnsley.json",
            include_str!("../../examples/config-barnsley.json"),
        ),
        (
            "examples/config-seed-000.json",
            include_str!("../../examples/config-seed-000.json"),
        ),
        (
            "examples/config-wales.json",
            include_str!("../../examples/config-wales.json"),
        ),
    ] {
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(problems(&value), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn the_schema_refuses_what_the_wizard_refuses() {
    let good: Value = serde_json::from_str(include_str!("../../public/config.json")).unwrap();
    let broken = |change: Value| {
        let mut value = good.clone();
        for (key, v) in change.as_object().unwrap() {
            value[key] = v.clone();
        }
        problems(&value)
    };
    assert!(
        !broken(json!({ "council": { "name": "X", "logo": "https://cdn.example/logo.png" } }))
            .is_empty()
    );
    assert!(!broken(json!({ "theme": { "brand": "red" } })).is_empty());
    assert!(!broken(json!({ "theme": { "font": "x; background: url(y)" } })).is_empty());
    assert!(!broken(json!({ "submission": { "adapter": "ftp" } })).is_empty());
    assert!(!broken(json!({ "languages": { "offered": ["cy"] } })).is_empty());
    assert!(!broken(json!({ "exit_url": "http://example.org" })).is_empty());
    assert!(!broken(
        json!({ "procedures": { "children": "Not An Id", "adults": "y", "general": "z" } })
    )
    .is_empty());
    assert!(!broken(json!({ "colour": "#fff" })).is_empty());
    for attachments in [
        json!({ "max_files": 0 }),
        json!({ "max_file_bytes": 52428801 }),
        json!({ "kinds": [] }),
        json!({ "kinds": ["exe"] }),
        json!({ "kinds": ["pdf", "pdf"] }),
        json!({ "maximum": 3 }),
    ] {
        let refused = broken(json!({ "attachments": attachments.clone() }));
        assert!(!refused.is_empty(), "{attachments}");
        // And the wizard refuses it too, naming the field.
        let mut value = good.clone();
        value["attachments"] = attachments.clone();
        let wizard = redress::config::CouncilConfig::from_json(&value.to_string()).unwrap_err();
        assert!(
            wizard.iter().any(|p| p.path.starts_with("attachments")),
            "{attachments}: {wizard:?}"
        );
    }
    assert!(
        broken(json!({ "attachments": { "max_files": 4, "kinds": ["pdf", "word-legacy"] } }))
            .is_empty()
    );
}
