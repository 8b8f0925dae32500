//! The tool vocabulary: each tool, how firmly it presses and what it is.

use super::{ToolEntry, ToolKind};
use crate::safety::Heat;
use crate::safety::Pressure::{Firm, Light, None};

/// Every tool a routine may name, firmest first.
pub const TOOLS: &[ToolEntry] = &[
    tool("tennis ball", &["tennis balls"], Firm, ToolKind::Ball),
    tool("lacrosse ball", &["lacrosse balls"], Firm, ToolKind::Ball),
    tool(
        "massage ball",
        &["massage balls", "ball", "balls", "spiky ball", "soft ball"],
        Firm,
        ToolKind::Ball,
    ),
    tool(
        "peanut ball",
        &["peanut balls", "double ball", "double balls"],
        Firm,
        ToolKind::Ball,
    ),
    tool(
        "foam roller",
        &[
            "foam rollers",
            "roller",
            "rollers",
            "soft foam roller",
            "foam roller (soft or medium)",
            "full-length foam roller",
            "full-length soft foam roller",
            "full-length soft foam roller or rolled towel",
        ],
        Firm,
        ToolKind::Roller,
    ),
    tool("rolled towel", &["rolled towels"], Firm, ToolKind::Roller),
    tool(
        "massage stick",
        &["massage sticks", "roller stick", "stick roller"],
        Firm,
        ToolKind::Roller,
    ),
    tool(
        "massage gun",
        &["massage guns", "percussion massager", "massager"],
        Firm,
        ToolKind::Device,
    ),
    tool(
        "hands",
        &["hand", "your hands", "fingers"],
        Light,
        ToolKind::Hands,
    ),
    tool("wall", &["walls"], None, ToolKind::Wall),
    pack(
        "heat pack",
        &[
            "heat packs",
            "hot pack",
            "hot packs",
            "wheat bag",
            "wheat bags",
        ],
        Heat::Only,
    ),
    pack(
        "hot-water bottle",
        &["hot-water bottles", "hot water bottle", "hot water bottles"],
        Heat::Only,
    ),
    pack(
        "cold pack",
        &[
            "cold packs",
            "ice pack",
            "ice packs",
            "gel pack",
            "gel packs",
        ],
        Heat::None,
    ),
    pack(
        "heat or cold pack",
        &[
            "heat or cold packs",
            "heat pack, hot-water bottle or cold pack",
            "heat pack or cold pack",
        ],
        Heat::Either,
    ),
    tool(
        "mat",
        &["mats", "yoga mat", "exercise mat", "mat or bed", "floor"],
        None,
        ToolKind::Support,
    ),
    tool("bed", &["beds"], None, ToolKind::Support),
    tool(
        "pillow",
        &["pillows", "cushion", "cushions", "bolster", "bolsters"],
        None,
        ToolKind::Support,
    ),
    tool("towel", &["towels", "cloth"], None, ToolKind::Support),
    tool("blanket", &["blankets"], None, ToolKind::Support),
    tool("chair", &["chairs", "stool"], None, ToolKind::Support),
    tool(
        "strap",
        &["straps", "belt", "yoga strap"],
        None,
        ToolKind::Support,
    ),
];

const fn tool(
    name: &'static str,
    aliases: &'static [&'static str],
    class: crate::safety::Pressure,
    kind: ToolKind,
) -> ToolEntry {
    ToolEntry {
        name,
        aliases,
        class,
        kind,
        heat: Heat::None,
    }
}

/// A pack: it presses nothing, and may warm.
const fn pack(name: &'static str, aliases: &'static [&'static str], heat: Heat) -> ToolEntry {
    ToolEntry {
        name,
        aliases,
        class: None,
        kind: ToolKind::Pack,
        heat,
    }
}
