//! From the engine's words to the screen's, so the loop cannot get the
//! meaning of a shape's size or a marker's position backwards.

use crate::session::{BreathPhase, BreathStatus, RollDirection, RollStatus};

use super::view::{Breath, BreathWord, RollMarker, RollWay};

impl From<BreathPhase> for BreathWord {
    fn from(phase: BreathPhase) -> Self {
        match phase {
            BreathPhase::Inhale => BreathWord::In,
            BreathPhase::HoldIn => BreathWord::Hold,
            BreathPhase::Exhale => BreathWord::Out,
            BreathPhase::HoldOut => BreathWord::Rest,
        }
    }
}

impl From<RollDirection> for RollWay {
    fn from(direction: RollDirection) -> Self {
        match direction {
            RollDirection::Out => RollWay::Out,
            RollDirection::Back => RollWay::Back,
        }
    }
}

/// The shape grows through the inhale, stays full while holding, shrinks
/// through the exhale and stays empty while resting.
impl From<BreathStatus> for Breath {
    fn from(status: BreathStatus) -> Self {
        let size = match status.phase {
            BreathPhase::Inhale => status.progress,
            BreathPhase::HoldIn => 1.0,
            BreathPhase::Exhale => 1.0 - status.progress,
            BreathPhase::HoldOut => 0.0,
        };
        Self {
            phase: status.phase.into(),
            left: status.left,
            size,
        }
    }
}

/// Out passes move the marker away from the start, back passes towards it.
impl From<RollStatus> for RollMarker {
    fn from(status: RollStatus) -> Self {
        let position = match status.direction {
            RollDirection::Out => status.progress,
            RollDirection::Back => 1.0 - status.progress,
        };
        Self {
            direction: status.direction.into(),
            position,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{Breath, BreathWord, RollMarker, RollWay};
    use crate::session::{BreathPhase, BreathStatus, RollDirection, RollStatus};

    fn breath(phase: BreathPhase, progress: f32) -> Breath {
        let left = Duration::from_secs(2);
        BreathStatus {
            phase,
            left,
            progress,
        }
        .into()
    }

    #[test]
    fn the_shape_grows_in_and_shrinks_out() {
        assert_eq!(breath(BreathPhase::Inhale, 0.25).size, 0.25);
        assert_eq!(breath(BreathPhase::HoldIn, 0.5).size, 1.0);
        assert_eq!(breath(BreathPhase::Exhale, 0.25).size, 0.75);
        assert_eq!(breath(BreathPhase::HoldOut, 0.5).size, 0.0);
        assert_eq!(breath(BreathPhase::Exhale, 0.0).phase, BreathWord::Out);
    }

    #[test]
    fn the_marker_comes_back() {
        let back: RollMarker = RollStatus {
            direction: RollDirection::Back,
            progress: 0.25,
        }
        .into();
        assert_eq!((back.direction, back.position), (RollWay::Back, 0.75));
    }
}
