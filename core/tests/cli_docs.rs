//! Every `redress-dates` example in `docs/timescales.md` prints what the
//! document shows: the examples are run here, so the manual cannot drift from
//! the command. `REDRESS_BLESS=1 cargo test -p redress-core --test cli_docs`
//! writes what the command prints now into the document.

use std::path::{Path, PathBuf};
use std::process::Command;

const PROMPT: &str = "$ cargo run -q -p redress-core --bin redress-dates -- ";

/// One example: the arguments and what it prints (standard output, or the
/// error line followed by `[exit code 2]`).
struct Example {
    line: usize,
    args: Vec<String>,
    printed: String,
}

fn document() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/timescales.md");
    std::fs::read_to_string(path).expect("docs/timescales.md is readable")
}

/// The fenced blocks of `text`, with the line each starts on.
fn blocks(text: &str) -> Vec<(usize, String, Vec<&str>)> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, String, Vec<&str>)> = None;
    for (number, line) in text.lines().enumerate() {
        if let Some(info) = line.strip_prefix("```") {
            match open.take() {
                Some(block) => blocks.push(block),
                None => open = Some((number + 1, info.to_owned(), Vec::new())),
            }
        } else if let Some((_, _, lines)) = &mut open {
            lines.push(line);
        }
    }
    assert!(open.is_none(), "a fenced block is not closed");
    blocks
}

fn examples(text: &str) -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::new();
    for (start, _, lines) in blocks(text) {
        let mut current: Option<Example> = None;
        for (offset, line) in lines.iter().enumerate() {
            if let Some(args) = line.strip_prefix(PROMPT) {
                examples.extend(current.take());
                current = Some(Example {
                    line: start + offset + 1,
                    args: args.split_whitespace().map(str::to_owned).collect(),
                    printed: String::new(),
                });
            } else if let Some(example) = &mut current {
                example.printed.push_str(line);
                example.printed.push('\n');
            }
        }
        examples.extend(current);
    }
    for example in &mut examples {
        // A blank line separates one example from the next.
        while example.printed.ends_with("\n\n") {
            example.printed.pop();
        }
    }
    examples
}

/// A folder holding the council calendar the document shows, as
/// `council.json`, and the example configurations, as in the repository
/// (`examples/config-barnsley.json`).
fn folder_with_calendar(text: &str) -> PathBuf {
    let (_, _, calendar) = blocks(text)
        .into_iter()
        .find(|(_, info, lines)| info == "json" && lines.iter().any(|l| l.contains("\"closures\"")))
        .expect("the document shows a council calendar");
    let folder = std::env::temp_dir().join(format!("redress-docs-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("council.json"), calendar.join("\n")).unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    std::fs::create_dir_all(folder.join("examples")).unwrap();
    for entry in std::fs::read_dir(examples).unwrap() {
        let path = entry.unwrap().path();
        if path
            .extension()
            .is_some_and(|extension| extension == "json")
        {
            std::fs::copy(
                &path,
                folder.join("examples").join(path.file_name().unwrap()),
            )
            .unwrap();
        }
    }
    folder
}

#[test]
fn every_example_in_the_manual_prints_what_it_shows() {
    let text = document();
    let folder = folder_with_calendar(&text);
    let examples = examples(&text);
    assert!(
        examples.len() >= 10,
        "found only {} examples",
        examples.len()
    );
    let mut wrong = Vec::new();
    let mut all = Vec::new();
    for example in &examples {
        let output = Command::new(env!("CARGO_BIN_EXE_redress-dates"))
            .args(&example.args)
            .current_dir(&folder)
            .output()
            .expect("the binary runs");
        let printed = if output.status.success() {
            String::from_utf8(output.stdout).unwrap()
        } else {
            format!(
                "{}[exit code {}]\n",
                String::from_utf8(output.stderr).unwrap(),
                output.status.code().unwrap_or(-1)
            )
        };
        all.push(printed.clone());
        if printed != example.printed {
            wrong.push(format!(
                "docs/timescales.md:{} {}\n--- shown\n{}--- printed\n{}",
                example.line,
                example.args.join(" "),
                example.printed,
                printed
            ));
        }
    }
    std::fs::remove_dir_all(&folder).unwrap();
    if std::env::var_os("REDRESS_BLESS").is_some() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/timescales.md");
        std::fs::write(path, blessed(&text, &all)).unwrap();
        return;
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// `text` with each example's output replaced by `printed`, in order.
fn blessed(text: &str, printed: &[String]) -> String {
    let mut printed = printed.iter();
    let mut out = String::new();
    let (mut in_block, mut skipping) = (false, false);
    for line in text.lines() {
        if line.starts_with("```") {
            in_block = !in_block;
            skipping = false;
        } else if in_block && line.starts_with(PROMPT) {
            if skipping {
                out.push('\n');
            }
            out.push_str(line);
            out.push('\n');
            out.push_str(printed.next().expect("one output per example"));
            skipping = true;
            continue;
        }
        if !skipping {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
