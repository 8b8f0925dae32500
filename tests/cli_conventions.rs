//! The command-line conventions of issue 6 through the real binary: shell
//! completions, the man page, `--help` and `--version`, colour (`--color`
//! and `NO_COLOR`), data on stdout and messages on stderr, a closed pipe,
//! and a binary that needs nothing beside it.
//!
//! Every run gets its own empty config and data folders and no `NO_COLOR`
//! unless the test sets it. Tests that need a terminal use util-linux
//! `script`, and the man rendering test uses man-db's `man`; each skips,
//! saying so, where the tool is missing.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Output, Stdio};

use assert_cmd::Command;
use clap::CommandFactory;
use knead::cli::Cli;
use serde_json::Value;

#[path = "support/routine_files.rs"]
mod routine_files;
// Shared with the other crates that run the binary; not every helper is used here.
#[allow(dead_code)]
#[path = "support/sandbox.rs"]
mod sandbox;

use routine_files::routine_ids;
use sandbox::Sandbox;

/// Every subcommand knead has; a test checks this against clap's definition,
/// so a new subcommand is added here and so to every check below.
const SUBCOMMANDS: [&str; 9] = [
    "run",
    "list",
    "check",
    "new",
    "schema",
    "print",
    "history",
    "completions",
    "man",
];

/// The exit codes design.md promises.
const EXIT_CODES: [&str; 5] = ["0", "1", "2", "3", "130"];

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

// ---- completions ----

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
        eprintln!("skipped: no bash");
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

// ---- the man page ----

fn man_page() -> String {
    let output = run_ok(Sandbox::new().knead_in_scratch().arg("man"));
    assert!(output.stderr.is_empty(), "stderr: {}", text(&output.stderr));
    text(&output.stdout)
}

/// The text of the man page section with this heading, up to the next `.SH`.
fn man_section<'a>(page: &'a str, heading: &str) -> &'a str {
    let start = page
        .find(&format!(".SH {heading}\n"))
        .unwrap_or_else(|| panic!("no `.SH {heading}` in the man page"));
    let body = &page[start + heading.len() + 5..];
    &body[..body.find("\n.SH ").unwrap_or(body.len())]
}

#[test]
fn man_page_is_roff_with_a_section_for_every_subcommand() {
    let page = man_page();
    assert!(
        page.starts_with(".TH") || page.contains("\n.TH knead "),
        "not a roff page: {}",
        &page[..page.len().min(200)]
    );
    for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS"] {
        man_section(&page, heading);
    }
    for sub in SUBCOMMANDS {
        // The heading, then the subcommand's synopsis, summary and options,
        // up to the next subcommand's heading or the exit status.
        let heading = format!(".SS \"KNEAD {}\"\n", sub.to_uppercase());
        let start = page
            .find(&heading)
            .unwrap_or_else(|| panic!("no `{}` in the man page", heading.trim()));
        let rest = &page[start + heading.len()..];
        let part = &rest[..rest
            .find(".SS \"KNEAD ")
            .or_else(|| rest.find(".SH \"EXIT STATUS\""))
            .unwrap_or(rest.len())];
        assert!(
            part.contains(&format!("\\fBknead {sub}\\fR")),
            "the `{sub}` section has no synopsis: {part}"
        );
        let about = definition(Some(sub))
            .get_about()
            .expect("a summary")
            .to_string();
        let first_word = about.split_whitespace().next().expect("a word");
        assert!(
            part.contains(&format!(".PP\n{first_word} ")),
            "the `{sub}` section has no summary: {part}"
        );
    }
    assert!(page.contains("\\-\\-color"), "the man page lists --color");
}

#[test]
fn man_page_lists_every_exit_status() {
    let page = man_page();
    let section = man_section(&page, "\"EXIT STATUS\"");
    let words: Vec<&str> = section
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .collect();
    for code in EXIT_CODES {
        assert!(
            words.contains(&code),
            "exit status {code} is missing: {section}"
        );
    }
}

