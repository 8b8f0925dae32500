//! The one session loop every face runs: plain lines, the full screen, a
//! test script.
//!
//! The loop owns a prepared session (the engine, the journal recorder and
//! the sounds) and the clock, and drives them through a [`Face`]: read the
//! instant once per turn, hand it to the engine, show what just happened at
//! that instant, wait for the next deadline or the person, turn what was
//! heard into an engine command. Faces never read the time. Every cue reaches the journal before any face shows it,
//! so a reader that goes away mid-batch never costs the journal an event.

mod prepare;

use std::io;
use std::time::{Duration, Instant};

use crate::clock::Clock;
use crate::recorder::Recorder;
use crate::routine::Routine;
use crate::session::{Command, Cue, FollowUp, Outcome, Session, Timed};
use crate::sound::Player;
use crate::words;

pub use prepare::{Options, prepare};

/// Cues older than this when they are handled (the machine slept) are
/// recorded and shown but not played: a burst of sounds helps nobody.
const STALE: Duration = Duration::from_secs(2);

/// Answers that are not valid, in a row, after which nobody is taken to be
/// answering (`< /dev/zero`, `yes maybe |`): the session stops as
/// unanswered instead of asking again at full speed for ever.
pub const MAX_INVALID: usize = 20;

/// Said when [`MAX_INVALID`] answers in a row were not valid.
pub const TOO_MANY_INVALID: &str =
    "20 answers in a row were not valid: nobody seems to be answering, so the session stops.";

/// What a session is about, for every face to read.
pub struct About<'a> {
    /// The validated routine.
    pub routine: &'a Routine,
    /// Its id, for the journal.
    pub id: &'a str,
    /// The file's bytes, hashed into the journal.
    pub file: &'a [u8],
    /// The emergency number to show in guidance.
    pub emergency_number: &'a str,
}

/// A session ready to run: the engine, the journal and the sounds, with
/// the notices to show before it starts.
pub struct Prepared<'a> {
    /// What is being run.
    pub about: About<'a>,
    /// The engine, with its questions around the session.
    pub session: Session,
    /// The journal side.
    pub recorder: Recorder,
    /// The sounds.
    pub sound: Player,
    /// Shown once before the first question (sound off, first run,
    /// escalations, a broken settings file).
    pub notices: Vec<String>,
    /// The gentle routine's title, offered first when the question about
    /// the earlier session is answered "worse" (review S15).
    pub gentle: Option<String>,
}

impl<'a> Prepared<'a> {
    /// A session of `about`'s routine that asks every question around it
    /// (no late question), with no notices.
    pub fn new(about: About<'a>, recorder: Recorder, sound: Player) -> Self {
        let follow_up = FollowUp {
            after: true,
            late: None,
        };
        Self {
            session: Session::new(about.routine).with_follow_up(follow_up),
            about,
            recorder,
            sound,
            notices: Vec::new(),
            gentle: None,
        }
    }
}

/// What a face is given to show.
pub struct Moment<'a> {
    /// What is being run.
    pub about: &'a About<'a>,
    /// The session as it stands after the cues.
    pub session: &'a Session,
    /// Set once, as the session proper begins (the screening is asked):
    /// the notices to show before its cues.
    pub opening: Option<&'a [String]>,
    /// What just happened, oldest first.
    pub cues: &'a [Timed],
    /// Notices to show after the cues (a hint, the journal failing).
    pub notices: &'a [String],
    /// Whether the journal is recording this session.
    pub recording: bool,
    /// The instant the loop read this turn: the one to show the session at.
    pub now: Instant,
}

/// What a face heard while waiting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heard {
    /// Nothing for the engine: the time waited for has come, or the face
    /// changed only itself (a key it handles, a resize). The loop takes
    /// another turn, at a fresh instant.
    Due,
    /// The person asked for something.
    Command(Command),
    /// An answer that does not answer the question; the hint says what would.
    Invalid(String),
    /// Ctrl-C, SIGTERM, SIGHUP or SIGQUIT.
    Signal,
    /// Input ended: nobody is there to answer.
    Closed,
}

