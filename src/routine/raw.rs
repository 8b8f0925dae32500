//! The routine file as written: every key, with its place in the file.
//!
//! These types mirror the TOML exactly and keep spans, so validation can
//! point at the offending value. They are also the source of the JSON Schema.

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use super::duration::DurationSpec;
use super::model::StepKind;

mod names;
mod plan;
mod rate_pressure;
mod screening;

use names::{AreaName, ToolName};

pub use plan::{PLAN_KEYS, RawPlan};
pub use rate_pressure::RawRatePressure;
pub use screening::RawScreening;

/// A knead routine file (format 1).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "knead routine", rename = "Routine")]
pub struct RawRoutine {
    /// The format version. This version of knead reads format 1.
    #[schemars(with = "u32", range(min = 1, max = 1))]
    #[serde(default)]
    pub format: Option<Spanned<i64>>,
    /// The routine's title, shown everywhere.
    #[schemars(with = "String", length(min = 1))]
    #[serde(default)]
    pub title: Option<Spanned<String>>,
    /// One line shown in lists.
    #[schemars(with = "String")]
    #[serde(default)]
    pub summary: Option<Spanned<String>>,
    /// Body areas the routine works on, from knead's area vocabulary
    /// (docs/routine-format.md, "Areas").
    #[serde(default)]
    #[schemars(with = "Vec<AreaName>")]
    pub areas: Vec<Spanned<String>>,
    /// Tools the person needs, from knead's tool vocabulary, such as
    /// "tennis ball" or "foam roller" (docs/routine-format.md, "Tools").
    #[serde(default)]
    #[schemars(with = "Vec<ToolName>")]
    pub tools: Vec<Spanned<String>>,
    /// Who wrote the routine.
    #[schemars(with = "String")]
    #[serde(default)]
    pub author: Option<Spanned<String>>,
    /// Free text for the person doing the routine.
    #[schemars(with = "String")]
    #[serde(default)]
    pub notes: Option<Spanned<String>>,
    /// How often to do the routine, one line, such as "once a day, 3-5 days a week".
    #[schemars(with = "String")]
    #[serde(default)]
    pub frequency: Option<Spanned<String>>,
    /// Sessions a week the person aims for (1-14); history counts against it.
    #[schemars(with = "Option<u8>", range(min = 1, max = 14))]
    #[serde(default)]
    pub per_week: Option<Spanned<i64>>,
    /// Safety lines the person reads before the first step, one line each.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub before: Vec<Spanned<String>>,
    /// The breathing pacer for the whole routine (default 4 s in, 6 s out).
    #[schemars(with = "RawBreathing")]
    #[serde(default)]
    pub breathing: Option<Spanned<RawBreathing>>,
    /// What this routine adds to the built-in safety questions; it never removes them.
    #[serde(default)]
    pub safety: Option<RawSafety>,
    /// A therapist's plan: holds with `progress` grow week by week.
    #[schemars(with = "RawPlan")]
    #[serde(default)]
    pub plan: Option<Spanned<RawPlan>>,
    /// The steps, in order: at least one, at most 200.
    #[serde(default)]
    #[schemars(with = "Vec<RawStep>", length(min = 1, max = 200))]
    pub step: Vec<Spanned<RawStep>>,
}

/// A breathing pattern.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Breathing")]
pub struct RawBreathing {
    /// Time to breathe in, 1 s to 15 s.
    #[schemars(with = "DurationSpec")]
    #[serde(default)]
    pub inhale: Option<Spanned<DurationSpec>>,
    /// Time to breathe out, 1 s to 15 s.
    #[schemars(with = "DurationSpec")]
    #[serde(default)]
    pub exhale: Option<Spanned<DurationSpec>>,
    /// Pause after breathing in: 0 s (none) or 1 s to 15 s.
    #[schemars(with = "DurationSpec")]
    #[serde(default)]
    pub hold_in: Option<Spanned<DurationSpec>>,
    /// Pause after breathing out: 0 s (none) or 1 s to 15 s.
    #[schemars(with = "DurationSpec")]
    #[serde(default)]
    pub hold_out: Option<Spanned<DurationSpec>>,
}

/// Safety additions; the built-in questions always stay.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Safety")]
pub struct RawSafety {
    /// Extra yes/no questions asked before the first step: a question, or a
    /// table `{ ask = "...", offer = "routine-id" }` naming a routine to offer instead.
    #[serde(default)]
    #[schemars(with = "Vec<RawScreening>")]
    pub screening: Vec<Spanned<RawScreening>>,
    /// Extra signs to stop, asked about at every check-in.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub stop_signs: Vec<Spanned<String>>,
    /// Ask for a 0-10 pressure rating after a check-in (Enter skips):
    /// `true` after the first hold or roll of each side, `"every-hold"`
    /// after every one, `false` never.
    #[schemars(with = "rate_pressure::RatePressureSchema")]
    #[serde(default)]
    pub rate_pressure: Option<Spanned<RawRatePressure>>,
    /// With `rate_pressure`: a rating above this (0-10) gets "ease off".
    #[schemars(with = "u8", range(min = 0, max = 10))]
    #[serde(default)]
    pub pressure_cap: Option<Spanned<i64>>,
}

