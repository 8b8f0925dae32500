//! Cues: the moments a session announces, in one vocabulary for every face.

use std::time::{Duration, Instant};

use super::breath::BreathPhase;
use super::plan::{BodySide, Pass};
use super::{Feeling, Outcome};
use crate::safety::{Group, Limits, PressureAdvice, Reason, Reasons};

/// A moment worth announcing, produced at most once.
///
/// Sound, screen, plain text and the journal all read the same cues. Each
/// carries what a journal needs (step index, time held, answers, ratings,
/// outcome), so nobody has to look inside the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// The screening question is waiting for its answer.
    ScreeningAsked,
    /// The screening was answered.
    ScreeningAnswered {
        /// Whether something on the list applies today.
        yes: bool,
    },
    /// A planned step began.
    StepStarted {
        /// The step's position in the plan.
        index: usize,
        /// The position of the routine step it comes from.
        source: usize,
        /// The side it works on, if any.
        side: Option<BodySide>,
        /// Which pass of a repeated step.
        pass: Pass,
        /// Its planned duration.
        duration: Duration,
    },
    /// A find-spot hold waits for "found it" before counting.
    WaitingForSpot {
        /// The hold's position in the plan.
        index: usize,
    },
    /// The person found the spot; the hold starts counting.
    SpotFound {
        /// The hold's position in the plan.
        index: usize,
    },
    /// A new breath phase begins.
    Breath(BreathPhase),
    /// A roll changes direction.
    Direction(RollDirection),
    /// A hold or roll is halfway through.
    Halfway {
        /// The step's position in the plan.
        index: usize,
    },
    /// This many seconds are left in the step (3, 2, 1).
    Countdown(u8),
    /// A step ended, in full or not.
    StepFinished {
        /// The step's position in the plan.
        index: usize,
        /// The time it counted, pauses and waits left out.
        held: Duration,
        /// Why it ended.
        ending: Ending,
    },
    /// The switch between the two sides of a step began.
    SwitchSides,
    /// The safety check-in is waiting for its answer.
    CheckInAsked {
        /// The hold or roll it is about.
        index: usize,
        /// Whether it comes at the halfway point of a long hold.
        halfway: bool,
    },
    /// A check-in is still waiting; a soft reminder.
    Reminder,
    /// The check-in was answered.
    CheckInAnswered {
        /// The hold or roll it was about.
        index: usize,
        /// Whether it came at the halfway point of a long hold.
        halfway: bool,
        /// Whether the person reported pain, numbness, tingling or a stop sign.
        yes: bool,
    },
    /// The 0-10 pressure rating is waiting for its answer.
    PressureAsked {
        /// The hold or roll it is about.
        index: usize,
    },
    /// The pressure rating was given, or skipped (`None`).
    PressureRated {
        /// The hold or roll it was about.
        index: usize,
        /// The rating, 0 to 10.
        rating: Option<u8>,
        /// What knead says back to a rating that is too high.
        advice: Option<PressureAdvice>,
    },
    /// The running step was paused.
    Paused,
    /// The paused step runs again.
    Resumed,
    /// The current hold's length was changed.
    HoldAdjusted {
        /// The hold's position in the plan.
        index: usize,
        /// Its new length.
        duration: Duration,
    },
    /// The session ended.
    Finished(Outcome),
    /// After a "yes" at the screening: which group applied?
    GroupAsked,
    /// After a group that lets the session go on: does another apply too?
    AnotherGroupAsked,
    /// Whether another group applies too.
    AnotherGroupAnswered {
        /// The answer.
        yes: bool,
    },
    /// The group was chosen, or the question left (`None`).
    GroupChosen {
        /// The group that applied.
        group: Option<Group>,
    },
    /// A long-standing condition is asked, or after a "yes" to one that
    /// waits for a clinician (`clinician`), whether a clinician has said yes.
    ConditionAsked {
        /// Its position in `safety::CONDITIONS`.
        index: usize,
        /// Whether this is the question about a clinician's yes.
        clinician: bool,
    },
    /// A long-standing question was answered.
    ConditionAnswered {
        /// Its position in `safety::CONDITIONS`.
        index: usize,
        /// Whether it was the question about a clinician's yes.
        clinician: bool,
        /// The answer.
        yes: bool,
    },
    /// The long-standing questions will follow today's screening, as the
    /// person asked.
    ConditionsToReview,
    /// Has anything changed since the remembered long-standing answers?
    StillTrueAsked,
    /// Whether anything changed (then every question is asked again) or
    /// not (then the remembered answers are kept).
    StillTrueAnswered {
        /// The answer: "yes", something changed.
        changed: bool,
    },
    /// After repeated pain stops: seen a GP or physio since?
    SeenAsked,
    /// The answer: "no" keeps the light routines only until they have.
    SeenAnswered {
        /// Whether a GP or physio has been seen.
        seen: bool,
    },
    /// The long-standing answers are known for today: time to remember them.
    ConditionsSettled,
    /// Something the person said applies; its advice is shown as the
    /// session goes ahead.
    Advised {
        /// What was said.
        reason: Reason,
    },
    /// The routine does not fit what the person said: the session ends.
    NotFit {
        /// The answer that rules the routine out.
        reason: Reason,
        /// Every limit in force, for offering the routines that fit.
        limits: Limits,
        /// Every other answer that applies, so each one's advice is shown.
        also: Reasons,
    },
    /// Better, same or worse? About this session, or the last one (`late`).
    FeelingAsked {
        /// Whether it is about the last session, asked at launch.
        late: bool,
    },
    /// How the person feels, or the question left (`None`).
    FeelingAnswered {
        /// Whether it was about the last session.
        late: bool,
        /// The answer.
        feeling: Option<Feeling>,
    },
    /// After "worse": new numbness, weakness or spreading pain? (review S15)
    NewSymptomsAsked,
    /// Whether there is new numbness, weakness or spreading pain; a "yes"
    /// gets same-day advice, and the next session offers the gentle routine.
    NewSymptomsAnswered {
        /// Whether it was about the last session, after a late "worse".
        late: bool,
        /// The answer.
        yes: bool,
    },
}

