//! The questions around a session that are not safety check-ins: how the
//! last session went (asked at launch), which screening group applied after
//! a "yes", and how the person feels at the end.
//!
//! They are engine states like the check-in, so every face asks them the
//! same way and every answer reaches the journal as a cue.

use std::time::Instant;

use super::cue::{Cue, Timed};
use super::engine::{Session, Stage};
use super::{Command, Feeling, Outcome};
use crate::safety::{Effect, Group, Tier};

/// Which of the questions around a session to ask.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUp {
    /// Ask which group applied after a "yes" at the screening, and how the
    /// person feels after a session that ran.
    pub after: bool,
    /// An earlier session whose better / same / worse question was never
    /// answered, described for the person ("Title, 2026-11-26 18:05"); asked
    /// before the screening.
    pub late: Option<String>,
}

/// The screening groups a person can choose from after a "yes", in order.
pub(super) fn groups(routine_has_questions: bool) -> Vec<Group> {
    let mut groups: Vec<Group> = Tier::ALL.iter().map(|t| Group::Builtin(*t)).collect();
    if routine_has_questions {
        groups.push(Group::Routine);
    }
    groups
}

impl Session {
    /// Asks the question about the last session, or the screening.
    pub(super) fn open(&mut self, now: Instant, out: &mut Vec<Timed>) {
        match self.follow_up.late.clone() {
            Some(about) => {
                self.stage = Stage::Late { about };
                self.emit(out, now, Cue::FeelingAsked { late: true });
            }
            None => self.ask_screening(now, out),
        }
    }

    pub(super) fn ask_screening(&mut self, now: Instant, out: &mut Vec<Timed>) {
        self.stage = Stage::Screening;
        self.emit(out, now, Cue::ScreeningAsked);
    }

    /// After a "yes" at the screening: ask which group applied, if wanted.
    pub(super) fn stop_at_screening(&mut self, now: Instant, out: &mut Vec<Timed>) {
        if self.follow_up.after {
            self.stage = Stage::ChooseGroup;
            self.emit(out, now, Cue::GroupAsked);
        } else {
            self.finish(Outcome::StoppedAtScreening, now, out);
        }
    }

    /// Ends the session with `outcome`, then asks how the person feels when
    /// a session actually ran.
    pub(super) fn finish(&mut self, outcome: Outcome, at: Instant, out: &mut Vec<Timed>) {
        self.stage = Stage::Finished(outcome);
        self.emit(out, at, Cue::Finished(outcome));
        let ran = !self.summary.steps.is_empty();
        let asks = matches!(
            outcome,
            Outcome::Completed | Outcome::StoppedForSafety | Outcome::StoppedByPerson
        );
        if self.follow_up.after && ran && asks {
            self.stage = Stage::Feeling { outcome };
            self.emit(out, at, Cue::FeelingAsked { late: false });
        }
    }

    /// Applies a command to one of the follow-up questions; true when it was
    /// one of them, whatever the command.
    pub(super) fn follow_up_command(
        &mut self,
        command: Command,
        now: Instant,
        out: &mut Vec<Timed>,
    ) -> bool {
        match (&self.stage, command) {
            (Stage::Late { .. }, Command::Feel(feeling)) => {
                self.felt(true, Some(feeling), now, out)
            }
            // Leaving the late question leads on to today's session.
            (Stage::Late { .. }, Command::Stop | Command::Unanswered) => {
                self.felt(true, None, now, out);
            }
            (Stage::Late { .. }, Command::Interrupted) => {
                self.emit(
                    out,
                    now,
                    Cue::FeelingAnswered {
                        late: true,
                        feeling: None,
                    },
                );
                self.finish(Outcome::Interrupted, now, out);
            }
            (Stage::ChooseGroup, Command::Choose(n)) => {
                if let Some(group) = self.groups.get(n).copied() {
                    self.chose(Some(group), now, out);
                }
            }
            // Nobody said which group applied: the guidance is the
            // emergency one. The session was stopped by the screening
            // whatever ended the question.
            (Stage::ChooseGroup, Command::Stop | Command::Unanswered | Command::Interrupted) => {
                self.chose(None, now, out);
            }
            (Stage::Feeling { .. }, Command::Feel(feeling)) => {
                self.felt(false, Some(feeling), now, out);
            }
            (Stage::Feeling { .. }, Command::Stop | Command::Unanswered | Command::Interrupted) => {
                self.felt(false, None, now, out);
            }
            (Stage::Late { .. } | Stage::ChooseGroup | Stage::Feeling { .. }, _) => {}
            _ => return false,
        }
        true
    }

    /// A group that only limits the session leads on to the long-standing
    /// conditions; any other ends it at the screening.
    fn chose(&mut self, group: Option<Group>, now: Instant, out: &mut Vec<Timed>) {
        self.emit(out, now, Cue::GroupChosen { group });
        match group {
            Some(Group::Builtin(tier)) if tier.effect() != Effect::Stop => {
                self.after_screening(now, out);
            }
            _ => self.finish(Outcome::StoppedAtScreening, now, out),
        }
    }

    fn felt(&mut self, late: bool, feeling: Option<Feeling>, now: Instant, out: &mut Vec<Timed>) {
        self.emit(out, now, Cue::FeelingAnswered { late, feeling });
        match self.take_stage() {
            Stage::Late { .. } => self.ask_screening(now, out),
            Stage::Feeling { outcome } => self.stage = Stage::Finished(outcome),
            other => self.stage = other,
        }
    }
}
