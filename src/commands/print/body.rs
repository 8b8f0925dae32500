//! The body outline on the HTML handout: a front and a back view drawn by
//! knead as plain SVG shapes, the routine's areas shaded and the areas never
//! to press hatched, with a legend in words so that the picture never
//! carries anything on its own.

use Shape::{Ellipse, Rect, Triangle};

use crate::html::Html;
use crate::safety::{self, AVOID_AREAS};

/// Which view of the body a shape is drawn on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Front,
    Back,
}

/// A shape relative to the figure's centre line; `mirror` draws it on
/// both sides.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Rect { x: i32, y: i32, w: i32, h: i32 },
    Ellipse { x: i32, y: i32, rx: i32, ry: i32 },
    Triangle([(i32, i32); 3]),
}

/// A region: where it is drawn.
#[derive(Debug, Clone, Copy)]
struct Region {
    view: View,
    shape: Shape,
    mirror: bool,
}

const fn front(shape: Shape, mirror: bool) -> Region {
    Region {
        view: View::Front,
        shape,
        mirror,
    }
}

const fn back(shape: Shape, mirror: bool) -> Region {
    Region {
        view: View::Back,
        shape,
        mirror,
    }
}

/// Area words a routine may use, and where each is drawn.
const WORKED: &[(&[&str], &[Region])] = &[
    (
        &["chest", "pecs", "pectorals", "chest muscles"],
        &[front(
            Rect {
                x: -26,
                y: 52,
                w: 52,
                h: 24,
            },
            false,
        )],
    ),
    (
        &["shoulders", "shoulder", "front of the shoulders"],
        &[
            front(
                Ellipse {
                    x: 31,
                    y: 53,
                    rx: 8,
                    ry: 8,
                },
                true,
            ),
            back(
                Ellipse {
                    x: 31,
                    y: 53,
                    rx: 8,
                    ry: 8,
                },
                true,
            ),
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
        &[back(
            Rect {
                x: 5,
                y: 52,
                w: 21,
                h: 34,
            },
            true,
        )],
    ),
    (
        &["lower back", "low back", "lumbar", "lower-back muscles"],
        &[back(
            Rect {
                x: 5,
                y: 88,
                w: 21,
                h: 30,
            },
            true,
        )],
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
        &[back(
            Ellipse {
                x: 14,
                y: 134,
                rx: 13,
                ry: 11,
            },
            true,
        )],
    ),
    (
        &["hips", "hip", "outer hips"],
        &[
            front(
                Ellipse {
                    x: 26,
                    y: 128,
                    rx: 6,
                    ry: 9,
                },
                true,
            ),
            back(
                Ellipse {
                    x: 27,
                    y: 126,
                    rx: 5,
                    ry: 8,
                },
                true,
            ),
        ],
    ),
    (
        &[
            "thighs",
            "thigh",
            "quads",
            "quadriceps",
            "front of the thighs",
        ],
        &[front(
            Rect {
                x: 5,
                y: 152,
                w: 20,
                h: 40,
            },
            true,
        )],
    ),
    (
        &["hamstrings", "back of the thighs"],
        &[back(
            Rect {
                x: 5,
                y: 152,
                w: 20,
                h: 38,
            },
            true,
        )],
    ),
    (
        &["calves", "calf"],
        &[back(
            Rect {
                x: 6,
                y: 206,
                w: 18,
                h: 30,
            },
            true,
        )],
    ),
    (
        &["shins", "shin"],
        &[front(
            Rect {
                x: 6,
                y: 206,
                w: 18,
                h: 30,
            },
            true,
        )],
    ),
    (
        &["feet", "foot", "soles"],
        &[
            front(
                Ellipse {
                    x: 15,
                    y: 248,
                    rx: 10,
                    ry: 5,
                },
                true,
            ),
            back(
                Ellipse {
                    x: 15,
                    y: 248,
                    rx: 10,
                    ry: 5,
                },
                true,
            ),
        ],
    ),
    (
        &["arms", "arm", "forearms", "upper arms"],
        &[
            front(
                Rect {
                    x: 33,
                    y: 62,
                    w: 10,
                    h: 66,
                },
                true,
            ),
            back(
                Rect {
                    x: 33,
                    y: 62,
                    w: 10,
                    h: 66,
                },
                true,
            ),
        ],
    ),
    (
        &["neck", "back of the neck"],
        &[back(
            Rect {
                x: -6,
                y: 36,
                w: 12,
                h: 12,
            },
            false,
        )],
    ),
];

/// Where each area never to press is drawn, by the name `safety` gives it.
const NEVER: &[(&str, &[Region])] = &[
    (
        "the spine",
        &[back(
            Rect {
                x: -3,
                y: 40,
                w: 6,
                h: 82,
            },
            false,
        )],
    ),
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
        &[front(
            Rect {
                x: -6,
                y: 35,
                w: 12,
                h: 13,
            },
            false,
        )],
    ),
    (
        "the back of the knee",
        &[back(
            Ellipse {
                x: 15,
                y: 199,
                rx: 7,
                ry: 5,
            },
            true,
        )],
    ),
    (
        "the groin",
        &[front(Triangle([(-14, 140), (14, 140), (0, 152)]), false)],
    ),
    (
        "the armpit",
        &[front(
            Ellipse {
                x: 29,
                y: 66,
                rx: 4,
                ry: 7,
            },
            true,
        )],
    ),
    (
        "the abdomen",
        &[front(
            Rect {
                x: -17,
                y: 84,
                w: 34,
                h: 34,
            },
            false,
        )],
    ),
    (
        "the kidney area",
        &[back(
            Ellipse {
                x: 14,
                y: 90,
                rx: 7,
                ry: 4,
            },
            true,
        )],
    ),
];

