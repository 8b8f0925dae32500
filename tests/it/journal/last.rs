//! The routine the picker opens on: the last session's, read from the
//! journal's end only, damage and all.

use std::fmt::Write as _;

use knead::journal::last_routine;

fn start(session: &str, routine: &str) -> String {
    format!(
        r#"{{"at":"2026-11-21T07:30:00Z","session":"{session}","event":"start","routine":"{routine}","title":"T","hash":"sha256:0","planned_seconds":60}}"#
    ) + "\n"
}

fn step(session: &str, index: usize) -> String {
    format!(
        r#"{{"at":"2026-11-21T07:31:00Z","session":"{session}","event":"step","index":{index},"kind":"hold","title":"Hold","planned_seconds":30,"seconds":30}}"#
    ) + "\n"
}

#[test]
fn the_last_start_names_the_routine_even_after_a_torn_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal.jsonl");
    assert_eq!(last_routine(&path), None, "no journal, no answer");
    let mut text = start("a", "foam-roll-glutes") + &step("a", 0);
    text += &start("b", "piriformis-tennis-ball");
    text += &step("b", 0);
    text += r#"{"at":"2026-11-21T07:32:00Z","session":"b","ev"#;
    std::fs::write(&path, &text).expect("journal written");
    assert_eq!(
        last_routine(&path).as_deref(),
        Some("piriformis-tennis-ball")
    );
}

#[test]
fn a_long_last_session_is_read_back_past_the_first_look() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal.jsonl");
    let mut text = start("a", "foam-roll-glutes");
    text += &start("b", "wall-ball-glute-standing");
    // About 150 KB of steps after the start: more than the first 64 KiB.
    for index in 0..1000 {
        let _ = write!(text, "{}", step("b", index));
    }
    assert!(text.len() > 100_000);
    std::fs::write(&path, &text).expect("journal written");
    assert_eq!(
        last_routine(&path).as_deref(),
        Some("wall-ball-glute-standing")
    );
}

#[test]
fn a_journal_that_is_not_a_file_is_no_answer() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(last_routine(dir.path()), None);
}
