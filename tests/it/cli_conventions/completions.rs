//! The command-line conventions: completions.

use std::process::Command as StdCommand;

use super::{SUBCOMMANDS, run_ok, text};
use crate::support::sandbox::Sandbox;
use crate::support::tools;

#[test]
fn completions_for_every_shell_name_every_subcommand() {
    let sandbox = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let output = run_ok(sandbox.knead_in_scratch().args(["completions", shell]));
        let script = text(&output.stdout);
        assert!(
            output.stderr.is_empty(),
            "{shell}: stderr: {}",
            text(&output.stderr)
        );
        for sub in SUBCOMMANDS {
            assert!(
                script.contains(sub),
                "the {shell} completions do not mention `{sub}`"
            );
        }
        assert!(script.contains("color"), "{shell}: no --color");
    }
}

#[test]
fn the_bash_completion_script_is_valid_bash() {
    if StdCommand::new("bash").arg("--version").output().is_err() {
        tools::skip("no bash");
        return;
    }
    let sandbox = Sandbox::new();
    let script = run_ok(sandbox.knead_in_scratch().args(["completions", "bash"])).stdout;
    let path = sandbox.scratch_file("knead.bash", &text(&script));
    let checked = StdCommand::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
        .expect("bash -n");
    assert!(
        checked.status.success() && checked.stderr.is_empty(),
        "bash -n: {}",
        String::from_utf8_lossy(&checked.stderr)
    );
}

#[test]
fn completions_for_an_unknown_shell_is_a_usage_error() {
    let output = Sandbox::new()
        .knead_in_scratch()
        .args(["completions", "tcsh"])
        .output()
        .expect("knead runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty(), "stdout: {}", text(&output.stdout));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("tcsh"), "stderr: {stderr}");
    assert!(
        stderr.contains("bash"),
        "names the shells it knows: {stderr}"
    );
}
