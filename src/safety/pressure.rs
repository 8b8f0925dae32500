//! What knead says back to a pressure rating (docs/safety.md, "Pressure").

use super::{PRESSURE_EASE_OFF_FROM, PRESSURE_RELEASE_FROM};

/// The answer to a 0-10 pressure rating that is too high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PressureAdvice {
    /// 7: just over the band to aim for.
    EaseOff,
    /// Above the routine's own `pressure_cap` (the cap), below 8.
    OverCap(u8),
    /// 8 or more; with the routine's cap when the rating is also above it.
    Release {
        /// The routine's cap, when the rating is above it.
        cap: Option<u8>,
    },
}

impl PressureAdvice {
    /// The advice for `rating` under a routine's `cap`, or `None` when the
    /// rating is fine. Releasing wins over easing off; the cap is then named.
    pub fn for_rating(rating: u8, cap: Option<u8>) -> Option<Self> {
        let over_cap = cap.filter(|cap| rating > *cap);
        if rating >= PRESSURE_RELEASE_FROM {
            Some(Self::Release { cap: over_cap })
        } else if let Some(cap) = over_cap {
            Some(Self::OverCap(cap))
        } else if rating >= PRESSURE_EASE_OFF_FROM {
            Some(Self::EaseOff)
        } else {
            None
        }
    }

    /// The sentence shown and journaled.
    pub fn text(self) -> String {
        match self {
            Self::EaseOff => "Ease off a little.".to_owned(),
            Self::OverCap(cap) => format!("Ease off: this routine stays at or below {cap}."),
            Self::Release { cap: None } => "Release and move to a new spot.".to_owned(),
            Self::Release { cap: Some(cap) } => {
                format!("Release and move to a new spot. This routine stays at or below {cap}.")
            }
        }
    }

    /// The word the journal keeps beside the rating.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::EaseOff => "ease_off",
            Self::OverCap(_) => "over_cap",
            Self::Release { .. } => "release",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PressureAdvice;

    #[test]
    fn seven_eases_off_eight_releases_and_the_cap_is_named() {
        let advice = |rating, cap| PressureAdvice::for_rating(rating, cap);
        assert_eq!(advice(6, None), None);
        assert_eq!(advice(7, None), Some(PressureAdvice::EaseOff));
        assert_eq!(advice(8, None), Some(PressureAdvice::Release { cap: None }));
        assert_eq!(advice(3, Some(3)), None);
        assert_eq!(advice(4, Some(3)), Some(PressureAdvice::OverCap(3)));
        assert_eq!(advice(7, Some(3)), Some(PressureAdvice::OverCap(3)));
        assert_eq!(
            advice(9, Some(3)).map(PressureAdvice::text).as_deref(),
            Some("Release and move to a new spot. This routine stays at or below 3.")
        );
        assert_eq!(
            advice(9, Some(9)),
            Some(PressureAdvice::Release { cap: None })
        );
    }
}
