//! Steps and routines built as struct literals, and the cues a test is about.

use std::time::Instant;

use knead::routine::{Activity, Breathe, Breathing, Hold, RatePressure, Roll, Routine, Step};
use knead::session::{Command, Cue, Ending, Session};

// The engine's tests take these from here with the builders below.
pub use crate::support::clock::{ms, secs};
pub use crate::support::routines::routine;

/// A routine that asks for a pressure rating after each check-in
/// (`rate_pressure = "every-hold"`).
pub fn rating(steps: Vec<Step>) -> Routine {
    let mut routine = routine(steps);
    routine.safety.rate_pressure = RatePressure::EveryHold;
    routine
}

/// A routine that asks for a pressure rating after the first hold or roll
/// of each side (`rate_pressure = true`).
pub fn rating_per_side(steps: Vec<Step>) -> Routine {
    let mut routine = routine(steps);
    routine.safety.rate_pressure = RatePressure::FirstOfEachSide;
    routine
}

/// A step of any kind lasting `seconds`, once, on no side.
pub fn step(kind: Activity, seconds: u64) -> Step {
    Step {
        kind,
        title: kind.as_str().to_owned(),
        cue: None,
        side: None,
        duration: secs(seconds),
        repeat: 1,
        breathing: None,
        check_in: false,
        tools: Vec::new(),
        line: 1,
    }
}

/// A setup step.
pub fn setup(seconds: u64) -> Step {
    step(Activity::Setup, seconds)
}

/// A rest step.
pub fn rest(seconds: u64) -> Step {
    step(Activity::Rest, seconds)
}

/// A timed breathe step.
pub fn breathe(seconds: u64) -> Step {
    step(Activity::Breathe(Breathe { breaths: None }), seconds)
}

/// A hold that may be adjusted within `min..=max` seconds.
pub fn hold_within(seconds: u64, min: u64, max: u64) -> Step {
    let hold = Hold {
        find_spot: false,
        min: secs(min),
        max: secs(max),
        progress: None,
    };
    step(Activity::Hold(hold), seconds)
}

/// A hold that cannot be adjusted.
pub fn hold(seconds: u64) -> Step {
    hold_within(seconds, seconds, seconds)
}

/// A hold that waits for "found it" before counting.
pub fn hold_spot(seconds: u64) -> Step {
    let hold = Hold {
        find_spot: true,
        min: secs(seconds),
        max: secs(seconds),
        progress: None,
    };
    step(Activity::Hold(hold), seconds)
}

/// A roll, paced when `tempo` is given.
pub fn roll(seconds: u64, tempo: Option<u64>) -> Step {
    step(
        Activity::Roll(Roll {
            tempo: tempo.map(secs),
        }),
        seconds,
    )
}

/// A breathing pattern in whole seconds.
pub fn pattern(inhale: u64, hold_in: u64, exhale: u64, hold_out: u64) -> Breathing {
    Breathing {
        inhale: secs(inhale),
        hold_in: secs(hold_in),
        exhale: secs(exhale),
        hold_out: secs(hold_out),
    }
}

/// A session past its screening (answered "no" at `t0`), and its cues so far.
pub fn running(routine: &Routine, t0: Instant) -> (Session, Vec<Cue>) {
    let mut session = Session::new(routine);
    let mut cues = session.start(t0);
    cues.extend(session.handle(Command::Answer(false), t0));
    (session, cues)
}

/// Only the cues a test is about: breath, countdown and reminder cues left out.
pub fn major(cues: &[Cue]) -> Vec<Cue> {
    cues.iter()
        .copied()
        .filter(|cue| {
            !matches!(
                cue,
                Cue::Breath(_) | Cue::Countdown(_) | Cue::Reminder | Cue::Direction(_)
            )
        })
        .collect()
}

/// The check-in asked at the end of the step at `index`.
pub fn asked(index: usize) -> Cue {
    Cue::CheckInAsked {
        index,
        halfway: false,
    }
}

/// The check-in asked halfway through the hold at `index`.
pub fn asked_halfway(index: usize) -> Cue {
    Cue::CheckInAsked {
        index,
        halfway: true,
    }
}

/// The step at `index` ran its whole `seconds`.
pub fn finished(index: usize, seconds: u64) -> Cue {
    Cue::StepFinished {
        index,
        held: secs(seconds),
        ending: Ending::Completed,
    }
}

/// Only the check-ins asked.
pub fn check_ins_asked(cues: &[Cue]) -> Vec<Cue> {
    let asked = |cue: &&Cue| matches!(cue, Cue::CheckInAsked { .. });
    cues.iter().filter(asked).copied().collect()
}
