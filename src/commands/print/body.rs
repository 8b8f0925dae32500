//! The body outline on the HTML handout: a front and a back view of a
//! person drawn by knead as smooth SVG paths, the routine's areas shaded
//! and the areas never to press striped, with a legend in words so that
//! the picture never carries anything on its own.

mod outline;
mod regions;

use regions::Shape::{Blob, Body, Ellipse};
use regions::{CENTRES, Facing, NEVER, Patch, WORKED};

use crate::html::Html;
use crate::routine::vocabulary;
use crate::safety::{self, AVOID_AREAS};

/// How a routine's area words fall onto the picture.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Areas {
    /// Words drawn as shaded regions.
    pub drawn: Vec<String>,
    /// The areas never to press that the routine names, by the names the
    /// stripes' legend uses: striped, never shaded.
    pub never: Vec<&'static str>,
    /// Words the picture has no region for (not in the vocabulary):
    /// listed, not drawn.
    pub listed: Vec<String>,
}

/// Where an area word goes on the picture.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// Shaded: the routine works here.
    Worked(&'static [Patch]),
    /// Striped with the areas never to press, under this name.
    Never(&'static str),
}

/// Sorts a routine's area words into the drawn, the never pressed and the
/// only listed.
pub fn sort_areas(areas: &[String]) -> Areas {
    let mut sorted = Areas::default();
    for area in areas {
        match place(area) {
            Some(Place::Worked(_)) => sorted.drawn.push(area.clone()),
            Some(Place::Never(name)) => sorted.never.push(name),
            None => sorted.listed.push(area.clone()),
        }
    }
    sorted
}

/// Where `area` lies: the word as written first, then its vocabulary
/// entry. An area never to press is never shaded, whatever a file says.
fn place(area: &str) -> Option<Place> {
    let word = vocabulary::normalise(area);
    let word = word.strip_prefix("the ").unwrap_or(&word);
    if let Some(name) = safety::find_avoid_area(word) {
        return Some(Place::Never(name));
    }
    if let Some(patches) = worked(word) {
        return Some(Place::Worked(patches));
    }
    let entry = vocabulary::area(word)?;
    match safety::find_avoid_area(entry.name) {
        Some(name) => Some(Place::Never(name)),
        None => worked(entry.name).map(Place::Worked),
    }
}

fn worked(word: &str) -> Option<&'static [Patch]> {
    WORKED
        .iter()
        .find(|(words, _)| words.contains(&word))
        .map(|(_, patches)| *patches)
}

/// Writes the figure and its legend.
pub fn write(html: &mut Html, areas: &[String]) {
    let sorted = sort_areas(areas);
    html.raw("<figure class=\"body keep\">");
    html.raw(
        "<svg viewBox=\"0 0 280 268\" width=\"280\" height=\"268\" role=\"img\" aria-labelledby=\"body-legend\">\
<defs><pattern id=\"never\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
<rect width=\"5\" height=\"5\" fill=\"#fff\"/><rect width=\"2.2\" height=\"5\" fill=\"#b00020\"/></pattern>",
    );
    for (view, centre, _) in CENTRES {
        html.open("clipPath", &[("id", &clip_id(view))]);
        html.empty("path", &[("d", &outline::silhouette(centre))]);
        html.close("clipPath");
    }
    html.raw("</defs>");
    for (view, centre, label) in CENTRES {
        figure(html, &sorted, view, centre);
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

fn clip_id(view: Facing) -> &'static str {
    match view {
        Facing::Front => "body-front",
        Facing::Back => "body-back",
    }
}

/// One view: the silhouette, its light lines, then the shading and the
/// stripes, both kept inside the silhouette.
fn figure(html: &mut Html, sorted: &Areas, view: Facing, centre: f32) {
    html.open("g", &[("class", &"outline")]);
    html.empty("path", &[("d", &outline::silhouette(centre))]);
    html.close("g");
    html.open("g", &[("class", &"detail")]);
    for d in outline::details(view, centre) {
        html.empty("path", &[("d", &d)]);
    }
    html.close("g");
    let clip = format!("url(#{})", clip_id(view));
    html.open("g", &[("class", &"worked"), ("clip-path", &clip)]);
    // Areas that share a patch ("glutes" and "hips") draw it once.
    let mut drawn: Vec<&Patch> = Vec::new();
    for area in &sorted.drawn {
        if let Some(Place::Worked(patches)) = place(area) {
            for patch in patches.iter().filter(|p| p.view == view) {
                if !drawn.contains(&patch) {
                    draw(html, patch, centre);
                    drawn.push(patch);
                }
            }
        }
    }
    html.close("g");
    html.open("g", &[("class", &"never"), ("clip-path", &clip)]);
    for (_, patches) in NEVER {
        for patch in patches.iter().filter(|p| p.view == view) {
            draw(html, patch, centre);
        }
    }
    html.close("g");
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
    if !sorted.never.is_empty() {
        html.raw("<li><strong>Named in this routine, never pressed:</strong> ");
        html.text(&sorted.never.join(", "));
        html.raw("</li>");
    }
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

fn draw(html: &mut Html, patch: &Patch, centre: f32) {
    let sides: &[f32] = if patch.mirror { &[1.0, -1.0] } else { &[1.0] };
    for side in sides {
        match patch.shape {
            Ellipse { x, y, rx, ry } => html.empty(
                "ellipse",
                &[
                    ("cx", &(centre + side * x)),
                    ("cy", &y),
                    ("rx", &rx),
                    ("ry", &ry),
                ],
            ),
            Blob(points) => {
                let knots: Vec<(f32, f32, bool)> = points
                    .iter()
                    .map(|&(x, y)| (centre + side * x, y, false))
                    .collect();
                html.empty("path", &[("d", &outline::smooth(&knots))]);
            }
            Body => html.empty("path", &[("d", &outline::silhouette(centre))]),
        }
    }
}

#[cfg(test)]
#[path = "body/tests.rs"]
mod tests;
