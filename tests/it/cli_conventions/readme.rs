//! The command-line conventions: the README.

use std::fs;
use std::path::Path;

use super::EXIT_CODES;

#[test]
fn the_readme_documents_every_exit_code() {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let section = readme
        .split_once("### Exit codes")
        .expect("an Exit codes section")
        .1;
    for code in EXIT_CODES {
        assert!(
            section.contains(&format!("| {code} |")),
            "the README's exit code table has no {code}"
        );
    }
}
