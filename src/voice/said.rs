//! The words a cue says aloud: only what a person with closed eyes needs
//! and cannot get from the clips (which step, which side, what the check-in
//! asks, how to stop), said in the same sentences the screen shows.
//!
//! Breath phases say nothing: the rising and falling breath clips already
//! carry the pace, and "in" and "out" every few seconds would cut off the
//! sentences that matter (a step's title, the check-in question).

use crate::routine::Routine;
use crate::session::{Cue, Outcome, PlannedKind, Session};
use crate::text::single_line;
use crate::words;

/// What `cue` says aloud in `session` of `routine`, if anything.
pub fn said(cue: &Cue, session: &Session, routine: &Routine) -> Option<String> {
    let text = match *cue {
        Cue::StepStarted { index, side, .. } => {
            let step = session.plan().get(index)?;
            // The switch step's own cue says it, in fewer words.
            if step.kind == PlannedKind::SwitchSides {
                return None;
            }
            match side {
                Some(side) => format!("{}, {} side.", step.title, side.as_str()),
                None => format!("{}.", step.title),
            }
        }
        Cue::SwitchSides => "Switch sides.".to_owned(),
        Cue::Countdown(left) => countdown(left)?.to_owned(),
        Cue::CheckInAsked { halfway, .. } => {
            let when = if halfway { "Halfway check. " } else { "" };
            let first = session.summary().check_ins.is_empty();
            let question = words::check_in_said(&routine.safety.stop_signs, first);
            format!("{when}{question}")
        }
        Cue::Finished(outcome) => finished(outcome, session, routine)?.to_owned(),
        _ => return None,
    };
    Some(speakable(&text))
}

/// The last seconds of a step, as words.
fn countdown(left: u8) -> Option<&'static str> {
    match left {
        3 => Some("three"),
        2 => Some("two"),
        1 => Some("one"),
        _ => None,
    }
}

/// The stop words: once something was pressed, an early end first says to
/// let go of it. A signal ends knead at once, and a screening "yes" pressed
/// nothing, so neither says anything.
fn finished(outcome: Outcome, session: &Session, routine: &Routine) -> Option<&'static str> {
    match outcome {
        Outcome::Completed if session.summary().steps_done() < session.summary().steps.len() => {
            Some("Routine ended.")
        }
        Outcome::Completed => Some("Routine complete."),
        Outcome::StoppedForSafety | Outcome::StoppedByPerson | Outcome::Unanswered
            if !session.summary().steps.is_empty() =>
        {
            Some(routine.load().tool.release_now())
        }
        _ => None,
    }
}

/// One line with no leading dashes, so a title such as "-x" is said, not
/// read by the speech program as an option.
fn speakable(text: &str) -> String {
    single_line(text)
        .trim_start_matches(|c: char| c == '-' || c.is_whitespace())
        .to_owned()
}
