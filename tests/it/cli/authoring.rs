//! The authoring commands through the real binary: `check`, `list`,
//! `print`, `new`, `schema`, help and version, with their exit codes.
//!
//! Every run gets its own empty config and data folders, and runs from the
//! crate root so relative paths show as they would for an author.

use std::fs;
use std::path::Path;
use std::process::Output;

use assert_cmd::Command;
use assert_cmd::assert::Assert;
use predicates::prelude::*;
use serde_json::Value;

use crate::support::routine_files::routine_ids;
use crate::support::sandbox::Sandbox;

/// The ids of the bundled routines: the file names in `routines/`.
fn bundled_ids() -> Vec<String> {
    routine_ids("routines")
}

/// `knead ARGS` in `sandbox`, run to the end for asserting.
fn run(sandbox: &Sandbox, args: &[&str]) -> Assert {
    sandbox.knead().args(args).assert()
}

/// `knead ARGS` in a sandbox of its own, run to the end for asserting.
fn run_fresh(args: &[&str]) -> Assert {
    run(&Sandbox::new(), args)
}

/// `knead ARGS FILE` in `sandbox`, run to the end for asserting.
fn run_on(sandbox: &Sandbox, args: &[&str], file: &Path) -> Assert {
    sandbox.knead().args(args).arg(file).assert()
}

/// What `knead ARGS` printed; it must exit with `code`.
fn output_of(sandbox: &Sandbox, args: &[&str], code: i32) -> Output {
    run(sandbox, args).code(code).get_output().clone()
}

/// The stdout of `knead ARGS`, which must succeed, as text.
fn stdout_of(sandbox: &Sandbox, args: &[&str]) -> String {
    String::from_utf8(output_of(sandbox, args, 0).stdout).expect("UTF-8")
}

/// The stdout of `knead ARGS`, which must succeed, as JSON.
fn json_of(sandbox: &Sandbox, args: &[&str]) -> Value {
    serde_json::from_slice(&output_of(sandbox, args, 0).stdout).expect("valid JSON")
}

/// A small valid routine; `cue_line` is the hold's cue line, or "".
fn routine_with(title: &str, cue_line: &str) -> String {
    format!(
        "format = 1\ntitle = \"{title}\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold a tender spot\"\n{cue_line}duration = \"45s\"\n"
    )
}

// ---- check ----

#[test]
fn check_accepts_a_valid_file() {
    run_fresh(&["check", "routines/piriformis-tennis-ball.toml"])
        .code(0)
        .stdout("")
        .stderr("checked 1 file: 0 errors, 0 warnings\n");
}

#[test]
fn check_locates_the_problem_in_an_invalid_file() {
    run_fresh(&["check", "tests/invalid/unknown-key-typo.toml"])
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "tests/invalid/unknown-key-typo.toml:17:1: error: unknown key `duraton` in a step\n",
        ))
        .stderr(predicate::str::contains("help: did you mean `duration`?"))
        .stderr(predicate::str::ends_with(
            "checked 1 file: 1 error, 0 warnings\n",
        ));
}

#[test]
fn check_reports_every_file_in_order() {
    let output = output_of(
        &Sandbox::new(),
        &[
            "check",
            "tests/invalid/format-2.toml",
            "routines/foam-roll-glutes.toml",
            "tests/invalid/many-problems.toml",
            "tests/invalid/repeat-500.toml",
        ],
        2,
    );
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    let headlines: Vec<&str> = stderr.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(headlines.len(), 1 + 8 + 1, "{stderr}");
    assert!(headlines[0].starts_with("tests/invalid/format-2.toml:1:10: error: format 2"));
    assert!(headlines[1].starts_with("tests/invalid/many-problems.toml:3:1: error:"));
    assert!(headlines[8].starts_with("tests/invalid/many-problems.toml:44:1: error:"));
    assert!(headlines[9].starts_with("tests/invalid/repeat-500.toml:18:10: error:"));
    assert!(
        stderr.ends_with("checked 4 files: 10 errors, 0 warnings\n"),
        "{stderr}"
    );
}

#[test]
fn check_reports_a_missing_file_and_goes_on() {
    run_fresh(&[
        "check",
        "tests/invalid/no-such-file.toml",
        "tests/invalid/format-2.toml",
    ])
    .code(2)
    .stderr(predicate::str::starts_with(
        "tests/invalid/no-such-file.toml: error: cannot read:",
    ))
    .stderr(predicate::str::contains(
        "tests/invalid/format-2.toml:1:10: error:",
    ));
}

