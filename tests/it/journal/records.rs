//! The journal on disk: appending, reading back, and surviving damage.

use std::fs;
use std::path::Path;

use jiff::Timestamp;
use knead::journal::{
    self, CheckPoint, Event, Feeling, Journal, PressureRating, Rating, RecordedOutcome, YesNo,
};

fn at(text: &str) -> Timestamp {
    text.parse().expect("a test timestamp")
}

fn start() -> Event {
    Event::Start {
        routine: "piriformis-tennis-ball".into(),
        title: "Piriformis release with a ball".into(),
        hash: journal::content_hash(b"format = 1").into(),
        planned_seconds: 720,
        preview: false,
    }
}

fn step(index: usize, seconds: u64) -> Event {
    Event::Step {
        index,
        kind: "hold".into(),
        title: "Hold a tender spot".into(),
        side: Some("left".into()),
        planned_seconds: 45,
        seconds,
    }
}

/// A session killed after two steps: a start and two step lines, no end.
fn write_killed_session(path: &Path) -> Journal {
    let mut journal = Journal::open(path).expect("open");
    journal
        .append_at(&start(), at("2026-11-21T07:30:00Z"))
        .expect("start");
    journal
        .append_at(&step(0, 45), at("2026-11-21T07:30:45Z"))
        .expect("step");
    journal
        .append_at(&step(1, 50), at("2026-11-21T07:31:40Z"))
        .expect("step");
    journal
}

#[test]
fn a_session_round_trips_with_everything_it_recorded() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The folder does not exist yet: opening creates it.
    let path = dir.path().join("data/knead/journal.jsonl");
    let mut journal = Journal::open(&path).expect("open");
    let events = [
        ("2026-11-21T07:30:00Z", start()),
        (
            "2026-11-21T07:30:05Z",
            Event::Screening {
                answer: YesNo::No,
                group: None,
            },
        ),
        ("2026-11-21T07:30:50Z", step(0, 45)),
        (
            "2026-11-21T07:30:52Z",
            Event::CheckIn {
                step: 0,
                point: CheckPoint::End,
                answer: YesNo::No,
            },
        ),
        (
            "2026-11-21T07:30:55Z",
            Event::Pressure {
                step: 0,
                point: CheckPoint::End,
                rating: PressureRating::new(4),
                advice: None,
            },
        ),
        (
            "2026-11-21T07:42:30Z",
            Event::End {
                outcome: RecordedOutcome::Completed,
                step: None,
            },
        ),
        (
            "2026-11-21T07:42:40Z",
            Event::PostCheck {
                answer: Feeling::Better,
            },
        ),
    ];
    for (time, event) in &events {
        journal.append_at(event, at(time)).expect("append");
    }

    let text = fs::read_to_string(&path).expect("read the file");
    assert_eq!(text.lines().count(), events.len(), "one line per event");
    for line in text.lines() {
        let value: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(value["session"], journal.session().0.as_str());
        assert!(
            value["at"].is_string() && value["event"].is_string(),
            "{line}"
        );
    }

    let (records, warnings) = journal::read(&path).expect("read");
    assert_eq!(warnings, []);
    let [record] = records.as_slice() else {
        panic!("one session, got {records:?}")
    };
    assert_eq!(record.session, *journal.session());
    assert_eq!(record.routine, "piriformis-tennis-ball");
    assert_eq!(record.hash, journal::content_hash(b"format = 1"));
    assert_eq!(record.started, at("2026-11-21T07:30:00Z"));
    assert_eq!(record.ended, Some(at("2026-11-21T07:42:30Z")));
    assert_eq!(record.seconds, 750);
    assert_eq!(record.outcome, RecordedOutcome::Completed);
    assert_eq!(record.screening.as_ref().map(|s| s.answer), Some(YesNo::No));
    assert_eq!(record.steps.len(), 1);
    assert_eq!(record.steps[0].seconds, 45);
    assert_eq!(record.check_ins.len(), 1);
    assert_eq!(
        record.check_ins[0].pressure,
        Rating::Rated(PressureRating::new(4).expect("4"))
    );
    assert_eq!(record.post_check, Some(Feeling::Better));
}

#[test]
fn append_stamps_the_current_time_to_the_second() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let before = Timestamp::now().as_second();
    Journal::open(&path)
        .expect("open")
        .append(&start())
        .expect("append");
    let (records, _) = journal::read(&path).expect("read");
    let started = records[0].started;
    assert_eq!(started.subsec_nanosecond(), 0);
    assert!((before..=before + 5).contains(&started.as_second()));
}

#[test]
fn a_killed_session_keeps_its_steps_and_reads_as_unfinished() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    drop(write_killed_session(&path));
    let (records, warnings) = journal::read(&path).expect("read");
    assert_eq!(warnings, []);
    let [record] = records.as_slice() else {
        panic!("one session, got {records:?}")
    };
    assert_eq!(record.outcome, RecordedOutcome::Unfinished);
    assert_eq!(record.ended, None);
    assert_eq!(
        record.steps.iter().map(|s| s.seconds).collect::<Vec<_>>(),
        [45, 50]
    );
    // Its time runs to the last event written.
    assert_eq!(record.seconds, 100);
}

#[test]
fn sessions_get_distinct_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let first = Journal::open(&path).expect("open");
    let second = Journal::open(&path).expect("open");
    assert_ne!(first.session(), second.session());
}

#[test]
fn a_late_post_check_joins_its_session_without_stretching_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let session = write_killed_session(&path).session().clone();
    let mut next_launch = Journal::resume(&path, session).expect("resume");
    let answer = Event::PostCheck {
        answer: Feeling::Same,
    };
    next_launch
        .append_at(&answer, at("2026-11-22T09:00:00Z"))
        .expect("append");
    let (records, _) = journal::read(&path).expect("read");
    assert_eq!(records[0].post_check, Some(Feeling::Same));
    assert_eq!(records[0].seconds, 100);
}

#[test]
fn a_missing_journal_is_an_empty_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (records, warnings) = journal::read(&dir.path().join("none.jsonl")).expect("read");
    assert!(records.is_empty() && warnings.is_empty());
}

#[test]
fn the_default_path_is_in_the_data_folder() {
    let path = Journal::default_path().expect("a home folder on test machines");
    assert!(path.ends_with("knead/journal.jsonl"), "{}", path.display());
    // Run with XDG_DATA_HOME=/some/dir to check that it is honoured.
    if let Some(data) = std::env::var_os("XDG_DATA_HOME").filter(|d| Path::new(d).is_absolute()) {
        assert!(path.starts_with(data), "{}", path.display());
    }
}
