//! `knead check` for editors (issue 14): a routine on standard input
//! (`-`), and the problems as JSON lines on stdout.

use serde_json::Value;

use crate::support::sandbox::Sandbox;

/// A misspelt key (an error) and a routine that is otherwise whole.
const BROKEN: &str = "format = 1\ntitle = \"Broken\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold\"\ncue = \"x\"\nduraton = \"30s\"\n";

#[test]
fn a_dash_reads_the_routine_from_standard_input() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .knead_in_scratch()
        .args(["check", "-"])
        .write_stdin(BROKEN)
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("<stdin>:8:1: error: unknown key `duraton` in a step\n"),
        "{stderr}"
    );
    let clean = sandbox
        .knead_in_scratch()
        .args(["check", "-"])
        .write_stdin(BROKEN.replace("duraton", "duration"))
        .output()
        .expect("knead ran");
    assert_eq!(clean.status.code(), Some(0), "{clean:?}");
}

#[test]
fn json_format_prints_one_object_per_problem_on_stdout() {
    let sandbox = Sandbox::new();
    sandbox.scratch_file("empty.toml", "");
    let output = sandbox
        .knead_in_scratch()
        .args(["check", "--format", "json", "-", "empty.toml"])
        .write_stdin(BROKEN)
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(
        lines[0],
        serde_json::json!({
            "file": "<stdin>",
            "line": 8,
            "column": 1,
            "severity": "error",
            "message": "unknown key `duraton` in a step",
            "help": "did you mean `duration`?"
        })
    );
    assert_eq!(lines[1]["file"], "empty.toml");
    assert_eq!(lines[1]["line"], Value::Null);
    assert_eq!(lines[1]["severity"], "error");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr, "checked 2 files: 2 errors, 0 warnings\n");
}
