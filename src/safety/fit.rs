//! Which routines fit a person today: how hard a routine presses, read from
//! the routine itself, and the limits a screening answer or a long-standing
//! condition sets (docs/safety.md, "Screening").

use super::release::Tool;

/// How hard a routine presses on the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pressure {
    /// Nothing presses: no holds or rolls, or only a heat or cold pack.
    None,
    /// Hands or movement only, or pressure kept at 3/10 or below.
    Light,
    /// A ball, a roller or a wall.
    Firm,
}

/// What matters about a routine when deciding whether it fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Load {
    /// How hard it presses.
    pub pressure: Pressure,
    /// What it presses with.
    pub tool: Tool,
    /// Whether it works on the back, ribs or chest.
    pub trunk: bool,
}

/// The highest `pressure_cap` that makes a routine light (safety.md's
/// flare-up cap).
const LIGHT_CAP: u8 = 3;

/// Area words that put a routine on the trunk.
const TRUNK_WORDS: &[&str] = &["back", "spine", "rib", "ribs", "chest", "trunk"];

impl Load {
    /// The load of a routine from its tools, areas, whether any step presses
    /// (a hold or a roll) and its pressure cap, if it rates pressure.
    pub fn of(tools: &[String], areas: &[String], presses: bool, cap: Option<u8>) -> Self {
        let tool = Tool::of(tools);
        let pressure = if !presses || tool == Tool::Pack {
            Pressure::None
        } else if tool == Tool::Hands || cap.is_some_and(|c| c <= LIGHT_CAP) {
            Pressure::Light
        } else {
            Pressure::Firm
        };
        let trunk = areas.iter().any(|area| {
            area.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| TRUNK_WORDS.contains(&word))
        });
        Self {
            pressure,
            tool,
            trunk,
        }
    }
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

    fn load(tools: &[&str], areas: &[&str], presses: bool, cap: Option<u8>) -> Load {
        let owned = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        Load::of(&owned(tools), &owned(areas), presses, cap)
    }

    #[test]
    fn pressure_is_read_from_tools_steps_and_cap() {
        assert_eq!(
            load(&["tennis ball"], &["glutes"], true, None).pressure,
            Pressure::Firm
        );
        assert_eq!(
            load(&["tennis ball"], &[], true, Some(3)).pressure,
            Pressure::Light
        );
        assert_eq!(
            load(&["mat", "pillow"], &[], true, None).pressure,
            Pressure::Light
        );
        assert_eq!(
            load(&["heat pack"], &[], true, None).pressure,
            Pressure::None
        );
        assert_eq!(
            load(&["foam roller"], &[], false, None).pressure,
            Pressure::None
        );
    }

    #[test]
    fn limits_allow_what_they_say() {
        let ball = load(&["tennis ball"], &["glutes"], true, None);
        let pack = load(&["heat pack"], &["lower back"], true, None);
        let hands = load(&["mat"], &["lower back"], true, None);
        let roller = load(&["foam roller"], &["glutes"], true, None);
        let wall_back = load(&["tennis ball", "wall"], &["lower back"], true, None);
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
        assert_eq!(wall_back.tool, Tool::WallBall);
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
