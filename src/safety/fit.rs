//! Which routines fit a person today: how hard a routine presses (worked
//! out by `routine::load` from its validated tools and areas), and the limits a screening answer or a long-standing
//! condition sets (docs/safety.md, "Screening").

use super::release::Tool;

/// How hard a routine presses on the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pressure {
    /// Nothing presses: no holds or rolls, and only packs and supports.
    None,
    /// The person's hands, or holds and rolls that name only gentle tools.
    Light,
    /// A ball, a roller or a wall.
    Firm,
}

/// What matters about a routine when deciding whether it fits; the routine
/// module works it out from the tool and area vocabularies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Load {
    /// How hard it presses.
    pub pressure: Pressure,
    /// What it presses with.
    pub tool: Tool,
    /// Whether it works on the trunk: back, spine, ribs, chest or belly.
    pub trunk: bool,
}

/// A limit on which routines may run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Limit {
    /// Nothing at all until a clinician has said yes (recent surgery, pregnancy).
    ClinicianFirst,
    /// Heat or cold and breathing only (a new strain).
    HeatColdOnly,
    /// No pressure until a clinician has said yes (clots, cancer).
    NoPressure,
    /// The light routines only (blood thinners, severe pain today).
    LightOnly,
    /// No roller at all, and no ball on the back or ribs (fragile bones).
    NoRollerOrTrunk,
}

impl Limit {
    /// Whether a routine with this load may run under the limit.
    pub fn allows(self, load: Load) -> bool {
        match self {
            Limit::ClinicianFirst => false,
            Limit::HeatColdOnly => load.pressure == Pressure::None && load.tool == Tool::Pack,
            Limit::NoPressure => load.pressure == Pressure::None,
            Limit::LightOnly => load.pressure <= Pressure::Light,
            Limit::NoRollerOrTrunk => {
                load.tool != Tool::Roller && !(load.trunk && load.pressure == Pressure::Firm)
            }
        }
    }

    /// The bundled routines that fit under the limit, to offer instead.
    pub fn offers(self) -> &'static [&'static str] {
        match self {
            Limit::ClinicianFirst => &[],
            Limit::HeatColdOnly | Limit::NoPressure => &["heat-cold-wind-down"],
            Limit::LightOnly => &["gentle-flare-up", "gentle-movement", "heat-cold-wind-down"],
            Limit::NoRollerOrTrunk => &[
                "piriformis-tennis-ball",
                "piriformis-ball-lying",
                "wall-ball-glute-standing",
                "gentle-flare-up",
                "gentle-movement",
                "heat-cold-wind-down",
            ],
        }
    }
}

/// A set of limits, small enough to travel in a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Limits(u8);

impl Limits {
    const ALL: [Limit; 5] = [
        Limit::ClinicianFirst,
        Limit::HeatColdOnly,
        Limit::NoPressure,
        Limit::LightOnly,
        Limit::NoRollerOrTrunk,
    ];

    /// The set with `limit` added.
    pub fn with(self, limit: Limit) -> Self {
        Self(self.0 | 1 << (limit as u8))
    }

    /// The limits in the set, most restrictive first.
    pub fn iter(self) -> impl Iterator<Item = Limit> {
        Self::ALL
            .into_iter()
            .filter(move |limit| self.0 & (1 << (*limit as u8)) != 0)
    }

    /// The first limit that does not allow `load`, if any.
    pub fn refusing(self, load: Load) -> Option<Limit> {
        self.iter().find(|limit| !limit.allows(load))
    }

    /// The bundled routines that fit under every limit in the set.
    pub fn offers(self) -> Vec<&'static str> {
        let limits: Vec<Limit> = self.iter().collect();
        let Some((first, rest)) = limits.split_first() else {
            return Vec::new();
        };
        first
            .offers()
            .iter()
            .copied()
            .filter(|id| rest.iter().all(|limit| limit.offers().contains(id)))
            .collect()
    }
}

/// What a "yes" does to today's session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Effect {
    /// The session does not start.
    Stop,
    /// Only routines within the limit may run.
    Only(Limit),
    /// The session goes ahead, with the item's advice.
    Proceed,
}

#[cfg(test)]
mod tests {
    use super::{Limit, Limits, Load, Pressure};
    use crate::safety::Tool;

    fn load(pressure: Pressure, tool: Tool, trunk: bool) -> Load {
        Load {
            pressure,
            tool,
            trunk,
        }
    }

    #[test]
    fn limits_allow_what_they_say() {
        let ball = load(Pressure::Firm, Tool::Ball, false);
        let pack = load(Pressure::None, Tool::Pack, true);
        let hands = load(Pressure::Light, Tool::Hands, true);
        let roller = load(Pressure::Firm, Tool::Roller, false);
        let wall_back = load(Pressure::Firm, Tool::WallBall, true);
        assert!(!Limit::LightOnly.allows(ball));
        assert!(Limit::LightOnly.allows(hands));
        assert!(Limit::HeatColdOnly.allows(pack));
        assert!(!Limit::HeatColdOnly.allows(hands));
        assert!(Limit::NoPressure.allows(pack));
        assert!(!Limit::NoPressure.allows(hands));
        assert!(!Limit::NoRollerOrTrunk.allows(roller));
        assert!(!Limit::NoRollerOrTrunk.allows(wall_back));
        assert!(Limit::NoRollerOrTrunk.allows(ball));
        assert!(!Limit::ClinicianFirst.allows(pack));
    }

    #[test]
    fn offers_fit_every_limit() {
        let two = Limits::default()
            .with(Limit::NoRollerOrTrunk)
            .with(Limit::LightOnly);
        assert_eq!(
            two.offers(),
            ["gentle-flare-up", "gentle-movement", "heat-cold-wind-down"]
        );
        let strict = two.with(Limit::ClinicianFirst);
        assert!(strict.offers().is_empty());
        assert!(Limits::default().offers().is_empty());
        assert_eq!(strict.iter().next(), Some(Limit::ClinicianFirst));
    }
}