/// One way of showing a session and hearing the person.
pub trait Face {
    /// Shows what just happened and the session as it stands. An error
    /// (a closed output) ends the session as interrupted.
    fn show(&mut self, moment: &Moment<'_>) -> io::Result<()>;

    /// Waits from `now` until `until` (never, if `None`), a signal or the
    /// person, and says what was heard.
    fn wait(&mut self, until: Option<Instant>, now: Instant, session: &Session) -> Heard;

    /// A question that wants a fresh answer (see
    /// [`Cue::wants_fresh_answer`]) has just been shown: input from before
    /// it must not answer it.
    fn question_shown(&mut self) {}
}

/// Runs a prepared session through a face, at the instants `clock` says;
/// returns how it ended.
///
/// A signal at a question after the end still ends the run as interrupted,
/// so the exit code says what happened. A failing face ends the session as
/// interrupted, recorded in the journal, and returns the error.
pub fn run(
    prepared: &mut Prepared<'_>,
    face: &mut impl Face,
    clock: &impl Clock,
) -> io::Result<Outcome> {
    let Prepared {
        about,
        session,
        recorder,
        sound,
        notices,
        gentle,
    } = prepared;
    recorder.start(about.id, &about.routine.title, about.file, session);
    let mut run = Loop {
        about,
        session,
        recorder,
        sound,
        signalled: false,
    };
    let mut opening = std::mem::take(notices);
    let mut now = clock.now();
    let mut cues = timed(run.session.start(now), now);
    let mut hint = Vec::new();
    let mut invalid = 0;
    loop {
        run.journal_and_play(&cues, now);
        if run.session.is_over() {
            // Nothing is left to ask: time to wait for a busy journal.
            run.recorder.finish();
        }
        hint.extend(run.recorder.take_failure());
        hint.extend(run.sound_notice());
        let begins = cues.iter().any(|t| t.cue == Cue::ScreeningAsked);
        if begins {
            // First, as the offer read from the journal stands.
            let offer = prepare::late_offer(run.session, gentle.as_deref());
            opening.splice(0..0, offer);
        }
        run.show(face, begins.then_some(&opening[..]), &cues, &hint, now)?;
        if cues.iter().any(|t| t.cue.wants_fresh_answer()) {
            face.question_shown();
        }
        if run.session.is_over() {
            let outcome = run.session.outcome().unwrap_or(Outcome::Interrupted);
            return Ok(if run.signalled {
                Outcome::Interrupted
            } else {
                outcome
            });
        }
        let heard = face.wait(run.session.next_deadline(), now, run.session);
        now = clock.now();
        hint.clear();
        // Only an answer that counts ends a run of invalid ones: a reminder
        // coming due between them does not.
        match heard {
            Heard::Invalid(_) => invalid += 1,
            Heard::Command(_) => invalid = 0,
            _ => {}
        }
        cues = match heard {
            Heard::Invalid(_) if invalid >= MAX_INVALID => {
                hint.push(TOO_MANY_INVALID.to_owned());
                timed(run.session.handle(Command::Unanswered, now), now)
            }
            Heard::Due => run.session.advance_timed(now),
            Heard::Command(command) => timed(run.session.handle(command, now), now),
            Heard::Invalid(text) => {
                hint.push(text);
                run.session.advance_timed(now)
            }
            Heard::Signal => {
                run.signalled = true;
                timed(run.session.handle(Command::Interrupted, now), now)
            }
            Heard::Closed => timed(run.session.handle(Command::Unanswered, now), now),
        };
    }
}

/// The loop's state, borrowed from the prepared session.
struct Loop<'p, 'a> {
    about: &'p About<'a>,
    session: &'p mut Session,
    recorder: &'p mut Recorder,
    sound: &'p mut Player,
    signalled: bool,
}

impl Loop<'_, '_> {
    /// Journals every cue, then plays the fresh ones: after a sleep, only
    /// cues that are still news make a sound.
    fn journal_and_play(&mut self, cues: &[Timed], now: Instant) {
        for timed in cues {
            self.recorder.cue(&timed.cue, self.session);
        }
        let fresh: Vec<Cue> = cues
            .iter()
            .filter(|timed| now.saturating_duration_since(timed.at) <= STALE)
            .map(|timed| timed.cue)
            .collect();
        self.sound.play(&fresh, self.session, self.about.routine);
    }

    /// What the sound says once it knows: a device found missing, then
    /// what to watch instead when the routine's timing relies on the end
    /// sound, as the opening notices say it when the silence is known at
    /// the start.
    fn sound_notice(&mut self) -> Vec<String> {
        let was_silent = self.sound.silent();
        let mut notices = self.sound.notice(Duration::ZERO);
        if !was_silent && self.sound.silent() {
            let total = self.session.plan().total();
            notices.extend(words::end_sound_off(self.about.routine, total));
        }
        notices
    }

    /// Shows a moment; a face that fails ends the session as interrupted,
    /// recorded, and the error is returned.
    fn show(
        &mut self,
        face: &mut impl Face,
        opening: Option<&[String]>,
        cues: &[Timed],
        notices: &[String],
        now: Instant,
    ) -> io::Result<()> {
        let moment = Moment {
            about: self.about,
            session: self.session,
            opening,
            cues,
            notices,
            recording: self.recorder.is_recording(),
            now,
        };
        if let Err(error) = face.show(&moment) {
            for cue in self.session.handle(Command::Interrupted, now) {
                self.recorder.cue(&cue, self.session);
            }
            self.recorder.finish();
            return Err(error);
        }
        Ok(())
    }
}

/// Cues that happen now, as a command's answer.
fn timed(cues: Vec<Cue>, at: Instant) -> Vec<Timed> {
    cues.into_iter().map(|cue| Timed { at, cue }).collect()
}
