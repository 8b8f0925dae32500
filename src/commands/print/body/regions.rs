//! Where things are on the body outline: the regions an area of the
//! vocabulary shades, and where each area never to press is drawn. All
//! coordinates are relative to a figure's centre line, in SVG units, on
//! the silhouette of `outline.rs` (crown at 8, armpit 68, waist 93, crotch
//! 134, knee 190, sole 251).

use Shape::{Blob, Body, Ellipse};

/// Which way the body faces in the figure a shape is drawn on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facing {
    /// The person facing you.
    Front,
    /// The person from behind.
    Back,
}

/// A shape relative to the figure's centre line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// An ellipse: centre and radii.
    Ellipse { x: f32, y: f32, rx: f32, ry: f32 },
    /// A rounded shape through these points.
    Blob(&'static [(f32, f32)]),
    /// The whole silhouette.
    Body,
}

/// A patch of the outline: where an area is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Patch {
    /// The view it is drawn on.
    pub view: Facing,
    /// Its shape.
    pub shape: Shape,
    /// Drawn on both sides of the centre line.
    pub mirror: bool,
}

const fn front(shape: Shape) -> Patch {
    Patch {
        view: Facing::Front,
        shape,
        mirror: true,
    }
}

const fn back(shape: Shape) -> Patch {
    Patch {
        view: Facing::Back,
        shape,
        mirror: true,
    }
}

/// The same patch, on the centre line only.
const fn single(patch: Patch) -> Patch {
    Patch {
        mirror: false,
        ..patch
    }
}

const fn ellipse(x: f32, y: f32, rx: f32, ry: f32) -> Shape {
    Ellipse { x, y, rx, ry }
}

/// The fleshy upper, outer quarter of each buttock: where a ball or roller
/// goes, clear of the sitting bone, the bony point of the hip at the side
/// and the sciatic nerve's exit (review M8, N5).
pub const UPPER_OUTER_BUTTOCK: Patch = back(ellipse(15.5, 117.0, 5.5, 5.0));

/// The deep inner, lower buttock, where the sciatic nerve leaves the pelvis.
pub const SCIATIC_NOTCH: &str = "the deep inner buttock (sciatic nerve)";

const THIGH_FRONT: Patch = front(ellipse(12.5, 160.0, 6.5, 17.0));
const THIGH_BACK: Patch = back(ellipse(12.5, 161.0, 6.5, 16.0));
const CALF: Patch = back(ellipse(11.5, 208.0, 5.0, 13.0));
const SHIN: Patch = front(ellipse(10.5, 210.0, 3.5, 14.0));
const KNEE: Patch = front(ellipse(11.0, 189.0, 4.5, 5.0));
const UPPER_ARM: Shape = ellipse(30.5, 78.0, 3.0, 12.0);
const FOREARM: Shape = ellipse(35.6, 107.0, 2.8, 11.0);

