//! The command-line conventions of issue 6 through the real binary: shell
//! completions, the man page, `--help` and `--version`, colour (`--color`
//! and `NO_COLOR`), data on stdout and messages on stderr, a closed pipe,
//! and a binary that needs nothing beside it.
//!
//! Every run gets its own empty config and data folders and no `NO_COLOR`
//! unless the test sets it. Tests that need a terminal use util-linux
//! `script`, and the man rendering test uses man-db's `man`; each skips,
//! saying so, where the tool is missing.

use std::path::PathBuf;
use std::process::Output;

use assert_cmd::Command;
use clap::CommandFactory;
use knead::cli::Cli;

use crate::support::routine_files::routine_ids;

/// Every subcommand knead has; a test checks this against clap's definition,
/// so a new subcommand is added here and so to every check below.
const SUBCOMMANDS: [&str; 14] = [
    "run",
    "report",
    "list",
    "check",
    "new",
    "add",
    "remove",
    "schema",
    "print",
    "history",
    "completions",
    "man",
    "config",
    "help",
];

/// The exit codes the README promises ("Exit codes").
const EXIT_CODES: [&str; 8] = ["0", "1", "2", "3", "129", "130", "131", "143"];

/// The escape sequence every ANSI colour starts with.
const ESC: &str = "\x1b[";

/// A broken routine: a misspelt key (an error) and a step with no cue (a warning).
const BROKEN_ROUTINE: &str = "format = 1\ntitle = \"Broken\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold\"\nduraton = \"30s\"\n";

fn knead_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_knead"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// How a command ended: (exit code, stdout, stderr).
fn ended(output: &Output) -> (i32, String, String) {
    (
        output.status.code().expect("an exit code"),
        text(&output.stdout),
        text(&output.stderr),
    )
}

fn run_ok(command: &mut Command) -> Output {
    let output = command.output().expect("knead runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "knead failed; stderr:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Whitespace collapsed, so wrapped help compares with one-line text.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The routine ids in `routines/`, which the binary embeds.
fn bundled_ids() -> Vec<String> {
    routine_ids("routines")
}

#[test]
fn the_subcommand_list_matches_clap() {
    let command = Cli::command();
    let mut names: Vec<&str> = command.get_subcommands().map(|s| s.get_name()).collect();
    names.sort_unstable();
    let mut expected = SUBCOMMANDS.to_vec();
    expected.sort_unstable();
    assert_eq!(names, expected);
}

mod closed_pipe;
mod colour;
mod completions;
mod help;
mod install;
mod man_page;
mod readme;
mod streams;
