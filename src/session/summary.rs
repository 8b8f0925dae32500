//! What a session did, gathered from its cues as they are emitted.

use std::time::Duration;

use super::cue::{Cue, Ending};
use super::{Feeling, Outcome};
use crate::safety::{Group, Limits, Reason, Reasons};

/// The record of a session so far: a fold over every cue it emitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// The screening answer, once given.
    pub screening: Option<bool>,
    /// Every step that ended, in order.
    pub steps: Vec<StepRecord>,
    /// Every check-in answer, in order.
    pub check_ins: Vec<CheckInAnswer>,
    /// Every pressure rating, given or skipped, in order.
    pub ratings: Vec<RatingRecord>,
    /// How the session ended, once it has.
    pub outcome: Option<Outcome>,
    /// The screening group chosen last after a "yes": the one that ended
    /// the session, when one did.
    pub group: Option<Group>,
    /// Every screening group chosen, in order (review M5).
    pub groups: Vec<Group>,
    /// How the person feels after the session, once answered.
    pub feeling: Option<Feeling>,
    /// After "worse": whether there is new numbness, weakness or spreading
    /// pain, once answered (review S15).
    pub new_symptoms: Option<bool>,
    /// Why the routine did not fit, every limit in force, and every other
    /// answer that applies, when it did not.
    pub not_fit: Option<(Reason, Limits, Reasons)>,
}

/// One step that ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepRecord {
    /// The step's position in the plan.
    pub index: usize,
    /// The time it counted.
    pub held: Duration,
    /// Why it ended.
    pub ending: Ending,
}

/// One answered check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckInAnswer {
    /// The hold or roll it was about.
    pub index: usize,
    /// Whether it came halfway through a long hold.
    pub halfway: bool,
    /// Whether the person reported a warning sign.
    pub yes: bool,
}

/// One pressure rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RatingRecord {
    /// The hold or roll it was about.
    pub index: usize,
    /// The rating, or `None` if skipped.
    pub rating: Option<u8>,
}

impl Summary {
    /// Take note of a cue; the engine calls this for every cue it emits.
    pub(super) fn record(&mut self, cue: &Cue) {
        match *cue {
            Cue::ScreeningAnswered { yes } => self.screening = Some(yes),
            Cue::StepFinished {
                index,
                held,
                ending,
            } => {
                self.steps.push(StepRecord {
                    index,
                    held,
                    ending,
                });
            }
            Cue::CheckInAnswered {
                index,
                halfway,
                yes,
            } => {
                self.check_ins.push(CheckInAnswer {
                    index,
                    halfway,
                    yes,
                });
            }
            Cue::PressureRated { index, rating, .. } => {
                self.ratings.push(RatingRecord { index, rating });
            }
            Cue::Finished(outcome) => self.outcome = Some(outcome),
            Cue::GroupChosen { group } => {
                self.group = group;
                self.groups.extend(group);
            }
            Cue::NotFit {
                reason,
                limits,
                also,
            } => self.not_fit = Some((reason, limits, also)),
            Cue::FeelingAnswered {
                late: false,
                feeling,
            } => self.feeling = feeling,
            Cue::NewSymptomsAnswered { late: false, yes } => self.new_symptoms = Some(yes),
            _ => {}
        }
    }

    /// How many steps ran their whole time.
    pub fn steps_done(&self) -> usize {
        let done = |step: &&StepRecord| step.ending == Ending::Completed;
        self.steps.iter().filter(done).count()
    }

    /// The time counted across every step, whole or not.
    pub fn active_time(&self) -> Duration {
        self.steps.iter().map(|step| step.held).sum()
    }
}
