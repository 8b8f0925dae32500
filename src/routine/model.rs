//! The validated routine: what the engine, the faces and the handouts read.
//!
//! Nothing here is raw input: every value has passed the checks in
//! `routine::convert`, and every text has been made safe for a terminal.

use std::fmt;
use std::time::Duration;

use schemars::JsonSchema;

/// The pause inserted between the two sides of a `side = "both"` step.
pub const SWITCH_SIDES: Duration = Duration::from_secs(10);

/// A routine that passed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Routine {
    /// The routine's title, shown everywhere.
    pub title: String,
    /// One line shown in lists.
    pub summary: Option<String>,
    /// Body areas the routine works on, as the author wrote them; each is
    /// an entry of the area vocabulary (`routine::vocabulary`).
    pub areas: Vec<String>,
    /// Tools the person needs, as the author wrote them; each is an entry
    /// of the tool vocabulary.
    pub tools: Vec<String>,
    /// Who wrote the routine.
    pub author: Option<String>,
    /// Free text for the person doing the routine.
    pub notes: Option<String>,
    /// How often to do the routine, one line, as the author wrote it.
    pub frequency: Option<String>,
    /// Sessions a week the person aims for, which adherence counts against.
    pub per_week: Option<u8>,
    /// Safety lines the person must read before the first step, one line each.
    pub before: Vec<String>,
    /// The breathing pacer used by steps without their own.
    pub breathing: Breathing,
    /// What the routine adds to the built-in safety behaviour.
    pub safety: SafetyAdditions,
    /// The steps as written, before sides and repeats are expanded.
    pub steps: Vec<Step>,
    /// A therapist's plan, when the routine is part of one.
    pub plan: Option<super::plan::TherapistPlan>,
}

/// A breathing pattern: the four phases of one breath.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breathing {
    /// Time to breathe in.
    pub inhale: Duration,
    /// Pause after breathing in.
    pub hold_in: Duration,
    /// Time to breathe out.
    pub exhale: Duration,
    /// Pause after breathing out.
    pub hold_out: Duration,
}

impl Default for Breathing {
    /// Slow breathing at about six breaths a minute, the out-breath longer.
    fn default() -> Self {
        Self {
            inhale: Duration::from_secs(4),
            hold_in: Duration::ZERO,
            exhale: Duration::from_secs(6),
            hold_out: Duration::ZERO,
        }
    }
}

impl Breathing {
    /// The length of one whole breath.
    pub fn cycle(&self) -> Duration {
        self.inhale + self.hold_in + self.exhale + self.hold_out
    }
}

/// Safety questions and stop signs a routine adds to the built-in ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SafetyAdditions {
    /// Extra screening questions asked before the first step.
    pub screening: Vec<ScreeningQuestion>,
    /// Extra signs to stop for, listed as steps start; every check-in asks about them.
    pub stop_signs: Vec<String>,
    /// When to ask for a 0-10 pressure rating after a check-in.
    pub rate_pressure: RatePressure,
    /// With `rate_pressure`: a rating above this gets "ease off".
    pub pressure_cap: Option<u8>,
}

/// When a routine asks for a 0-10 pressure rating after a check-in
/// (review S13: a person on a ball should not type at every hold).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum RatePressure {
    /// Never (`rate_pressure = false`, or no key).
    #[default]
    Never,
    /// After the first hold or roll of each side (`true`); a step without
    /// a side counts as a side of its own.
    FirstOfEachSide,
    /// After every hold and roll (`"every-hold"`).
    EveryHold,
}

impl RatePressure {
    /// Whether the routine asks for ratings at all.
    pub fn asks(self) -> bool {
        self != RatePressure::Never
    }
}

/// A routine's own screening question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreeningQuestion {
    /// The yes/no question.
    pub ask: String,
    /// The id of a routine to offer instead after a "yes", if the author named one.
    pub offer: Option<String>,
    /// The few words the list shows at later sessions, if the author gave them.
    pub short: Option<String>,
}

impl ScreeningQuestion {
    /// A question with no routine to offer and no short form.
    pub fn new(ask: impl Into<String>) -> Self {
        Self {
            ask: ask.into(),
            offer: None,
            short: None,
        }
    }
}

impl SafetyAdditions {
    /// The routine's own questions, without their offers.
    pub fn asks(&self) -> Vec<String> {
        self.screening.iter().map(|q| q.ask.clone()).collect()
    }
}

