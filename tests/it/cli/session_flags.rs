//! `knead` alone takes the session flags `knead run` takes (issue 22) and
//! passes them to the routine picked: `--speed` shows in the journal (a
//! preview), and none of them is an unexpected argument.

use std::time::Duration;

use crate::support::sandbox::{SHORT_REST, Sandbox};

/// Every session flag, as `knead run` takes them.
const SESSION_FLAGS: [&str; 7] = [
    "--mute",
    "--no-breath-sounds",
    "--reduce-motion",
    "--high-contrast",
    "--voice",
    "--speed",
    "1000",
];

/// `knead ARGS --plain` picking `answer` from the numbered list: exit code
/// and stdout. The short rest is the only user routine, so it is number 1.
fn pick(sandbox: &Sandbox, args: &[&str], answers: &str) -> (Option<i32>, String) {
    sandbox.user_routine("short-rest.toml", SHORT_REST);
    let output = sandbox
        .knead_in_scratch()
        .args(args)
        .arg("--plain")
        // No speech program: `--voice` says so once and the session goes on.
        .env("PATH", "/nonexistent")
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .write_stdin(answers.to_owned())
        .timeout(Duration::from_secs(20))
        .output()
        .expect("knead runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn the_plain_picker_runs_the_routine_with_the_flags_given_to_knead() {
    let sandbox = Sandbox::new();
    let (code, stdout) = pick(&sandbox, &SESSION_FLAGS, "1\nn\nb\n");
    assert!(stdout.contains("PICK: 1. Short rest"), "{stdout}");
    assert!(stdout.contains("DONE:"), "{stdout}");
    assert_eq!(code, Some(0), "{stdout}");
    // Only --speed leaves a trace a script can read: a session run 1000
    // times faster is journalled as a preview.
    let journal = sandbox.journal();
    assert!(journal.contains("\"routine\":\"short-rest\""), "{journal}");
    assert!(journal.contains("\"preview\":true"), "{journal}");
}

#[test]
fn without_speed_the_picked_session_is_a_real_one() {
    let sandbox = Sandbox::new();
    let (code, stdout) = pick(&sandbox, &["--mute"], "1\nn\nb\n");
    assert_eq!(code, Some(0), "{stdout}");
    let journal = sandbox.journal();
    assert!(journal.contains("\"routine\":\"short-rest\""), "{journal}");
    assert!(!journal.contains("\"preview\":true"), "{journal}");
}

#[test]
fn session_flags_before_run_count_as_runs_own() {
    let sandbox = Sandbox::new();
    let routine = sandbox.scratch_file("rest.toml", SHORT_REST);
    sandbox
        .knead_in_scratch()
        .args(["--mute", "--speed", "1000", "run"])
        .arg(&routine)
        .arg("--plain")
        .write_stdin("n\nb\n")
        .timeout(Duration::from_secs(20))
        .assert()
        .success();
    assert!(sandbox.journal().contains("\"preview\":true"));
}

#[test]
fn knead_alone_and_knead_run_offer_the_same_session_flags() {
    let sandbox = Sandbox::new();
    let help = |args: &[&str]| {
        let output = sandbox
            .knead_in_scratch()
            .args(args)
            .output()
            .expect("help");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let (alone, run) = (help(&["--help"]), help(&["run", "--help"]));
    for flag in SESSION_FLAGS.iter().filter(|f| f.starts_with("--")) {
        assert!(alone.contains(flag), "`knead --help` lacks {flag}");
        assert!(run.contains(flag), "`knead run --help` lacks {flag}");
    }
}
