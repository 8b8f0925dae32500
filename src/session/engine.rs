//! The session state machine: what is due, and what happens when it is.

use std::time::{Duration, Instant};

use super::cue::{Cue, Ending, Timed};
use super::fit::Conditions;
use super::follow_up::{self, FollowUp};
use super::plan::Plan;
use super::run::Run;
use super::summary::Summary;
use super::timeline::{Event, Key};
use super::{Command, Outcome, REMINDER_EVERY};
use crate::routine::Routine;
use crate::safety::{self, Group, Load};

/// One session of a routine, driven by commands and the instants passed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub(super) plan: Plan,
    pub(super) check_in_question: String,
    pub(super) rate_pressure: bool,
    /// The routine's `pressure_cap`: a rating above it gets "ease off".
    pub(super) pressure_cap: Option<u8>,
    pub(super) stage: Stage,
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
}

/// Where the session is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Stage {
    NotStarted,
    /// The question about an earlier session waits, before the screening.
    Late {
        about: String,
    },
    Screening,
    /// After a "yes" at the screening: which group applied.
    ChooseGroup,
    /// A long-standing condition, or after a "yes" to one that waits for a
    /// clinician (`clinician`), whether a clinician has said yes.
    Condition {
        index: usize,
        clinician: bool,
    },
    /// Are the remembered long-standing answers still true?
    StillTrue,
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
    Finished(Outcome),
}

impl Stage {
    /// The step whose clock is running or stopped mid-way, if any.
    pub(super) fn run_in_progress(&self) -> Option<&Run> {
        match self {
            Stage::Step(run)
            | Stage::CheckIn {
                run,
                then: Then::Resume,
                ..
            }
            | Stage::Pressure {
                run,
                then: Then::Resume,
                ..
            } => Some(run),
            _ => None,
        }
    }
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
enum Due {
    Step(Key, Event),
    Reminder,
}

impl Session {
    /// A session for a routine, not started yet.
    pub fn new(routine: &Routine) -> Self {
        Self {
            plan: Plan::new(routine),
            check_in_question: safety::check_in_question(&routine.safety.stop_signs),
            rate_pressure: routine.safety.rate_pressure,
            pressure_cap: routine.safety.pressure_cap,
            stage: Stage::NotStarted,
            summary: Summary::default(),
            follow_up: FollowUp::default(),
            groups: follow_up::groups(!routine.safety.screening.is_empty()),
            reminder_every: REMINDER_EVERY,
            load: routine.load(),
            conditions: Conditions::default(),
        }
    }

    /// Reminds a waiting check-in this often, in session time: a face whose
    /// clock runs faster than real time scales it, so a person is reminded
    /// every [`REMINDER_EVERY`] of their own time.
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

    /// The earlier session the launch asks about first, if any.
    pub fn late_about(&self) -> Option<&str> {
        self.follow_up.late.as_deref()
    }

    /// The screening groups a person chooses from after a "yes", in order.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// The expanded steps this session runs.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The check-in question for this routine; it points to the routine's
    /// stop signs, which are listed at the start of steps, not in it.
    pub fn check_in_question(&self) -> &str {
        &self.check_in_question
    }

    /// What has happened so far: steps held, answers, ratings, outcome.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// How the session ended, once it has (a question about how the person
    /// feels may still wait).
    pub fn outcome(&self) -> Option<Outcome> {
        match self.stage {
            Stage::Finished(outcome) | Stage::Feeling { outcome } => Some(outcome),
            _ => None,
        }
    }

    /// Whether nothing is left to do or ask.
    pub fn is_over(&self) -> bool {
        matches!(self.stage, Stage::Finished(_))
    }

    /// Ask the first question (the screening, or how the last session went);
    /// does nothing once started.
    pub fn start(&mut self, now: Instant) -> Vec<Cue> {
        let mut out = Vec::new();
        if self.stage == Stage::NotStarted {
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

    fn due(&self) -> Option<(Instant, Due)> {
        match &self.stage {
            Stage::Step(run) => {
                let (key, event) = run.next_event(self.plan.get(run.index)?)?;
                Some((run.instant_of(key.0)?, Due::Step(key, event)))
            }
            // Reminders are the only thing time does at a check-in: it never
            // gets past one on its own.
            Stage::CheckIn {
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

    fn fire(&mut self, at: Instant, due: Due, out: &mut Vec<Timed>) {
        match due {
            Due::Reminder => {
                if let Stage::CheckIn { reminders, .. } = &mut self.stage {
                    *reminders += 1;
                }
                self.emit(out, at, Cue::Reminder);
            }
            Due::Step(key, event) => self.fire_step_event(at, key, event, out),
        }
    }

    fn fire_step_event(&mut self, at: Instant, key: Key, event: Event, out: &mut Vec<Timed>) {
        let Stage::Step(run) = &mut self.stage else {
            return;
        };
        run.cursor = Some(key);
        let index = run.index;
        match event {
            Event::Breath(phase) => self.emit(out, at, Cue::Breath(phase)),
            Event::Direction(direction) => self.emit(out, at, Cue::Direction(direction)),
            Event::Countdown(n) => self.emit(out, at, Cue::Countdown(n)),
            Event::Halfway => {
                run.halfway_cued = true;
                self.emit(out, at, Cue::Halfway { index });
            }
            Event::HalfwayCheckIn => self.ask_halfway_check_in(at, out),
            Event::End => {
                if let Stage::Step(run) = self.take_stage() {
                    self.leave_step(run, Ending::Completed, Then::Next, at, out);
                }
            }
        }
    }

    pub(super) fn take_stage(&mut self) -> Stage {
        // The placeholder never survives: every caller sets the next stage.
        std::mem::replace(&mut self.stage, Stage::NotStarted)
    }

    /// Record a cue in the summary and hand it out: the one way cues leave.
    pub(super) fn emit(&mut self, out: &mut Vec<Timed>, at: Instant, cue: Cue) {
        self.summary.record(&cue);
        out.push(Timed { at, cue });
    }
}

fn cues(timed: Vec<Timed>) -> Vec<Cue> {
    timed.into_iter().map(|timed| timed.cue).collect()
}
