//! The exit codes the README promises scripts: 0 done, 2 invalid routine or
//! usage, 3 stopped early (130, a signal, is in `processes.rs`).

use predicates::prelude::*;

use super::runs::{ANSWERS, ROUTINE};
use crate::support::sandbox::Sandbox;

/// Runs the bundled routine with these answers; returns stdout, checking
/// the exit code and the outcome the journal recorded.
#[track_caller]
fn stops(answers: &str, code: i32, outcome: &str) -> String {
    let sandbox = Sandbox::new();
    let output = sandbox
        .run_fast(ROUTINE, answers)
        .output()
        .expect("knead runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(output.status.code(), Some(code), "{stdout}");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    let sessions = sandbox.history_json(&[]);
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["outcome"], outcome);
    stdout
}

#[test]
fn completed_is_0() {
    stops(ANSWERS, 0, "completed");
}

#[test]
fn yes_at_the_screening_is_3() {
    let stdout = stops("y\n1\n", 3, "stopped_at_screening");
    assert!(!stdout.contains("STEP:"));
}

#[test]
fn yes_at_a_check_in_is_3() {
    let stdout = stops("n\ny\n", 3, "stopped_for_safety");
    assert!(stdout.contains("STOPPED: Release the pressure now"));
}

#[test]
fn x_at_a_question_is_3() {
    stops("n\nx\n", 3, "stopped_by_person");
    stops("n\nn\n5\nstop\n", 3, "stopped_by_person");
}

#[test]
fn end_of_input_at_a_question_is_3() {
    // Ending at the screening is in `endings.rs`: nothing to release there.
    for answers in ["n\n", "n\nn\n", "n\nn\n5\n"] {
        let stdout = stops(answers, 3, "unanswered");
        assert!(
            stdout.ends_with("STOPPED: Release the pressure now: roll off the roller. No answer came, so the session stopped.\n"),
            "{answers:?}: {stdout}"
        );
    }
}

#[test]
fn an_unknown_routine_is_2() {
    Sandbox::new()
        .run_fast("foam-roll-glute", ANSWERS)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "no routine named `foam-roll-glute`: did you mean `foam-roll-glutes`?",
        ));
}

#[test]
fn an_invalid_routine_file_is_2() {
    let sandbox = Sandbox::new();
    let path = sandbox.scratch_file(
        "broken.toml",
        "format = 1\ntitle = \"Broken\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold\"\nduraton = \"30s\"\n",
    );
    sandbox
        .run_fast(&path.display().to_string(), ANSWERS)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("broken.toml:7:1"))
        .stderr(predicate::str::contains("duration"));
    // Nothing ran, so nothing was recorded.
    assert!(sandbox.journal_lines().is_empty());
}

#[test]
fn a_speed_out_of_range_is_a_usage_error() {
    for speed in ["0", "5000", "-1", "fast"] {
        Sandbox::new()
            .knead()
            .args(["run", ROUTINE, "--plain", "--mute"])
            .arg(format!("--speed={speed}"))
            .write_stdin(ANSWERS)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("--speed"));
    }
}

#[test]
fn the_fast_flags_are_accepted_at_their_limits() {
    for speed in ["1000", "1"] {
        // Stopped at the screening, so even speed 1 ends at once.
        Sandbox::new()
            .knead()
            .args(["run", ROUTINE, "--plain", "--mute", "--speed", speed])
            .write_stdin("y\n2\n")
            .assert()
            .code(3);
    }
}
