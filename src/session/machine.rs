//! The transition table: the session's stages, and what each command and
//! each deadline does in each of them. This module (this file, then the
//! transitions it names in `machine/questions.rs` and `machine/steps.rs`)
//! is the only one that assigns the stage; read the table top to bottom.
//! The other files of `session/` compute (the plan, a step's clock and
//! timeline, the fit, the status) and hand their answers back here.

mod questions;
mod steps;

use std::time::{Duration, Instant};

use super::cue::{Cue, Ending, Timed};
use super::fit::{Ask, Conditions};
use super::follow_up::{self, FollowUp};
use super::plan::Plan;
use super::ratings::Ratings;
use super::step_run::Run;
use super::summary::Summary;
use super::timeline::{Beat, Place};
use super::{Command, Outcome, REMINDER_EVERY};
use crate::routine::Routine;
use crate::safety::{Group, Load};

/// One session of a routine, driven by commands and the instants passed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub(super) plan: Plan,
    /// When pressure is rated, and what the ratings ended.
    pub(super) ratings: Ratings,
    pub(super) stage: State,
    pub(super) summary: Summary,
    pub(super) follow_up: FollowUp,
    /// The screening groups offered after a "yes", in order.
    pub(super) groups: Vec<Group>,
    /// Session time between reminders while a check-in waits.
    pub(super) reminder_every: Duration,
    /// How hard the routine presses, for deciding whether it fits.
    pub(super) load: Load,
    /// The long-standing conditions: remembered, and what to ask.
    pub(super) conditions: Conditions,
    /// At a reconfirmation, the conditions whose clinician's OK is asked
    /// again, last first; `None` when not reconfirming.
    pub(super) rechecks: Option<Vec<usize>>,
    /// Whether repeated pain stops were just noticed: asks whether a GP or
    /// physio has been seen since (review M7).
    pub(super) escalated: bool,
    /// Whether that question has been answered this session.
    pub(super) seen_asked: bool,
    /// Whether the person has run this routine before: the faces fold what
    /// they read at the first session (issue 19: at most 200 words).
    pub(super) familiar: bool,
    /// After a late "worse": whether new numbness, weakness or spreading
    /// pain came with it; today's session offers the gentle routine first.
    pub(super) late_worse: Option<bool>,
}

/// Where the session is: the machine's own state, with what each stage
/// carries (the screen's `tui::view::Stage` is only which page shows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum State {
    NotStarted,
    /// The question about an earlier session waits, before the screening.
    Late {
        about: String,
    },
    Screening,
    /// After a "yes" at the screening: which group applied.
    ChooseGroup,
    /// After a group that lets the session go on: does another apply too?
    AnotherGroup,
    /// A long-standing condition, or after a "yes" to one that waits for a
    /// clinician (`clinician`), whether a clinician has said yes.
    Condition {
        index: usize,
        clinician: bool,
    },
    /// Has anything changed since the remembered long-standing answers?
    StillTrue,
    /// After repeated pain stops: seen a GP or physio since?
    Seen,
    Step(Run),
    /// A check-in waits; `run` is the step it is about, its clock stopped.
    CheckIn {
        run: Run,
        halfway: bool,
        then: Then,
        asked_at: Instant,
        reminders: u32,
    },
    /// A pressure rating waits, after a check-in answered "no".
    Pressure {
        run: Run,
        then: Then,
    },
    /// The session has ended; how the person feels waits for an answer.
    Feeling {
        outcome: Outcome,
    },
    /// After "worse": new numbness, weakness or spreading pain? (review S15)
    NewSymptoms {
        outcome: Outcome,
    },
    /// After a late "worse": the same question about the earlier session,
    /// before today's screening.
    LateSymptoms,
    Finished(Outcome),
}

/// Where to go once a check-in (and rating) is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Then {
    Next,
    Previous,
    /// Carry on with the same step: the check-in came halfway through it.
    Resume,
}

/// Something that becomes due at an instant.
pub(super) enum Due {
    Step(Place, Beat),
    Reminder,
}

impl State {
    /// The step whose clock is running or stopped mid-way, if any.
    pub(super) fn run_in_progress(&self) -> Option<&Run> {
        match self {
            State::Step(run)
            | State::CheckIn {
                run,
                then: Then::Resume,
                ..
            }
            | State::Pressure {
                run,
                then: Then::Resume,
                ..
            } => Some(run),
            _ => None,
        }
    }

