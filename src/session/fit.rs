//! After today's screening: the long-standing conditions (asked, reconfirmed
//! or remembered) and whether this routine fits what the person said.
//!
//! docs/safety.md, "Screening": a "yes" adapts instead of only blocking. A
//! session whose routine fits goes ahead with the advice that applies; one
//! that does not ends at the screening, offering the routines that fit.

use std::time::Instant;

use super::Outcome;
use super::cue::{Cue, Timed};
use super::engine::{Session, Stage};
use crate::safety::{Answers, CONDITIONS, Effect, Group, Limit, Limits, Reason};

/// What the session knows of the long-standing conditions before it starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conditions {
    /// The answers remembered from an earlier session (none: all "no").
    pub answers: Answers,
    /// What to ask about them this time.
    pub ask: Ask,
}

/// What to ask about the long-standing conditions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Ask {
    /// Nothing: the remembered answers are recent.
    #[default]
    Nothing,
    /// One question: are the remembered answers still true?
    StillTrue,
    /// Every question, one by one: first time, or asked to change them.
    Every,
}

impl Session {
    /// Uses what is known of the long-standing conditions; every face
    /// running a real session passes what it remembered.
    pub fn with_conditions(mut self, conditions: Conditions) -> Self {
        self.conditions = conditions;
        self
    }

    /// The long-standing conditions as answered so far.
    pub fn conditions(&self) -> &Answers {
        &self.conditions.answers
    }

    /// At today's screening, the person asks to change the long-standing
    /// answers: every question follows the screening.
    pub(super) fn review_conditions(&mut self, now: Instant, out: &mut Vec<Timed>) {
        if self.stage == Stage::Screening && self.conditions.ask != Ask::Every {
            self.conditions.ask = Ask::Every;
            self.emit(out, now, Cue::ConditionsToReview);
        }
    }

    /// Whether the long-standing questions are asked this time, in full.
    pub fn asks_every_condition(&self) -> bool {
        self.conditions.ask == Ask::Every
    }

    /// After a "no" to today's screening, or a group that lets the session
    /// go on: the long-standing conditions, then whether the routine fits.
    pub(super) fn after_screening(&mut self, now: Instant, out: &mut Vec<Timed>) {
        match self.conditions.ask {
            Ask::Every => {
                self.conditions.answers = Answers::default();
                self.ask_condition(0, false, now, out);
            }
            Ask::StillTrue => {
                self.stage = Stage::StillTrue;
                self.emit(out, now, Cue::StillTrueAsked);
            }
            Ask::Nothing => self.decide(now, out),
        }
    }

    fn ask_condition(&mut self, index: usize, clinician: bool, now: Instant, out: &mut Vec<Timed>) {
        if index < CONDITIONS.len() {
            self.stage = Stage::Condition { index, clinician };
            self.emit(out, now, Cue::ConditionAsked { index, clinician });
        } else {
            self.settled(now, out);
        }
    }

    /// A yes or no to a long-standing question; true when it was one.
    pub(super) fn answer_condition(
        &mut self,
        yes: bool,
        now: Instant,
        out: &mut Vec<Timed>,
    ) -> bool {
        match self.stage {
            Stage::Condition { index, clinician } => {
                let Some(condition) = CONDITIONS.get(index) else {
                    return false;
                };
                let answers = &mut self.conditions.answers;
                let set = if clinician {
                    &mut answers.cleared
                } else {
                    &mut answers.yes
                };
                if yes {
                    set.insert(condition.id.to_owned());
                }
                self.emit(
                    out,
                    now,
                    Cue::ConditionAnswered {
                        index,
                        clinician,
                        yes,
                    },
                );
                if yes && !clinician && condition.clinician_lifts {
                    self.ask_condition(index, true, now, out);
                } else {
                    self.ask_condition(index + 1, false, now, out);
                }
            }
            Stage::StillTrue => {
                self.emit(out, now, Cue::StillTrueAnswered { yes });
                if yes {
                    self.settled(now, out);
                } else {
                    self.conditions.ask = Ask::Every;
                    self.after_screening(now, out);
                }
            }
            _ => return false,
        }
        true
    }

    /// The answers are known for today: they are saved, then applied.
    fn settled(&mut self, now: Instant, out: &mut Vec<Timed>) {
        self.conditions.ask = Ask::Nothing;
        self.emit(out, now, Cue::ConditionsSettled);
        self.decide(now, out);
    }

    /// Starts the first step with the advice that applies, or ends the
    /// session when the routine does not fit.
    fn decide(&mut self, now: Instant, out: &mut Vec<Timed>) {
        // Every reason to say something, with the limit it sets, if any.
        let mut reasons: Vec<(Reason, Option<Limit>)> = Vec::new();
        if let Some(Group::Builtin(tier)) = self.summary.group {
            let limit = match tier.effect() {
                Effect::Only(limit) => Some(limit),
                Effect::Stop | Effect::Proceed => None,
            };
            reasons.push((Reason::Today(tier), limit));
        }
        let conditions = self.conditions.answers.in_force();
        reasons.extend(conditions.map(|(index, limit)| (Reason::Condition(index), limit)));
        let limits = reasons
            .iter()
            .filter_map(|(_, limit)| *limit)
            .fold(Limits::default(), Limits::with);
        let refused = reasons
            .iter()
            .find(|(_, limit)| limit.is_some_and(|l| !l.allows(self.load)));
        if let Some((reason, _)) = refused {
            let reason = *reason;
            self.emit(out, now, Cue::NotFit { reason, limits });
            self.finish(Outcome::StoppedAtScreening, now, out);
            return;
        }
        for (reason, _) in reasons {
            self.emit(out, now, Cue::Advised { reason });
        }
        self.begin_step(0, now, out);
    }
}
