//! The area vocabulary: each area and the body regions it lies in.

use super::AreaEntry;
use super::Region::{self, Arms, Belly, Hips, Legs, LowBack, Neck, Trunk};

/// Every area a routine may name.
pub const AREAS: &[AreaEntry] = &[
    area(
        "lower back",
        &[
            "low back",
            "lumbar",
            "lumbar muscles",
            "lower-back",
            "lower-back muscles",
        ],
        &[Trunk, LowBack],
    ),
    area("mid back", &["middle back", "mid-back"], &[Trunk]),
    area(
        "upper back",
        &[
            "thoracic",
            "upper-back",
            "thoracic muscles",
            "between the shoulder blades",
        ],
        &[Trunk],
    ),
    area("back", &["whole back"], &[Trunk, LowBack]),
    area(
        "shoulder blades",
        &["shoulder blade", "scapula", "scapulae"],
        &[Trunk],
    ),
    area("ribs", &["rib", "ribcage", "rib cage"], &[Trunk]),
    area("chest", &["pecs", "pectorals", "chest muscles"], &[Trunk]),
    area(
        "abdomen",
        &["belly", "stomach", "abs", "tummy"],
        &[Trunk, Belly],
    ),
    area("spine", &["backbone", "spinal column"], &[Trunk, LowBack]),
    area("tailbone", &["coccyx", "sacrum"], &[Trunk, LowBack, Hips]),
    area(
        "neck",
        &["front of the neck", "side of the neck", "back of the neck"],
        &[Neck],
    ),
    area("upper trapezius", &["traps", "trapezius"], &[Neck, Trunk]),
    area("jaw", &["jaws"], &[Neck]),
    area(
        "shoulders",
        &["shoulder", "front of the shoulders"],
        &[Trunk, Arms],
    ),
    area("armpit", &["armpits"], &[Trunk, Arms]),
    area(
        "arms",
        &["arm", "upper arms", "upper arm", "forearms", "forearm"],
        &[Arms],
    ),
    area("hands", &["hand", "wrists", "wrist"], &[Arms]),
    area(
        "glutes",
        &["glute", "buttocks", "buttock", "bottom", "piriformis"],
        &[Hips],
    ),
    area("hips", &["hip", "hip flexors", "outer hips"], &[Hips]),
    area("groin", &["inner groin"], &[Hips, Legs]),
    area(
        "thighs",
        &[
            "thigh",
            "quads",
            "quadriceps",
            "hamstrings",
            "hamstring",
            "it band",
            "outer thigh",
            "inner thigh",
            "front of the thighs",
            "back of the thighs",
        ],
        &[Legs],
    ),
    area("knees", &["knee", "back of the knee"], &[Legs]),
    area("calves", &["calf", "calf muscles"], &[Legs]),
    area("shins", &["shin"], &[Legs]),
    area("legs", &["leg"], &[Legs]),
    area("feet", &["foot", "soles", "sole"], &[Legs]),
    area(
        "whole body",
        &["full body", "body"],
        &[Trunk, LowBack, Belly, Neck, Arms, Hips, Legs],
    ),
];

const fn area(
    name: &'static str,
    aliases: &'static [&'static str],
    regions: &'static [Region],
) -> AreaEntry {
    AreaEntry {
        name,
        aliases,
        regions,
    }
}
