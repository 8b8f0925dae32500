//! A journal another program holds locked (issue 14): cues are journaled
//! before they are shown, but a held lock must never make a safety
//! question late. The events wait in memory and land once it is free.

use std::fs::OpenOptions;
use std::time::{Duration, Instant};

use super::processes::Spawned;
use super::runs::events;
use crate::support::sandbox::{SHORT_REST, Sandbox};

#[test]
fn a_held_journal_lock_never_delays_the_check_in() {
    let sandbox = Sandbox::new();
    sandbox.write_journal("");
    let held = OpenOptions::new()
        .read(true)
        .write(true)
        .open(sandbox.journal_path())
        .expect("journal opens");
    held.lock().expect("the test holds the lock");
    let mut knead = Spawned::run(&sandbox, "20");
    assert!(knead.wait_for_line("SCREEN: Does any"), "{:?}", knead.seen);
    let answered = Instant::now();
    knead.send("n\n");
    assert!(knead.wait_for_line("CHECKIN: "), "{:?}", knead.seen);
    // A 30 s setup and a 1 min roll: 4.5 s at speed 20, plus some slack
    // for a loaded machine; each cue waiting on the lock would add up.
    let took = answered.elapsed();
    assert!(took < Duration::from_secs(7), "{took:?}: {:?}", knead.seen);
    let busy = knead
        .seen
        .iter()
        .filter(|l| l.starts_with("NOTICE: the journal is in use by another program"))
        .count();
    assert_eq!(busy, 1, "said once: {:?}", knead.seen);
    held.unlock().expect("released");
    knead.send("y\n");
    knead.stdin = None;
    let (status, lines, stderr) = knead.finish();
    assert_eq!(status.code(), Some(3), "{lines:?}");
    assert_eq!(stderr, "");
    // Everything held back landed, in order, once.
    let journal = sandbox.journal_lines();
    let events = events(&journal);
    assert_eq!(
        events[..4],
        ["start", "screening", "conditions", "step"],
        "{events:?}"
    );
    assert_eq!(events.iter().filter(|e| **e == "start").count(), 1);
    assert!(events.contains(&"check_in"), "{events:?}");
    assert_eq!(events.last(), Some(&"end"), "{events:?}");
}

#[test]
fn a_held_journal_lock_never_delays_the_screening_after_a_late_answer() {
    let sandbox = Sandbox::new();
    // Speed 5 is a real session done faster, not a preview: it counts.
    let short = sandbox.scratch_file("short.toml", SHORT_REST);
    let run = |answers: &str| sandbox.run_counted(&short, answers);
    // Input ends at the better / same / worse question, asked next launch.
    assert!(run("n\n").contains("\nAFTER: "));
    let held = OpenOptions::new()
        .read(true)
        .write(true)
        .open(sandbox.journal_path())
        .expect("journal opens");
    held.lock().expect("the test holds the lock");
    let started = Instant::now();
    let next = run("b\nn\ns\n");
    let took = started.elapsed();
    // The session is 0.4 s; the late answer used to wait 10 s for the lock.
    assert!(took < Duration::from_secs(8), "{took:?}: {next}");
    assert!(next.contains("is in use by another program"), "{next}");
    assert!(next.contains("\nDONE: "), "{next}");
}
