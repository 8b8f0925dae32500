//! Status: the plain data every renderer reads, computed for an instant.

use std::time::{Duration, Instant};

use super::Outcome;
use super::asked::Asked;
use super::breath::{BreathPhase, breath_at};
use super::cue::RollDirection;
use super::machine::{Session, State};
use super::plan::PlannedStep;
use super::step_run::Run;
use crate::safety;

/// Everything a face shows at one moment; build it with [`Session::status`].
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    /// What the session is doing.
    pub mode: Mode,
    /// The current planned step (during a check-in, the step it is about).
    pub step: Option<PlannedStep>,
    /// The current step's number, from 1 (0 before the first).
    pub number: usize,
    /// How many steps the plan has.
    pub count: usize,
    /// The current step's length, as adjusted.
    pub duration: Duration,
    /// Time counted in the current step.
    pub elapsed: Duration,
    /// Time left in the current step.
    pub time_left: Duration,
    /// `elapsed / duration`, from 0.0 to 1.0.
    pub progress: f32,
    /// The breathing pacer, on steps that pace breathing while counting.
    pub breath: Option<BreathStatus>,
    /// The roll marker, on paced rolls while counting.
    pub roll: Option<RollStatus>,
    /// Planned time left in the whole session, answers aside.
    pub total_left: Duration,
    /// The question waiting for an answer, if any.
    pub question: Option<String>,
}

/// What the session is doing, for renderers: its clock, or what it asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `start` has not been called yet.
    NotStarted,
    /// A step is counting.
    Running,
    /// The step is paused.
    Paused,
    /// The session waits for the person: a question or a find-spot wait.
    Asking(Asked),
    /// The session has ended.
    Finished(Outcome),
}

/// Where the breathing pacer is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BreathStatus {
    /// The phase in force.
    pub phase: BreathPhase,
    /// Time left in the phase.
    pub left: Duration,
    /// How far through the phase, from 0.0 to 1.0.
    pub progress: f32,
}

/// Where the roll marker is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RollStatus {
    /// The way the current pass goes.
    pub direction: RollDirection,
    /// How far through the pass, from 0.0 to 1.0.
    pub progress: f32,
}

impl Session {
    /// The state of the session at `now`, for rendering; changes nothing.
    pub fn status(&self, now: Instant) -> Status {
        let (mode, run, question) = self.describe();
        let mut status = Status {
            mode,
            step: None,
            number: 0,
            count: self.plan.len(),
            duration: Duration::ZERO,
            elapsed: Duration::ZERO,
            time_left: Duration::ZERO,
            progress: 0.0,
            breath: None,
            roll: None,
            total_left: self.plan.total(),
            question,
        };
        if let Some(run) = run {
            self.fill_step(&mut status, run, now);
        } else if matches!(
            mode,
            Mode::Finished(_)
                | Mode::Asking(
                    Asked::Feeling { late: false } | Asked::NewSymptoms | Asked::Group { .. }
                )
        ) {
            status.total_left = Duration::ZERO;
        }
        status
    }

    /// The mode, the step it concerns and the question waiting, if any.
    fn describe(&self) -> (Mode, Option<&Run>, Option<String>) {
        let run = self.stage.run_shown();
        if let Some(asked) = self.asked() {
            return (Mode::Asking(asked), run, self.question(asked));
        }
        let mode = match &self.stage {
            State::Finished(outcome)
            | State::Feeling { outcome }
            | State::NewSymptoms { outcome } => Mode::Finished(*outcome),
            State::Step(run) if run.is_paused() => Mode::Paused,
            State::Step(_) => Mode::Running,
            _ => Mode::NotStarted,
        };
        (mode, run, None)
    }

    /// The words of the question `asked`; a find-spot wait has none.
    fn question(&self, asked: Asked) -> Option<String> {
        let text = match (asked, &self.stage) {
            (Asked::Screening, _) => safety::SCREENING_ASK.to_owned(),
            (Asked::Feeling { late: true }, State::Late { about }) => {
                safety::late_feeling_question(about)
            }
            (Asked::Feeling { .. }, _) => safety::POST_SESSION_QUESTION.to_owned(),
            (Asked::Group { .. }, _) => safety::GROUP_QUESTION.to_owned(),
            (Asked::Seen, _) => safety::SEEN_QUESTION.to_owned(),
            (Asked::AnotherGroup, _) => safety::ANOTHER_GROUP_QUESTION.to_owned(),
            (Asked::Condition, &State::Condition { index, clinician }) => {
                match safety::CONDITIONS.get(index) {
                    Some(_) if clinician => safety::CLINICIAN_QUESTION,
                    Some(condition) => condition.text,
                    None => "",
                }
                .to_owned()
            }
            (Asked::StillTrue, _) => self.conditions.answers.still_true_question(),
            // The faces add "(y stops)" and the routine's signs (`words::check_in`).
            (Asked::CheckIn { .. }, _) => safety::check_in_question(),
            (Asked::Pressure, _) => safety::PRESSURE_QUESTION.to_owned(),
            // Its words are the faces' (`words::NEW_SYMPTOMS_QUESTION`).
            (Asked::Condition | Asked::FindSpot | Asked::NewSymptoms, _) => return None,
        };
        Some(text)
    }

    fn fill_step(&self, status: &mut Status, run: &Run, now: Instant) {
        let elapsed = run.elapsed(now);
        status.number = run.index + 1;
        status.duration = run.duration;
        status.elapsed = elapsed;
        status.time_left = run.left(now);
        status.progress = fraction(elapsed, run.duration);
        // Steps on a side a rating of 9 or 10 ended will not run.
        let ratings = &self.ratings;
        let left = self.plan.steps().iter().skip(run.index + 1);
        let planned: Duration = left
            .filter(|step| !ratings.skips(step))
            .map(|step| step.duration)
            .sum();
        status.total_left = status.time_left + planned;
        let Some(step) = self.plan.get(run.index) else {
            return;
        };
        let counting = matches!(status.mode, Mode::Running | Mode::Paused);
        if counting && step.paces_breathing() && !step.breathing.cycle().is_zero() {
            let (phase, left) = breath_at(&step.breathing, elapsed);
            let length = phase.length(&step.breathing);
            status.breath = Some(BreathStatus {
                phase,
                left,
                progress: 1.0 - fraction(left, length),
            });
        }
        if let (true, Some(tempo)) = (counting, step.tempo()) {
            status.roll = Some(roll_at(tempo, elapsed));
        }
        status.step = Some(step.clone());
    }
}

fn roll_at(tempo: Duration, elapsed: Duration) -> RollStatus {
    let tempo = tempo.as_nanos().max(1);
    let into = elapsed.as_nanos();
    let direction = if (into / tempo).is_multiple_of(2) {
        RollDirection::Out
    } else {
        RollDirection::Back
    };
    RollStatus {
        direction,
        progress: (into % tempo) as f32 / tempo as f32,
    }
}

/// `part / whole` as a fraction from 0.0 to 1.0 (1.0 for an empty whole).
fn fraction(part: Duration, whole: Duration) -> f32 {
    if whole.is_zero() {
        return 1.0;
    }
    (part.as_secs_f64() / whole.as_secs_f64()).clamp(0.0, 1.0) as f32
}
