//! Where things are on the body outline: the figure's shapes, the regions
//! an area word shades, and where each area never to press is drawn. All
//! coordinates are relative to a figure's centre line, in SVG units.

use Shape::{Ellipse, Rect, Triangle};

/// Which way the body faces in the figure a shape is drawn on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facing {
    /// The person facing you.
    Front,
    /// The person from behind.
    Back,
}

/// A shape relative to the figure's centre line; `mirror` draws it on
/// both sides.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    /// A rectangle with rounded corners: left, top, width, height.
    Rect { x: i32, y: i32, w: i32, h: i32 },
    /// An ellipse: centre and radii.
    Ellipse { x: i32, y: i32, rx: i32, ry: i32 },
    /// A triangle by its corners.
    Triangle([(i32, i32); 3]),
}

/// A patch of the outline: where an area is drawn.
#[derive(Debug, Clone, Copy)]
pub struct Patch {
    /// The view it is drawn on.
    pub view: Facing,
    /// Its shape.
    pub shape: Shape,
    /// Drawn on both sides of the centre line.
    pub mirror: bool,
}

/// A region on the front view.
pub const fn front(shape: Shape, mirror: bool) -> Patch {
    Patch {
        view: Facing::Front,
        shape,
        mirror,
    }
}

/// A region on the back view.
pub const fn back(shape: Shape, mirror: bool) -> Patch {
    Patch {
        view: Facing::Back,
        shape,
        mirror,
    }
}

/// The fleshy upper, outer quarter of each buttock: where a ball or roller
/// goes, clear of the sitting bone and the sciatic nerve's exit.
const UPPER_OUTER_BUTTOCK: Patch = back(ellipse(19, 129, 8, 6), true);

/// The deep inner, lower buttock, where the sciatic nerve leaves the pelvis.
pub const SCIATIC_NOTCH: &str = "the deep inner buttock (sciatic nerve)";

/// Area words a routine may use, and where each is drawn.
pub const WORKED: &[(&[&str], &[Patch])] = &[
    (
        &["chest", "pecs", "pectorals", "chest muscles"],
        &[front(rect(-26, 52, 52, 24), false)],
    ),
    (
        &["shoulders", "shoulder", "front of the shoulders"],
        &[
            front(ellipse(31, 53, 8, 8), true),
            back(ellipse(31, 53, 8, 8), true),
        ],
    ),
    (
        &[
            "upper back",
            "shoulder blades",
            "between the shoulder blades",
            "upper trapezius",
            "traps",
        ],
        &[back(rect(5, 52, 21, 34), true)],
    ),
    (
        &["lower back", "low back", "lumbar", "lower-back muscles"],
        &[back(rect(5, 88, 21, 30), true)],
    ),
    (
        &[
            "glutes",
            "glute",
            "buttocks",
            "buttock",
            "piriformis",
            "bottom",
        ],
        &[UPPER_OUTER_BUTTOCK],
    ),
    // The hip muscles these routines press lie under the buttock; the bony
    // point at the side and the front of the hip bone are never pressed.
    (&["hips", "hip", "outer hips"], &[UPPER_OUTER_BUTTOCK]),
    (
        &[
            "thighs",
            "thigh",
            "quads",
            "quadriceps",
            "front of the thighs",
        ],
        &[front(rect(5, 152, 20, 40), true)],
    ),
    (
        &["hamstrings", "back of the thighs"],
        &[back(rect(5, 152, 20, 38), true)],
    ),
    (&["calves", "calf"], &[back(rect(6, 206, 18, 30), true)]),
    (&["shins", "shin"], &[front(rect(6, 206, 18, 30), true)]),
    (
        &["feet", "foot", "soles"],
        &[
            front(ellipse(15, 248, 10, 5), true),
            back(ellipse(15, 248, 10, 5), true),
        ],
    ),
    (
        &["arms", "arm", "forearms", "upper arms"],
        &[
            front(rect(33, 62, 10, 66), true),
            back(rect(33, 62, 10, 66), true),
        ],
    ),
    (
        &["neck", "back of the neck"],
        &[back(rect(-6, 36, 12, 12), false)],
    ),
];

/// Where each area never to press is drawn, by the name `safety` gives it.
pub const NEVER: &[(&str, &[Patch])] = &[
    ("the spine", &[back(rect(-3, 40, 6, 82), false)]),
    (
        "the tailbone",
        &[back(Triangle([(-4, 138), (4, 138), (0, 147)]), false)],
    ),
    (
        "the sacrum",
        &[back(Triangle([(-9, 122), (9, 122), (0, 138)]), false)],
    ),
    (
        "the front or side of the neck",
        &[front(rect(-6, 35, 12, 13), false)],
    ),
    (
        "the back of the knee",
        &[back(ellipse(15, 199, 7, 5), true)],
    ),
    (
        "the groin",
        &[front(Triangle([(-14, 140), (14, 140), (0, 152)]), false)],
    ),
    ("the armpit", &[front(ellipse(29, 66, 4, 7), true)]),
    ("the abdomen", &[front(rect(-17, 84, 34, 34), false)]),
    ("the kidney area", &[back(ellipse(14, 90, 7, 4), true)]),
    (SCIATIC_NOTCH, &[back(ellipse(9, 140, 4, 5), true)]),
];

/// The outline of a figure, the same for front and back.
pub const OUTLINE: &[Shape] = &[
    ellipse(0, 22, 12, 14),
    rect(-6, 34, 12, 14),
    rect(-30, 46, 60, 80),
    rect(-29, 118, 58, 32),
    rect(32, 50, 12, 82),
    rect(-44, 50, 12, 82),
    rect(3, 146, 24, 96),
    rect(-27, 146, 24, 96),
    ellipse(15, 248, 11, 6),
    ellipse(-15, 248, 11, 6),
];

/// The centre line of each figure in the picture.
pub const CENTRES: [(Facing, i32, &str); 2] =
    [(Facing::Front, 70, "Front"), (Facing::Back, 210, "Back")];

const fn rect(x: i32, y: i32, w: i32, h: i32) -> Shape {
    Rect { x, y, w, h }
}

const fn ellipse(x: i32, y: i32, rx: i32, ry: i32) -> Shape {
    Ellipse { x, y, rx, ry }
}
