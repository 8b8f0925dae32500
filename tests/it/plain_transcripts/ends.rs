//! Sessions nobody finishes: input that ends at each kind of question, a
//! signal mid-step, a reader that goes away; and questions that wait
//! (reminders, answers that are not answers).

use crate::support::clock::ManualClock;
use std::io;
use std::time::{Duration, Instant};

use knead::coach::{self, Prepared};
use knead::journal::{self, Journal};
use knead::plain::PlainFace;
use knead::plain::driver::Wake;

use crate::support::scripted::Lines;
use knead::recorder::Recorder;
use knead::session::Outcome;
use knead::sound::{self, Clip};

use super::drivers::{Clock, ClosesAfter};
use super::support::{Journaled, QUIET, ROUTINE, Ran, about, run_driver, session};
use crate::support::clock::jump;
use crate::support::routines::valid;

/// What the person reads when input ends at a question.
const NO_ANSWER: &str = "STOPPED: Release the pressure now: roll off the ball. \
                         No answer came, so the session stopped.";

/// Runs until input ends at a question; checks the screen and the journal.
fn unanswered(answers: &[&str], at_step: Option<usize>) -> Ran {
    let log = Journaled::new();
    let ran = log.answer(answers);
    assert_eq!(ran.outcome(), Outcome::Unanswered, "{}", ran.text);
    assert_eq!(ran.lines().last().copied(), Some(NO_ANSWER));
    // Nobody is there to answer the post-session question.
    assert!(ran.tagged("AFTER").is_empty());
    assert!(ran.tagged("DONE").is_empty());
    let record = log.record();
    assert_eq!(record.outcome, journal::RecordedOutcome::Unanswered);
    assert_eq!(record.stopped_at_step, at_step);
    ran
}