/// The outline of a figure, the same for front and back.
const OUTLINE: &[Shape] = &[
    Ellipse {
        x: 0,
        y: 22,
        rx: 12,
        ry: 14,
    },
    Rect {
        x: -6,
        y: 34,
        w: 12,
        h: 14,
    },
    Rect {
        x: -30,
        y: 46,
        w: 60,
        h: 80,
    },
    Rect {
        x: -29,
        y: 118,
        w: 58,
        h: 32,
    },
    Rect {
        x: 32,
        y: 50,
        w: 12,
        h: 82,
    },
    Rect {
        x: -44,
        y: 50,
        w: 12,
        h: 82,
    },
    Rect {
        x: 3,
        y: 146,
        w: 24,
        h: 96,
    },
    Rect {
        x: -27,
        y: 146,
        w: 24,
        h: 96,
    },
    Ellipse {
        x: 15,
        y: 248,
        rx: 11,
        ry: 6,
    },
    Ellipse {
        x: -15,
        y: 248,
        rx: 11,
        ry: 6,
    },
];

/// The centre line of each figure in the picture.
const CENTRES: [(View, i32, &str); 2] = [(View::Front, 70, "Front"), (View::Back, 210, "Back")];

/// How a routine's area words fall onto the picture.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Areas {
    /// Words drawn as shaded regions.
    pub drawn: Vec<String>,
    /// Words the picture has no region for: listed, not drawn.
    pub listed: Vec<String>,
}

/// Sorts a routine's area words into the drawn and the only listed.
pub fn sort_areas(areas: &[String]) -> Areas {
    let mut sorted = Areas::default();
    for area in areas {
        match worked_regions(area) {
            Some(_) => sorted.drawn.push(area.clone()),
            None => sorted.listed.push(area.clone()),
        }
    }
    sorted
}

fn worked_regions(area: &str) -> Option<&'static [Region]> {
    let word = area.trim().to_lowercase();
    let word = word.strip_prefix("the ").unwrap_or(&word);
    // An area never to press is never shaded, whatever a file says.
    if safety::find_avoid_area(word).is_some() {
        return None;
    }
    WORKED
        .iter()
        .find(|(words, _)| words.contains(&word))
        .map(|(_, regions)| *regions)
}