#[test]
fn man_page_renders_without_warnings() {
    // man-db's `man` reads a page from stdin with `-l -`; others may not.
    let is_man_db = StdCommand::new("man")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !is_man_db {
        eprintln!("skipped: man-db's `man` is not installed");
        return;
    }
    let page = man_page();
    let mut man = StdCommand::new("man")
        .args(["--warnings", "-l", "-"])
        .env("LC_ALL", "C")
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("man starts");
    man.stdin
        .take()
        .expect("stdin")
        .write_all(page.as_bytes())
        .expect("page written");
    let rendered = man.wait_with_output().expect("man ends");
    let stderr = text(&rendered.stderr);
    assert!(rendered.status.success(), "man failed: {stderr}");
    assert!(stderr.is_empty(), "man warned:\n{stderr}");
    let shown = text(&rendered.stdout);
    assert!(shown.contains("EXIT STATUS"), "rendered: {shown}");
    assert!(shown.contains("KNEAD COMPLETIONS"), "rendered: {shown}");
}

// ---- help and version ----

/// `knead --help` and `knead <sub> --help`, as argument lists.
fn help_invocations() -> Vec<Vec<&'static str>> {
    let mut all = vec![vec!["--help"]];
    all.extend(SUBCOMMANDS.iter().map(|sub| vec![*sub, "--help"]));
    all
}

/// clap's definition of the root command or a subcommand, built so that
/// `--help`, `--version` and the global `--color` are in it.
fn definition(sub: Option<&str>) -> clap::Command {
    let mut root = Cli::command();
    root.build();
    match sub {
        None => root,
        Some(name) => root
            .find_subcommand(name)
            .unwrap_or_else(|| panic!("no subcommand {name}"))
            .clone(),
    }
}

#[test]
fn every_argument_has_help_text() {
    for sub in std::iter::once(None).chain(SUBCOMMANDS.iter().copied().map(Some)) {
        let command = definition(sub);
        let about = command
            .get_about()
            .map(ToString::to_string)
            .unwrap_or_default();
        assert!(!about.trim().is_empty(), "{sub:?} has no summary");
        assert!(!about.contains('\n'), "{sub:?}: summary is not one line");
        for arg in command.get_arguments() {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            assert!(
                !help.trim().is_empty(),
                "{sub:?}: argument `{}` has no help text",
                arg.get_id()
            );
        }
    }
}

#[test]
fn help_of_every_command_has_a_summary_every_flag_and_examples() {
    let sandbox = Sandbox::new();
    for args in help_invocations() {
        let sub = (args.len() == 2).then(|| args[0]);
        let output = run_ok(sandbox.knead_in_scratch().args(&args));
        assert!(
            output.stderr.is_empty(),
            "{args:?}: {}",
            text(&output.stderr)
        );
        let help = text(&output.stdout);
        let command = definition(sub);

        let summary = command.get_about().expect("a summary").to_string();
        // The long help keeps the summary's full stop; the short one drops it.
        let first_line = help.lines().next().unwrap_or_default();
        assert_eq!(
            first_line.trim_end_matches('.'),
            summary,
            "{args:?}: the first line is the summary"
        );
        assert_eq!(
            help.lines().nth(1),
            Some(""),
            "{args:?}: one line, then a gap"
        );

        let flat = squeeze(&help);
        for arg in command.get_arguments() {
            let shown = match arg.get_long() {
                Some(long) => format!("--{long}"),
                None => format!(
                    "<{}>",
                    arg.get_value_names()
                        .and_then(|names| names.first())
                        .map(ToString::to_string)
                        .unwrap_or_else(|| arg.get_id().to_string().to_uppercase())
                ),
            };
            assert!(flat.contains(&shown), "{args:?}: `{shown}` is not shown");
            // `--help` shows the long help where there is one.
            let help = arg.get_long_help().or(arg.get_help()).expect("help text");
            let explained = squeeze(&help.to_string());
            assert!(
                flat.contains(&explained),
                "{args:?}: `{shown}` is not explained (expected \"{explained}\")"
            );
        }

        let examples = help
            .split_once("\nExamples:\n")
            .unwrap_or_else(|| panic!("{args:?}: no Examples: section\n{help}"))
            .1;
        let first_example = examples.lines().next().unwrap_or_default().trim();
        let expected_start = match sub {
            None => "knead ".to_string(),
            Some(sub) => format!("knead {sub}"),
        };
        assert!(
            first_example.starts_with(&expected_start),
            "{args:?}: the first example should run `{expected_start}`: {first_example}"
        );
    }
}

