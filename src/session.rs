//! The session engine: a plan and a state machine driven by commands and time.
//!
//! The engine is sans-IO: the caller passes the `Instant` with every call
//! and asks [`Session::next_deadline`] when to call again. It never sleeps
//! and never reads the clock, so a test can run a ten-minute routine in
//! microseconds, and a face can wake exactly when something changes. Time left
//! is always computed from the step's start instant, its adjusted duration and
//! the time spent paused, never by counting ticks.
//!
//! Safety is structural: a check-in has no deadline (time alone never gets
//! past it), skipping a hold or roll still asks its check-in, and `Stop`
//! is accepted in every state.

mod asked;
mod breath;
mod cue;
mod engine;
mod fit;
mod follow_up;
mod machine;
mod plan;
mod ratings;
mod status;
mod step_run;
mod summary;
mod timeline;

use std::time::Duration;

pub use asked::Asked;
pub use breath::{BreathPhase, breath_at};
pub use cue::{Cue, Ending, RollDirection, Timed};
pub use fit::{Ask, Conditions};
pub use follow_up::FollowUp;
pub use machine::Session;
pub use plan::{BodySide, Pass, Plan, PlannedKind, PlannedStep};
pub use status::{BreathStatus, Mode, RollStatus, Status};
pub use summary::{CheckInAnswer, RatingRecord, StepRecord, Summary};

/// Holds at least this long also check in at their halfway point.
pub const HALFWAY_CHECK_IN_FROM: Duration = Duration::from_secs(120);

/// How often a soft reminder sounds while a check-in waits for its answer.
pub const REMINDER_EVERY: Duration = Duration::from_secs(15);

/// How much one `Extend` or `Shorten` changes the current hold.
pub const ADJUST_BY: Duration = Duration::from_secs(15);

/// What the person (or a script) asks the session to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Yes (`true`) or no (`false`) to the screening or a check-in.
    Answer(bool),
    /// The person found a tender spot; the hold starts counting.
    FoundIt,
    /// Pause if running, resume if paused.
    TogglePause,
    /// Pause the running step.
    Pause,
    /// Resume the paused step.
    Resume,
    /// Go to the next step (a hold or roll still asks its check-in first).
    Next,
    /// Go back to the previous step (a hold or roll still asks its check-in first).
    Previous,
    /// Make the current hold 15 s longer, up to its maximum.
    Extend,
    /// Make the current hold 15 s shorter, down to its minimum.
    Shorten,
    /// A 0-10 pressure rating, or `None` to skip it.
    Rate(Option<u8>),
    /// Which screening group applied, by its position in the list shown (from 0).
    Choose(usize),
    /// How the person feels, after a session or about the last one.
    Feel(Feeling),
    /// At today's screening: ask the long-standing questions again after it.
    ReviewConditions,
    /// Stop the session now.
    Stop,
    /// Input ended while a question or a find-spot wait needed an answer.
    Unanswered,
    /// The process got a signal (Ctrl-C, hang-up).
    Interrupted,
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Every step ran.
    Completed,
    /// "Yes" at a check-in: pain, numbness, tingling or a stop sign.
    StoppedForSafety,
    /// "Yes" at the screening: the session never started.
    StoppedAtScreening,
    /// The person pressed stop.
    StoppedByPerson,
    /// Input ended at a question, so nobody answered it.
    Unanswered,
    /// A signal ended the session.
    Interrupted,
}

/// How the person feels after a session, compared with before it; the
/// journal writes it as `better`, `same` or `worse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    /// Better than before.
    Better,
    /// About the same.
    Same,
    /// Worse than before.
    Worse,
}

impl Feeling {
    /// The word used in the journal, JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Feeling::Better => "better",
            Feeling::Same => "same",
            Feeling::Worse => "worse",
        }
    }
}
