//! Moving between steps: leaving one, asking its check-in, starting the next.

use std::time::Instant;

use super::Outcome;
use super::cue::{Cue, Ending, Timed};
use super::engine::{Session, Stage, Then};
use super::plan::PlannedKind;
use super::run::Run;

impl Session {
    /// End the current step; a hold or roll then asks its check-in.
    pub(super) fn leave_step(
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
    pub(super) fn ask_halfway_check_in(&mut self, at: Instant, out: &mut Vec<Timed>) {
        match self.take_stage() {
            Stage::Step(mut run) => {
                run.halfway_checked = true;
                run.pause(at);
                self.ask_check_in(run, true, Then::Resume, at, out);
            }
            other => self.stage = other,
        }
    }

    pub(super) fn ask_check_in(
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

    /// Go where a finished check-in (or a step without one) leads.
    pub(super) fn proceed(&mut self, mut run: Run, then: Then, at: Instant, out: &mut Vec<Timed>) {
        match then {
            Then::Next => self.begin_step(run.index + 1, at, out),
            Then::Previous => self.begin_step(run.index.saturating_sub(1), at, out),
            Then::Resume => {
                run.resume(at);
                self.stage = Stage::Step(run);
            }
        }
    }

    /// Start the planned step at `index`, or complete the session past the end.
    pub(super) fn begin_step(&mut self, index: usize, at: Instant, out: &mut Vec<Timed>) {
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
}
