//! What knead says back to a pressure rating (docs/safety.md, "Pressure"):
//! 7 eases off, 8 ends that spot, 9 or 10 ends that side (review S7).

use super::release::Tool;
use super::{PRESSURE_EASE_OFF_FROM, PRESSURE_RELEASE_FROM};

/// From this rating the side being worked ends (review S7).
pub const PRESSURE_END_SIDE_FROM: u8 = 9;

/// The answer to a 0-10 pressure rating that is too high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PressureAdvice {
    /// 7: just over the band to aim for.
    EaseOff,
    /// Above the routine's own `pressure_cap` (the cap), below 8.
    OverCap(u8),
    /// 8: that spot ends; the next one is lighter. With the routine's cap
    /// when the rating is also above it.
    Release {
        /// The routine's cap, when the rating is above it.
        cap: Option<u8>,
        /// What presses, for how to come off it.
        tool: Tool,
    },
    /// 9 or 10: that side ends; its remaining steps are skipped.
    EndSide {
        /// What presses, for how to come off it.
        tool: Tool,
        /// Whether the step has a side; one without ends only its own passes.
        sided: bool,
    },
}

impl PressureAdvice {
    /// The advice for `rating` under a routine's `cap`, pressing with
    /// `tool`, or `None` when the rating is fine. Ending wins over easing
    /// off; the cap is then named.
    pub fn for_rating(rating: u8, cap: Option<u8>, tool: Tool, sided: bool) -> Option<Self> {
        let over_cap = cap.filter(|cap| rating > *cap);
        if rating >= PRESSURE_END_SIDE_FROM {
            Some(Self::EndSide { tool, sided })
        } else if rating >= PRESSURE_RELEASE_FROM {
            Some(Self::Release {
                cap: over_cap,
                tool,
            })
        } else if let Some(cap) = over_cap {
            Some(Self::OverCap(cap))
        } else if rating >= PRESSURE_EASE_OFF_FROM {
            Some(Self::EaseOff)
        } else {
            None
        }
    }

    /// Whether the spot being pressed ends now (8 or more).
    pub fn ends_spot(self) -> bool {
        matches!(self, Self::Release { .. } | Self::EndSide { .. })
    }

    /// The sentence shown and journaled.
    pub fn text(self) -> String {
        match self {
            Self::EaseOff => "Ease off a little.".to_owned(),
            Self::OverCap(cap) => format!("Ease off: this routine stays at or below {cap}."),
            Self::Release { cap: None, tool } => {
                format!("{} {}", come_off(tool), lighter_cue(tool))
            }
            Self::Release {
                cap: Some(cap),
                tool,
            } => format!(
                "{} {} This routine stays at or below {cap}.",
                come_off(tool),
                lighter_cue(tool)
            ),
            Self::EndSide { tool, sided: true } => format!(
                "{} That is enough for this side today: its other steps are skipped.",
                come_off(tool)
            ),
            Self::EndSide { tool, sided: false } => format!(
                "{} That is enough for this spot today: the rest of this step is skipped.",
                come_off(tool)
            ),
        }
    }

    /// The word the journal keeps beside the rating.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::EaseOff => "ease_off",
            Self::OverCap(_) => "over_cap",
            Self::Release { .. } => "release",
            Self::EndSide { .. } => "end_side",
        }
    }
}

/// The cue that replaces a spot's own (which may say to sink in further)
/// on the holds and rolls left on a side after an 8: lighter, 3 to 6.
pub fn lighter_cue(tool: Tool) -> &'static str {
    match tool {
        Tool::Ball => "Next spot: more weight on your hands, 3 to 6 out of 10.",
        Tool::WallBall => "Next spot: lean into the wall less, 3 to 6 out of 10.",
        Tool::Roller => "Next spot: more weight on your hands and feet, 3 to 6 out of 10.",
        Tool::Pack | Tool::Hands => "Next spot: press more lightly, 3 to 6 out of 10.",
    }
}

/// How to come off what presses, at once.
fn come_off(tool: Tool) -> &'static str {
    match tool {
        Tool::Ball => "Come off the ball.",
        Tool::WallBall => "Step away from the wall.",
        Tool::Roller => "Come off the roller.",
        Tool::Pack => "Take the pack off.",
        Tool::Hands => "Lift your hands away.",
    }
}

#[cfg(test)]
mod tests {
    use super::PressureAdvice;
    use crate::safety::Tool;

    #[test]
    fn seven_eases_off_eight_ends_the_spot_nine_the_side_and_the_cap_is_named() {
        let advice = |rating, cap| PressureAdvice::for_rating(rating, cap, Tool::Ball, true);
        let release = |cap| {
            Some(PressureAdvice::Release {
                cap,
                tool: Tool::Ball,
            })
        };
        assert_eq!(advice(6, None), None);
        assert_eq!(advice(7, None), Some(PressureAdvice::EaseOff));
        assert_eq!(advice(8, None), release(None));
        assert_eq!(advice(3, Some(3)), None);
        assert_eq!(advice(4, Some(3)), Some(PressureAdvice::OverCap(3)));
        assert_eq!(advice(7, Some(3)), Some(PressureAdvice::OverCap(3)));
        assert_eq!(
            advice(8, Some(3)).map(PressureAdvice::text).as_deref(),
            Some(
                "Come off the ball. Next spot: more weight on your hands, 3 to 6 out of 10. \
                 This routine stays at or below 3."
            )
        );
        assert_eq!(advice(8, Some(9)), release(None));
        assert_eq!(
            advice(9, None),
            Some(PressureAdvice::EndSide {
                tool: Tool::Ball,
                sided: true
            })
        );
        assert_eq!(
            PressureAdvice::for_rating(10, Some(3), Tool::WallBall, true).map(PressureAdvice::text),
            Some(
                "Step away from the wall. That is enough for this side today: its other \
                 steps are skipped."
                    .to_owned()
            )
        );
    }
}
