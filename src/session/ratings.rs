//! The pressure ratings of a session: when one is asked (review S13: once
//! per side, unless the routine asks at every hold) and which sides a
//! rating of 9 or 10 has ended (review S7).

use super::plan::{PlannedStep, Spot};
use crate::routine::{RatePressure, SafetyAdditions};

/// What the routine asks about pressure, and what the ratings decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Ratings {
    /// When the routine asks.
    pub when: RatePressure,
    /// The routine's `pressure_cap`: a rating above it gets "ease off".
    pub cap: Option<u8>,
    /// The sides already asked about.
    asked: Vec<Spot>,
    /// The sides a rating of 9 or 10 ended: their steps left are skipped.
    ended: Vec<Spot>,
}

impl Ratings {
    /// What `safety` asks about pressure, nothing rated yet.
    pub fn new(safety: &SafetyAdditions) -> Self {
        Self {
            when: safety.rate_pressure,
            cap: safety.pressure_cap,
            asked: Vec::new(),
            ended: Vec::new(),
        }
    }

    /// Whether the check-in about `step` is followed by a rating; once per
    /// side, the first one asked is noted.
    pub fn ask(&mut self, step: &PlannedStep) -> bool {
        match self.when {
            RatePressure::Never => false,
            RatePressure::EveryHold => true,
            // A rest or setup marked `check_in` presses on nothing.
            RatePressure::FirstOfEachSide if !step.presses() => false,
            RatePressure::FirstOfEachSide => {
                let first = !self.asked.contains(&step.spot());
                if first {
                    self.asked.push(step.spot());
                }
                first
            }
        }
    }

    /// Ends `spot`'s side: its steps left are skipped.
    pub fn end(&mut self, spot: Spot) {
        if !self.ended.contains(&spot) {
            self.ended.push(spot);
        }
    }

    /// Whether `step` belongs to a side a rating ended.
    pub fn skips(&self, step: &PlannedStep) -> bool {
        self.ended.contains(&step.spot())
    }
}