#[test]
fn end_of_input_at_the_screening() {
    // Before the first step: nothing to release, no session to record.
    let log = Journaled::new();
    let ran = log.answer(&[]);
    assert_eq!(ran.outcome(), Outcome::Unanswered, "{}", ran.text);
    insta::assert_snapshot!(ran.tail(2), @r"
    SCREEN: Does any of these apply to you today? [y/n]
    STOPPED: No answer came, so the session did not start.
    ");
    let (records, _) = journal::read(&log.path).expect("the journal reads");
    assert_eq!(records.len(), 0);
}

#[test]
fn end_of_input_at_the_spot_prompt() {
    let ran = unanswered(&["n"], Some(1));
    insta::assert_snapshot!(ran.tail(2), @r"
    SPOT: Find a tender spot, then press Enter to start the count.
    STOPPED: Release the pressure now: roll off the ball. No answer came, so the session stopped.
    ");
}

#[test]
fn end_of_input_at_a_check_in() {
    let ran = unanswered(&["n", ""], Some(1));
    insta::assert_snapshot!(ran.tail(2), @r"
    CHECKIN: Anything new or worse since you started: sharp pain, numbness, tingling, or spreading pain? (y stops) Stop if you notice: pain spreading below the knee. [y/n]
    STOPPED: Release the pressure now: roll off the ball. No answer came, so the session stopped.
    ");
}

#[test]
fn end_of_input_at_the_pressure_rating() {
    let ran = unanswered(&["n", "", "n"], Some(1));
    insta::assert_snapshot!(ran.tail(2), @r"
    PRESSURE: How strong is the pressure right now, from 0 (none) to 10 (the worst you can imagine)? Enter skips. [0-10]
    STOPPED: Release the pressure now: roll off the ball. No answer came, so the session stopped.
    ");
}

#[test]
fn a_signal_mid_step_interrupts() {
    let log = Journaled::new();
    let t0 = Instant::now();
    // The setup takes 10 s and the spot is found at once, so 17 s in is 7 s
    // into the left hold.
    let ran = log.run(Clock {
        clock: ManualClock::at(t0),
        signal_at: Some(t0 + Duration::from_secs(17)),
        inputs: [Wake::Line("n".into()), Wake::Line(String::new())].into(),
    });
    assert_eq!(ran.outcome(), Outcome::Interrupted);
    insta::assert_snapshot!(ran.tail(7), @r"
    STEP: 2. Hold a tender spot (hold 20s, left side)
    CUE: Let your weight sink in. A good hurt, never sharp.
    CUE: Stop if you notice: pain spreading below the knee.
    SPOT: Find a tender spot, then press Enter to start the count.
    BREATHE: Breathe in 4s
    BREATHE: Breathe out 6s
    STOPPED: Release the pressure now: roll off the ball. Interrupted.
    ");
    assert!(ran.tagged("AFTER").is_empty());
    let record = log.record();
    assert_eq!(record.outcome, journal::RecordedOutcome::Interrupted);
    assert_eq!(record.stopped_at_step, Some(1));
    let last = record.steps.last().expect("the hold is recorded");
    assert_eq!((last.index, last.seconds, last.planned_seconds), (1, 7, 20));
}

#[test]
fn a_signal_at_a_question_interrupts() {
    // `Lines` hands out a signal at the next wait: here, the screening.
    let driver = Lines::new(Instant::now(), [Wake::Signal]);
    let ran = run_driver(driver, &QUIET);
    assert_eq!(ran.outcome(), Outcome::Interrupted);
    // Before the first step nothing was pressed: nothing to release.
    assert_eq!(ran.tail(1), "STOPPED: Interrupted before the first step.");
}

#[test]
fn a_check_in_waits_and_reminds_every_15_seconds() {
    let ran = run_driver(
        Clock {
            clock: ManualClock::at(Instant::now()),
            signal_at: None,
            inputs: [
                Wake::Line("n".into()),
                Wake::Line(String::new()),
                Wake::Due,
                Wake::Due,
                Wake::Line("x".into()),
            ]
            .into(),
        },
        &QUIET,
    );
    assert_eq!(ran.outcome(), Outcome::StoppedByPerson);
    // One soft bell for the find-spot wait, two for the check-in's reminders.
    assert_eq!(ran.count(Clip::Reminder), 1 + 2);
    let from_check_in: Vec<&str> = ran
        .lines()
        .into_iter()
        .skip_while(|l| !l.starts_with("CHECKIN: "))
        .take(4)
        .collect();
    insta::assert_snapshot!(from_check_in.join("\n"), @r"
    CHECKIN: Anything new or worse since you started: sharp pain, numbness, tingling, or spreading pain? (y stops) Stop if you notice: pain spreading below the knee. [y/n]
    NOTICE: Still waiting for your answer. Ease off the pressure while you decide, then answer y or n (x stops).
    NOTICE: Still waiting for your answer. Ease off the pressure while you decide, then answer y or n (x stops).
    STOPPED: Release the pressure now: roll off the ball. You stopped the session.
    ");
    // Time never answers a check-in: the session is still on step 2.
    assert_eq!(ran.tagged("STEP").len(), 2);
}

#[test]
fn invalid_answers_are_asked_again_without_repeating_the_question() {
    let ran = session(&[
        "ok", "n", // screening: one invalid, then no
        "",  // spot
        "maybe", "", "N", // check-in: two invalid, then no
        "11", "-1", "2.5", "3", // pressure: three invalid, then 3
        "x", // stop at the next spot prompt
    ]);
    assert_eq!(ran.outcome(), Outcome::StoppedByPerson);
    assert_eq!(ran.tagged("CHECKIN").len(), 1);
    assert_eq!(ran.tagged("PRESSURE").len(), 1);
    assert_eq!(ran.count(Clip::CheckIn), 3);
    let notices = ran.tagged("NOTICE");
    let yes_no = "NOTICE: Please answer y or n (x stops).";
    let rating = "NOTICE: Type a number from 0 to 10, or press Enter to skip (x stops).";
    assert_eq!(notices.iter().filter(|l| **l == yes_no).count(), 3);
    assert_eq!(notices.iter().filter(|l| **l == rating).count(), 3);
    insta::assert_snapshot!(ran.text);
}

#[test]
fn a_closed_output_ends_the_session_as_interrupted_in_the_journal() {
    let log = Journaled::new();
    let routine = valid(ROUTINE);
    let cues = sound::with_player(Box::new(sound::Tape::default()), true);
    let recorder = Recorder::with(Journal::open(&log.path).expect("journal"));
    // The opening and the screening get through; the reader goes away during
    // the first steps (`knead run ... | head -32`).
    let out = ClosesAfter { lines: 32 };
    let driver = Lines::typed(Instant::now(), &["n", "", "n", "3"]);
    let mut prepared = Prepared::new(about(&routine, ROUTINE), recorder, cues);
    let clock = driver.clock();
    let ended = coach::run(&mut prepared, &mut PlainFace::new(out, driver), &clock);
    let error = ended.expect_err("the write fails");
    assert_eq!(error.kind(), io::ErrorKind::BrokenPipe);
    let record = log.record();
    assert_eq!(record.outcome, journal::RecordedOutcome::Interrupted);
    assert_eq!(record.screening.map(|s| s.answer), Some(journal::YesNo::No));
}

/// Answers from a list; `SLEEP` in the list means the machine sleeps ten
/// minutes while that question waits, then wakes.
struct Asleep {
    clock: ManualClock,
    inputs: std::collections::VecDeque<&'static str>,
}

impl crate::support::session::Clocked for Asleep {
    fn clock(&self) -> ManualClock {
        self.clock.clone()
    }
}

impl knead::plain::driver::Driver for Asleep {
    fn wait(&mut self, within: Option<Duration>, want_line: bool) -> Wake {
        if want_line {
            return match self.inputs.pop_front() {
                Some("SLEEP") => {
                    self.clock.advance(Duration::from_secs(600));
                    Wake::Due
                }
                Some(line) => Wake::Line(line.to_owned()),
                None => Wake::Eof,
            };
        }
        if jump(&self.clock, within) {
            Wake::Due
        } else {
            Wake::Eof
        }
    }
}

#[test]
fn after_a_sleep_at_a_check_in_one_reminder_prints_and_one_sounds() {
    let ran = run_driver(
        Asleep {
            clock: ManualClock::at(Instant::now()),
            inputs: ["n", "", "SLEEP", "x"].into(),
        },
        &QUIET,
    );
    assert_eq!(ran.outcome(), Outcome::StoppedByPerson);
    // Forty reminders came due during the sleep: the screen says so once,
    // and only the one due at waking rings, not forty bells at once.
    let reminders = ran
        .lines()
        .into_iter()
        .filter(|l| l.starts_with("NOTICE: Still waiting for your answer"))
        .count();
    assert_eq!(reminders, 1);
    assert_eq!(
        ran.count(Clip::Reminder),
        1 + 1,
        "the find-spot bell, then one"
    );
    // Time still never answered the check-in.
    assert_eq!(ran.tagged("STEP").len(), 2);
}
