//! A damaged journal: torn and garbage lines are skipped with warnings, the
//! rest is read, the file is never rewritten, and appends stay readable.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::Path;

use jiff::Timestamp;
use knead::journal::{self, Event, Journal, RecordedOutcome};

fn at(text: &str) -> Timestamp {
    text.parse().expect("a test timestamp")
}

fn start(routine: &str) -> Event {
    Event::Start {
        routine: routine.into(),
        title: "A routine".into(),
        hash: "sha256:00".into(),
        planned_seconds: 60,
        preview: false,
    }
}

fn end() -> Event {
    Event::End {
        outcome: RecordedOutcome::Completed,
        step: None,
    }
}

/// Two complete sessions, `first` then `second`.
fn two_sessions(path: &Path) {
    for (routine, day) in [("first", "21"), ("second", "22")] {
        let mut journal = Journal::open(path).expect("open");
        let begin = at(&format!("2026-11-{day}T07:30:00Z"));
        journal.append_at(&start(routine), begin).expect("start");
        journal
            .append_at(&end(), at(&format!("2026-11-{day}T07:31:00Z")))
            .expect("end");
    }
}

fn append_raw(path: &Path, bytes: &[u8]) {
    let mut file = OpenOptions::new()
        .append(true)
        .open(path)
        .expect("open raw");
    file.write_all(bytes).expect("write raw");
}

#[test]
fn a_torn_last_line_is_skipped_with_a_warning_and_left_in_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    two_sessions(&path);
    // Cut the file in the middle of its last line, as a kill mid-write would.
    let bytes = fs::read(&path).expect("read");
    let torn = &bytes[..bytes.len() - 20];
    fs::write(&path, torn).expect("truncate");

    let (records, warnings) = journal::read(&path).expect("read");
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].outcome, RecordedOutcome::Completed);
    assert_eq!(
        records[1].outcome,
        RecordedOutcome::Unfinished,
        "its end line was torn"
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].line, 4);
    assert!(
        warnings[0].to_string().contains("incomplete last line"),
        "{}",
        warnings[0]
    );
    assert_eq!(
        fs::read(&path).expect("read"),
        torn,
        "reading never changes the file"
    );
}

#[test]
fn an_append_after_a_torn_line_starts_on_a_new_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    two_sessions(&path);
    append_raw(&path, br#"{"at":"2026-11-23T07:30:00Z","sess"#);
    let mut journal = Journal::open(&path).expect("open");
    journal
        .append_at(&start("third"), at("2026-11-23T08:00:00Z"))
        .expect("append");

    let (records, warnings) = journal::read(&path).expect("read");
    assert_eq!(
        records
            .iter()
            .map(|r| r.routine.as_str())
            .collect::<Vec<_>>(),
        ["first", "second", "third"]
    );
    assert_eq!(warnings.len(), 1, "only the torn line: {warnings:?}");
    assert_eq!(warnings[0].line, 5);
}

#[test]
fn garbage_lines_in_the_middle_are_skipped_and_the_rest_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let mut journal = Journal::open(&path).expect("open");
    journal
        .append_at(&start("first"), at("2026-11-21T07:30:00Z"))
        .expect("start");
    let session = journal.session().0.clone();
    append_raw(&path, b"not json at all\n");
    append_raw(&path, b"\xff\xfe binary \x00 bytes\n");
    append_raw(&path, b"\n");
    let future =
        format!(r#"{{"at":"2026-11-21T07:31:00Z","session":"{session}","event":"teleport"}}"#);
    let too_hard = format!(
        r#"{{"at":"2026-11-21T07:31:00Z","session":"{session}","event":"pressure","step":0,"point":"end","rating":11}}"#
    );
    let no_start =
        r#"{"at":"2026-11-21T07:31:00Z","session":"ghost","event":"end","outcome":"completed"}"#;
    append_raw(
        &path,
        format!("{future}\n{too_hard}\n{no_start}\n").as_bytes(),
    );
    journal
        .append_at(&end(), at("2026-11-21T07:32:00Z"))
        .expect("end");
    two_sessions(&path);

    let (records, warnings) = journal::read(&path).expect("read");
    assert_eq!(records.len(), 4, "{records:#?}");
    assert_eq!(
        records[0].outcome,
        RecordedOutcome::Completed,
        "the end after the garbage counts"
    );
    assert_eq!(records[0].seconds, 120);
    let ghost = records.iter().find(|r| r.session.0 == "ghost");
    assert!(
        ghost.is_some_and(|g| g.outcome == RecordedOutcome::Completed && g.routine.is_empty()),
        "a session without a start keeps its lines: {ghost:?}"
    );
    let lines: Vec<usize> = warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [2, 3, 5, 6, 7], "{warnings:?}");
    let text: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert!(text[2].contains("teleport"), "{}", text[2]);
    assert!(text[3].contains("0-10"), "{}", text[3]);
    assert!(
        text[4].contains("session ghost has no readable start line"),
        "{}",
        text[4]
    );
}

#[test]
fn events_that_make_no_sense_are_warned_about() {
    let text = concat!(
        r#"{"at":"2026-11-21T07:30:00Z","session":"s","event":"start","routine":"r","title":"t","hash":"h","planned_seconds":1}"#,
        "\n",
        r#"{"at":"2026-11-21T07:30:01Z","session":"s","event":"start","routine":"r","title":"t","hash":"h","planned_seconds":1}"#,
        "\n",
        r#"{"at":"2026-11-21T07:30:02Z","session":"s","event":"pressure","step":3,"point":"end","rating":2}"#,
        "\n",
        r#"{"at":"2026-11-21T07:30:03Z","session":"s","event":"end","outcome":"completed"}"#,
        "\n",
        r#"{"at":"2026-11-21T07:30:04Z","session":"s","event":"end","outcome":"interrupted"}"#,
        "\n",
    );
    let (records, warnings) = journal::parse(text.as_bytes());
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].outcome, RecordedOutcome::Completed);
    let lines: Vec<usize> = warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [2, 3, 5], "{warnings:?}");
}
