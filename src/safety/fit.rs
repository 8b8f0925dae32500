//! Which routines fit a person today: how hard a routine presses, with
//! what and where (worked out by `routine::load` from its validated tools
//! and areas), and the limits a screening answer or a long-standing
//! condition sets (docs/safety.md, "Screening" and "Limits").

use super::body::{Region, Regions};
use super::release::Tool;

/// How hard a routine presses on the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pressure {
    /// Nothing presses: no holds or rolls, and only packs and supports.
    None,
    /// Holds and rolls that name only supports (a mat, a pillow): rocking,
    /// tilting and stretching, with no tool or hand pressing on the body.
    Movement,
    /// The person's hands.
    Light,
    /// A ball, a roller, a device, or a hold that names no tool.
    Firm,
}

/// Whether a routine may warm the body, from its packs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Heat {
    /// No pack that warms: none at all, or a cold pack.
    None,
    /// A pack the person chooses to use warm or cold.
    Either,
    /// A pack that only warms, or a tool knead does not know.
    Only,
}

/// What matters about a routine when deciding whether it fits; the routine
/// module works it out from the tool and area vocabularies and its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Load {
    /// How hard it presses.
    pub pressure: Pressure,
    /// What it presses with.
    pub tool: Tool,
    /// Where it works; every region when an area is unknown or none named.
    pub regions: Regions,
    /// Whether it may warm the body.
    pub heat: Heat,
    /// Whether its steps have the person lie on their back.
    pub on_back: bool,
    /// Whether its own `before` lines warn against it in pregnancy.
    pub pregnancy_warning: bool,
}

impl Load {
    /// Whether it presses harder than movement does.
    fn presses(self) -> bool {
        self.pressure > Pressure::Movement
    }

    /// Whether it may be done in pregnancy once a clinician has said yes:
    /// never on the belly, no pressure on the low back, not lying on the
    /// back, and not where its own words say no (review S5).
    fn fits_pregnancy(self) -> bool {
        let low_back = self.presses() && self.regions.contains(Region::LowBack);
        let belly = self.regions.contains(Region::Belly);
        !(self.on_back || self.pregnancy_warning || low_back || belly)
    }
}

/// A limit on which routines may run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Limit {
    /// Nothing at all until a clinician has said yes (recent surgery).
    ClinicianFirst,
    /// Movement and breathing only, and no heat (cancer now or being treated).
    NoPressureOrHeat,
    /// Movement and breathing only, and what pregnancy rules out, until a
    /// clinician has said yes (pregnancy).
    PregnantNoPressure,
    /// Movement, breathing and packs only (a clot, weight loss or past cancer).
    NoPressure,
    /// Movement, breathing and packs only, never lying on the back (told to
    /// avoid massage, pressure or lying on the back).
    NoPressureOrBack,
    /// Where a new strain is: no pressure and no movement, and cold only,
    /// never heat, for 72 hours.
    ColdOnly,
    /// The light routines only (blood thinners, severe pain today).
    LightOnly,
    /// No roller at all, and no ball on the back or ribs (fragile bones).
    NoRollerOrTrunk,
    /// Pregnancy after a clinician's yes: no pressure on the belly or low
    /// back, and never lying on the back.
    Pregnant,
    /// No heat, after a cancer team's yes to pressure.
    NoHeat,
}

impl Limit {
    /// Every limit, most restrictive first.
    pub const ALL: [Limit; 10] = [
        Limit::ClinicianFirst,
        Limit::NoPressureOrHeat,
        Limit::PregnantNoPressure,
        Limit::NoPressure,
        Limit::NoPressureOrBack,
        Limit::ColdOnly,
        Limit::LightOnly,
        Limit::NoRollerOrTrunk,
        Limit::Pregnant,
        Limit::NoHeat,
    ];