/// Area words and where each is drawn. A word is looked up as written
/// first, so "hamstrings" finds the back of the thigh before its entry,
/// "thighs", finds both sides; every other vocabulary word is found by the
/// name of its entry (`src/routine/vocabulary/areas.rs`).
pub const WORKED: &[(&[&str], &[Patch])] = &[
    (&["chest"], &[front(ellipse(10.0, 62.0, 8.0, 6.5))]),
    (
        &["shoulders"],
        &[
            front(ellipse(27.0, 57.0, 5.0, 6.0)),
            back(ellipse(27.0, 57.0, 5.0, 6.0)),
        ],
    ),
    (&["upper back"], &[back(ellipse(11.0, 62.0, 6.5, 9.0))]),
    (
        &["shoulder blades"],
        &[back(Blob(&[(8.0, 53.0), (20.0, 54.0), (11.0, 75.0)]))],
    ),
    (&["mid back"], &[back(ellipse(9.0, 80.0, 5.5, 7.0))]),
    (&["lower back"], &[back(ellipse(8.0, 97.0, 5.0, 8.0))]),
    (&["back"], &[back(ellipse(11.0, 77.0, 8.5, 28.0))]),
    (
        &["ribs"],
        &[
            front(ellipse(18.0, 77.0, 4.5, 9.0)),
            back(ellipse(18.0, 77.0, 4.5, 9.0)),
        ],
    ),
    (&["upper trapezius"], &[back(ellipse(13.0, 49.5, 7.0, 3.0))]),
    (&["neck"], &[single(back(ellipse(0.0, 43.0, 5.0, 4.5)))]),
    (&["jaw"], &[front(ellipse(6.5, 32.0, 3.5, 3.0))]),
    (
        &["arms"],
        &[
            front(UPPER_ARM),
            front(FOREARM),
            back(UPPER_ARM),
            back(FOREARM),
        ],
    ),
    (
        &["upper arms", "upper arm"],
        &[front(UPPER_ARM), back(UPPER_ARM)],
    ),
    (&["forearms", "forearm"], &[front(FOREARM), back(FOREARM)]),
    (
        &["hands"],
        &[
            front(ellipse(41.5, 137.0, 3.6, 8.0)),
            back(ellipse(41.5, 137.0, 3.6, 8.0)),
        ],
    ),
    (&["glutes"], &[UPPER_OUTER_BUTTOCK]),
    // The hip muscles these routines press lie under the buttock; the bony
    // point at the side and the front of the hip bone are never pressed.
    (&["hips"], &[UPPER_OUTER_BUTTOCK]),
    (&["hip flexors"], &[front(ellipse(18.5, 114.0, 3.5, 5.0))]),
    (&["thighs"], &[THIGH_FRONT, THIGH_BACK]),
    (
        &["quads", "quadriceps", "front of the thighs"],
        &[THIGH_FRONT],
    ),
    (
        &["hamstrings", "hamstring", "back of the thighs"],
        &[THIGH_BACK],
    ),
    (
        &["it band", "outer thigh"],
        &[
            front(ellipse(19.5, 160.0, 2.5, 15.0)),
            back(ellipse(19.5, 160.0, 2.5, 15.0)),
        ],
    ),
    // Low on the inner thigh: its upper part is the groin, never pressed.
    (&["inner thigh"], &[front(ellipse(6.0, 166.0, 2.5, 10.0))]),
    (&["knees"], &[KNEE]),
    (&["calves"], &[CALF]),
    (&["shins"], &[SHIN]),
    (&["legs"], &[THIGH_FRONT, THIGH_BACK, KNEE, CALF, SHIN]),
    (
        &["feet"],
        &[
            front(ellipse(11.0, 246.0, 4.5, 3.5)),
            back(ellipse(11.0, 246.0, 4.5, 3.5)),
        ],
    ),
    (&["whole body"], &[single(front(Body)), single(back(Body))]),
];

/// Where each area never to press is drawn, by the name `safety` gives it.
pub const NEVER: &[(&str, &[Patch])] = &[
    ("the spine", &[single(back(ellipse(0.0, 76.0, 2.8, 30.0)))]),
    (
        "the tailbone",
        &[single(back(Blob(&[
            (-2.5, 123.5),
            (2.5, 123.5),
            (0.0, 130.0),
        ])))],
    ),
    (
        "the sacrum",
        &[single(back(Blob(&[
            (-7.0, 107.5),
            (7.0, 107.5),
            (0.0, 123.0),
        ])))],
    ),
    (
        "the front or side of the neck",
        &[single(front(ellipse(0.0, 43.0, 4.5, 4.5)))],
    ),
    (
        "the back of the knee",
        &[back(ellipse(11.0, 189.0, 4.5, 4.0))],
    ),
    (
        "the groin",
        &[front(Blob(&[(17.0, 116.0), (4.0, 124.0), (9.5, 134.0)]))],
    ),
    ("the armpit", &[front(ellipse(25.5, 66.0, 2.5, 4.5))]),
    (
        "the abdomen",
        &[single(front(ellipse(0.0, 101.0, 12.0, 12.0)))],
    ),
    ("the kidney area", &[back(ellipse(10.5, 84.0, 4.5, 3.5))]),
    (SCIATIC_NOTCH, &[back(ellipse(8.5, 128.0, 4.0, 5.0))]),
];

/// The centre line of each figure in the picture.
pub const CENTRES: [(Facing, f32, &str); 2] = [
    (Facing::Front, 70.0, "Front"),
    (Facing::Back, 210.0, "Back"),
];
