//! Splits the source messages, `locales/en-GB.ftl`, at its `### Later pages`
//! line: the part before it is compiled into the first load, the rest into
//! the later pages' chunk (see `src/l10n.rs`). Joined again, the two parts
//! are the file exactly.

use std::path::Path;

const SOURCE: &str = "locales/en-GB.ftl";
const MARKER: &str = "\n### Later pages";

fn main() {
    println!("cargo::rerun-if-changed={SOURCE}");
    let text = std::fs::read_to_string(SOURCE)
        .unwrap_or_else(|error| panic!("cannot read {SOURCE}: {error}"));
    let at = match text.match_indices(MARKER).map(|(at, _)| at + 1).collect::<Vec<_>>()[..] {
        [at] => at,
        [] => panic!("{SOURCE} has no line starting \"### Later pages\", where the first load's messages end"),
        _ => panic!("{SOURCE} has more than one line starting \"### Later pages\""),
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    std::fs::write(out.join("en-GB.start.ftl"), &text[..at]).expect("OUT_DIR is writable");
    std::fs::write(out.join("en-GB.later.ftl"), &text[at..]).expect("OUT_DIR is writable");
}
