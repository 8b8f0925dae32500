//! A therapist's plan as written: who gave it, for how long, and when to
//! come back.

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

/// The `[plan]` table: the routine is part of a therapist's plan whose holds
/// grow week by week (each hold step's `progress`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Plan")]
pub struct RawPlan {
    /// Who wrote the plan, shown in the picker, the handout and the report.
    #[schemars(with = "String", length(min = 1))]
    #[serde(default)]
    pub therapist: Option<Spanned<String>>,
    /// How to reach the therapist, one line.
    #[schemars(with = "String")]
    #[serde(default)]
    pub contact: Option<Spanned<String>>,
    /// The plan's first day, as "2026-12-01"; `knead add` writes the day it
    /// was added when there is none.
    #[schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    #[serde(default)]
    pub start: Option<Spanned<String>>,
    /// How many weeks the plan lasts (1-52); holds do not grow after it.
    #[schemars(with = "u8", range(min = 1, max = 52))]
    #[serde(default)]
    pub weeks: Option<Spanned<i64>>,
    /// The next appointment, as "2027-01-12"; holds do not grow after it.
    #[schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    #[serde(default)]
    pub review: Option<Spanned<String>>,
}

/// The keys of the `[plan]` table.
pub const PLAN_KEYS: &[&str] = &["therapist", "contact", "start", "weeks", "review"];