/// `knead check FLAGS FILE` in `sandbox` exits with `code`, reports
/// `problem` and ends with the `totals` line.
fn assert_check(
    sandbox: &Sandbox,
    flags: &[&str],
    file: &Path,
    code: i32,
    problem: &str,
    totals: &str,
) {
    run_on(sandbox, &[&["check"], flags].concat(), file)
        .code(code)
        .stderr(predicate::str::contains(problem))
        .stderr(predicate::str::ends_with(totals));
}

#[test]
fn deny_warnings_turns_a_missing_cue_into_an_error() {
    let sandbox = Sandbox::new();
    let file = sandbox.scratch_file("no-cue.toml", &routine_with("No cue", ""));
    assert_check(
        &sandbox,
        &[],
        &file,
        0,
        ":4:1: warning: this step has no cue",
        "checked 1 file: 0 errors, 1 warning\n",
    );
    assert_check(
        &sandbox,
        &["--deny-warnings"],
        &file,
        2,
        ":4:1: error: this step has no cue",
        "checked 1 file: 1 error, 0 warnings\n",
    );
}

#[test]
fn check_needs_a_file() {
    run_fresh(&["check"])
        .code(2)
        .stderr(predicate::str::contains("FILE"));
}

// ---- list ----

#[test]
fn list_shows_every_bundled_routine() {
    let stdout = stdout_of(&Sandbox::new(), &["list"]);
    let ids = bundled_ids();
    assert_eq!(ids.len(), 10, "{ids:?}");
    for id in &ids {
        assert!(
            stdout
                .lines()
                .any(|line| line.starts_with(&format!("{id} "))),
            "{id} missing from:\n{stdout}"
        );
    }
}

#[test]
fn list_json_describes_every_routine() {
    let listed = json_of(&Sandbox::new(), &["list", "--json"]);
    let entries = listed.as_array().expect("a JSON array");
    let ids: Vec<&str> = entries.iter().filter_map(|e| e["id"].as_str()).collect();
    assert_eq!(ids, bundled_ids());
    for entry in entries {
        assert!(
            entry["title"].as_str().is_some_and(|t| !t.is_empty()),
            "{entry}"
        );
        assert!(entry["seconds"].as_u64().is_some_and(|s| s > 0), "{entry}");
        assert!(
            entry["tools"].as_array().is_some_and(|t| !t.is_empty()),
            "{entry}"
        );
        assert!(
            entry["areas"].as_array().is_some_and(|a| !a.is_empty()),
            "{entry}"
        );
        assert_eq!(entry["source"], "bundled", "{entry}");
        assert!(entry["error"].is_null(), "{entry}");
        // Every bundled routine says how often (issue 11).
        assert!(
            entry["frequency"].as_str().is_some_and(|f| !f.is_empty()),
            "{entry}"
        );
    }
    // Routines that count sessions a week say how many (issue 13).
    let piriformis = entries
        .iter()
        .find(|e| e["id"] == "piriformis-tennis-ball")
        .expect("bundled");
    assert_eq!(piriformis["per_week"], 3, "{piriformis}");
}

#[test]
fn list_shows_how_often() {
    let stdout = stdout_of(&Sandbox::new(), &["list"]);
    assert!(
        stdout.contains("how often: Once a day at most, 3-5 days a week"),
        "{stdout}"
    );
}

#[test]
fn list_json_seconds_are_the_planned_time() {
    // Setup 20 s; hold 45 s both sides twice each: 4 x 45 s + 10 s switch.
    let sandbox = Sandbox::new();
    sandbox.user_routine(
        "timed.toml",
        "format = 1\ntitle = \"Timed\"\n\n[[step]]\nkind = \"setup\"\ntitle = \"Sit\"\ncue = \"Sit.\"\nduration = \"20s\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold\"\ncue = \"Hold.\"\nside = \"both\"\nrepeat = 2\nduration = \"45s\"\n",
    );
    let listed = json_of(&sandbox, &["list", "--json"]);
    let timed = listed
        .as_array()
        .and_then(|all| all.iter().find(|e| e["id"] == "timed"))
        .expect("the user routine");
    assert_eq!(timed["seconds"], 20 + 4 * 45 + 10);
    assert_eq!(timed["source"], "user");
}