    /// Whether a routine with this load may run under the limit.
    pub fn allows(self, load: Load) -> bool {
        match self {
            Limit::ClinicianFirst => false,
            Limit::NoPressureOrHeat => !load.presses() && load.heat == Heat::None,
            Limit::PregnantNoPressure => !load.presses() && load.fits_pregnancy(),
            Limit::NoPressure => !load.presses(),
            Limit::NoPressureOrBack => !load.presses() && !load.on_back,
            Limit::ColdOnly => load.pressure == Pressure::None && load.heat != Heat::Only,
            Limit::LightOnly => load.pressure <= Pressure::Light,
            Limit::NoRollerOrTrunk => {
                load.tool != Tool::Roller
                    && !(load.regions.contains(Region::Trunk) && load.pressure == Pressure::Firm)
            }
            Limit::Pregnant => load.fits_pregnancy(),
            Limit::NoHeat => load.heat == Heat::None,
        }
    }

    /// What a routine with this load does that the limit rules out, in a
    /// few words ("it presses with a ball"); empty when it allows it.
    pub fn conflict(self, load: Load) -> &'static str {
        if self.allows(load) {
            return "";
        }
        let heat = if load.heat == Heat::Only {
            "it uses heat"
        } else {
            "it may use heat"
        };
        let pressing_limit = matches!(
            self,
            Limit::NoPressureOrHeat
                | Limit::PregnantNoPressure
                | Limit::NoPressure
                | Limit::NoPressureOrBack
                | Limit::LightOnly
        );
        match self {
            Limit::ClinicianFirst => "no routine may start yet",
            _ if pressing_limit && load.presses() => pressing(load),
            Limit::ColdOnly if load.pressure > Pressure::None => pressing(load),
            Limit::NoHeat | Limit::NoPressureOrHeat | Limit::ColdOnly => heat,
            Limit::NoPressureOrBack => "it has you lie on your back",
            Limit::NoRollerOrTrunk if load.tool == Tool::Roller => "it uses a roller",
            Limit::NoRollerOrTrunk => "it presses on your back or ribs",
            Limit::PregnantNoPressure | Limit::Pregnant | Limit::NoPressure | Limit::LightOnly => {
                against_pregnancy(load)
            }
        }
    }
}

/// What a routine does that pregnancy rules out, in a few words.
fn against_pregnancy(load: Load) -> &'static str {
    if load.on_back {
        "it has you lie on your back"
    } else if load.presses() && load.regions.contains(Region::LowBack) {
        "it presses on the low back"
    } else if load.regions.contains(Region::Belly) {
        "it works on the belly"
    } else {
        "its own before lines warn against it in pregnancy"
    }
}

/// How a routine presses, in a few words.
fn pressing(load: Load) -> &'static str {
    match (load.pressure, load.tool) {
        (Pressure::None, _) => "it presses on nothing",
        (Pressure::Movement, _) => "it moves and stretches there",
        (Pressure::Light, _) => "it presses with your hands",
        (Pressure::Firm, Tool::Ball) => "it presses with a ball",
        (Pressure::Firm, Tool::WallBall) => "it presses with a ball on a wall",
        (Pressure::Firm, Tool::Roller) => "it presses with a roller",
        (Pressure::Firm, Tool::Hands | Tool::Pack) => "it presses firmly",
    }
}

/// A set of limits, small enough to travel in a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Limits(u16);

impl Limits {
    /// The set with `limit` added.
    pub fn with(self, limit: Limit) -> Self {
        Self(self.0 | 1 << (limit as u16))
    }

    /// Whether `limit` is in the set.
    pub fn contains(self, limit: Limit) -> bool {
        self.0 & (1 << (limit as u16)) != 0
    }

    /// The limits in the set, most restrictive first.
    pub fn iter(self) -> impl Iterator<Item = Limit> {
        Limit::ALL
            .into_iter()
            .filter(move |limit| self.contains(*limit))
    }

    /// The first limit that does not allow `load`, if any.
    pub fn refusing(self, load: Load) -> Option<Limit> {
        self.iter().find(|limit| !limit.allows(load))
    }

    /// Whether a routine with load `other` fits every limit, to offer
    /// instead of the refused one with load `here`. A new strain lies where
    /// `here` works, so it limits only routines that work there too.
    pub fn fit_instead(self, here: Load, other: Load) -> bool {
        self.iter().all(|limit| {
            limit.allows(other) || (limit == Limit::ColdOnly && !other.regions.meets(here.regions))
        })
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
#[path = "fit/tests.rs"]
mod tests;
