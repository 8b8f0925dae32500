//! What each command does in each stage; anything else is ignored.

use std::time::Instant;

use super::cue::{Cue, Ending, Timed};
use super::engine::{Session, Stage, Then};
use super::run::Run;
use super::{ADJUST_BY, Command, Outcome};
use crate::safety;

impl Session {
    /// Apply one command at `now`, after the session has caught up to it.
    pub(super) fn apply(&mut self, command: Command, now: Instant, out: &mut Vec<Timed>) {
        if self.follow_up_command(command, now, out) {
            return;
        }
        match command {
            Command::Stop => self.end_early(Outcome::StoppedByPerson, now, out),
            Command::Interrupted => self.end_early(Outcome::Interrupted, now, out),
            Command::Unanswered if self.awaits_input() => {
                self.end_early(Outcome::Unanswered, now, out);
            }
            Command::Unanswered => {}
            Command::Answer(yes) => self.answer(yes, now, out),
            Command::Rate(rating) => self.rate(rating, now, out),
            Command::FoundIt => self.found_it(now, out),
            Command::Pause => self.pause(now, out),
            Command::Resume => self.resume(now, out),
            Command::TogglePause => match &self.stage {
                Stage::Step(run) if run.is_paused() => self.resume(now, out),
                _ => self.pause(now, out),
            },
            Command::Next => self.skip(Then::Next, now, out),
            Command::Previous => self.skip(Then::Previous, now, out),
            Command::Extend => self.adjust(true, now, out),
            Command::Shorten => self.adjust(false, now, out),
            Command::ReviewConditions => self.review_conditions(now, out),
            // Only the questions around a session take these.
            Command::Choose(_) | Command::Feel(_) => {}
        }
    }

    /// Whether the session is waiting for the person to answer or act.
    pub fn awaits_input(&self) -> bool {
        match &self.stage {
            Stage::Screening
            | Stage::CheckIn { .. }
            | Stage::Pressure { .. }
            | Stage::Late { .. }
            | Stage::ChooseGroup
            | Stage::Condition { .. }
            | Stage::StillTrue
            | Stage::Feeling { .. } => true,
            Stage::Step(run) => run.is_waiting(),
            Stage::NotStarted | Stage::Finished(_) => false,
        }
    }

    fn end_early(&mut self, outcome: Outcome, now: Instant, out: &mut Vec<Timed>) {
        match self.take_stage() {
            Stage::Finished(done) => self.stage = Stage::Finished(done),
            stage => self.stop(stage.run_in_progress(), outcome, now, out),
        }
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

    fn answer(&mut self, yes: bool, now: Instant, out: &mut Vec<Timed>) {
        if self.answer_condition(yes, now, out) {
            return;
        }
        match self.take_stage() {
            Stage::Screening => {
                self.emit(out, now, Cue::ScreeningAnswered { yes });
                if yes {
                    self.stop_at_screening(now, out);
                } else {
                    self.after_screening(now, out);
                }
            }
            Stage::CheckIn {
                run, halfway, then, ..
            } => {
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
            other => self.stage = other,
        }
    }

    fn rate(&mut self, rating: Option<u8>, now: Instant, out: &mut Vec<Timed>) {
        if rating.is_some_and(|value| value > 10) {
            return;
        }
        match self.take_stage() {
            Stage::Pressure { run, then } => {
                let index = run.index;
                let advice =
                    rating.and_then(|r| safety::PressureAdvice::for_rating(r, self.pressure_cap));
                let rated = Cue::PressureRated {
                    index,
                    rating,
                    advice,
                };
                self.emit(out, now, rated);
                self.proceed(run, then, now, out);
            }
            other => self.stage = other,
        }
    }

    fn found_it(&mut self, now: Instant, out: &mut Vec<Timed>) {
        if let Stage::Step(run) = &mut self.stage
            && run.found(now)
        {
            let index = run.index;
            self.emit(out, now, Cue::SpotFound { index });
        }
    }

    fn pause(&mut self, now: Instant, out: &mut Vec<Timed>) {
        if let Stage::Step(run) = &mut self.stage
            && run.pause(now)
        {
            self.emit(out, now, Cue::Paused);
        }
    }

    fn resume(&mut self, now: Instant, out: &mut Vec<Timed>) {
        if let Stage::Step(run) = &mut self.stage
            && run.resume(now)
        {
            self.emit(out, now, Cue::Resumed);
        }
    }

    /// Leave the current step early; a hold or roll still asks its check-in.
    fn skip(&mut self, then: Then, now: Instant, out: &mut Vec<Timed>) {
        match self.take_stage() {
            Stage::Step(run) => self.leave_step(run, Ending::Skipped, then, now, out),
            other => self.stage = other,
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
        let Some(hold) = step.hold() else {
            return;
        };
        let wanted = if longer {
            run.duration.saturating_add(ADJUST_BY)
        } else {
            run.duration.saturating_sub(ADJUST_BY)
        };
        let elapsed = run.elapsed(now);
        // Shortening below the time already held ends the hold now, not in the past.
        let duration = wanted.max(hold.min).min(hold.max).max(elapsed);
        if duration == run.duration {
            return;
        }
        run.set_duration(duration, now);
        // Shortening a long hold past its middle must not skip its check-in.
        let missed_halfway = run.owes_halfway_check_in(step) && duration / 2 < elapsed;
        let index = run.index;
        self.emit(out, now, Cue::HoldAdjusted { index, duration });
        if missed_halfway {
            self.ask_halfway_check_in(now, out);
        }
    }
}