#[test]
fn a_broken_user_routine_is_listed_with_its_error() {
    let sandbox = Sandbox::new();
    let broken = sandbox.user_routine("broken.toml", "format = 2\ntitle = \"Mine\"\n");
    sandbox.user_routine("mine.toml", &routine_with("My own", "cue = \"Lean in.\"\n"));
    let headline = format!(
        "{}:1:10: error: format 2 is not supported",
        broken.display()
    );
    let stdout = stdout_of(&sandbox, &["list"]);
    let line = stdout
        .lines()
        .find(|l| l.starts_with("broken "))
        .unwrap_or_else(|| panic!("broken routine hidden:\n{stdout}"));
    assert!(
        line.contains(&headline) && line.ends_with("[user]"),
        "{line}"
    );
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("mine ") && l.contains("My own"))
    );
    for id in bundled_ids() {
        assert!(stdout.contains(&id), "{id} hidden by a broken routine");
    }

    let listed = json_of(&sandbox, &["list", "--json"]);
    let entry = listed
        .as_array()
        .and_then(|all| all.iter().find(|e| e["id"] == "broken"))
        .expect("the broken routine");
    assert_eq!(entry["source"], "user");
    assert!(
        entry["title"].is_null() && entry["seconds"].is_null(),
        "{entry}"
    );
    assert_eq!(entry["error"], headline.as_str());
}

// ---- print ----

#[test]
fn print_a_bundled_routine_as_markdown() {
    run_fresh(&["print", "piriformis-tennis-ball"])
        .code(0)
        .stdout(predicate::str::starts_with("# Tennis-ball glute holds\n"))
        .stdout(predicate::str::contains("\n## Steps\n"))
        .stdout(predicate::str::contains("\n1. **Settle in** (breathe 1m)\n"))
        .stdout(predicate::str::contains(
            "**Hold a tender spot** (hold 45s, adjustable 30s to 1m, find a tender spot first, left side, 3 times)",
        ))
        .stdout(predicate::str::contains("\n## Safety\n"))
        .stdout(predicate::str::contains(
            "- Also stop if you notice:\n  - new or worse pain spreading below the knee\n",
        ))
        .stderr("");
}

#[test]
fn a_handout_stands_on_its_own() {
    run_fresh(&["print", "piriformis-tennis-ball"])
        .code(0)
        .stdout(predicate::str::contains(
            "- **How often:** Once a day at most, 3-5 days a week",
        ))
        .stdout(predicate::str::contains(
            "\n## Before you start\n\n- Ball on the fleshy upper, outer buttock",
        ))
        .stdout(predicate::str::contains(
            "(if yes, try **Standing wall-ball glute holds** instead)",
        ))
        .stdout(predicate::str::contains(
            "halfway through holds of 2m or more",
        ))
        .stdout(predicate::str::contains(
            "At 7, ease off a little; at 8, come off and move to a new spot with less weight; at 9 or more, stop that side.",
        ))
        .stdout(predicate::str::contains("\n## Warning signs\n"))
        .stdout(predicate::str::contains(
            "or go to A&E now if you notice:**",
        ))
        .stdout(predicate::str::contains("- Good sore: "))
        .stdout(predicate::str::contains("- Bad sore: "))
        .stdout(predicate::str::contains("- Name: ___"))
        .stdout(predicate::str::contains("- Phone: ___"))
        .stdout(predicate::str::contains("- Date: ___"));
    run_fresh(&["print", "gentle-flare-up"])
        .code(0)
        .stdout(predicate::str::contains(
            "This routine stays at or below 3: above it, ease off.",
        ))
        .stdout(predicate::str::contains("Aim for 3 or less."))
        .stdout(predicate::str::contains("`+` and `-`").not());
    run_fresh(&["print", "heat-cold-wind-down"])
        .code(0)
        .stdout(predicate::str::contains(
            "stays off.\n   Then the safety check-in.\n",
        ))
        .stdout(predicate::str::contains(
            "and at the end of the other steps marked \"Then the safety check-in\", ask yourself",
        ));
}

#[test]
fn print_a_routine_by_path() {
    run_fresh(&["print", "routines/foam-roll-glutes.toml"])
        .code(0)
        .stdout(predicate::str::starts_with("# Foam roll the glutes\n"))
        .stdout(predicate::str::contains("## Steps"))
        .stdout(predicate::str::contains("## Safety"));
}

