//! The transitions of the steps: starting one, its clock, leaving it, its
//! check-in and pressure rating, and where they lead.

use std::time::Instant;

use super::{Session, State, Then};
use crate::safety::{self, PressureAdvice};
use crate::session::Outcome;
use crate::session::cue::{Cue, Ending, Timed};
use crate::session::plan::{PlannedKind, PlannedStep, Spot};
use crate::session::step_run::Run;

impl Session {
    /// Start the planned step at `index`, or complete the session past the end.
    /// Steps on a side a rating of 9 or 10 ended are passed over.
    pub(super) fn begin_step(&mut self, index: usize, at: Instant, out: &mut Vec<Timed>) {
        let ratings = &self.ratings;
        let mut steps = self.plan.steps().iter().skip(index);
        let Some(step) = steps.find(|step| !ratings.skips(step)) else {
            self.finish(Outcome::Completed, at, out);
            return;
        };
        let (index, run) = (step.index, Run::begin(step, at));
        let started = Cue::StepStarted {
            index,
            source: step.source,
            side: step.side,
            pass: step.pass,
            duration: step.duration,
        };
        let switching = step.kind == PlannedKind::SwitchSides;
        let waiting = run.is_waiting();
        self.stage = State::Step(run);
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
    pub(super) fn with_run(
        &mut self,
        now: Instant,
        out: &mut Vec<Timed>,
        change: fn(&mut Run, Instant) -> bool,
        cue: fn(usize) -> Cue,
    ) {
        if let State::Step(run) = &mut self.stage
            && change(run, now)
        {
            let cue = cue(run.index);
            self.emit(out, now, cue);
        }
    }

    pub(super) fn pause(&mut self, now: Instant, out: &mut Vec<Timed>) {
        self.with_run(now, out, Run::pause, |_| Cue::Paused);
    }

    pub(super) fn resume(&mut self, now: Instant, out: &mut Vec<Timed>) {
        self.with_run(now, out, Run::resume, |_| Cue::Resumed);
    }

    /// Leave the current step early; a hold or roll still asks its check-in.
    pub(super) fn skip(&mut self, then: Then, now: Instant, out: &mut Vec<Timed>) {
        if let State::Step(run) = self.take_stage() {
            self.leave_step(run, Ending::Skipped, then, now, out);
        }
    }

    /// Make the current hold 15 s longer or shorter, within its min..max.
    pub(super) fn adjust(&mut self, longer: bool, now: Instant, out: &mut Vec<Timed>) {
        let State::Step(run) = &mut self.stage else {
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
        if let State::Step(mut run) = self.take_stage() {
            run.halfway_checked = true;
            run.pause(at);
            self.ask_check_in(run, true, Then::Resume, at, out);
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
        self.stage = State::CheckIn {
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
    pub(super) fn checked_in(&mut self, yes: bool, now: Instant, out: &mut Vec<Timed>) {
        let State::CheckIn {
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
        } else if let Some(step) = self.plan.get(index)
            && self.ratings.ask(step)
        {
            self.stage = State::Pressure { run, then };
            self.emit(out, now, Cue::PressureAsked { index });
        } else {
            self.proceed(run, then, now, out);
        }
    }

    pub(super) fn rated(&mut self, rating: Option<u8>, now: Instant, out: &mut Vec<Timed>) {
        let State::Pressure { run, then } = self.take_stage() else {
            return;
        };
        let index = run.index;
        let spot = self.plan.get(index).map(PlannedStep::spot);
        let sided = matches!(spot, Some(Spot::Side(_)));
        let (cap, tool) = (self.ratings.cap, self.load.tool);
        let advice = rating.and_then(|r| PressureAdvice::for_rating(r, cap, tool, sided));
        let rated = Cue::PressureRated {
            index,
            rating,
            advice,
        };
        self.emit(out, now, rated);
        match (advice, spot) {
            (Some(advice), Some(spot)) if advice.ends_spot() => {
                self.end_spot(run, then, advice, spot, now, out);
            }
            _ => self.proceed(run, then, now, out),
        }
    }

    /// After a rating of 8 or more (review S7): the spot ends, even halfway
    /// through its hold; after 8 the spot's holds left are lighter, after
    /// 9 or 10 its side's steps left are skipped.
    fn end_spot(
        &mut self,
        run: Run,
        then: Then,
        advice: PressureAdvice,
        spot: Spot,
        now: Instant,
        out: &mut Vec<Timed>,
    ) {
        if let PressureAdvice::EndSide { .. } = advice {
            self.ratings.end(spot);
        } else {
            self.plan
                .lighten_after(run.index, spot, safety::lighter_cue(self.load.tool));
        }
        if then != Then::Resume {
            self.proceed(run, then, now, out);
            return;
        }
        let index = run.index;
        let finished = Cue::StepFinished {
            index,
            held: run.elapsed(now),
            ending: Ending::Released,
        };
        self.emit(out, now, finished);
        self.begin_step(index + 1, now, out);
    }

    /// Go where a finished check-in (or a step without one) leads.
    pub(super) fn proceed(&mut self, mut run: Run, then: Then, at: Instant, out: &mut Vec<Timed>) {
        match then {
            Then::Next => self.begin_step(run.index + 1, at, out),
            Then::Previous => self.begin_step(run.index.saturating_sub(1), at, out),
            Then::Resume => {
                run.resume(at);
                self.stage = State::Step(run);
            }
        }
    }
}
