//! Piped answers as a script sends them (issue 14): every line counts, in
//! its order, whatever bytes it holds.

use super::runs::{ANSWERS, ROUTINE, events};
use crate::support::sandbox::Sandbox;

#[test]
fn a_line_that_is_not_utf8_is_asked_again_not_the_end_of_input() {
    let sandbox = Sandbox::new();
    // The first check-in gets "n" then a byte that is not UTF-8: an answer
    // that is not valid, so the question is asked again and "n" answers it.
    let mut answers = b"n\nn\xe9\n".to_vec();
    answers.extend(ANSWERS.strip_prefix("n\n").unwrap_or(ANSWERS).bytes());
    let output = sandbox
        .run_fast(ROUTINE, "")
        .write_stdin(answers)
        .output()
        .expect("knead runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(!stdout.contains("No answer came"), "{stdout}");
    assert_eq!(sandbox.history_json(&[])[0]["outcome"], "completed");
}

#[test]
fn a_piped_stop_waits_for_the_answers_queued_before_it() {
    let sandbox = Sandbox::new();
    // Screening, then the first check-in's "n" and its rating, then x: the
    // x comes after both answers, so the check-in is answered first.
    let output = sandbox
        .run_fast(ROUTINE, "n\nn\n5\nx\n")
        .output()
        .expect("knead runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(3), "{stdout}");
    let lines = sandbox.journal_lines();
    let events = events(&lines);
    assert!(
        events.contains(&"check_in") && events.contains(&"pressure"),
        "{events:?}\n{stdout}"
    );
    assert_eq!(sandbox.history_json(&[])[0]["outcome"], "stopped_by_person");
}
