use crate::routine::check_str;
use crate::safety::{Heat, Load, Pressure, Region, Tool};

/// The load of a routine with these tools and areas, whose one step is
/// `step` (a TOML `[[step]]` body).
#[track_caller]
fn load(tools: &str, areas: &str, step: &str) -> Load {
    let text = format!(
        "format = 1\ntitle = \"t\"\ntools = [{tools}]\nareas = [{areas}]\n\n[[step]]\ntitle = \"s\"\n{step}\n"
    );
    let checked = check_str(&text);
    let routine = checked
        .routine
        .unwrap_or_else(|| panic!("{:?}", checked.diagnostics));
    routine.load()
}

fn trunk(load: Load) -> bool {
    load.regions.contains(Region::Trunk)
}

const HOLD: &str = "kind = \"hold\"\nduration = \"30s\"";
const BREATHE: &str = "kind = \"breathe\"\nduration = \"30s\"";

#[test]
fn the_firmest_tool_decides_never_the_gentlest() {
    let ball_and_pack = load("\"heat pack\", \"tennis ball\"", "\"glutes\"", HOLD);
    assert_eq!(ball_and_pack.pressure, Pressure::Firm);
    assert_eq!(ball_and_pack.tool, Tool::Ball);
    let roller_and_pack = load("\"cold pack\", \"foam roller\"", "\"glutes\"", HOLD);
    assert_eq!(roller_and_pack.tool, Tool::Roller);
    let gun = load("\"massage gun\"", "\"glutes\"", HOLD);
    assert_eq!(gun.pressure, Pressure::Firm);
    // A ball listed counts even if no step presses with it.
    assert_eq!(
        load("\"tennis ball\"", "\"glutes\"", BREATHE).pressure,
        Pressure::Firm
    );
    assert_eq!(
        load("\"tennis ball\", \"wall\"", "\"glutes\"", HOLD).tool,
        Tool::WallBall
    );
}

#[test]
fn a_hold_naming_no_tool_is_firm() {
    assert_eq!(load("", "\"glutes\"", HOLD).pressure, Pressure::Firm);
    assert_eq!(load("\"mat\"", "\"glutes\"", HOLD).pressure, Pressure::Firm);
    let named = format!("{HOLD}\ntools = [\"mat\"]");
    // Naming only a support rocks or stretches: movement, not pressure.
    assert_eq!(
        load("\"mat\"", "\"glutes\"", &named).pressure,
        Pressure::Movement
    );
    let hands = format!("{HOLD}\ntools = [\"hands\"]");
    let light = load("\"pillows\"", "\"glutes\"", &hands);
    assert_eq!((light.pressure, light.tool), (Pressure::Light, Tool::Hands));
    // Naming the pack on the hold does not make the listed ball gentle.
    let lying = format!("{HOLD}\ntools = [\"heat pack\"]");
    let ball = load("\"heat pack\", \"tennis ball\"", "\"glutes\"", &lying);
    assert_eq!(ball.pressure, Pressure::Firm);
}

#[test]
fn packs_alone_press_nothing() {
    let pack = load(
        "\"heat pack, hot-water bottle or cold pack\", \"towel\", \"pillow\"",
        "\"lower back\"",
        BREATHE,
    );
    assert_eq!((pack.pressure, pack.tool), (Pressure::None, Tool::Pack));
}

#[test]
fn areas_reach_their_regions() {
    for area in [
        "\"lumbar\"",
        "\"thoracic\"",
        "\"shoulder blades\"",
        "\"ribs\"",
        "\"lower back\"",
    ] {
        assert!(trunk(load("\"tennis ball\"", area, HOLD)), "{area}");
    }
    for area in ["\"glutes\"", "\"hips\"", "\"calves\""] {
        assert!(!trunk(load("\"tennis ball\"", area, HOLD)), "{area}");
    }
    // No areas at all: every region.
    assert!(trunk(load("\"tennis ball\"", "", HOLD)));
}

#[test]
fn every_bundled_tool_list_names_its_release() {
    let tool = |tools: &str| load(tools, "\"glutes\"", BREATHE).tool;
    assert_eq!(tool("\"tennis ball\", \"mat\""), Tool::Ball);
    assert_eq!(tool("\"tennis ball\", \"wall\""), Tool::WallBall);
    assert_eq!(
        tool("\"foam roller (soft or medium)\", \"mat\""),
        Tool::Roller
    );
    assert_eq!(
        tool("\"full-length soft foam roller or rolled towel\", \"mat\""),
        Tool::Roller
    );
    assert_eq!(
        tool("\"heat pack, hot-water bottle or cold pack\", \"towel\""),
        Tool::Pack
    );
    assert_eq!(tool("\"pillows\", \"mat or bed\""), Tool::Hands);
    assert_eq!(tool(""), Tool::Hands);
}

#[test]
fn packs_say_whether_they_warm_and_steps_whether_you_lie_on_your_back() {
    let heat = |tools: &str| load(tools, "\"glutes\"", BREATHE).heat;
    assert_eq!(heat("\"cold pack\", \"towel\""), Heat::None);
    assert_eq!(
        heat("\"heat pack, hot-water bottle or cold pack\""),
        Heat::Either
    );
    assert_eq!(heat("\"cold pack\", \"hot-water bottle\""), Heat::Only);
    assert_eq!(heat("\"mat\""), Heat::None);
    let lying = "kind = \"setup\"\nduration = \"30s\"\ncue = \"Lie on your back, knees bent.\"";
    assert!(load("\"mat\"", "\"glutes\"", lying).on_back);
    assert!(!load("\"mat\"", "\"glutes\"", BREATHE).on_back);
    let low_back = load("\"mat\"", "\"lumbar\"", BREATHE).regions;
    assert!(low_back.contains(Region::LowBack) && !low_back.contains(Region::Belly));
}
