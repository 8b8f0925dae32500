//! The transition table: the session's stages, and what each command and
//! each deadline does in each of them. This is the one file that assigns
//! the stage; read it top to bottom. The other files of `session/` compute
//! (the plan, a step's clock and timeline, the fit, the status) and hand
//! their answers back here.

use std::time::{Duration, Instant};

use super::cue::{Cue, Ending, Timed};
use super::fit::{self, Ask, Conditions, Decision};
use super::follow_up::{self, FollowUp};
use super::plan::{Plan, PlannedKind};
use super::run::Run;
use super::summary::Summary;
use super::timeline::{Event, Key};
use super::{Command, Feeling, Outcome, REMINDER_EVERY};
use crate::routine::Routine;
use crate::safety::{self, Effect, Group, Load};

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
    Step(Key, Event),
    Reminder,
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

    /// The step a face shows: the one running, or the one a check-in or
    /// rating is about.
    pub(super) fn run_shown(&self) -> Option<&Run> {
        match self {
            Stage::Step(run) | Stage::CheckIn { run, .. } | Stage::Pressure { run, .. } => {
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
            check_in_question: safety::check_in_question(&routine.safety.stop_signs),
            rate_pressure: routine.safety.rate_pressure,
            pressure_cap: routine.safety.pressure_cap,
            stage: Stage::NotStarted,
            summary: Summary::default(),
            follow_up: FollowUp::default(),
            groups: follow_up::groups(!routine.safety.screening.is_empty()),
            reminder_every: REMINDER_EVERY,
            load: Load::of(
                &routine.tools,
                &routine.areas,
                routine.steps.iter().any(|s| s.kind.checks_in()),
                routine
                    .safety
                    .pressure_cap
                    .filter(|_| routine.safety.rate_pressure),
            ),
            conditions: Conditions::default(),
        }
    }

    /// The table: one command in the current stage. Anything not listed is
    /// ignored. The questions around a session come first, because even a
    /// stop answers them.
    pub(super) fn apply(&mut self, command: Command, now: Instant, out: &mut Vec<Timed>) {
        use Command as C;
        use Stage as S;
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
            (S::Late { .. } | S::ChooseGroup | S::Feeling { .. }, _) => {}
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
            (S::StillTrue, C::Answer(yes)) => {
                self.emit(out, now, Cue::StillTrueAnswered { yes });
                if yes {
                    self.settled(now, out);
                } else {
                    self.conditions.ask = Ask::Every;
                    self.after_screening(now, out);
                }
            }
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
            Stage::Step(run) => {
                let (key, event) = run.next_event(self.plan.get(run.index)?)?;
                Some((run.instant_of(key.0)?, Due::Step(key, event)))
            }
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

    /// The table's other half: what a deadline does when it comes.
    pub(super) fn fire(&mut self, at: Instant, due: Due, out: &mut Vec<Timed>) {
        if let Due::Reminder = due {
            if let Stage::CheckIn { reminders, .. } = &mut self.stage {
                *reminders += 1;
            }
            self.emit(out, at, Cue::Reminder);
            return;
        }
        let (Due::Step(key, event), Stage::Step(run)) = (due, &mut self.stage) else {
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

    fn ask_screening(&mut self, now: Instant, out: &mut Vec<Timed>) {
        self.stage = Stage::Screening;
        self.emit(out, now, Cue::ScreeningAsked);
    }

    /// A "yes" asks which group applied (if wanted) or ends the session.
    fn screened(&mut self, yes: bool, now: Instant, out: &mut Vec<Timed>) {
        self.emit(out, now, Cue::ScreeningAnswered { yes });
        if !yes {
            self.after_screening(now, out);
        } else if self.follow_up.after {
            self.stage = Stage::ChooseGroup;
            self.emit(out, now, Cue::GroupAsked);
        } else {
            self.finish(Outcome::StoppedAtScreening, now, out);
        }
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

    /// The answer to better / same / worse, late or after the session.
    fn felt(&mut self, feeling: Option<Feeling>, now: Instant, out: &mut Vec<Timed>) {
        let late = matches!(self.stage, Stage::Late { .. });
        self.emit(out, now, Cue::FeelingAnswered { late, feeling });
        match self.take_stage() {
            Stage::Late { .. } => self.ask_screening(now, out),
            Stage::Feeling { outcome } => self.stage = Stage::Finished(outcome),
            other => self.stage = other,
        }
    }

    /// After a "no" to today's screening, or a group that lets the session
    /// go on: the long-standing conditions, then whether the routine fits.
    fn after_screening(&mut self, now: Instant, out: &mut Vec<Timed>) {
        match self.conditions.ask {
            Ask::Every => {
                self.conditions.answers = safety::Answers::default();
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
        if index < safety::CONDITIONS.len() {
            self.stage = Stage::Condition { index, clinician };
            self.emit(out, now, Cue::ConditionAsked { index, clinician });
        } else {
            self.settled(now, out);
        }
    }

    fn condition_answered(
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
        if yes && !clinician && lifts {
            self.ask_condition(index, true, now, out);
        } else {
            self.ask_condition(index + 1, false, now, out);
        }
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
        match fit::decide(self.summary.group, &self.conditions.answers, self.load) {
            Decision::NotFit { reason, limits } => {
                self.emit(out, now, Cue::NotFit { reason, limits });
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

    /// Start the planned step at `index`, or complete the session past the end.
    fn begin_step(&mut self, index: usize, at: Instant, out: &mut Vec<Timed>) {
        let Some(step) = self.plan.get(index) else {
            self.finish(Outcome::Completed, at, out);
            return;
        };
        let run = Run::begin(step, at);
        let started = Cue::StepStarted {
            index,
            source: step.source,
            side: step.side,
            pass: step.pass,
            duration: step.duration,
        };
        let switching = step.kind == PlannedKind::SwitchSides;
        let waiting = run.is_waiting();
        self.stage = Stage::Step(run);
        self.emit(out, at, started);
        if switching {
            self.emit(out, at, Cue::SwitchSides);
        }
        if waiting {
            self.emit(out, at, Cue::WaitingForSpot { index });
        }
    }

    /// Changes the running step's clock with `change`; when it took, emits
    /// the cue `cue` makes of the step's index.
    fn with_run(
        &mut self,
        now: Instant,
        out: &mut Vec<Timed>,
        change: fn(&mut Run, Instant) -> bool,
        cue: fn(usize) -> Cue,
    ) {
        if let Stage::Step(run) = &mut self.stage
            && change(run, now)
        {
            let cue = cue(run.index);
            self.emit(out, now, cue);
        }
    }

    fn pause(&mut self, now: Instant, out: &mut Vec<Timed>) {
        self.with_run(now, out, Run::pause, |_| Cue::Paused);
    }

    fn resume(&mut self, now: Instant, out: &mut Vec<Timed>) {
        self.with_run(now, out, Run::resume, |_| Cue::Resumed);
    }

    /// Leave the current step early; a hold or roll still asks its check-in.
    fn skip(&mut self, then: Then, now: Instant, out: &mut Vec<Timed>) {
        if let Stage::Step(run) = self.take_stage() {
            self.leave_step(run, Ending::Skipped, then, now, out);
        }
    }

    /// Make the current hold 15 s longer or shorter, within its min..max.
    fn adjust(&mut self, longer: bool, now: Instant, out: &mut Vec<Timed>) {
        let Stage::Step(run) = &mut self.stage else {
            return;
        };
        let Some(step) = self.plan.get(run.index) else {
            return;
        };
        let Some(missed_halfway) = run.adjust(step, longer, now) else {
            return;
        };
        let cue = Cue::HoldAdjusted {
            index: run.index,
            duration: run.duration,
        };
        self.emit(out, now, cue);
        if missed_halfway {
            self.ask_halfway_check_in(now, out);
        }
    }

    /// End the current step; a hold or roll then asks its check-in.
    fn leave_step(
        &mut self,
        mut run: Run,
        ending: Ending,
        then: Then,
        at: Instant,
        out: &mut Vec<Timed>,
    ) {
        // Stopping the clock freezes what the status shows during the check-in.
        run.pause(at);
        let index = run.index;
        let held = run.elapsed(at);
        self.emit(
            out,
            at,
            Cue::StepFinished {
                index,
                held,
                ending,
            },
        );
        if self.plan.get(index).is_some_and(|step| step.checks_in()) {
            self.ask_check_in(run, false, then, at, out);
        } else {
            self.proceed(run, then, at, out);
        }
    }

    /// Stop the running step's clock at `at` and ask its halfway check-in.
    fn ask_halfway_check_in(&mut self, at: Instant, out: &mut Vec<Timed>) {
        if let Stage::Step(mut run) = self.take_stage() {
            run.halfway_checked = true;
            run.pause(at);
            self.ask_check_in(run, true, Then::Resume, at, out);
        }
    }

    fn ask_check_in(
        &mut self,
        run: Run,
        halfway: bool,
        then: Then,
        at: Instant,
        out: &mut Vec<Timed>,
    ) {
        let index = run.index;
        self.stage = Stage::CheckIn {
            run,
            halfway,
            then,
            asked_at: at,
            reminders: 0,
        };
        self.emit(out, at, Cue::CheckInAsked { index, halfway });
    }

    /// A "yes" stops the session for safety; a "no" asks the pressure
    /// rating (if the routine wants one) or goes on.
    fn checked_in(&mut self, yes: bool, now: Instant, out: &mut Vec<Timed>) {
        let Stage::CheckIn {
            run, halfway, then, ..
        } = self.take_stage()
        else {
            return;
        };
        let index = run.index;
        self.emit(
            out,
            now,
            Cue::CheckInAnswered {
                index,
                halfway,
                yes,
            },
        );
        if yes {
            let in_progress = (then == Then::Resume).then_some(&run);
            self.stop(in_progress, Outcome::StoppedForSafety, now, out);
        } else if self.rate_pressure {
            self.stage = Stage::Pressure { run, then };
            self.emit(out, now, Cue::PressureAsked { index });
        } else {
            self.proceed(run, then, now, out);
        }
    }

    fn rated(&mut self, rating: Option<u8>, now: Instant, out: &mut Vec<Timed>) {
        let Stage::Pressure { run, then } = self.take_stage() else {
            return;
        };
        let index = run.index;
        let advice = rating.and_then(|r| safety::PressureAdvice::for_rating(r, self.pressure_cap));
        let rated = Cue::PressureRated {
            index,
            rating,
            advice,
        };
        self.emit(out, now, rated);
        self.proceed(run, then, now, out);
    }

    /// Go where a finished check-in (or a step without one) leads.
    fn proceed(&mut self, mut run: Run, then: Then, at: Instant, out: &mut Vec<Timed>) {
        match then {
            Then::Next => self.begin_step(run.index + 1, at, out),
            Then::Previous => self.begin_step(run.index.saturating_sub(1), at, out),
            Then::Resume => {
                run.resume(at);
                self.stage = Stage::Step(run);
            }
        }
    }

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

    fn take_stage(&mut self) -> Stage {
        // The placeholder never survives: every caller sets the next stage.
        std::mem::replace(&mut self.stage, Stage::NotStarted)
    }

    /// Record a cue in the summary and hand it out: the one way cues leave.
    fn emit(&mut self, out: &mut Vec<Timed>, at: Instant, cue: Cue) {
        self.summary.record(&cue);
        out.push(Timed { at, cue });
    }
}