    /// The step a face shows: the one running, or the one a check-in or
    /// rating is about.
    pub(super) fn run_shown(&self) -> Option<&Run> {
        match self {
            State::Step(run) | State::CheckIn { run, .. } | State::Pressure { run, .. } => {
                Some(run)
            }
            _ => None,
        }
    }
}

impl Session {
    /// A session for a routine, not started yet.
    pub fn new(routine: &Routine) -> Self {
        Self {
            plan: Plan::new(routine),
            ratings: Ratings::new(&routine.safety),
            stage: State::NotStarted,
            summary: Summary::default(),
            follow_up: FollowUp::default(),
            groups: follow_up::groups(!routine.safety.screening.is_empty()),
            reminder_every: REMINDER_EVERY,
            load: routine.load(),
            conditions: Conditions::default(),
            rechecks: None,
            escalated: false,
            seen_asked: false,
            familiar: false,
            late_worse: None,
        }
    }

    /// The table: one command in the current stage. Anything not listed is
    /// ignored. The questions around a session come first, because even a
    /// stop answers them.
    pub(super) fn apply(&mut self, command: Command, now: Instant, out: &mut Vec<Timed>) {
        use Command as C;
        use State as S;
        match (&self.stage, command) {
            (S::Finished(_), _) => {}
            (S::Late { .. }, C::Feel(feeling)) => self.felt(Some(feeling), now, out),
            // Leaving the late question leads on to today's session.
            (S::Late { .. }, C::Stop | C::Unanswered) => self.felt(None, now, out),
            (S::Late { .. }, C::Interrupted) => {
                let cue = Cue::FeelingAnswered {
                    late: true,
                    feeling: None,
                };
                self.emit(out, now, cue);
                self.finish(Outcome::Interrupted, now, out);
            }
            (S::ChooseGroup, C::Choose(n)) => {
                if let Some(group) = self.groups.get(n).copied() {
                    self.chose(Some(group), now, out);
                }
            }
            // Nobody said which group applied: the guidance is the
            // emergency one, whatever ended the question.
            (S::ChooseGroup, C::Stop | C::Unanswered | C::Interrupted) => {
                self.chose(None, now, out);
            }
            (S::Feeling { .. }, C::Feel(feeling)) => self.felt(Some(feeling), now, out),
            (S::Feeling { .. }, C::Stop | C::Unanswered | C::Interrupted) => {
                self.felt(None, now, out);
            }
            (S::NewSymptoms { .. }, C::Answer(yes)) => self.new_symptoms(Some(yes), now, out),
            (S::NewSymptoms { .. }, C::Stop | C::Unanswered | C::Interrupted) => {
                self.new_symptoms(None, now, out);
            }
            (S::LateSymptoms, C::Answer(yes)) => self.late_symptoms(Some(yes), now, out),
            (S::LateSymptoms, C::Stop | C::Unanswered) => self.late_symptoms(None, now, out),
            (S::LateSymptoms, C::Interrupted) => self.finish(Outcome::Interrupted, now, out),
            (
                S::Late { .. }
                | S::ChooseGroup
                | S::Feeling { .. }
                | S::NewSymptoms { .. }
                | S::LateSymptoms,
                _,
            ) => {}
            (S::AnotherGroup, C::Answer(yes)) => self.another_group(yes, now, out),
            (_, C::Stop) => self.end_early(Outcome::StoppedByPerson, now, out),
            (_, C::Interrupted) => self.end_early(Outcome::Interrupted, now, out),
            (S::Screening, C::Answer(yes)) => self.screened(yes, now, out),
            (S::Screening, C::ReviewConditions) if self.conditions.ask != Ask::Every => {
                self.conditions.ask = Ask::Every;
                self.emit(out, now, Cue::ConditionsToReview);
            }
            (&S::Condition { index, clinician }, C::Answer(yes)) => {
                self.condition_answered(index, clinician, yes, now, out);
            }
            (S::StillTrue, C::Answer(changed)) => self.reconfirmed(changed, now, out),
            (S::Seen, C::Answer(seen)) => self.seen(seen, now, out),
            (S::CheckIn { .. }, C::Answer(yes)) => self.checked_in(yes, now, out),
            (S::Pressure { .. }, C::Rate(rating)) if rating.is_none_or(|r| r <= 10) => {
                self.rated(rating, now, out);
            }
            (S::Step(_), C::FoundIt) => {
                self.with_run(now, out, Run::found, |index| Cue::SpotFound { index });
            }
            (S::Step(run), C::TogglePause) if run.is_paused() => self.resume(now, out),
            (S::Step(_), C::Pause | C::TogglePause) => self.pause(now, out),
            (S::Step(_), C::Resume) => self.resume(now, out),
            (S::Step(_), C::Next) => self.skip(Then::Next, now, out),
            (S::Step(_), C::Previous) => self.skip(Then::Previous, now, out),
            (S::Step(_), C::Extend) => self.adjust(true, now, out),
            (S::Step(_), C::Shorten) => self.adjust(false, now, out),
            (_, C::Unanswered) if self.awaits_input() => {
                self.end_early(Outcome::Unanswered, now, out);
            }
            _ => {}
        }
    }

