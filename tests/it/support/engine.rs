//! The engine (`Session`) driven straight, over a fabricated clock that
//! jumps from deadline to deadline: no face, no loop, no sleeping.

use std::time::{Duration, Instant};

use knead::routine::Routine;
use knead::session::{Asked, Command, Cue, Mode, Session, Timed};

use super::clock::jump_to;

/// Jumps `now` to the session's next deadline and advances the session
/// there; the cues it gave, or `None` when nothing is due.
pub fn to_next_deadline(session: &mut Session, now: &mut Instant) -> Option<Vec<Cue>> {
    if !jump_to(now, session.next_deadline()) {
        return None;
    }
    Some(session.advance(*now))
}

/// A session with its own clock and every cue it gave.
pub struct Engine {
    pub session: Session,
    pub now: Instant,
    /// Every cue so far, reminders included.
    pub cues: Vec<Cue>,
}

impl Engine {
    /// A started session of `routine`: the screening waits.
    pub fn start(routine: &Routine) -> Self {
        Self::from_session(Session::new(routine))
    }

    /// `session`, started: its first question waits.
    pub fn from_session(mut session: Session) -> Self {
        let now = Instant::now();
        let cues = session.start(now);
        Self { session, now, cues }
    }

    /// The mode now.
    pub fn mode(&self) -> Mode {
        self.session.status(self.now).mode
    }

    /// Applies a command now; returns its cues.
    pub fn handle(&mut self, command: Command) -> Vec<Cue> {
        let cues = self.session.handle(command, self.now);
        self.cues.extend(&cues);
        cues
    }

    /// Applies a command now; its cues stamped with the instant, as the
    /// loop hands them to a face.
    pub fn handle_timed(&mut self, command: Command) -> Vec<Timed> {
        let at = self.now;
        let cues = self.handle(command);
        cues.into_iter().map(|cue| Timed { at, cue }).collect()
    }

    /// Lets `by` pass with nobody touching anything; returns the cues.
    pub fn wait(&mut self, by: Duration) -> Vec<Cue> {
        self.now += by;
        let cues = self.session.advance(self.now);
        self.cues.extend(&cues);
        cues
    }

    /// Lets time run, deadline by deadline, until the session waits for
    /// the person (or ends).
    #[track_caller]
    pub fn run_to_question(&mut self) {
        while !self.session.awaits_input() && self.session.outcome().is_none() {
            let Some(cues) = to_next_deadline(&mut self.session, &mut self.now) else {
                panic!("stuck in {:?} with nothing due", self.mode());
            };
            self.cues.extend(cues);
        }
    }

    /// Answers as plain mode reads a line (`n`, `y`, a rating, Enter at a
    /// spot), running time forward to the question first.
    #[track_caller]
    pub fn answer(&mut self, line: &str) {
        self.run_to_question();
        let command = match (self.mode(), line) {
            (Mode::Asking(Asked::Screening) | Mode::Asking(Asked::CheckIn { .. }), "n") => {
                Command::Answer(false)
            }
            (Mode::Asking(Asked::Screening) | Mode::Asking(Asked::CheckIn { .. }), "y") => {
                Command::Answer(true)
            }
            (Mode::Asking(Asked::FindSpot), _) => Command::FoundIt,
            (Mode::Asking(Asked::Pressure), "") => Command::Rate(None),
            (Mode::Asking(Asked::Pressure), n) => Command::Rate(Some(n.parse().expect("a rating"))),
            (mode, line) => panic!("no answer {line:?} in {mode:?}"),
        };
        self.handle(command);
    }
}
