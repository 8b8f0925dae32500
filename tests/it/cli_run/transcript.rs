//! A whole session through the binary: what a script (or a screen reader)
//! gets on stdout, line by line.

use serde_json::{Value, json};

use super::runs::{ANSWERS, ROUTINE, test_routine};
use crate::support::sandbox::{SHORT_REST, Sandbox};

/// The transcript without check-in reminders: at `--speed 1000` a reminder is
/// due 15 ms after a check-in, so on a busy machine one may come before the
/// piped answer is read. That is the product keeping time; the rest is fixed.
fn without_reminders(stdout: &[u8]) -> String {
    String::from_utf8_lossy(stdout)
        .lines()
        .filter(|line| !line.starts_with("NOTICE: Still waiting for your answer"))
        .map(|line| format!("{line}\n"))
        .collect()
}

#[test]
fn a_bundled_routine_runs_to_the_end_with_a_stable_transcript() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .run_fast(ROUTINE, ANSWERS)
        .output()
        .expect("knead runs");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    let text = without_reminders(&output.stdout);
    assert_eq!(
        text.lines().next(),
        Some("ROUTINE: Foam roll the glutes (10 steps, about 6m50s)")
    );
    assert!(text.contains(
        "\nDONE: Routine complete: 10 steps, 6m50s of practice. 6 check-ins, all clear. \
         Pressure: 5, 4. Saved to your history.\n"
    ));
    assert!(
        text.ends_with("[b/s/w]\n"),
        "the last line is the post-session question"
    );
    // Stable: a second run prints the same, byte for byte.
    let again = Sandbox::new()
        .run_fast(ROUTINE, ANSWERS)
        .output()
        .expect("knead runs");
    assert_eq!(without_reminders(&again.stdout), text);
    insta::assert_snapshot!(text);
}

#[test]
fn a_routine_given_as_a_path_runs() {
    let sandbox = Sandbox::new();
    let answers = "n\n\nn\n3\n\nn\n4\nn\n\nn\n5\nn\n6\ns\n";
    let output = sandbox
        .run_fast(&test_routine().display().to_string(), answers)
        .output()
        .expect("knead runs");
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        text.lines().next(),
        Some("ROUTINE: Plain mode test routine (8 steps, about 3m47s)")
    );
    assert!(text.contains("DONE: Routine complete: 8 steps"));
    let sessions = sandbox.history_json(&[]);
    assert_eq!(sessions.len(), 1);
    // A path's id is the file name without `.toml`.
    assert_eq!(sessions[0]["routine"], "plain-session");
    assert_eq!(sessions[0]["outcome"], "completed");
    assert_eq!(sessions[0]["post_check"], "same");
}

#[test]
fn answers_typed_ahead_wait_for_their_question() {
    // A script may pipe every answer at once: lines that arrive while a step
    // runs are kept for the next question, never taken as "found it" early
    // or lost.
    let sandbox = Sandbox::new();
    sandbox.completed_run();
    let sessions = sandbox.history_json(&[]);
    let ratings: Vec<Value> = sessions[0]["check_ins"]
        .as_array()
        .expect("check-ins")
        .iter()
        .map(|c| c["pressure"].clone())
        .collect();
    // Rated at the first roll of each side only (review S13).
    assert_eq!(Value::Array(ratings), json!([5, null, null, 4, null, null]));
}

#[test]
fn the_first_run_notice_shows_once_then_the_short_one() {
    let sandbox = Sandbox::new();
    // The first notice, after the routine's `BEFORE:` lines.
    let first_notice = |answers: &str| {
        let output = sandbox
            .run_fast(ROUTINE, answers)
            .output()
            .expect("knead runs");
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        let notice = text.lines().find(|l| l.starts_with("NOTICE: "));
        notice.unwrap_or_default().to_owned()
    };
    // Input that ends at the screening has not acknowledged the notice.
    assert!(first_notice("").starts_with("NOTICE: knead guides you"));
    assert!(first_notice("y\n1\n").starts_with("NOTICE: knead guides you"));
    assert_eq!(
        first_notice("y\n1\n"),
        "NOTICE: A relaxation aid, not a treatment. Stay active, and stop if anything is new or worse."
    );
}

#[test]
fn with_no_home_at_all_the_first_run_notice_always_shows() {
    let sandbox = Sandbox::new();
    // A relative HOME and no XDG folders: nowhere to keep anything, so
    // nowhere to remember that the notice was read.
    for _ in 0..2 {
        let output = sandbox
            .run_fast(ROUTINE, "n\nx\n")
            .env_remove("XDG_DATA_HOME")
            .env_remove("XDG_CONFIG_HOME")
            .env("HOME", "not/absolute")
            .output()
            .expect("knead runs");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            text.lines()
                .any(|l| l.starts_with("NOTICE: knead guides you")),
            "{text}"
        );
    }
}

#[test]
fn two_pain_stops_bring_a_notice_before_the_next_session() {
    let sandbox = Sandbox::new();
    for _ in 0..2 {
        sandbox.run_fast(ROUTINE, "n\ny\n").assert().code(3);
    }
    let notice = "NOTICE: You stopped this routine, or one working the same area, for pain twice \
                  in the last two weeks. Please see a GP or physiotherapist before doing it again.";
    let next_session = || {
        let output = sandbox
            .run_fast(ROUTINE, "y\n1\n")
            .output()
            .expect("knead runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    // Runs at --speed are previews: an author trying a routine, not the
    // person's own sessions, so they bring no notice.
    let text = next_session();
    assert!(!text.contains(notice), "{text}");
    // The same two stops as real sessions do.
    let journal = std::fs::read_to_string(sandbox.journal_path()).expect("journal");
    std::fs::write(
        sandbox.journal_path(),
        journal.replace(",\"preview\":true", ""),
    )
    .expect("journal written");
    let text = next_session();
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| *l == notice);
    let screening = lines.iter().position(|l| l.starts_with("SCREEN: "));
    assert!(at.is_some() && at < screening, "{text}");
}

#[test]
fn an_unanswered_post_session_question_is_asked_at_the_next_launch() {
    let sandbox = Sandbox::new();
    // Speed 5 is a real session done faster, not a preview: it counts.
    let short = sandbox.scratch_file("short.toml", SHORT_REST);
    let run = |answers: &str| sandbox.run_counted(&short, answers);
    // Input ends at the better / same / worse question.
    assert!(run("n\n").contains("\nAFTER: "));
    // "worse", no new symptoms (review S15), no at the screening, better.
    let next = run("w\nn\nn\nb\n");
    let first = next.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("AFTER: About your last session, Short rest (")
            && first.ends_with("do you feel better, the same or worse? [b/s/w]"),
        "{next}"
    );
    assert!(
        next.lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("NOTICE: Bad sore")),
        "{next}"
    );
    let sessions = sandbox.history_json(&[]);
    assert_eq!(sessions.len(), 2);
    assert_eq!(sessions[0]["post_check"], "worse");
    assert_eq!(sessions[1]["post_check"], "better");
    // Answered now, so the launch after asks nothing about it.
    assert!(run("n\nb\n").starts_with("ROUTINE: "));
}
