//! Routine ids complete in the shells (issue 22), through clap_complete's
//! dynamic completion: `COMPLETE=bash knead` prints a script that asks
//! knead for the words at the time of completing, so a routine added
//! today completes today. The README's commands work in a fresh home.
#![cfg(unix)]

use std::path::Path;
use std::process::Command as StdCommand;

use crate::support::sandbox::Sandbox;
use crate::support::tools;

/// The folder holding the binary under test, to put first on PATH.
fn bin_dir() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_knead"))
        .parent()
        .expect("a folder")
}

fn path_with_knead() -> String {
    let rest = std::env::var("PATH").unwrap_or_default();
    format!("{}:{rest}", bin_dir().display())
}

/// What bash completes for `words` (the last one being typed), through
/// the script `COMPLETE=bash knead` prints. None when bash is missing.
fn bash_completes(sandbox: &Sandbox, words: &[&str]) -> Option<Vec<String>> {
    StdCommand::new("bash").arg("--version").output().ok()?;
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let current = words.last().expect("a word");
    let previous = words[words.len() - 2];
    let script = format!(
        "source <(COMPLETE=bash knead)\nCOMP_WORDS=({})\nCOMP_CWORD={}\nCOMP_TYPE=9\n_clap_complete_knead knead '{current}' '{previous}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        quoted.join(" "),
        words.len() - 1
    );
    let output = sandbox
        .std_command_in_scratch("bash")
        .args(["-c", &script])
        .env("PATH", path_with_knead())
        .output()
        .expect("bash runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    Some(
        stdout
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
    )
}

#[test]
fn bash_completes_bundled_and_user_routine_ids() {
    let sandbox = Sandbox::new();
    sandbox.user_routine("my-calf.toml", crate::support::sandbox::SHORT_REST);
    let Some(ids) = bash_completes(&sandbox, &["knead", "run", "pir"]) else {
        tools::skip("no bash");
        return;
    };
    assert_eq!(ids, ["piriformis-ball-lying", "piriformis-tennis-ball"]);
    let ids = bash_completes(&sandbox, &["knead", "run", "my"]).expect("bash");
    assert_eq!(ids, ["my-calf"], "a routine added today completes today");
    let ids = bash_completes(&sandbox, &["knead", "print", "foam"]).expect("bash");
    assert_eq!(ids, ["foam-roll-glutes"]);
    let ids = bash_completes(&sandbox, &["knead", "history", "--routine", "my"]).expect("bash");
    assert_eq!(ids, ["my-calf"]);
    let commands = bash_completes(&sandbox, &["knead", "hi"]).expect("bash");
    assert_eq!(commands, ["history"]);
}

#[test]
fn a_path_completes_as_a_path() {
    let sandbox = Sandbox::new();
    sandbox.scratch_file("mine.toml", crate::support::sandbox::SHORT_REST);
    let Some(paths) = bash_completes(&sandbox, &["knead", "run", "./mi"]) else {
        tools::skip("no bash");
        return;
    };
    assert_eq!(paths, ["./mine.toml"]);
}

/// The README's completion commands, one per line of its block.
fn readme_completion_commands() -> Vec<String> {
    let readme = include_str!("../../../README.md");
    let block = readme
        .split_once("Shell completions and the man page")
        .expect("the completions paragraph")
        .1;
    let block = block.split("```").nth(1).expect("a code block");
    block
        .lines()
        .filter(|line| line.contains("COMPLETE="))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_readmes_completion_commands_work_in_a_fresh_home() {
    let commands = readme_completion_commands();
    assert_eq!(commands.len(), 3, "bash, fish and zsh: {commands:?}");
    let home = tempfile::tempdir().expect("a fresh home");
    for command in &commands {
        let output = StdCommand::new("sh")
            .args(["-c", command])
            .env("HOME", home.path())
            .env("PATH", path_with_knead())
            .output()
            .expect("sh runs");
        assert!(
            output.status.success(),
            "{command}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let read = |path: &str| std::fs::read_to_string(home.path().join(path)).unwrap_or_default();
    let bash = read(".local/share/bash-completion/completions/knead");
    assert!(bash.contains("complete -o nospace"), "{bash}");
    assert!(read(".config/fish/completions/knead.fish").contains("COMPLETE=fish knead"));
    assert!(read(".zshrc").contains("COMPLETE=zsh knead"));
}
