//! The breathing pacer: which phase of a breath a moment falls in.

use std::time::Duration;

use crate::routine::Breathing;

/// One phase of a paced breath.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BreathPhase {
    /// Breathing in.
    Inhale,
    /// Pausing after breathing in.
    HoldIn,
    /// Breathing out.
    Exhale,
    /// Pausing after breathing out.
    HoldOut,
}

impl BreathPhase {
    /// The word shown and printed for the phase.
    pub fn as_str(self) -> &'static str {
        match self {
            BreathPhase::Inhale => "in",
            BreathPhase::HoldIn => "hold",
            BreathPhase::Exhale => "out",
            BreathPhase::HoldOut => "rest",
        }
    }

    /// How long this phase lasts in a pattern.
    pub fn length(self, breathing: &Breathing) -> Duration {
        match self {
            BreathPhase::Inhale => breathing.inhale,
            BreathPhase::HoldIn => breathing.hold_in,
            BreathPhase::Exhale => breathing.exhale,
            BreathPhase::HoldOut => breathing.hold_out,
        }
    }
}

const ORDER: [BreathPhase; 4] = [
    BreathPhase::Inhale,
    BreathPhase::HoldIn,
    BreathPhase::Exhale,
    BreathPhase::HoldOut,
];

/// The phase in force `elapsed` after pacing began, and the time left in it.
///
/// Zero-length phases are skipped. At the exact start of a phase the whole
/// phase is left, so the time left is never zero, except for an all-zero
/// pattern, which is always `(Inhale, 0)`.
pub fn breath_at(breathing: &Breathing, elapsed: Duration) -> (BreathPhase, Duration) {
    let mut into = elapsed
        .as_nanos()
        .checked_rem(breathing.cycle().as_nanos())
        .unwrap_or(0);
    ORDER
        .into_iter()
        .find_map(|phase| {
            let length = phase.length(breathing).as_nanos();
            if into < length {
                return Some((phase, nanos(length - into)));
            }
            into -= length;
            None
        })
        // Only an all-zero pattern has no phase to be in.
        .unwrap_or((BreathPhase::Inhale, Duration::ZERO))
}

fn nanos(n: u128) -> Duration {
    // Below one cycle of at most four u64-second phases: this never saturates.
    Duration::from_nanos(u64::try_from(n).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{BreathPhase, breath_at};
    use crate::routine::Breathing;

    use BreathPhase::{Exhale, HoldIn, HoldOut, Inhale};

    fn pattern(inhale: u64, hold_in: u64, exhale: u64, hold_out: u64) -> Breathing {
        Breathing {
            inhale: Duration::from_secs(inhale),
            hold_in: Duration::from_secs(hold_in),
            exhale: Duration::from_secs(exhale),
            hold_out: Duration::from_secs(hold_out),
        }
    }

    #[track_caller]
    fn case(breathing: Breathing, elapsed_ms: u64, phase: BreathPhase, left_ms: u64) {
        let got = breath_at(&breathing, Duration::from_millis(elapsed_ms));
        assert_eq!(got, (phase, Duration::from_millis(left_ms)));
    }

    #[test]
    fn four_in_six_out() {
        let b = pattern(4, 0, 6, 0);
        case(b, 0, Inhale, 4000);
        case(b, 1500, Inhale, 2500);
        case(b, 3999, Inhale, 1);
        case(b, 4000, Exhale, 6000);
        case(b, 9999, Exhale, 1);
        case(b, 10_000, Inhale, 4000);
        case(b, 25_000, Exhale, 5000);
    }

    #[test]
    fn box_breathing_visits_every_phase() {
        let b = pattern(4, 4, 4, 4);
        case(b, 0, Inhale, 4000);
        case(b, 4000, HoldIn, 4000);
        case(b, 8000, Exhale, 4000);
        case(b, 12_000, HoldOut, 4000);
        case(b, 15_500, HoldOut, 500);
        case(b, 16_000, Inhale, 4000);
    }

    #[test]
    fn zero_length_phases_are_skipped() {
        let b = pattern(3, 0, 5, 2);
        case(b, 3000, Exhale, 5000);
        case(b, 8000, HoldOut, 2000);
        case(b, 10_000, Inhale, 3000);
    }

    #[test]
    fn an_empty_pattern_never_divides_by_zero() {
        case(pattern(0, 0, 0, 0), 12_345, Inhale, 0);
    }
}
