//! `rate_pressure`: `true`, `false` or `"every-hold"`, read by hand so a
//! wrong value says which values there are.

use std::fmt;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, Deserializer, Unexpected, Visitor};

/// The word that asks for a rating after every hold and roll.
pub const EVERY_HOLD: &str = "every-hold";

/// `rate_pressure` as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawRatePressure {
    /// `true` (the first hold or roll of each side) or `false` (never).
    Flag(bool),
    /// `"every-hold"`: after every hold and roll.
    EveryHold,
}

/// When to ask for a 0-10 pressure rating after a check-in.
#[derive(JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "RatePressure")]
#[allow(dead_code)] // only its schema is used
pub enum RatePressureSchema {
    /// `true`: after the first hold or roll of each side; `false`: never.
    Flag(bool),
    /// `"every-hold"`: after every hold and roll.
    Word(EveryHoldWord),
}

/// Ask after every hold and roll.
#[derive(JsonSchema)]
#[allow(dead_code)] // only its schema is used
pub enum EveryHoldWord {
    /// After every hold and roll.
    #[serde(rename = "every-hold")]
    EveryHold,
}

impl<'de> Deserialize<'de> for RawRatePressure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RateVisitor)
    }
}

struct RateVisitor;

impl Visitor<'_> for RateVisitor {
    type Value = RawRatePressure;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a boolean, or \"{EVERY_HOLD}\"")
    }

    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<Self::Value, E> {
        Ok(RawRatePressure::Flag(flag))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        if text == EVERY_HOLD {
            Ok(RawRatePressure::EveryHold)
        } else {
            Err(E::invalid_type(Unexpected::Str(text), &self))
        }
    }
}