    /// What is due next, and when: a step's next moment, or a reminder.
    /// Nothing else happens by time alone: a check-in never passes itself.
    pub(super) fn due(&self) -> Option<(Instant, Due)> {
        match &self.stage {
            State::Step(run) => {
                let (key, event) = run.next_event(self.plan.get(run.index)?)?;
                Some((run.instant_of(key.0)?, Due::Step(key, event)))
            }
            State::CheckIn {
                asked_at,
                reminders,
                ..
            } => {
                let wait = self.reminder_every.checked_mul(reminders.checked_add(1)?)?;
                Some((asked_at.checked_add(wait)?, Due::Reminder))
            }
            _ => None,
        }
    }

    /// The table's other half: what a deadline does when it comes.
    pub(super) fn fire(&mut self, at: Instant, due: Due, out: &mut Vec<Timed>) {
        if let Due::Reminder = due {
            if let State::CheckIn { reminders, .. } = &mut self.stage {
                *reminders += 1;
            }
            self.emit(out, at, Cue::Reminder);
            return;
        }
        let (Due::Step(key, event), State::Step(run)) = (due, &mut self.stage) else {
            return;
        };
        run.cursor = Some(key);
        let index = run.index;
        match event {
            Beat::Breath(phase) => self.emit(out, at, Cue::Breath(phase)),
            Beat::Direction(direction) => self.emit(out, at, Cue::Direction(direction)),
            Beat::Countdown(n) => self.emit(out, at, Cue::Countdown(n)),
            Beat::Halfway => {
                run.halfway_cued = true;
                self.emit(out, at, Cue::Halfway { index });
            }
            Beat::HalfwayCheckIn => self.ask_halfway_check_in(at, out),
            Beat::End => {
                if let State::Step(run) = self.take_stage() {
                    self.leave_step(run, Ending::Completed, Then::Next, at, out);
                }
            }
        }
    }

    /// Asks the question about the last session, or the screening.
    fn end_early(&mut self, outcome: Outcome, now: Instant, out: &mut Vec<Timed>) {
        let stage = self.take_stage();
        self.stop(stage.run_in_progress(), outcome, now, out);
    }

    /// End the session; a step still in progress first reports its time held.
    fn stop(
        &mut self,
        in_progress: Option<&Run>,
        outcome: Outcome,
        now: Instant,
        out: &mut Vec<Timed>,
    ) {
        if let Some(run) = in_progress {
            let cue = Cue::StepFinished {
                index: run.index,
                held: run.elapsed(now),
                ending: Ending::Stopped,
            };
            self.emit(out, now, cue);
        }
        self.finish(outcome, now, out);
    }

    /// Ends the session with `outcome`, then asks how the person feels when
    /// a session actually ran.
    fn finish(&mut self, outcome: Outcome, at: Instant, out: &mut Vec<Timed>) {
        self.stage = State::Finished(outcome);
        self.emit(out, at, Cue::Finished(outcome));
        let ran = !self.summary.steps.is_empty();
        let asks = matches!(
            outcome,
            Outcome::Completed | Outcome::StoppedForSafety | Outcome::StoppedByPerson
        );
        if self.follow_up.after && ran && asks {
            self.stage = State::Feeling { outcome };
            self.emit(out, at, Cue::FeelingAsked { late: false });
        }
    }

    fn take_stage(&mut self) -> State {
        // The placeholder never survives: every caller sets the next stage.
        std::mem::replace(&mut self.stage, State::NotStarted)
    }

    /// Record a cue in the summary and hand it out: the one way cues leave.
    fn emit(&mut self, out: &mut Vec<Timed>, at: Instant, cue: Cue) {
        self.summary.record(&cue);
        out.push(Timed { at, cue });
    }
}
