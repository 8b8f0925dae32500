//! Colour follows the usual environment (issue 14), as clap's own help
//! does: `NO_COLOR`, `CLICOLOR=0`, `CLICOLOR_FORCE=1` and `TERM=dumb`.
//! knead's diagnostics and clap's `--help` must agree in every case, on a
//! pipe and on a terminal (util-linux `script`; skipped, saying so, where
//! it is missing).

use crate::support::tools;

use std::process::{Command as StdCommand, Stdio};

use crate::support::sandbox::Sandbox;

/// The escape sequence every ANSI colour starts with.
const ESC: &str = "\x1b[";

/// A misspelt key: one error, so `check` has something to colour.
const BROKEN: &str = "format = 1\ntitle = \"Broken\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold\"\nduraton = \"30s\"\ncue = \"x\"\n";

/// Variables set for one run.
type Env = &'static [(&'static str, &'static str)];

/// The environments to try, each with whether colour is expected on a
/// pipe and on a terminal.
const CASES: &[(Env, bool, bool)] = &[
    (&[], false, true),
    (&[("NO_COLOR", "1")], false, false),
    (&[("CLICOLOR", "0")], false, false),
    (&[("CLICOLOR_FORCE", "1")], true, true),
    (&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], false, false),
    (&[("TERM", "dumb")], false, false),
    (&[("TERM", "dumb"), ("CLICOLOR_FORCE", "1")], true, true),
    // A CI runner's log is taken to show colour, even with TERM=dumb.
    (&[("TERM", "dumb"), ("CI", "true")], false, true),
];

/// Whether `knead ARGS` wrote any colour, run on a pipe with `env`.
fn piped(sandbox: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> bool {
    let output = sandbox
        .knead_in_scratch()
        .env("TERM", "xterm-256color")
        .envs(env.iter().copied())
        .args(args)
        .output()
        .expect("knead runs");
    let all = [output.stdout, output.stderr].concat();
    String::from_utf8_lossy(&all).contains(ESC)
}

/// Whether `knead ARGS` wrote any colour on a pseudo-terminal; None when
/// util-linux `script` is not at hand.
fn on_terminal(sandbox: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> Option<bool> {
    let version = StdCommand::new("script").arg("--version").output().ok()?;
    if !String::from_utf8_lossy(&version.stdout).contains("util-linux") {
        return None;
    }
    let quote = |word: &str| format!("'{}'", word.replace('\'', r"'\''"));
    let mut line = quote(env!("CARGO_BIN_EXE_knead"));
    for arg in args {
        line.push(' ');
        line.push_str(&quote(arg));
    }
    let output = sandbox
        .std_command_in_scratch("script")
        .args(["--quiet", "--return", "--command", &line, "/dev/null"])
        .env("SHELL", "/bin/sh")
        .env("TERM", "xterm-256color")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("script runs");
    Some(String::from_utf8_lossy(&output.stdout).contains(ESC))
}

#[test]
fn on_a_pipe_knead_and_clap_follow_the_environment_alike() {
    let sandbox = Sandbox::new();
    sandbox.scratch_file("broken.toml", BROKEN);
    for (env, expected, _) in CASES {
        let ours = piped(&sandbox, &["check", "broken.toml"], env);
        let claps = piped(&sandbox, &["--help"], env);
        assert_eq!(ours, *expected, "knead check on a pipe with {env:?}");
        assert_eq!(claps, *expected, "clap's help on a pipe with {env:?}");
    }
}

#[test]
fn on_a_terminal_knead_and_clap_follow_the_environment_alike() {
    let sandbox = Sandbox::new();
    sandbox.scratch_file("broken.toml", BROKEN);
    for (env, _, expected) in CASES {
        let Some(ours) = on_terminal(&sandbox, &["check", "broken.toml"], env) else {
            tools::skip("util-linux `script` is not installed");
            return;
        };
        let claps = on_terminal(&sandbox, &["--help"], env).expect("script");
        assert_eq!(ours, *expected, "knead check on a terminal with {env:?}");
        assert_eq!(claps, *expected, "clap's help on a terminal with {env:?}");
    }
}

#[test]
fn color_never_and_always_beat_the_environment() {
    let sandbox = Sandbox::new();
    sandbox.scratch_file("broken.toml", BROKEN);
    let force = [("CLICOLOR_FORCE", "1")];
    assert!(!piped(
        &sandbox,
        &["--color", "never", "check", "broken.toml"],
        &force
    ));
    let none = [("NO_COLOR", "1"), ("TERM", "dumb")];
    assert!(piped(
        &sandbox,
        &["--color", "always", "check", "broken.toml"],
        &none
    ));
}