impl Cue {
    /// Whether this cue puts a new question (or a find-spot wait) before
    /// the person: every `...Asked` cue and [`Cue::WaitingForSpot`]. A
    /// face opens it on a clean page, and input typed before it must not
    /// answer it. A [`Cue::Reminder`] opens nothing: the question is the
    /// one already waiting.
    pub fn opens_question(&self) -> bool {
        matches!(
            self,
            Cue::ScreeningAsked
                | Cue::ConditionAsked { .. }
                | Cue::StillTrueAsked
                | Cue::GroupAsked
                | Cue::AnotherGroupAsked
                | Cue::SeenAsked
                | Cue::CheckInAsked { .. }
                | Cue::PressureAsked { .. }
                | Cue::FeelingAsked { .. }
                | Cue::NewSymptomsAsked
                | Cue::WaitingForSpot { .. }
        )
    }

    /// Whether input typed before this cue must not answer the question it
    /// opens: every question but how the person feels, where a word typed
    /// ahead harms nobody.
    pub fn wants_fresh_answer(&self) -> bool {
        self.opens_question() && !matches!(self, Cue::FeelingAsked { .. })
    }

    /// Whether the full screen rings the terminal bell for this cue: every
    /// question that opens, and each reminder of one still waiting. A
    /// find-spot wait has only its sound, since the person is busy finding
    /// the spot, not reading.
    pub fn rings(&self) -> bool {
        match self {
            Cue::Reminder => true,
            Cue::WaitingForSpot { .. } => false,
            cue => cue.opens_question(),
        }
    }

    /// What knead said back to a pressure rating, if this cue carries it.
    pub fn pressure_advice(&self) -> Option<PressureAdvice> {
        match self {
            Cue::PressureRated { advice, .. } => *advice,
            _ => None,
        }
    }
}

/// Why a step ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ending {
    /// It ran its whole time.
    Completed,
    /// The person moved to another step before its time was up.
    Skipped,
    /// The session ended during it.
    Stopped,
    /// A pressure rating of 8 or more ended it halfway (review S7).
    Released,
}

/// Which way a roll is going.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RollDirection {
    /// Away from where the roll started.
    Out,
    /// Back towards where it started.
    Back,
}

/// A cue with the moment it became due.
///
/// After a long gap (a laptop asleep) many cues become due at once; a face
/// may use `at` to keep the journal complete but stay quiet about stale ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timed {
    /// When the cue became due.
    pub at: Instant,
    /// The cue.
    pub cue: Cue,
}