#[test]
fn print_prefers_the_users_routine_over_a_bundled_one() {
    let sandbox = Sandbox::new();
    sandbox.user_routine(
        "piriformis-tennis-ball.toml",
        &routine_with("My therapist's version", "cue = \"Gently.\"\n"),
    );
    run(&sandbox, &["print", "piriformis-tennis-ball"])
        .code(0)
        .stdout(predicate::str::starts_with("# My therapist's version\n"));
}

#[test]
fn print_an_unknown_id_suggests_a_close_one() {
    let sandbox = Sandbox::new();
    run(&sandbox, &["print", "piriformis-tenis-ball"])
        .code(2)
        .stdout("")
        .stderr(
            "knead: error: no routine named `piriformis-tenis-ball`: did you mean `piriformis-tennis-ball`?\n",
        );
    run(&sandbox, &["print", "yoga"])
        .code(2)
        .stdout("")
        .stderr("knead: error: no routine named `yoga` (see `knead list`)\n");
}

#[test]
fn print_an_invalid_file_shows_its_errors() {
    run_fresh(&["print", "tests/invalid/tempo-10m.toml"])
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "tests/invalid/tempo-10m.toml:18:9: error: `tempo` must last 1s to 10s, not 10m\n",
        ));
}

// ---- new ----

#[test]
fn new_writes_a_template_that_passes_check() {
    let sandbox = Sandbox::new();
    let path = sandbox.scratch_dir().join("mine.toml");
    run_on(&sandbox, &["new"], &path)
        .code(0)
        .stdout("")
        .stderr(predicate::str::starts_with(format!(
            "wrote {}",
            path.display()
        )));
    let written = fs::read_to_string(&path).expect("template written");
    assert!(written.contains("format = 1"));
    run_on(&sandbox, &["check", "--deny-warnings"], &path)
        .code(0)
        .stderr("checked 1 file: 0 errors, 0 warnings\n");
}

#[test]
fn new_refuses_to_overwrite_unless_forced() {
    let sandbox = Sandbox::new();
    let path = sandbox.scratch_file("mine.toml", "my own careful work\n");
    run_on(&sandbox, &["new"], &path)
        .code(2)
        .stderr(predicate::str::contains(
            "already exists; nothing was written",
        ));
    assert_eq!(
        fs::read_to_string(&path).expect("still there"),
        "my own careful work\n"
    );
    run_on(&sandbox, &["new", "--force"], &path).code(0);
    assert_eq!(
        fs::read_to_string(&path).expect("overwritten"),
        knead::commands::new::TEMPLATE
    );
}

#[test]
fn new_into_a_missing_folder_fails_cleanly() {
    let sandbox = Sandbox::new();
    let path = sandbox
        .scratch_dir()
        .join("no-such-folder")
        .join("mine.toml");
    run_on(&sandbox, &["new"], &path)
        .code(1)
        .stderr(predicate::str::starts_with("knead: error: cannot write"));
}

// ---- schema ----

#[test]
fn schema_is_json_that_refuses_unknown_keys() {
    let schema = json_of(&Sandbox::new(), &["schema"]);
    assert!(schema["$defs"].is_object(), "{schema}");
    assert_eq!(schema["additionalProperties"], false);
    for name in ["Step", "Breathing", "Safety"] {
        assert_eq!(
            schema["$defs"][name]["additionalProperties"], false,
            "{name}: {}",
            schema["$defs"][name]
        );
    }
    assert_eq!(
        schema["required"],
        serde_json::json!(["format", "title", "step"])
    );
    assert_eq!(
        schema["$defs"]["Step"]["required"],
        serde_json::json!(["kind"])
    );
}

// ---- text from files never drives the terminal ----

/// Bytes that would let a file drive the terminal: ESC, the C1 CSI in
/// UTF-8, BEL, and a right-to-left override.
#[track_caller]
fn assert_inert(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for bad in ["\u{1b}", "\u{9b}", "\u{7}", "\u{202e}"] {
        assert!(!text.contains(bad), "{what} carries {bad:?}:\n{text:?}");
    }
}

/// Runs `command`, which must exit with `code`; its stderr must be inert.
#[track_caller]
fn assert_inert_stderr(what: &str, command: &mut Command, code: i32) {
    let output = command.output().expect("runs");
    assert_eq!(output.status.code(), Some(code));
    assert_inert(&format!("{what} stderr"), &output.stderr);
}

const HOSTILE_TITLE: &str = "\\u001b[2J\\u001b]0;owned\\u0007Evil \\u009b31mtitle\\u202e";

