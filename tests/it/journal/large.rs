//! A large journal: a line of several megabytes reads like any other, and
//! bad lines spread through the file are summed up in one warning that
//! points at the first of them.

use std::fmt::Write;

use jiff::{SignedDuration, Timestamp};
use knead::journal::{self, Event, Line, RecordedOutcome, SessionId};

const SESSIONS: usize = 20_000;

fn line(session: usize, at: Timestamp, event: Event) -> String {
    let line = Line {
        at,
        session: SessionId(format!("s{session}").into()),
        event,
    };
    serde_json::to_string(&line).expect("encode") + "\n"
}

fn session_lines(n: usize, title: String) -> String {
    let start = Timestamp::UNIX_EPOCH + SignedDuration::from_hours(n as i64);
    let begin = Event::Start {
        routine: format!("routine-{}", n % 7).into(),
        title: title.into(),
        hash: "sha256:00".into(),
        planned_seconds: 60,
        preview: false,
    };
    let step = Event::Step {
        index: 0,
        kind: "hold".into(),
        title: "Hold a tender spot on the left side of the buttock".into(),
        side: Some("left".into()),
        planned_seconds: 60,
        seconds: 61,
    };
    let end = Event::End {
        outcome: RecordedOutcome::Completed,
        step: None,
    };
    line(n, start, begin)
        + &line(n, start + SignedDuration::from_secs(61), step)
        + &line(n, start + SignedDuration::from_secs(62), end)
}

#[test]
fn a_large_journal_reads_whole_and_sums_up_its_bad_lines() {
    let mut text = String::new();
    let mut bad_lines = Vec::new();
    let mut number = 0;
    for n in 0..SESSIONS {
        // One title of several megabytes.
        let title = if n == SESSIONS / 2 {
            "x".repeat(5 << 20)
        } else {
            format!("Routine {n}")
        };
        text.push_str(&session_lines(n, title));
        number += 3;
        if n % 3_001 == 17 {
            let _ = writeln!(text, "garbage after session {n}");
            number += 1;
            bad_lines.push(number);
        }
    }
    text.push_str(r#"{"at":"2026-11-21T07:30:00Z","sess"#);
    bad_lines.push(number + 1);

    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    std::fs::write(&path, &text).expect("write");
    let (records, warnings) = journal::read(&path).expect("read");

    assert_eq!(records.len(), SESSIONS);
    assert!(
        records
            .iter()
            .all(|r| r.outcome == RecordedOutcome::Completed && r.steps.len() == 1)
    );
    assert_eq!(records[SESSIONS / 2].title.len(), 5 << 20);
    let [warning] = warnings.as_slice() else {
        panic!("one summary: {warnings:?}")
    };
    assert_eq!(
        (warning.line, warning.count),
        (bad_lines[0], bad_lines.len())
    );
    assert!(warning.reason.contains("not a journal event"), "{warning}");
    assert_eq!(journal::parse(text.as_bytes()), (records, warnings));
}
