//! The transitions of the questions before and after the steps: the late
//! question, the screening, its group, the long-standing conditions and
//! whether the routine fits.

use std::time::Instant;

use super::{Session, State};
use crate::safety::{self, Effect, Group};
use crate::session::cue::{Cue, Timed};
use crate::session::fit::{self, Ask, Decision};
use crate::session::{Feeling, Outcome};

impl Session {
    pub(in crate::session) fn open(&mut self, now: Instant, out: &mut Vec<Timed>) {
        match self.follow_up.late.clone() {
            Some(about) => {
                self.stage = State::Late { about };
                self.emit(out, now, Cue::FeelingAsked { late: true });
            }
            None => self.ask_screening(now, out),
        }
    }

    pub(super) fn ask_screening(&mut self, now: Instant, out: &mut Vec<Timed>) {
        self.stage = State::Screening;
        self.emit(out, now, Cue::ScreeningAsked);
    }

    /// A "yes" asks which group applied (if wanted) or ends the session.
    pub(super) fn screened(&mut self, yes: bool, now: Instant, out: &mut Vec<Timed>) {
        self.emit(out, now, Cue::ScreeningAnswered { yes });
        if !yes {
            self.after_screening(now, out);
        } else if self.follow_up.after {
            self.stage = State::ChooseGroup;
            self.emit(out, now, Cue::GroupAsked);
        } else {
            self.finish(Outcome::StoppedAtScreening, now, out);
        }
    }

    /// A group that only limits the session leads on to the long-standing
    /// conditions; any other ends it at the screening.
    pub(super) fn chose(&mut self, group: Option<Group>, now: Instant, out: &mut Vec<Timed>) {
        self.emit(out, now, Cue::GroupChosen { group });
        match group {
            Some(Group::Builtin(tier)) if tier.effect() != Effect::Stop => {
                self.stage = State::AnotherGroup;
                self.emit(out, now, Cue::AnotherGroupAsked);
            }
            _ => self.finish(Outcome::StoppedAtScreening, now, out),
        }
    }

    /// A "yes" chooses another group; a "no" goes on with every group
    /// chosen, each applying.
    pub(super) fn another_group(&mut self, yes: bool, now: Instant, out: &mut Vec<Timed>) {
        self.emit(out, now, Cue::AnotherGroupAnswered { yes });
        if yes {
            self.stage = State::ChooseGroup;
            self.emit(out, now, Cue::GroupAsked);
        } else {
            self.after_screening(now, out);
        }
    }

    /// The answer to better / same / worse, late or after the session.
    pub(super) fn felt(&mut self, feeling: Option<Feeling>, now: Instant, out: &mut Vec<Timed>) {
        let late = matches!(self.stage, State::Late { .. });
        self.emit(out, now, Cue::FeelingAnswered { late, feeling });
        match self.take_stage() {
            // The earlier session gets the same question (review S15).
            State::Late { .. } if feeling == Some(Feeling::Worse) => {
                self.late_worse = Some(false);
                self.stage = State::LateSymptoms;
                self.emit(out, now, Cue::NewSymptomsAsked);
            }
            State::Late { .. } => self.ask_screening(now, out),
            State::Feeling { outcome } if feeling == Some(Feeling::Worse) => {
                self.stage = State::NewSymptoms { outcome };
                self.emit(out, now, Cue::NewSymptomsAsked);
            }
            State::Feeling { outcome } => self.stage = State::Finished(outcome),
            other => self.stage = other,
        }
    }

    /// The answer to "new numbness, weakness or spreading pain?" after
    /// "worse", or the question left (`None`): the session is over either
    /// way; a "yes" gets same-day advice (review S15).
    pub(super) fn new_symptoms(&mut self, yes: Option<bool>, now: Instant, out: &mut Vec<Timed>) {
        if let Some(yes) = yes {
            self.emit(out, now, Cue::NewSymptomsAnswered { late: false, yes });
        }
        if let State::NewSymptoms { outcome } = self.take_stage() {
            self.stage = State::Finished(outcome);
        }
    }

    /// The same answer about the earlier session, after a late "worse", or
    /// the question left (`None`): today's screening comes next.
    pub(super) fn late_symptoms(&mut self, yes: Option<bool>, now: Instant, out: &mut Vec<Timed>) {
        if let Some(yes) = yes {
            self.late_worse = Some(yes);
            self.emit(out, now, Cue::NewSymptomsAnswered { late: true, yes });
        }
        self.ask_screening(now, out);
    }

