//! The command-line conventions: colour.

use std::process::{Command as StdCommand, Stdio};

use super::{BROKEN_ROUTINE, ESC, ended, knead_path, run_ok, text};
use crate::support::sandbox::Sandbox;
use crate::support::tools;

/// `knead check` on a broken routine: (exit code, stdout, stderr).
pub(crate) fn check_broken(
    sandbox: &Sandbox,
    color: Option<&str>,
    no_color: bool,
) -> (i32, String, String) {
    let path = sandbox.scratch_file("broken.toml", BROKEN_ROUTINE);
    let mut command = sandbox.knead_in_scratch();
    if let Some(choice) = color {
        command.args(["--color", choice]);
    }
    if no_color {
        command.env("NO_COLOR", "1");
    }
    let output = command
        .arg("check")
        .arg(&path)
        .output()
        .expect("knead runs");
    ended(&output)
}

#[test]
fn check_piped_has_no_colour_by_default() {
    let (code, stdout, stderr) = check_broken(&Sandbox::new(), None, false);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown key `duraton`"), "stderr: {stderr}");
    assert!(!stderr.contains(ESC), "escapes in piped stderr: {stderr:?}");
    assert!(stdout.is_empty());
}

#[test]
fn color_always_colours_even_piped_and_with_no_color() {
    let sandbox = Sandbox::new();
    for no_color in [false, true] {
        let (code, _, stderr) = check_broken(&sandbox, Some("always"), no_color);
        assert_eq!(code, 2);
        assert!(
            stderr.contains(ESC),
            "--color always (NO_COLOR set: {no_color}) gave no colour: {stderr:?}"
        );
        // The text is still all there under the colour.
        let plain = text(&strip_ansi_escapes::strip(stderr.as_bytes()));
        assert!(plain.contains("help: did you mean `duration`?"), "{plain}");
    }
}

#[test]
fn color_never_and_no_color_give_no_colour() {
    let sandbox = Sandbox::new();
    for (color, no_color) in [(Some("never"), false), (Some("never"), true), (None, true)] {
        let (code, _, stderr) = check_broken(&sandbox, color, no_color);
        assert_eq!(code, 2);
        assert!(
            !stderr.contains(ESC),
            "{color:?} with NO_COLOR {no_color}: {stderr:?}"
        );
    }
}

#[test]
fn color_is_a_global_flag_after_the_subcommand_too() {
    let sandbox = Sandbox::new();
    let path = sandbox.scratch_file("broken.toml", BROKEN_ROUTINE);
    let output = sandbox
        .knead_in_scratch()
        .arg("check")
        .arg(&path)
        .args(["--color", "always"])
        .output()
        .expect("knead runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains(ESC));
}

#[test]
fn color_applies_to_help_and_usage_errors() {
    let sandbox = Sandbox::new();
    let help = run_ok(
        sandbox
            .knead_in_scratch()
            .args(["--color", "always", "--help"]),
    );
    assert!(text(&help.stdout).contains(ESC), "--color always --help");
    let help = run_ok(
        sandbox
            .knead_in_scratch()
            .args(["run", "--help", "--color=always"]),
    );
    assert!(
        text(&help.stdout).contains(ESC),
        "run --help --color=always"
    );
    let help = run_ok(sandbox.knead_in_scratch().arg("--help"));
    assert!(!text(&help.stdout).contains(ESC), "piped --help is plain");

    let error = sandbox
        .knead_in_scratch()
        .args(["--color", "always", "frobnicate"])
        .output()
        .expect("knead runs");
    assert_eq!(error.status.code(), Some(2));
    assert!(text(&error.stderr).contains(ESC), "a coloured usage error");
}

/// Runs knead in a pseudo-terminal through util-linux `script`: (exit code,
/// everything it wrote). None when `script` is not util-linux's.
fn in_terminal(sandbox: &Sandbox, args: &[&str], no_color: bool) -> Option<(i32, String)> {
    let version = StdCommand::new("script").arg("--version").output().ok()?;
    if !text(&version.stdout).contains("util-linux") {
        return None;
    }
    let quote = |word: &str| format!("'{}'", word.replace('\'', r"'\''"));
    let mut line = quote(&knead_path().display().to_string());
    for arg in args {
        line.push(' ');
        line.push_str(&quote(arg));
    }
    let mut command = sandbox.std_command_in_scratch("script");
    command
        .args(["--quiet", "--return", "--command", &line, "/dev/null"])
        .env("SHELL", "/bin/sh")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::null());
    if no_color {
        command.env("NO_COLOR", "1");
    }
    let output = command.output().expect("script runs");
    Some((
        output.status.code().expect("an exit code"),
        text(&output.stdout),
    ))
}

