//! Two writers at once never interleave partial lines.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;

use knead::journal::{self, Event, Journal};

const EVENTS: usize = 500;

/// The environment variable that turns `child_writer` into a real writer.
const CHILD_PATH: &str = "KNEAD_TEST_JOURNAL_CHILD";

/// Appends a start and `EVENTS` long step lines, so a torn write would show.
fn write_session(path: &Path, name: &str) {
    let mut journal = Journal::open(path).expect("open");
    let start = Event::Start {
        routine: name.into(),
        title: name.repeat(200).into(),
        hash: "sha256:00".into(),
        planned_seconds: 1,
        preview: false,
    };
    journal.append(&start).expect("start");
    for index in 0..EVENTS {
        let step = Event::Step {
            index,
            kind: "hold".into(),
            title: format!("{name} {}", "x".repeat(3000)).into(),
            side: None,
            planned_seconds: 1,
            seconds: 1,
        };
        journal.append(&step).expect("append");
    }
}

#[track_caller]
fn assert_two_whole_sessions(path: &Path) {
    let text = std::fs::read_to_string(path).expect("read");
    assert_eq!(text.lines().count(), 2 * (EVENTS + 1));
    for line in text.lines() {
        serde_json::from_str::<journal::Line>(line).expect("every line parses");
    }
    let (records, warnings) = journal::read(path).expect("read");
    assert_eq!(warnings, []);
    assert_eq!(records.len(), 2);
    assert!(records.iter().all(|r| r.steps.len() == EVENTS));
}

#[test]
fn two_threads_appending_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    thread::scope(|scope| {
        scope.spawn(|| write_session(&path, "alpha"));
        scope.spawn(|| write_session(&path, "beta"));
    });
    assert_two_whole_sessions(&path);
}

#[test]
fn two_processes_appending_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("journal.jsonl");
    let exe = std::env::current_exe().expect("the test binary");
    let spawn = |name: &str| {
        Command::new(&exe)
            .args([
                "--exact",
                "journal::writers::child_writer",
                "--ignored",
                "--test-threads=1",
            ])
            .env(CHILD_PATH, &path)
            .env("KNEAD_TEST_JOURNAL_NAME", name)
            // Keep the child harness's own summary out of this run's output.
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn a writer")
    };
    let children = [spawn("alpha"), spawn("beta")];
    for child in children {
        let output = child.wait_with_output().expect("wait");
        assert!(
            output.status.success(),
            "a writer failed:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert_two_whole_sessions(&path);
}

/// Not a test on its own: the body of each writer process above.
#[test]
#[ignore = "run by two_processes_appending_at_once"]
fn child_writer() {
    let Some(path) = std::env::var_os(CHILD_PATH).map(PathBuf::from) else {
        return;
    };
    let name = std::env::var("KNEAD_TEST_JOURNAL_NAME").expect("a writer name");
    write_session(&path, &name);
}
