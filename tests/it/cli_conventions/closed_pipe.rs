//! The command-line conventions: a closed pipe.

use std::process::Stdio;

use super::{ended, knead_path, text};
use crate::support::sandbox::Sandbox;

/// Runs `sh -c '(knead ARGS; echo "knead exited $?" >&2) | head -1'`:
/// (pipeline exit code, stdout, stderr).
fn piped_into_head(sandbox: &Sandbox, args: &[&str]) -> (i32, String, String) {
    let output = sandbox
        .std_command_in_scratch("sh")
        .arg("-c")
        .arg(r#"("$0" "$@"; echo "knead exited $?" >&2) | head -1"#)
        .arg(knead_path())
        .args(args)
        .output()
        .expect("sh runs");
    ended(&output)
}

#[test]
fn piping_into_head_ends_quietly() {
    let sandbox = Sandbox::new();
    for args in [
        &["completions", "bash"][..],
        &["man"],
        &["list"],
        &["list", "--json"],
        &["schema"],
        &["print", "piriformis-tennis-ball"],
        &["--help"],
    ] {
        let (code, stdout, stderr) = piped_into_head(&sandbox, args);
        assert_eq!(code, 0, "{args:?}");
        assert_eq!(stdout.lines().count(), 1, "{args:?}: {stdout}");
        assert_eq!(stderr, "knead exited 0\n", "{args:?}");
    }
}

/// Runs knead with stdout a pipe whose reading end is already closed, so
/// its first write fails, every time: (exit code, stderr).
fn into_a_closed_pipe(sandbox: &Sandbox, args: &[&str]) -> (i32, String) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let output = sandbox
        .std_command_in_scratch(knead_path())
        .args(args)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("knead runs");
    (
        output.status.code().expect("an exit code, not a signal"),
        text(&output.stderr),
    )
}

#[test]
fn a_closed_pipe_ends_every_printing_command_quietly() {
    let sandbox = Sandbox::new();
    for args in [
        &["completions", "bash"][..],
        &["completions", "zsh"],
        &["man"],
        &["list"],
        &["list", "--json"],
        &["schema"],
        &["print", "piriformis-tennis-ball"],
        &["print", "piriformis-tennis-ball", "--html"],
        &["history"],
        &["report", "--html"],
        &["report", "--json"],
        &["history", "--csv"],
        &["history", "--json"],
        &["--help"],
        &["check", "--help"],
        &["--version"],
    ] {
        let (code, stderr) = into_a_closed_pipe(&sandbox, args);
        assert_eq!(code, 0, "{args:?}: stderr: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn a_closed_pipe_keeps_the_exit_code_of_a_failure() {
    // Nothing goes to stdout on a usage error, so the code is still 2.
    let (code, stderr) = into_a_closed_pipe(&Sandbox::new(), &["frobnicate"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("frobnicate"), "stderr: {stderr}");
}