/// Writes the figure and its legend.
pub fn write(html: &mut Html, areas: &[String]) {
    let sorted = sort_areas(areas);
    html.raw("<figure class=\"body keep\">");
    html.raw(
        "<svg viewBox=\"0 0 280 268\" width=\"280\" height=\"268\" role=\"img\" aria-labelledby=\"body-legend\">\
<defs><pattern id=\"never\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
<rect width=\"5\" height=\"5\" fill=\"#fff\"/><rect width=\"2.2\" height=\"5\" fill=\"#b00020\"/></pattern></defs>",
    );
    for (view, centre, label) in CENTRES {
        html.raw("<g class=\"outline\">");
        for shape in OUTLINE {
            draw(html, *shape, centre, false);
        }
        html.raw("</g>");
        html.raw("<g class=\"worked\">");
        for area in &sorted.drawn {
            for region in worked_regions(area).unwrap_or_default() {
                if region.view == view {
                    draw(html, region.shape, centre, region.mirror);
                }
            }
        }
        html.raw("</g><g class=\"never\">");
        for (_, regions) in NEVER {
            for region in regions.iter().filter(|r| r.view == view) {
                draw(html, region.shape, centre, region.mirror);
            }
        }
        html.raw("</g>");
        html.open(
            "text",
            &[("x", &centre), ("y", &266), ("text-anchor", &"middle")],
        );
        html.text(label);
        html.close("text");
    }
    html.raw("</svg>");
    legend(html, &sorted);
    html.raw("</figure>\n");
}

fn legend(html: &mut Html, sorted: &Areas) {
    html.raw("<figcaption id=\"body-legend\"><ul>");
    html.raw("<li><span class=\"swatch worked\"></span> <strong>Shaded:</strong> ");
    if sorted.drawn.is_empty() {
        html.text("no area this picture can show");
    } else {
        html.text(&format!(
            "where this routine works: {}",
            sorted.drawn.join(", ")
        ));
    }
    html.raw("</li>");
    if !sorted.listed.is_empty() {
        html.raw("<li><strong>Also worked, not drawn:</strong> ");
        html.text(&sorted.listed.join(", "));
        html.raw("</li>");
    }
    html.raw("<li><span class=\"swatch never\"></span> <strong>Red stripes, dashed edge: never press</strong> ");
    let names: Vec<&str> = AVOID_AREAS.iter().map(|a| a.name).collect();
    html.text(&names.join(", "));
    html.raw("</li><li>Front view: the person facing you. Back view: from behind.</li></ul></figcaption>");
}

fn draw(html: &mut Html, shape: Shape, centre: i32, mirror: bool) {
    let sides: &[i32] = if mirror { &[1, -1] } else { &[1] };
    for side in sides {
        match shape {
            Rect { x, y, w, h } => {
                // Mirroring a rectangle flips it about the centre line.
                let left = if *side == 1 {
                    centre + x
                } else {
                    centre - x - w
                };
                html.empty(
                    "rect",
                    &[
                        ("x", &left),
                        ("y", &y),
                        ("width", &w),
                        ("height", &h),
                        ("rx", &3),
                    ],
                );
            }
            Ellipse { x, y, rx, ry } => html.empty(
                "ellipse",
                &[
                    ("cx", &(centre + side * x)),
                    ("cy", &y),
                    ("rx", &rx),
                    ("ry", &ry),
                ],
            ),
            Triangle(points) => {
                let points: Vec<String> = points
                    .iter()
                    .map(|(x, y)| format!("{},{y}", centre + side * x))
                    .collect();
                html.empty("polygon", &[("points", &points.join(" "))]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{NEVER, sort_areas};
    use crate::safety::AVOID_AREAS;

    #[test]
    fn every_area_never_to_press_is_drawn() {
        for area in AVOID_AREAS {
            assert!(
                NEVER.iter().any(|(name, _)| *name == area.name),
                "{} has no place on the body outline",
                area.name
            );
        }
    }

    #[test]
    fn known_words_are_drawn_and_others_listed() {
        let words = ["Glutes", "the lower back", "big toe", "spine"].map(String::from);
        let sorted = sort_areas(&words);
        assert_eq!(sorted.drawn, ["Glutes", "the lower back"]);
        assert_eq!(sorted.listed, ["big toe", "spine"]);
    }
}