#[test]
fn escapes_in_a_routine_never_reach_the_terminal() {
    let sandbox = Sandbox::new();
    let valid = routine_with(HOSTILE_TITLE, "cue = \"\\u001b[31mred\\u001b[0m cue\"\n");
    sandbox.user_routine("hostile.toml", &valid);
    let invalid = format!("{valid}\"\\u001b[5mblink\" = 1\n");
    let broken = sandbox.user_routine("hostile-broken.toml", &invalid);

    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["print", "hostile"],
        vec!["print", "hostile-broken"],
        vec!["check", "--deny-warnings"],
    ] {
        let mut command = sandbox.knead();
        command.args(&args);
        if args[0] == "check" {
            command.arg(&broken);
        }
        let output = command.output().expect("knead runs");
        assert_inert(&format!("{args:?} stdout"), &output.stdout);
        assert_inert(&format!("{args:?} stderr"), &output.stderr);
    }
    run(&sandbox, &["print", "hostile"])
        .code(0)
        .stdout(predicate::str::starts_with("# Evil 31mtitle\n"));
}

#[test]
fn escapes_in_names_never_reach_the_terminal() {
    let sandbox = Sandbox::new();
    let path = sandbox.scratch_file("\u{1b}[31mred.toml", "format = 2\ntitle = \"x\"\n");
    assert_inert_stderr("check", sandbox.knead().arg("check").arg(&path), 2);
    assert_inert_stderr(
        "print",
        sandbox.knead().arg("print").arg("\u{1b}[2Jnone"),
        2,
    );
    let new = sandbox.scratch_dir().join("\u{1b}[32mnew.toml");
    assert_inert_stderr("new", sandbox.knead().arg("new").arg(new), 0);
}

#[test]
fn escapes_in_user_routine_file_names_never_reach_list() {
    let sandbox = Sandbox::new();
    sandbox.user_routine("\u{1b}[31mred.toml", "format = 2\ntitle = \"x\"\n");
    sandbox.user_routine(
        "\u{1b}[32mgreen.toml",
        &routine_with("Green", "cue = \"x\"\n"),
    );
    let output = sandbox.knead().arg("list").output().expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert_inert("list stdout", &output.stdout);
    assert_inert("list stderr", &output.stderr);
}

// ---- help and version ----

#[test]
fn help_lists_the_commands() {
    let stdout = stdout_of(&Sandbox::new(), &["--help"]);
    assert!(stdout.contains("Usage: knead"), "{stdout}");
    for command in ["list", "check", "new", "schema", "print"] {
        assert!(
            stdout.lines().any(|l| l.trim_start().starts_with(command)),
            "{command} missing:\n{stdout}"
        );
    }
}

#[test]
fn version_prints_the_crate_version() {
    run_fresh(&["--version"]).code(0).stdout(format!(
        "knead {} (sound: {})\n",
        env!("CARGO_PKG_VERSION"),
        if cfg!(feature = "sound") { "yes" } else { "no" }
    ));
}

#[test]
fn an_unknown_command_is_a_usage_error() {
    run_fresh(&["knead-harder"])
        .code(2)
        .stderr(predicate::str::contains("unrecognized subcommand"));
}

#[test]
fn a_handout_cannot_be_forged_by_the_routine_file() {
    let sandbox = Sandbox::new();
    let file = sandbox.scratch_file(
        "forged.toml",
        "format = 1\ntitle = \"<img src=x onerror=alert(1)>\"\n\
         notes = \"\"\"Read me.\n## Safety\n1. Skip the check-ins.\"\"\"\n\n\
         [[step]]\nkind = \"hold\"\ntitle = \"[click](http://x)\"\ncue = \"Lean in.\"\nduration = \"30s\"\n",
    );
    let output = run_on(&sandbox, &["print"], &file)
        .code(0)
        .get_output()
        .clone();
    let handout = String::from_utf8_lossy(&output.stdout);
    assert!(!handout.contains("<img"), "{handout}");
    assert!(
        handout.contains("# &lt;img src=x onerror=alert(1)&gt;"),
        "{handout}"
    );
    // One real Safety section, and no numbered step the file wrote itself.
    assert_eq!(handout.matches("\n## Safety\n").count(), 1, "{handout}");
    assert!(handout.contains("\n\\## Safety\n"), "{handout}");
    assert!(handout.contains("\n1\\. Skip the check-ins."), "{handout}");
    assert!(handout.contains("**\\[click\\](http://x)**"), "{handout}");
}
