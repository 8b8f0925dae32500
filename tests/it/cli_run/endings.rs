//! How a plain session ends when nobody (or nothing sensible) answers, and
//! the exit code each signal gives: 128 + its number. Before the first step
//! nothing was pressed, so nothing is released and no session is saved.

use std::fs::File;
use std::process::Stdio;
use std::time::Duration;

use super::processes::Spawned;
use super::runs::{ROUTINE, wait_until};
use crate::support::sandbox::Sandbox;

#[test]
fn sighup_mid_step_is_129() {
    let sandbox = Sandbox::new();
    let mut knead = Spawned::run(&sandbox, "10");
    assert!(knead.wait_for_line("SCREEN: Does any"), "{:?}", knead.seen);
    knead.send("n\n");
    assert!(knead.wait_for_line("STEP: 1. "), "{:?}", knead.seen);
    knead.signal("HUP");
    let (status, lines, _) = knead.finish();
    assert_eq!(status.code(), Some(129), "{lines:?}");
    assert_eq!(sandbox.history_json(&[])[0]["outcome"], "interrupted");
}

#[test]
fn a_signal_at_the_screening_saves_nothing_and_releases_nothing() {
    let sandbox = Sandbox::new();
    let mut knead = Spawned::run(&sandbox, "1000");
    assert!(knead.wait_for_line("SCREEN: Does any"), "{:?}", knead.seen);
    knead.signal("INT");
    let (status, lines, stderr) = knead.finish();
    assert_eq!(status.code(), Some(130), "{lines:?}");
    assert_eq!(stderr, "");
    assert_eq!(
        lines.last().map(String::as_str),
        Some("STOPPED: Interrupted before the first step.")
    );
    assert!(!lines.iter().any(|l| l.contains("Release")), "{lines:?}");
    assert_eq!(sandbox.history_json(&[]), Vec::<serde_json::Value>::new());
    assert_eq!(sandbox.journal(), "");
}

#[test]
fn input_ending_at_the_screening_saves_nothing_and_releases_nothing() {
    let sandbox = Sandbox::new();
    let output = sandbox.run_fast(ROUTINE, "").output().expect("knead runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(3), "{stdout}");
    assert!(
        stdout.ends_with("STOPPED: No answer came, so the session did not start.\n"),
        "{stdout}"
    );
    assert!(!stdout.contains("Release"), "{stdout}");
    assert_eq!(sandbox.history_json(&[]), Vec::<serde_json::Value>::new());
}

#[test]
fn endless_input_that_answers_nothing_stops_as_unanswered() {
    let sandbox = Sandbox::new();
    let mut child = sandbox
        .std_knead()
        .args(["run", ROUTINE, "--plain", "--speed", "1000", "--mute"])
        .stdin(File::open("/dev/zero").expect("/dev/zero"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("knead starts");
    let mut status = None;
    let ended = wait_until(Duration::from_secs(20), || {
        status = child.try_wait().ok().flatten();
        status.is_some()
    });
    if !ended {
        let _ = child.kill();
        let _ = child.wait();
    }
    assert!(ended, "knead read /dev/zero for ever");
    let output = child.wait_with_output().expect("output");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(status.and_then(|s| s.code()), Some(3), "{stdout}");
    assert!(
        stdout.contains("NOTICE: 20 answers in a row were not valid"),
        "{stdout}"
    );
    assert!(stdout.contains("STOPPED: No answer came"), "{stdout}");
}

#[test]
fn only_question_lines_end_with_an_answer_hint() {
    let sandbox = Sandbox::new();
    let routine = sandbox.scratch_file(
        "hinted.toml",
        r#"
format = 1
title = "Looks like a question [y/n]"
tools = ["hands"]
before = ["Ready? [y/n]"]

[[step]]
kind = "setup"
title = "Get ready [1-4]"
cue = "Sit down. [b/s/w]"
duration = "2s"
"#,
    );
    let output = sandbox
        .knead()
        .arg("run")
        .arg(&routine)
        .args(["--plain", "--speed", "1000", "--mute"])
        .write_stdin("n\nb\n")
        .timeout(Duration::from_secs(20))
        .output()
        .expect("knead runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    let hinted: Vec<&str> = stdout.lines().filter(|l| l.ends_with(']')).collect();
    assert_eq!(hinted.len(), 2, "{stdout}");
    assert!(hinted[0].starts_with("SCREEN: Does any"), "{stdout}");
    assert!(hinted[1].starts_with("AFTER: "), "{stdout}");
    assert!(stdout.contains("CUE: Sit down.\n"), "{stdout}");
}
