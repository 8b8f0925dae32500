//! `knead help format` (issue 22): the routine format reference is inside
//! the binary, so the template and the hints can point at it; `knead help
//! COMMAND` is still `knead COMMAND --help`, and an unknown topic is a usage
//! error.

use crate::support::sandbox::Sandbox;

/// The page as the repository holds it.
const PAGE: &str = include_str!("../../../docs/routine-format.md");

#[test]
fn help_format_prints_the_routine_format_reference() {
    let output = Sandbox::new()
        .knead_in_scratch()
        .args(["help", "format"])
        .output()
        .expect("knead runs");
    assert_eq!(output.status.code(), Some(0));
    let shown = String::from_utf8_lossy(&output.stdout);
    assert_eq!(shown, PAGE, "the page, whole and unchanged, into a pipe");
    assert!(shown.starts_with("# The routine format (format 1)"));
    assert!(output.stderr.is_empty());
}

#[test]
fn help_command_is_the_commands_own_help() {
    let sandbox = Sandbox::new();
    let stdout = |args: &[&str]| {
        let output = sandbox
            .knead_in_scratch()
            .args(args)
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    assert_eq!(stdout(&["help", "run"]), stdout(&["run", "--help"]));
    assert_eq!(stdout(&["help"]), stdout(&["--help"]));
    let list = stdout(&["help"]);
    assert!(list.contains("help "), "`help` is listed: {list}");
}

#[test]
fn help_with_an_unknown_topic_is_a_usage_error() {
    let output = Sandbox::new()
        .knead_in_scratch()
        .args(["help", "frobnicate"])
        .output()
        .expect("knead runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("frobnicate"), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn the_template_points_at_the_page_a_user_has() {
    let sandbox = Sandbox::new();
    sandbox
        .knead_in_scratch()
        .args(["new", "mine.toml"])
        .assert()
        .success();
    let template =
        std::fs::read_to_string(sandbox.scratch_dir().join("mine.toml")).expect("template");
    assert!(template.contains("`knead help format`"), "{template}");
    assert!(!template.contains("docs/"), "{template}");
}