/// One step of a routine, as written in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// What the step does, with the fields only that kind has.
    pub kind: Activity,
    /// The step's title.
    pub title: String,
    /// What to do, in a sentence or two.
    pub cue: Option<String>,
    /// Which side of the body, if the step has sides.
    pub side: Option<Side>,
    /// How long one pass of the step lasts.
    pub duration: Duration,
    /// How many times the step runs (per side).
    pub repeat: u32,
    /// A breathing pattern for this step only.
    pub breathing: Option<Breathing>,
    /// A setup, rest or breathe step that ends with the safety check-in.
    pub check_in: bool,
    /// The routine's tools this step uses, by vocabulary name; empty when
    /// the step names none.
    pub tools: Vec<&'static str>,
    /// The line of the `[[step]]` header in the file, for messages.
    pub line: usize,
}

/// What a step has the person do, with what only that activity carries
/// (`StepKind` is the bare name a file gives it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    /// Getting into position.
    Setup,
    /// Pressure held on a spot.
    Hold(Hold),
    /// Rolling back and forth.
    Roll(Roll),
    /// A pause.
    Rest,
    /// Paced breathing.
    Breathe(Breathe),
}

/// The kinds of step a file may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Kind")]
pub enum StepKind {
    /// Getting into position.
    Setup,
    /// Pressure held on a spot.
    Hold,
    /// Rolling back and forth.
    Roll,
    /// A pause.
    Rest,
    /// Paced breathing.
    Breathe,
}

impl StepKind {
    /// Every kind, in the order the format documents them.
    pub const ALL: [StepKind; 5] = [
        StepKind::Setup,
        StepKind::Hold,
        StepKind::Roll,
        StepKind::Rest,
        StepKind::Breathe,
    ];

    /// The word `kind` accepts for each kind, in the order of [`StepKind::ALL`].
    pub const WORDS: [&'static str; 5] = [
        StepKind::Setup.as_str(),
        StepKind::Hold.as_str(),
        StepKind::Roll.as_str(),
        StepKind::Rest.as_str(),
        StepKind::Breathe.as_str(),
    ];

    /// The word used in files, on screen and in the journal.
    pub const fn as_str(self) -> &'static str {
        match self {
            StepKind::Setup => "setup",
            StepKind::Hold => "hold",
            StepKind::Roll => "roll",
            StepKind::Rest => "rest",
            StepKind::Breathe => "breathe",
        }
    }

    /// The kind a file's word names, if any.
    pub fn from_word(word: &str) -> Option<StepKind> {
        StepKind::ALL.into_iter().find(|kind| kind.as_str() == word)
    }
}

impl fmt::Display for StepKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a hold carries beyond the common fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hold {
    /// Wait for the person to find a tender spot before counting.
    pub find_spot: bool,
    /// The shortest the person may make the hold.
    pub min: Duration,
    /// The longest the person may make the hold.
    pub max: Duration,
    /// In a plan: added per qualifying week, never past `max`.
    pub progress: Option<Duration>,
}

/// What a roll carries beyond the common fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Roll {
    /// Time for one pass in one direction, if paced.
    pub tempo: Option<Duration>,
}

/// What a breathe step carries beyond the common fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breathe {
    /// The number of breaths, when the file counted breaths instead of time.
    pub breaths: Option<u32>,
}

/// A side of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The left side only.
    Left,
    /// The right side only.
    Right,
    /// Left, a switch-sides pause, then right.
    Both,
}

impl Side {
    /// The word used in files and on screen.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
            Side::Both => "both",
        }
    }
}

impl Activity {
    /// The kind by name alone, without what only it carries.
    pub fn step_kind(self) -> StepKind {
        match self {
            Activity::Setup => StepKind::Setup,
            Activity::Hold(_) => StepKind::Hold,
            Activity::Roll(_) => StepKind::Roll,
            Activity::Rest => StepKind::Rest,
            Activity::Breathe(_) => StepKind::Breathe,
        }
    }

    /// The word used in files, on screen and in the journal.
    pub fn as_str(self) -> &'static str {
        self.step_kind().as_str()
    }

    /// Whether the step ends with the safety check-in.
    pub fn checks_in(self) -> bool {
        matches!(self, Activity::Hold(_) | Activity::Roll(_))
    }
}

impl Step {
    /// The breathing pattern in force during this step.
    pub fn breathing_or<'a>(&'a self, routine: &'a Breathing) -> &'a Breathing {
        self.breathing.as_ref().unwrap_or(routine)
    }

    /// Whether the step ends with the safety check-in: every hold and roll,
    /// and any other step marked `check_in = true`.
    pub fn checks_in(&self) -> bool {
        self.kind.checks_in() || self.check_in
    }

    /// The time this step takes once expanded for sides and repeats.
    pub fn planned_time(&self) -> Duration {
        let passes = self.duration * self.repeat;
        match self.side {
            Some(Side::Both) => passes * 2 + SWITCH_SIDES,
            _ => passes,
        }
    }
}

impl Routine {
    /// The time the whole routine takes, answers aside.
    pub fn planned_time(&self) -> Duration {
        self.steps.iter().map(Step::planned_time).sum()
    }
}
