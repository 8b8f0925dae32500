//! Plain mode: the session as tagged lines, answers read from stdin.
//!
//! For screen readers, pipes, ssh sessions and scripts. One line per event,
//! each starting with a tag (`STEP:`, `CHECKIN:`, ...); only questions wait
//! for input. The loop sleeps until the engine's next deadline or an input,
//! so it uses no CPU while waiting.

mod answer;
pub mod driver;
pub mod lines;

use std::io::{self, Write};
use std::time::{Duration, Instant};

use crate::journal::Feeling;
use crate::record::Recorder;
use crate::routine::{Breathing, Routine};
use crate::safety::{self, Group, Tier};
use crate::session::{Command, Cue, Mode, Outcome, Session, Timed};
use crate::sound::Cues;

use answer::{Answer, answer, is_stop};
use driver::{Driver, Wake};
use lines::{Context, lines_for, routine_line};

/// The routine to run and what to say about it.
pub struct Job<'a> {
    /// The validated routine.
    pub routine: &'a Routine,
    /// Its id, for the journal.
    pub id: &'a str,
    /// The file's bytes, hashed into the journal.
    pub file: &'a [u8],
    /// The emergency number to show in guidance.
    pub emergency_number: &'a str,
    /// Notices to print before the session (sound off, first run).
    pub notices: Vec<String>,
}

/// What plain mode writes to, plays and records on.
pub struct Faces<'a, W: Write> {
    /// Where the lines go.
    pub out: &'a mut W,
    /// The sounds.
    pub sound: &'a mut Cues,
    /// The journal.
    pub recorder: &'a mut Recorder,
}

/// Runs a whole session in plain mode and returns how it ended.
///
/// A closed output (`knead run x --plain | head -3`) ends the session as
/// interrupted, recorded in the journal, and returns the write error so the
/// caller can end quietly.
pub fn run<W: Write>(
    job: &Job<'_>,
    driver: &mut impl Driver,
    faces: &mut Faces<'_, W>,
) -> io::Result<Outcome> {
    let mut session = Session::new(job.routine);
    faces
        .recorder
        .start(job.id, &job.routine.title, job.file, &session);
    let mut now = driver.now();
    let mut cues = timed(session.start(now), now);
    let mut pacing = None;
    let mut opening = vec![routine_line(job.routine, &session)];
    opening.extend(job.notices.iter().map(|n| format!("NOTICE: {n}")));
    if let Err(e) = write_lines(faces.out, &opening) {
        return Err(interrupt(&mut session, driver, faces.recorder, e));
    }
    loop {
        if let Err(e) = emit(&cues, now, job, &session, &mut pacing, faces) {
            return Err(interrupt(&mut session, driver, faces.recorder, e));
        }
        if cues.iter().any(|t| asks(&t.cue)) {
            driver.question_shown();
        }
        if let Some(outcome) = session.outcome() {
            // A signal at a question after the end still means exit 130.
            let signalled = after_session(outcome, job, driver, faces)?;
            return Ok(if signalled {
                Outcome::Interrupted
            } else {
                outcome
            });
        }
        let mode = session.status(driver.now()).mode;
        let wake = driver.wait(session.next_deadline(), session.awaits_input());
        now = driver.now();
        cues = match wake {
            Wake::Due => session.advance_timed(now),
            Wake::Signal => timed(session.handle(Command::Interrupted, now), now),
            Wake::Eof => timed(session.handle(Command::Unanswered, now), now),
            Wake::Line(line) => match answer(mode, &line) {
                Answer::Command(command) => timed(session.handle(command, now), now),
                Answer::Invalid => {
                    let hint = if mode == Mode::PressureRating {
                        "NOTICE: Type a number from 0 to 10, or press Enter to skip (x stops)."
                    } else {
                        "NOTICE: Please answer y or n (x stops)."
                    };
                    if let Err(e) = write_lines(faces.out, &[hint.to_owned()]) {
                        return Err(interrupt(&mut session, driver, faces.recorder, e));
                    }
                    session.advance_timed(now)
                }
            },
        };
    }
}