#[test]
fn on_a_terminal_auto_colours_unless_no_color_or_never() {
    let sandbox = Sandbox::new();
    let path = sandbox.scratch_file("broken.toml", BROKEN_ROUTINE);
    let path = path.to_str().expect("a UTF-8 temp path");
    let Some((code, shown)) = in_terminal(&sandbox, &["check", path], false) else {
        tools::skip("util-linux `script` is not installed");
        return;
    };
    assert_eq!(code, 2);
    assert!(shown.contains(ESC), "no colour on a terminal: {shown:?}");

    let (code, shown) = in_terminal(&sandbox, &["check", path], true).expect("script");
    assert_eq!(code, 2);
    assert!(!shown.contains(ESC), "NO_COLOR on a terminal: {shown:?}");

    let (_, shown) =
        in_terminal(&sandbox, &["--color", "never", "check", path], false).expect("script");
    assert!(
        !shown.contains(ESC),
        "--color never on a terminal: {shown:?}"
    );

    let (_, shown) =
        in_terminal(&sandbox, &["--color", "always", "check", path], true).expect("script");
    assert!(
        shown.contains(ESC),
        "--color always beats NO_COLOR: {shown:?}"
    );
}

#[test]
fn on_a_terminal_help_and_usage_errors_follow_color_never_and_no_color() {
    let sandbox = Sandbox::new();
    let Some((code, shown)) = in_terminal(&sandbox, &["--help"], false) else {
        tools::skip("util-linux `script` is not installed");
        return;
    };
    assert_eq!(code, 0);
    assert!(
        shown.contains(ESC),
        "clap colours help on a terminal: {shown:?}"
    );

    for args in [
        &["--color", "never", "--help"][..],
        &["--color=never", "check", "--help"],
        &["list", "--help", "--color", "never"],
        &["--color", "never", "frobnicate"],
    ] {
        let (_, shown) = in_terminal(&sandbox, args, false).expect("script");
        assert!(!shown.contains(ESC), "{args:?} on a terminal: {shown:?}");
    }
    let (_, shown) = in_terminal(&sandbox, &["--help"], true).expect("script");
    assert!(
        !shown.contains(ESC),
        "NO_COLOR --help on a terminal: {shown:?}"
    );
}

#[test]
fn the_color_choice_for_clap_is_read_from_the_raw_arguments() {
    use clap::ColorChoice::{Always, Auto, Never};
    let read = |args: &[&str]| {
        knead::cli::clap_color(
            std::iter::once("knead")
                .chain(args.iter().copied())
                .map(std::ffi::OsString::from),
        )
    };
    assert_eq!(read(&[]), Auto);
    assert_eq!(read(&["--help"]), Auto);
    assert_eq!(read(&["--color", "never", "--help"]), Never);
    assert_eq!(read(&["list", "--help", "--color=always"]), Always);
    assert_eq!(read(&["--color", "always", "--color", "never"]), Never);
    assert_eq!(read(&["--color", "sometimes"]), Auto, "clap reports it");
    assert_eq!(
        read(&["check", "--", "--color", "never"]),
        Auto,
        "a file name"
    );
    assert_eq!(read(&["--color"]), Auto);
}