    /// After a "no" to today's screening, or a group that lets the session
    /// go on: the long-standing conditions, then whether the routine fits.
    pub(super) fn after_screening(&mut self, now: Instant, out: &mut Vec<Timed>) {
        match self.conditions.ask {
            Ask::Every => {
                // Asked again from the start, but a GP or physio still to be
                // seen is no long-standing answer: it stays until "yes".
                let review_due = self.conditions.answers.review_due;
                self.conditions.answers = safety::Answers {
                    review_due,
                    ..safety::Answers::default()
                };
                self.ask_condition(0, false, now, out);
            }
            Ask::StillTrue => {
                self.stage = State::StillTrue;
                self.emit(out, now, Cue::StillTrueAsked);
            }
            Ask::Nothing => self.decide(now, out),
        }
    }

    pub(super) fn ask_condition(
        &mut self,
        index: usize,
        clinician: bool,
        now: Instant,
        out: &mut Vec<Timed>,
    ) {
        if index < safety::CONDITIONS.len() {
            self.stage = State::Condition { index, clinician };
            self.emit(out, now, Cue::ConditionAsked { index, clinician });
        } else {
            self.settled(now, out);
        }
    }

    pub(super) fn condition_answered(
        &mut self,
        index: usize,
        clinician: bool,
        yes: bool,
        now: Instant,
        out: &mut Vec<Timed>,
    ) {
        let Some(lifts) = fit::record(&mut self.conditions.answers, index, clinician, yes) else {
            return;
        };
        let cue = Cue::ConditionAnswered {
            index,
            clinician,
            yes,
        };
        self.emit(out, now, cue);
        if clinician && self.rechecks.is_some() {
            self.next_recheck(now, out);
        } else if yes && !clinician && lifts {
            self.ask_condition(index, true, now, out);
        } else {
            self.ask_condition(index + 1, false, now, out);
        }
    }

    /// The answer to "has anything changed since you last answered?": a
    /// "yes" asks every question again; a "no" keeps the answers, asking
    /// again for each clinician's OK they rely on (review S5/S6).
    pub(super) fn reconfirmed(&mut self, changed: bool, now: Instant, out: &mut Vec<Timed>) {
        self.emit(out, now, Cue::StillTrueAnswered { changed });
        if changed {
            self.conditions.ask = Ask::Every;
            self.after_screening(now, out);
            return;
        }
        let answers = &mut self.conditions.answers;
        let mut rechecks: Vec<usize> = safety::CONDITIONS
            .iter()
            .enumerate()
            .filter(|(_, c)| answers.yes.contains(c.id) && answers.cleared.contains(c.id))
            .map(|(index, _)| index)
            .collect();
        rechecks.reverse();
        // An OK counts again only once it is given again.
        answers.cleared.clear();
        self.rechecks = Some(rechecks);
        self.next_recheck(now, out);
    }

    /// Asks the next clinician's OK due again, or settles the answers.
    fn next_recheck(&mut self, now: Instant, out: &mut Vec<Timed>) {
        match self.rechecks.as_mut().and_then(Vec::pop) {
            Some(index) => {
                self.stage = State::Condition {
                    index,
                    clinician: true,
                };
                self.emit(
                    out,
                    now,
                    Cue::ConditionAsked {
                        index,
                        clinician: true,
                    },
                );
            }
            None => {
                self.rechecks = None;
                self.settled(now, out);
            }
        }
    }

    /// The answers are known for today: they are saved, then applied.
    pub(super) fn settled(&mut self, now: Instant, out: &mut Vec<Timed>) {
        self.conditions.ask = Ask::Nothing;
        self.emit(out, now, Cue::ConditionsSettled);
        self.decide(now, out);
    }

    /// The answer to "seen a GP or physio since?": a "no" is remembered
    /// with the conditions, and limits every session until a "yes".
    pub(super) fn seen(&mut self, seen: bool, now: Instant, out: &mut Vec<Timed>) {
        self.seen_asked = true;
        self.emit(out, now, Cue::SeenAnswered { seen });
        // Saved only when it changes: saving dates the answers anew, and a
        // "no" at every session must not put off the weekly reconfirmation.
        if self.conditions.answers.review_due == seen {
            self.conditions.answers.review_due = !seen;
            self.emit(out, now, Cue::ConditionsSettled);
        }
        self.decide(now, out);
    }

    /// Starts the first step with the advice that applies, or ends the
    /// session when the routine does not fit.
    pub(super) fn decide(&mut self, now: Instant, out: &mut Vec<Timed>) {
        let due = self.escalated || self.conditions.answers.review_due;
        if due && !self.seen_asked {
            self.stage = State::Seen;
            self.emit(out, now, Cue::SeenAsked);
            return;
        }
        match fit::decide(&self.summary.groups, &self.conditions.answers, self.load) {
            Decision::NotFit {
                reason,
                limits,
                also,
            } => {
                let cue = Cue::NotFit {
                    reason,
                    limits,
                    also,
                };
                self.emit(out, now, cue);
                self.finish(Outcome::StoppedAtScreening, now, out);
            }
            Decision::Go { advised } => {
                for reason in advised {
                    self.emit(out, now, Cue::Advised { reason });
                }
                self.begin_step(0, now, out);
            }
        }
    }
}