#[test]
fn version_prints_the_name_crate_version_and_sound() {
    let sandbox = Sandbox::new();
    for flag in ["--version", "-V"] {
        let output = run_ok(sandbox.knead_in_scratch().arg(flag));
        assert_eq!(
            text(&output.stdout),
            format!(
                "knead {} (sound: {})\n",
                env!("CARGO_PKG_VERSION"),
                if cfg!(feature = "sound") { "yes" } else { "no" }
            )
        );
        assert!(output.stderr.is_empty());
    }
}

// ---- colour ----

/// `knead check` on a broken routine: (exit code, stdout, stderr).
fn check_broken(sandbox: &Sandbox, color: Option<&str>, no_color: bool) -> (i32, String, String) {
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
        eprintln!("skipped: util-linux `script` is not installed");
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
        eprintln!("skipped: util-linux `script` is not installed");
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

// ---- data on stdout, messages on stderr ----

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
        .write_stdin("")
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

// ---- a closed pipe ----

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
        &["history"],
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

// ---- a self-contained binary ----

/// Runs a copy of the binary, retrying while the copy is "text file busy":
/// another test thread may fork while the copy's write handle is open, and
/// the child holds it until it execs.
fn run_installed(sandbox: &Sandbox, installed: &Path, args: &[&str]) -> Output {
    let mut tries = 0;
    loop {
        match sandbox
            .std_command_in_scratch(installed)
            .args(args)
            .output()
        {
            Ok(output) => {
                assert_eq!(
                    output.status.code(),
                    Some(0),
                    "{args:?}; stderr:\n{}",
                    String::from_utf8_lossy(&output.stderr)
                );
                return output;
            }
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(e) => panic!("the copied binary does not run: {e}"),
        }
    }
}

#[test]
fn the_binary_needs_nothing_beside_it() {
    let sandbox = Sandbox::new();
    let install = tempfile::tempdir().expect("temp dir");
    let installed = install.path().join("knead");
    fs::copy(knead_path(), &installed).expect("copy the binary");
    assert!(
        !sandbox.scratch_dir().join("routines").exists(),
        "the working folder has no routines/"
    );

    let output = run_installed(&sandbox, &installed, &["list", "--json"]);
    let listed: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let mut ids: Vec<String> = listed
        .as_array()
        .expect("an array")
        .iter()
        .filter(|entry| entry["source"] == "bundled")
        .map(|entry| {
            assert!(
                entry["error"].is_null(),
                "a broken bundled routine: {entry}"
            );
            entry["id"].as_str().expect("an id").to_owned()
        })
        .collect();
    ids.sort();
    assert_eq!(ids, bundled_ids());
    assert_eq!(ids.len(), 10, "ten bundled routines");

    let shown = text(&run_installed(&sandbox, &installed, &["list"]).stdout);
    for id in &ids {
        assert!(shown.contains(id.as_str()), "`list` shows {id}: {shown}");
    }

    let output = run_installed(&sandbox, &installed, &["print", "piriformis-tennis-ball"]);
    assert!(text(&output.stdout).starts_with("# "), "a Markdown handout");
    assert!(output.stderr.is_empty(), "stderr: {}", text(&output.stderr));
}

// ---- the README ----

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
