//! Settings in a plain-mode session (issue 12): a broken settings file is
//! one notice and the session runs on the defaults; the default breathing
//! pattern paces routines with no `[breathing]` of their own; `knead` alone
//! reads the settings too.

use std::time::Duration;

use crate::support::sandbox::{SHORT_REST, Sandbox};

/// A breathe step counted in breaths, with no `[breathing]` table.
const BREATHS: &str =
    "format = 1\ntitle = \"Counted breaths\"\n\n[[step]]\nkind = \"breathe\"\nbreaths = 2\n";

struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(sandbox: &Sandbox, routine: &str, answers: &str) -> Ran {
    let output = sandbox
        .run_fast(routine, answers)
        .output()
        .expect("knead ran");
    Ran {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn notices(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter(|l| l.starts_with("NOTICE:") && l.contains("config.toml"))
        .collect()
}

#[test]
fn a_broken_file_is_one_notice_and_the_session_completes() {
    let sandbox = Sandbox::new();
    let routine = sandbox.scratch_file("rest.toml", SHORT_REST);
    sandbox.write_config("emergency_number = \"999\"\nvolum = 20\nvolume = 200\n");
    let ran = run(&sandbox, routine.to_str().expect("a UTF-8 path"), "n\ns\n");
    assert_eq!(ran.code, Some(0), "{}{}", ran.stdout, ran.stderr);
    let path = sandbox.config_path().display().to_string();
    assert_eq!(
        notices(&ran.stdout),
        [format!(
            "NOTICE: {path}:2:1: error: unknown key `volum` in the settings (did you mean `volume`?) and 1 more; this session uses the default settings (`knead config` shows why)"
        )]
    );
    assert!(ran.stdout.contains("DONE:"), "{}", ran.stdout);
}

#[test]
fn a_file_that_is_not_utf8_is_one_located_notice() {
    let sandbox = Sandbox::new();
    let routine = sandbox.scratch_file("rest.toml", SHORT_REST);
    sandbox.write_config("");
    std::fs::write(sandbox.config_path(), b"theme = \"\xff\"\n").expect("written");
    let ran = run(&sandbox, routine.to_str().expect("a UTF-8 path"), "n\ns\n");
    assert_eq!(ran.code, Some(0), "{}{}", ran.stdout, ran.stderr);
    let shown = notices(&ran.stdout);
    assert_eq!(shown.len(), 1, "{}", ran.stdout);
    assert!(
        shown[0].contains("config.toml:1:10: error: not UTF-8 text"),
        "{}",
        shown[0]
    );
}

#[test]
fn the_default_breathing_paces_routines_without_their_own() {
    let sandbox = Sandbox::new();
    let counted = sandbox.scratch_file("breaths.toml", BREATHS);
    let counted = counted.to_str().expect("a UTF-8 path");
    let before = run(&sandbox, counted, "n\ns\n");
    assert!(
        before.stdout.contains("BREATHE: Breathe in 4s"),
        "{}",
        before.stdout
    );
    sandbox.write_config("[breathing]\ninhale = \"5s\"\nexhale = \"8s\"\n");
    let after = run(&sandbox, counted, "n\ns\n");
    assert_eq!(after.code, Some(0), "{}{}", after.stdout, after.stderr);
    assert!(
        after.stdout.contains("BREATHE: Breathe in 5s"),
        "{}",
        after.stdout
    );
    assert!(
        after.stdout.contains("BREATHE: Breathe out 8s"),
        "{}",
        after.stdout
    );
    // Two breaths of 13 s: the counted step lasts as long as they take.
    assert!(after.stdout.contains("(breathe 26s)"), "{}", after.stdout);
    // A routine with a [breathing] of its own keeps it.
    let own = sandbox.scratch_file(
        "own.toml",
        &format!("{BREATHS}\n[breathing]\ninhale = \"3s\"\nexhale = \"6s\"\n"),
    );
    let own = run(&sandbox, own.to_str().expect("a UTF-8 path"), "n\ns\n");
    assert!(
        own.stdout.contains("BREATHE: Breathe in 3s"),
        "{}",
        own.stdout
    );
    assert!(own.stdout.contains("(breathe 18s)"), "{}", own.stdout);
}

#[test]
fn a_pattern_too_slow_for_a_counted_step_keeps_knead_pace_and_says_so() {
    let sandbox = Sandbox::new();
    let counted = sandbox.scratch_file(
        "many.toml",
        "format = 1\ntitle = \"Many breaths\"\n\n[[step]]\nkind = \"breathe\"\nbreaths = 60\n",
    );
    sandbox.write_config(
        "[breathing]\ninhale = \"15s\"\nexhale = \"15s\"\nhold_in = \"15s\"\nhold_out = \"15s\"\n",
    );
    let ran = run(&sandbox, counted.to_str().expect("a UTF-8 path"), "n\nx\n");
    assert!(
        ran.stdout.contains(
            "NOTICE: your breathing pattern would make this routine's counted breaths too long"
        ),
        "{}",
        ran.stdout
    );
    assert!(ran.stdout.contains("(breathe 10m)"), "{}", ran.stdout);
}

#[test]
fn knead_alone_reads_the_settings_before_the_session() {
    let sandbox = Sandbox::new();
    sandbox.write_config("sound = maybe\n");
    let output = sandbox
        .knead()
        .write_stdin("1\n")
        .timeout(Duration::from_secs(20))
        .output()
        .expect("knead ran");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let shown = notices(&stdout);
    assert_eq!(shown.len(), 1, "{stdout}");
    assert!(
        shown[0].contains("config.toml:1:9: error: invalid TOML"),
        "{}",
        shown[0]
    );
    assert!(stdout.contains("SCREEN:"), "{stdout}");
}
