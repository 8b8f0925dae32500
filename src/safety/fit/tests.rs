use super::{Heat, Limit, Limits, Load, Pressure};
use crate::safety::{Region, Regions, Tool};

fn load(pressure: Pressure, tool: Tool, regions: &[Region]) -> Load {
    Load {
        pressure,
        tool,
        regions: regions.iter().copied().collect(),
        heat: Heat::None,
        on_back: false,
        pregnancy_warning: false,
    }
}

const GLUTES: &[Region] = &[Region::Hips];
const LOW_BACK: &[Region] = &[Region::Trunk, Region::LowBack];

#[test]
fn limits_allow_what_they_say() {
    let ball = load(Pressure::Firm, Tool::Ball, GLUTES);
    let pack = Load {
        heat: Heat::Either,
        ..load(Pressure::None, Tool::Pack, LOW_BACK)
    };
    let hands = load(Pressure::Light, Tool::Hands, LOW_BACK);
    let moving = load(Pressure::Movement, Tool::Hands, GLUTES);
    let roller = load(Pressure::Firm, Tool::Roller, GLUTES);
    let wall_back = load(Pressure::Firm, Tool::WallBall, LOW_BACK);
    assert!(!Limit::LightOnly.allows(ball));
    assert!(Limit::LightOnly.allows(hands));
    assert!(Limit::ColdOnly.allows(pack));
    assert!(!Limit::ColdOnly.allows(hands));
    assert!(!Limit::ColdOnly.allows(moving));
    assert!(Limit::NoPressure.allows(pack));
    assert!(Limit::NoPressure.allows(moving));
    assert!(!Limit::NoPressure.allows(hands));
    assert!(!Limit::NoPressureOrHeat.allows(pack));
    assert!(Limit::NoPressureOrHeat.allows(moving));
    assert!(!Limit::NoRollerOrTrunk.allows(roller));
    assert!(!Limit::NoRollerOrTrunk.allows(wall_back));
    assert!(Limit::NoRollerOrTrunk.allows(ball));
    assert!(!Limit::ClinicianFirst.allows(pack));
    assert!(Limit::PregnantNoPressure.allows(pack));
    assert!(!Limit::Pregnant.allows(wall_back));
    assert!(Limit::Pregnant.allows(ball));
    let on_back = Load {
        on_back: true,
        ..moving
    };
    assert!(!Limit::Pregnant.allows(on_back));
    assert!(!Limit::NoPressureOrBack.allows(on_back));
}

#[test]
fn a_heat_only_pack_is_refused_where_cold_is_asked() {
    let heat = Load {
        heat: Heat::Only,
        ..load(Pressure::None, Tool::Pack, GLUTES)
    };
    assert!(!Limit::ColdOnly.allows(heat));
    assert_eq!(Limit::ColdOnly.conflict(heat), "it uses heat");
    let cold = Load {
        heat: Heat::None,
        ..heat
    };
    assert!(Limit::NoHeat.allows(cold) && Limit::ColdOnly.allows(cold));
}

#[test]
fn a_strain_limits_only_routines_that_work_there() {
    let strained = Limits::default().with(Limit::ColdOnly);
    let here = load(Pressure::Firm, Tool::Ball, GLUTES);
    let chest = load(Pressure::Firm, Tool::Roller, &[Region::Trunk, Region::Arms]);
    let unknown = load(Pressure::Firm, Tool::Ball, &[]);
    let everywhere = Load {
        regions: Regions::all(),
        ..unknown
    };
    assert!(strained.fit_instead(here, chest));
    assert!(!strained.fit_instead(here, here));
    assert!(!strained.fit_instead(here, everywhere));
    let both = strained.with(Limit::NoRollerOrTrunk);
    assert!(!both.fit_instead(here, chest));
}

#[test]
fn every_refusal_says_what_the_routine_does() {
    let ball = load(Pressure::Firm, Tool::Ball, LOW_BACK);
    for limit in Limit::ALL {
        let said = limit.conflict(ball);
        assert_eq!(said.is_empty(), limit.allows(ball), "{limit:?}: {said}");
    }
    assert_eq!(Limit::NoPressure.conflict(ball), "it presses with a ball");
    assert_eq!(Limit::Pregnant.conflict(ball), "it presses on the low back");
    let sets = Limits::default()
        .with(Limit::NoRollerOrTrunk)
        .with(Limit::ClinicianFirst);
    assert_eq!(sets.iter().next(), Some(Limit::ClinicianFirst));
    assert_eq!(sets.refusing(ball), Some(Limit::ClinicianFirst));
}
