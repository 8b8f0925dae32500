//! The plan: a routine's steps expanded for repeats and sides.

use std::time::Duration;

use crate::routine::{Activity, Breathing, Hold, Routine, SWITCH_SIDES, Side, Step};

/// The title of the step inserted between the two sides of a `both` step.
const SWITCH_TITLE: &str = "Switch sides";
/// What to do during a switch-sides step.
const SWITCH_CUE: &str = "Come off slowly and set up on the right side.";

/// The steps a session runs, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    steps: Vec<PlannedStep>,
}

/// One step as the session runs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedStep {
    /// The step's position in the plan.
    pub index: usize,
    /// The position of the routine step it comes from.
    pub source: usize,
    /// The title shown.
    pub title: String,
    /// What to do, if the routine says.
    pub cue: Option<String>,
    /// The kind of step, or the switch between sides.
    pub kind: PlannedKind,
    /// The side of the body this pass works on, if the step has sides.
    pub side: Option<BodySide>,
    /// How long the step lasts as planned.
    pub duration: Duration,
    /// Which pass of a repeated step this is.
    pub pass: Pass,
    /// The breathing pattern in force.
    pub breathing: Breathing,
    /// A setup, rest or breathe step the routine marked `check_in = true`.
    pub check_in: bool,
}

/// What kind of step a planned step is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlannedKind {
    /// A step from the routine.
    Step(Activity),
    /// The pause between the two sides of a `both` step.
    SwitchSides,
}

/// A concrete side of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodySide {
    /// The left side.
    Left,
    /// The right side.
    Right,
}

impl BodySide {
    /// The word used on screen and in journals.
    pub fn as_str(self) -> &'static str {
        match self {
            BodySide::Left => "left",
            BodySide::Right => "right",
        }
    }
}

/// What a pressure rating is about: a side of the body, or for a step
/// without one, that routine step (each of its passes). Ratings are asked
/// once per spot, and a rating of 9 or 10 ends one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Spot {
    /// Every step on this side.
    Side(BodySide),
    /// Every pass of the routine step at this position.
    Step(usize),
}

/// "Pass 2 of 3" for a repeated step; 1 of 1 otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Pass {
    /// This pass, from 1.
    pub number: u32,
    /// How many passes this side gets.
    pub of: u32,
}

impl Plan {
    /// Expand a routine: repeats, and for `both` left, switch sides, right.
    pub fn new(routine: &Routine) -> Self {
        let mut plan = Self { steps: Vec::new() };
        for (source, step) in routine.steps.iter().enumerate() {
            let breathing = *step.breathing_or(&routine.breathing);
            let sides: &[Option<BodySide>] = match step.side {
                Some(Side::Both) => &[Some(BodySide::Left), Some(BodySide::Right)],
                Some(Side::Left) => &[Some(BodySide::Left)],
                Some(Side::Right) => &[Some(BodySide::Right)],
                None => &[None],
            };
            for (n, side) in sides.iter().enumerate() {
                if n > 0 {
                    plan.push(PlannedStep::switch_sides(source, breathing));
                }
                for number in 1..=step.repeat {
                    let pass = Pass {
                        number,
                        of: step.repeat,
                    };
                    plan.push(PlannedStep::from_routine(
                        step, source, *side, pass, breathing,
                    ));
                }
            }
        }
        plan
    }

    fn push(&mut self, step: PlannedStep) {
        let index = self.steps.len();
        self.steps.push(PlannedStep { index, ..step });
    }

    /// All planned steps, in order.
    pub fn steps(&self) -> &[PlannedStep] {
        &self.steps
    }

    /// The planned step at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<&PlannedStep> {
        self.steps.get(index)
    }

    /// How many steps the plan has.
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    /// Whether the plan has no steps.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The time the whole plan takes, answers aside.
    pub fn total(&self) -> Duration {
        self.steps.iter().map(|step| step.duration).sum()
    }

    /// After a rating of 8: the holds and rolls left on `spot` after
    /// `index` say `cue` instead of their own, which may say to sink in
    /// further (review S7).
    pub(super) fn lighten_after(&mut self, index: usize, spot: Spot, cue: &str) {
        let rest = self.steps.get_mut(index + 1..).unwrap_or_default();
        for step in rest.iter_mut() {
            if step.spot() == spot && step.presses() {
                step.cue = Some(cue.to_owned());
            }
        }
    }

    /// The planned time of every step after `index`.
    pub fn time_after(&self, index: usize) -> Duration {
        let rest = self.steps.get(index + 1..).unwrap_or_default();
        rest.iter().map(|step| step.duration).sum()
    }
}

impl PlannedStep {
    fn from_routine(
        step: &Step,
        source: usize,
        side: Option<BodySide>,
        pass: Pass,
        breathing: Breathing,
    ) -> Self {
        Self {
            index: 0, // set by `Plan::push`
            source,
            title: step.title.clone(),
            cue: step.cue.clone(),
            kind: PlannedKind::Step(step.kind),
            side,
            duration: step.duration,
            pass,
            breathing,
            check_in: step.check_in,
        }
    }

    fn switch_sides(source: usize, breathing: Breathing) -> Self {
        Self {
            index: 0, // set by `Plan::push`
            source,
            title: SWITCH_TITLE.to_owned(),
            cue: Some(SWITCH_CUE.to_owned()),
            kind: PlannedKind::SwitchSides,
            side: None,
            duration: SWITCH_SIDES,
            pass: Pass { number: 1, of: 1 },
            breathing,
            check_in: false,
        }
    }

    /// The hold's settings, if this step is a hold.
    pub fn hold(&self) -> Option<Hold> {
        match self.kind {
            PlannedKind::Step(Activity::Hold(hold)) => Some(hold),
            _ => None,
        }
    }

    /// The roll's tempo, if this step is a paced roll.
    pub fn tempo(&self) -> Option<Duration> {
        match self.kind {
            PlannedKind::Step(Activity::Roll(roll)) => roll.tempo.filter(|t| !t.is_zero()),
            _ => None,
        }
    }

    /// Whether the step ends with the safety check-in: every hold and roll,
    /// and a setup, rest or breathe step marked `check_in = true`.
    pub fn checks_in(&self) -> bool {
        self.presses() || self.check_in
    }

    /// What a pressure rating about this step is about.
    pub(super) fn spot(&self) -> Spot {
        match self.side {
            Some(side) => Spot::Side(side),
            None => Spot::Step(self.source),
        }
    }

    /// Whether the step puts pressure on the body: a hold or a roll.
    pub(super) fn presses(&self) -> bool {
        matches!(self.kind, PlannedKind::Step(kind) if kind.checks_in())
    }

    /// Whether the step waits for "found it" before counting.
    pub fn finds_spot(&self) -> bool {
        self.hold().is_some_and(|hold| hold.find_spot)
    }

    /// Whether the step paces breathing with cues.
    pub fn paces_breathing(&self) -> bool {
        // Breathe steps are the pacer itself; holds and rests are still, so a
        // slow breath is what lets the muscle soften. Setup and switching mean
        // moving into position, and a roll already has its own rhythm (the
        // tempo), so a second rhythm there would only compete for attention.
        matches!(
            self.kind,
            PlannedKind::Step(Activity::Hold(_) | Activity::Rest | Activity::Breathe(_))
        )
    }

    /// Whether the step marks its halfway point with a cue.
    pub fn marks_halfway(&self) -> bool {
        // Only the pressure steps: that is where "how far am I" matters.
        self.presses()
    }
}
