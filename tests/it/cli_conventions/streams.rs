//! The command-line conventions: data on stdout, messages on stderr.

use serde_json::Value;

use super::colour::check_broken;
use super::{bundled_ids, run_ok, text};
use crate::support::sandbox::Sandbox;

#[test]
fn schema_is_clean_json_on_stdout() {
    let output = run_ok(Sandbox::new().knead_in_scratch().arg("schema"));
    assert!(output.stderr.is_empty(), "stderr: {}", text(&output.stderr));
    let schema: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert!(schema.is_object(), "a JSON Schema is an object");
}

#[test]
fn list_json_is_clean_json_on_stdout() {
    let output = run_ok(Sandbox::new().knead_in_scratch().args(["list", "--json"]));
    assert!(output.stderr.is_empty(), "stderr: {}", text(&output.stderr));
    let list: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(
        list.as_array().expect("an array").len(),
        bundled_ids().len()
    );
}

#[test]
fn check_diagnostics_go_to_stderr_only() {
    let sandbox = Sandbox::new();
    let (code, stdout, stderr) = check_broken(&sandbox, None, false);
    assert_eq!(code, 2);
    assert_eq!(stdout, "", "check prints no data");
    assert!(
        stderr.contains("broken.toml:7:1: error"),
        "stderr: {stderr}"
    );
    assert!(
        stderr.contains("checked 1 file: 1 error, 1 warning"),
        "stderr: {stderr}"
    );
}

/// Parses CSV text: (header, rows).
fn parse_csv(data: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(data);
    let header = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a CSV row").iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[test]
fn history_csv_of_an_empty_journal_is_just_the_header() {
    let output = run_ok(Sandbox::new().knead_in_scratch().args(["history", "--csv"]));
    assert!(output.stderr.is_empty(), "stderr: {}", text(&output.stderr));
    let (header, rows) = parse_csv(&output.stdout);
    assert_eq!(header.first().map(String::as_str), Some("session"));
    assert!(header.iter().any(|h| h == "outcome"), "header: {header:?}");
    assert!(rows.is_empty(), "rows: {rows:?}");
    assert_eq!(
        text(&output.stdout).lines().count(),
        1,
        "one line, the header"
    );
}

#[test]
fn history_json_of_an_empty_journal_is_an_empty_array() {
    let output = run_ok(
        Sandbox::new()
            .knead_in_scratch()
            .args(["history", "--json"]),
    );
    assert!(output.stderr.is_empty(), "stderr: {}", text(&output.stderr));
    let history: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(history, Value::Array(Vec::new()));
}

#[test]
fn history_csv_after_a_session_has_one_row_and_no_noise() {
    let sandbox = Sandbox::new();
    // No answer to the screening question: the session stops (exit 3) and
    // is recorded.
    let session = sandbox
        .knead_in_scratch()
        .args([
            "run",
            "piriformis-tennis-ball",
            "--plain",
            "--mute",
            "--speed",
            "1000",
        ])
        // Past the screening: input ending before the first step leaves no
        // session to list.
        .write_stdin("n\n")
        .output()
        .expect("knead runs");
    assert_eq!(session.status.code(), Some(3), "{}", text(&session.stderr));

    let output = run_ok(sandbox.knead_in_scratch().args(["history", "--csv"]));
    assert!(output.stderr.is_empty(), "stderr: {}", text(&output.stderr));
    let (header, rows) = parse_csv(&output.stdout);
    assert_eq!(rows.len(), 1, "rows: {rows:?}");
    let column = |name: &str| {
        let index = header.iter().position(|h| h == name).expect("a column");
        rows[0][index].clone()
    };
    assert_eq!(column("routine"), "piriformis-tennis-ball");
    assert_eq!(column("outcome"), "unanswered");
}

#[test]
fn an_unknown_command_is_a_usage_error_on_stderr() {
    let output = Sandbox::new()
        .knead_in_scratch()
        .arg("frobnicate")
        .output()
        .expect("knead runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty(), "stdout: {}", text(&output.stdout));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("frobnicate"), "stderr: {stderr}");
    assert!(stderr.contains("Usage: knead"), "stderr: {stderr}");
}

#[test]
fn an_unknown_flag_is_a_usage_error_on_stderr() {
    let output = Sandbox::new()
        .knead_in_scratch()
        .args(["list", "--jsn"])
        .output()
        .expect("knead runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(text(&output.stderr).contains("--json"), "suggests --json");
}
