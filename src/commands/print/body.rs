//! The body outline on the HTML handout: a front and a back view drawn by
//! knead as plain SVG shapes, the routine's areas shaded and the areas never
//! to press hatched, with a legend in words so that the picture never
//! carries anything on its own.

mod regions;

use regions::Shape::{Ellipse, Rect, Triangle};
use regions::{CENTRES, NEVER, OUTLINE, Patch, Shape, WORKED};

use crate::html::Html;
use crate::safety::{self, AVOID_AREAS};

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

fn worked_regions(area: &str) -> Option<&'static [Patch]> {
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
    let mut names: Vec<&str> = AVOID_AREAS.iter().map(|a| a.name).collect();
    names.push(regions::SCIATIC_NOTCH);
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
    fn the_buttock_is_shaded_upper_and_outer_and_striped_deep_inside() {
        let glutes = super::worked_regions("glutes").unwrap_or_default();
        let notch = NEVER
            .iter()
            .find(|(name, _)| *name == super::regions::SCIATIC_NOTCH)
            .map(|(_, regions)| *regions)
            .unwrap_or_default();
        assert!(!glutes.is_empty() && !notch.is_empty());
        for (worked, never) in glutes.iter().zip(notch) {
            let (super::Ellipse { x: wx, y: wy, .. }, super::Ellipse { x: nx, y: ny, .. }) =
                (worked.shape, never.shape)
            else {
                panic!("ellipses");
            };
            // Shaded further out and higher than the striped notch.
            assert!(wx > nx && wy < ny, "{wx},{wy} vs {nx},{ny}");
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