/// One step. Which keys are allowed depends on `kind`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Step")]
pub struct RawStep {
    /// What the step does.
    #[schemars(with = "StepKind")]
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    /// The step's title; required on setup, hold and roll.
    #[schemars(with = "String", length(min = 1))]
    #[serde(default)]
    pub title: Option<Spanned<String>>,
    /// What to do, in a sentence or two, spoken to the person.
    #[schemars(with = "String")]
    #[serde(default)]
    pub cue: Option<Spanned<String>>,
    /// Which side: setup, hold and roll only. `both` runs left, a 10 s switch, then right.
    #[schemars(with = "SideName")]
    #[serde(default)]
    pub side: Option<Spanned<String>>,
    /// Holds only: wait for the person to say "found it" before counting.
    #[schemars(with = "bool")]
    #[serde(default)]
    pub find_spot: Option<Spanned<bool>>,
    /// How long the step lasts. Holds 5 s-10 min, rolls 10 s-10 min, setup and rest up to 5 min, breathe up to 20 min.
    #[schemars(with = "DurationSpec")]
    #[serde(default)]
    pub duration: Option<Spanned<DurationSpec>>,
    /// Holds only: the shortest the person may make the hold.
    #[schemars(with = "DurationSpec")]
    #[serde(default)]
    pub min: Option<Spanned<DurationSpec>>,
    /// Holds only: the longest the person may make the hold.
    #[schemars(with = "DurationSpec")]
    #[serde(default)]
    pub max: Option<Spanned<DurationSpec>>,
    /// Holds with a `max`, in a routine with a [plan]: added to the hold for
    /// each qualifying week of the plan, never past `max`.
    #[schemars(with = "DurationSpec")]
    #[serde(default)]
    pub progress: Option<Spanned<DurationSpec>>,
    /// How many times to do the step (per side), 1 to 10.
    #[schemars(with = "u32", range(min = 1, max = 10))]
    #[serde(default)]
    pub repeat: Option<Spanned<i64>>,
    /// Rolls only: seconds per pass in one direction, 1 s to 10 s.
    #[schemars(with = "DurationSpec")]
    #[serde(default)]
    pub tempo: Option<Spanned<DurationSpec>>,
    /// Breathe only, instead of `duration`: the number of breaths, 1 to 60.
    #[schemars(with = "u32", range(min = 1, max = 60))]
    #[serde(default)]
    pub breaths: Option<Spanned<i64>>,
    /// A breathing pattern for this step only.
    #[schemars(with = "RawBreathing")]
    #[serde(default)]
    pub breathing: Option<Spanned<RawBreathing>>,
    /// Setup, rest and breathe only: end the step with the safety check-in
    /// (holds and rolls always have it).
    #[schemars(with = "bool")]
    #[serde(default)]
    pub check_in: Option<Spanned<bool>>,
    /// Which of the routine's tools this step uses (the person's hands need
    /// no listing). A hold or roll that names none counts as firm pressure.
    #[serde(default)]
    #[schemars(with = "Vec<ToolName>")]
    pub tools: Vec<Spanned<String>>,
}

/// The sides a file may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Side")]
#[expect(dead_code, reason = "only the schema reads the variants")]
pub enum SideName {
    /// The left side only.
    Left,
    /// The right side only.
    Right,
    /// Left, a switch-sides pause, then right.
    Both,
}

/// The keys a routine file may hold at the top level.
pub const ROOT_KEYS: &[&str] = &[
    "format",
    "title",
    "summary",
    "areas",
    "tools",
    "author",
    "notes",
    "frequency",
    "per_week",
    "before",
    "breathing",
    "safety",
    "plan",
    "step",
];
/// The keys of a `[breathing]` table.
pub const BREATHING_KEYS: &[&str] = &["inhale", "exhale", "hold_in", "hold_out"];
/// The keys of the `[safety]` table.
pub const SAFETY_KEYS: &[&str] = &["screening", "stop_signs", "rate_pressure", "pressure_cap"];
/// The keys of a `[[step]]` table.
pub const STEP_KEYS: &[&str] = &[
    "kind",
    "title",
    "cue",
    "side",
    "find_spot",
    "duration",
    "min",
    "max",
    "progress",
    "repeat",
    "tempo",
    "breaths",
    "breathing",
    "check_in",
    "tools",
];
/// The words `side` accepts.
pub const SIDE_NAMES: &[&str] = &["left", "right", "both"];