/// Cues older than this when they are handled (the machine slept) are
/// recorded and printed but not played: a burst of sounds helps nobody.
const STALE: Duration = Duration::from_secs(2);

/// Whether a cue puts a safety question (or a find-spot wait) on screen.
fn asks(cue: &Cue) -> bool {
    matches!(
        cue,
        Cue::ScreeningAsked
            | Cue::CheckInAsked { .. }
            | Cue::PressureAsked { .. }
            | Cue::WaitingForSpot { .. }
    )
}

/// Cues that happen now, as a command's answer.
fn timed(cues: Vec<Cue>, at: Instant) -> Vec<Timed> {
    cues.into_iter().map(|cue| Timed { at, cue }).collect()
}

/// Records every cue, then plays and prints each, sound before text so a
/// slow terminal never delays it. After a sleep, only fresh cues sound and a
/// run of reminders prints once.
fn emit<W: Write>(
    cues: &[Timed],
    now: Instant,
    job: &Job<'_>,
    session: &Session,
    pacing: &mut Option<Breathing>,
    faces: &mut Faces<'_, W>,
) -> io::Result<()> {
    // Journal first: a reader that goes away mid-batch must not cost the
    // journal the events after it.
    for timed in cues {
        faces.recorder.cue(&timed.cue, session);
    }
    let mut previous = None;
    for Timed { at, cue } in cues {
        // The breathing a breath cue belongs to is its step's, known from the
        // cues in order: by the time a line prints, the clock may be past it.
        if let Cue::StepStarted { index, .. } = cue {
            *pacing = session.plan().get(*index).map(|step| step.breathing);
        }
        let cx = Context {
            routine: job.routine,
            session,
            emergency_number: job.emergency_number,
            breathing: *pacing,
            recording: faces.recorder.is_recording(),
        };
        if now.saturating_duration_since(*at) <= STALE {
            faces.sound.play(cue);
        }
        if !(*cue == Cue::Reminder && previous == Some(Cue::Reminder)) {
            write_lines(faces.out, &lines_for(cue, &cx))?;
        }
        previous = Some(*cue);
    }
    if let Some(warning) = faces.recorder.take_failure() {
        write_lines(faces.out, &[format!("NOTICE: {warning}")])?;
    }
    Ok(())
}

/// Ends the session as interrupted after the output failed, so the journal
/// still says how it ended.
fn interrupt(
    session: &mut Session,
    driver: &mut impl Driver,
    recorder: &mut Recorder,
    error: io::Error,
) -> io::Error {
    for cue in session.handle(Command::Interrupted, driver.now()) {
        recorder.cue(&cue, session);
    }
    error
}

/// What came of a question asked outside the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply<T> {
    /// The person answered.
    Given(T),
    /// Input ended, or the person typed `x`.
    Left,
    /// A signal (Ctrl-C, SIGTERM, SIGHUP) arrived.
    Signal,
}

/// The questions after the end: which screening group applied, or how the
/// person feels now. True when a signal arrived at one.
fn after_session<W: Write>(
    outcome: Outcome,
    job: &Job<'_>,
    driver: &mut impl Driver,
    faces: &mut Faces<'_, W>,
) -> io::Result<bool> {
    Ok(match outcome {
        Outcome::StoppedAtScreening => screening_group(job, driver, faces)? == Reply::Signal,
        Outcome::Completed | Outcome::StoppedForSafety | Outcome::StoppedByPerson => {
            post_check(driver, faces)? == Reply::Signal
        }
        Outcome::Unanswered | Outcome::Interrupted => false,
    })
}

