//! The engine's public face: time and commands in, cues out, and what a
//! face may read. Every change of stage is `machine.rs`'s.

use std::time::{Duration, Instant};

use super::asked::Asked;
use super::cue::{Cue, Timed};
use super::fit::{Ask, Conditions};
use super::follow_up::FollowUp;
use super::machine::{Session, State};
use super::plan::Plan;
use super::summary::Summary;
use super::{Command, Outcome};
use crate::safety::{Answers, Group};

impl Session {
    /// Reminds a waiting check-in this often, in session time: a face whose
    /// clock runs faster than real time scales it, so a person is reminded
    /// every [`super::REMINDER_EVERY`] of their own time.
    pub fn with_reminder_every(mut self, every: Duration) -> Self {
        self.reminder_every = every;
        self
    }

    /// Also asks the questions around the session (see [`FollowUp`]); every
    /// face running a real session asks them.
    pub fn with_follow_up(mut self, follow_up: FollowUp) -> Self {
        self.follow_up = follow_up;
        self
    }

    /// Uses what is known of the long-standing conditions; every face
    /// running a real session passes what it remembered.
    pub fn with_conditions(mut self, conditions: Conditions) -> Self {
        self.conditions = conditions;
        self
    }

    /// Repeated pain stops were noticed before this session: it asks
    /// whether a GP or physio has been seen since (review M7).
    pub fn with_escalation(mut self, escalated: bool) -> Self {
        self.escalated = escalated;
        self
    }

    /// The person has run this routine before: the faces fold its before
    /// lines and the list's headings.
    pub fn with_familiar(mut self, familiar: bool) -> Self {
        self.familiar = familiar;
        self
    }

    /// Whether the person has run this routine before.
    pub fn familiar(&self) -> bool {
        self.familiar
    }

    /// The long-standing conditions as answered so far.
    pub fn conditions(&self) -> &Answers {
        &self.conditions.answers
    }

    /// Whether the long-standing questions are asked this time, in full.
    pub fn asks_every_condition(&self) -> bool {
        self.conditions.ask == Ask::Every
    }

    /// What the screening says of the long-standing conditions, the same on
    /// both faces: that they follow, or what is remembered; once the routine
    /// is familiar and none are remembered, nothing (the weekly question
    /// asks what changed).
    pub fn conditions_line(&self) -> Option<String> {
        let every = self.asks_every_condition();
        let none = self.conditions().conditions().next().is_none();
        (every || !self.familiar || !none).then(|| self.conditions().summary_line(every))
    }

    /// Whether the screening offers to change the remembered conditions
    /// (`c`): not while every question follows anyway, and not once the
    /// routine is familiar, where the list is folded.
    pub fn offers_condition_review(&self) -> bool {
        !self.asks_every_condition() && !self.familiar
    }

    /// The earlier session the launch asks about first, if any.
    pub fn late_about(&self) -> Option<&str> {
        self.follow_up.late.as_deref()
    }

    /// After "worse" answered late, about the earlier session: whether new
    /// numbness, weakness or spreading pain came with it (review S15).
    pub fn late_worse(&self) -> Option<bool> {
        self.late_worse
    }

    /// The screening groups a person chooses from after a "yes", in order.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// The expanded steps this session runs.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// What has happened so far: steps held, answers, ratings, outcome.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// How the session ended, once it has (a question about how the person
    /// feels may still wait).
    pub fn outcome(&self) -> Option<Outcome> {
        match self.stage {
            State::Finished(outcome)
            | State::Feeling { outcome }
            | State::NewSymptoms { outcome } => Some(outcome),
            _ => None,
        }
    }

    /// Whether nothing is left to do or ask.
    pub fn is_over(&self) -> bool {
        matches!(self.stage, State::Finished(_))
    }

    /// What the person is being asked now; every face keys its input on it.
    pub fn asked(&self) -> Option<Asked> {
        Some(match &self.stage {
            State::Late { .. } => Asked::Feeling { late: true },
            State::Screening => Asked::Screening,
            State::ChooseGroup => Asked::Group {
                count: self.groups.len(),
            },
            State::AnotherGroup => Asked::AnotherGroup,
            State::Condition { .. } => Asked::Condition,
            State::StillTrue => Asked::StillTrue,
            State::Seen => Asked::Seen,
            State::Step(run) if run.is_waiting() => Asked::FindSpot,
            State::CheckIn { halfway, .. } => Asked::CheckIn { halfway: *halfway },
            State::Pressure { .. } => Asked::Pressure,
            State::Feeling { .. } => Asked::Feeling { late: false },
            State::NewSymptoms { .. } | State::LateSymptoms => Asked::NewSymptoms,
            State::NotStarted | State::Step(_) | State::Finished(_) => return None,
        })
    }

    /// Whether the session is waiting for the person to answer or act.
    pub fn awaits_input(&self) -> bool {
        self.asked().is_some()
    }

    /// Ask the first question (the screening, or how the last session went);
    /// does nothing once started.
    pub fn start(&mut self, now: Instant) -> Vec<Cue> {
        let mut out = Vec::new();
        if self.stage == State::NotStarted {
            self.open(now, &mut out);
        }
        cues(out)
    }

    /// Apply everything that has become due by `now`, for a jump of any size.
    pub fn advance(&mut self, now: Instant) -> Vec<Cue> {
        cues(self.advance_timed(now))
    }

    /// Like [`Session::advance`], with the instant each cue became due.
    pub fn advance_timed(&mut self, now: Instant) -> Vec<Timed> {
        let mut out = Vec::new();
        while let Some((at, due)) = self.due()
            && at <= now
        {
            self.fire(at, due, &mut out);
        }
        out
    }

    /// Catch up to `now`, then apply a command; ignored where it makes no sense.
    pub fn handle(&mut self, command: Command, now: Instant) -> Vec<Cue> {
        let mut out = self.advance_timed(now);
        self.apply(command, now, &mut out);
        // A command can make something due at once (a step ending now).
        out.extend(self.advance_timed(now));
        cues(out)
    }

    /// When `advance` next has something to do; `None` while waiting for the
    /// person (a question, a find-spot hold, a pause) or once finished.
    pub fn next_deadline(&self) -> Option<Instant> {
        self.due().map(|(at, _)| at)
    }
}

fn cues(timed: Vec<Timed>) -> Vec<Cue> {
    timed.into_iter().map(|timed| timed.cue).collect()
}