/// After a "yes" at the screening: which group applies, then its guidance,
/// emergency first when nobody answers.
fn screening_group<W: Write>(
    job: &Job<'_>,
    driver: &mut impl Driver,
    faces: &mut Faces<'_, W>,
) -> io::Result<Reply<()>> {
    let mut groups: Vec<Group> = Tier::ALL.iter().map(|t| Group::Builtin(*t)).collect();
    if !job.routine.safety.screening.is_empty() {
        groups.push(Group::Routine);
    }
    let mut lines =
        vec!["SCREEN: Which group applies? The most serious one, if several do.".to_owned()];
    lines.extend(
        groups
            .iter()
            .enumerate()
            .map(|(n, g)| format!("SCREEN: {}. {}", n + 1, lines::heading(*g))),
    );
    lines.push(format!("SCREEN: Type its number. [1-{}]", groups.len()));
    write_lines(faces.out, &lines)?;
    let chosen = loop {
        match driver.wait(None, true) {
            // `x` leaves this question as end of input does: emergency first.
            Wake::Line(line) if is_stop(&line) => break Reply::Left,
            Wake::Line(line) => match line.trim().parse::<usize>() {
                Ok(n) if (1..=groups.len()).contains(&n) => break Reply::Given(groups[n - 1]),
                _ => write_lines(
                    faces.out,
                    &[format!("NOTICE: Type a number from 1 to {}.", groups.len())],
                )?,
            },
            Wake::Signal => break Reply::Signal,
            Wake::Eof | Wake::Due => break Reply::Left,
        }
    };
    let group = match chosen {
        Reply::Given(group) => {
            faces.recorder.screening_group(group_word(group));
            group
        }
        Reply::Left | Reply::Signal => Group::Builtin(Tier::Emergency),
    };
    let guidance = safety::group_guidance(group, job.emergency_number);
    write_lines(faces.out, &[format!("STOPPED: {guidance}")])?;
    Ok(if chosen == Reply::Signal {
        Reply::Signal
    } else {
        Reply::Left
    })
}

fn group_word(group: Group) -> &'static str {
    match group {
        Group::Builtin(Tier::Emergency) => "emergency",
        Group::Builtin(Tier::Urgent) => "urgent",
        Group::Builtin(Tier::Caution) => "caution",
        Group::Builtin(Tier::Local) => "local",
        Group::Routine => "routine",
    }
}

/// How the person feels now; "worse" gets the bad-sore guidance.
fn post_check<W: Write>(
    driver: &mut impl Driver,
    faces: &mut Faces<'_, W>,
) -> io::Result<Reply<Feeling>> {
    let reply = ask_feeling(safety::POST_SESSION_QUESTION, driver, faces.out)?;
    if let Reply::Given(feeling) = reply {
        faces.recorder.post_check(feeling);
    }
    Ok(reply)
}

/// Asks better / same / worse; "worse" gets the bad-sore guidance.
pub fn ask_feeling(
    question: &str,
    driver: &mut impl Driver,
    out: &mut impl Write,
) -> io::Result<Reply<Feeling>> {
    write_lines(out, &[format!("AFTER: {question} [b/s/w]")])?;
    let feeling = loop {
        match driver.wait(None, true) {
            Wake::Line(line) => match line.trim().to_lowercase().as_str() {
                "b" | "better" => break Reply::Given(Feeling::Better),
                "s" | "same" => break Reply::Given(Feeling::Same),
                "w" | "worse" => break Reply::Given(Feeling::Worse),
                word if is_stop(word) => break Reply::Left,
                _ => write_lines(out, &["NOTICE: Please answer b, s or w.".to_owned()])?,
            },
            Wake::Signal => break Reply::Signal,
            Wake::Eof | Wake::Due => break Reply::Left,
        }
    };
    if feeling == Reply::Given(Feeling::Worse) {
        write_lines(out, &[format!("NOTICE: {}", safety::BAD_SORE)])?;
    }
    Ok(feeling)
}

fn write_lines(out: &mut impl Write, lines: &[String]) -> io::Result<()> {
    for line in lines {
        writeln!(out, "{line}")?;
    }
    out.flush()
}
