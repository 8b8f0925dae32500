//! The pressure ratings of one routine over time as an SVG line chart, with
//! the working band (3-6) and the release zone (8 and more) marked. The
//! report lists the same ratings as text beside it.

use jiff::Timestamp;

use super::model::PressurePoint;
use crate::html::Html;
use crate::safety;

const WIDTH: i64 = 600;
const HEIGHT: i64 = 190;
const LEFT: i64 = 34;
const RIGHT: i64 = 12;
const TOP: i64 = 10;
const BOTTOM: i64 = 28;

/// The y position of a rating.
fn y(rating: u8) -> i64 {
    let plot = HEIGHT - TOP - BOTTOM;
    TOP + plot - plot * i64::from(rating) / 10
}

/// Writes the chart of `points` (oldest first); `label` names it for screen readers.
pub fn write(html: &mut Html, points: &[PressurePoint], label: &str) {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return;
    };
    html.open(
        "svg",
        &[
            ("viewBox", &format!("0 0 {WIDTH} {HEIGHT}")),
            ("width", &WIDTH),
            ("height", &HEIGHT),
            ("role", &"img"),
            ("aria-label", &label),
            ("class", &"chart"),
        ],
    );
    let (low, high) = safety::PRESSURE_TARGET;
    let plot_width = WIDTH - LEFT - RIGHT;
    html.empty(
        "rect",
        &[
            ("x", &LEFT),
            ("y", &y(high)),
            ("width", &plot_width),
            ("height", &(y(low) - y(high))),
            ("class", &"band"),
        ],
    );
    html.empty(
        "rect",
        &[
            ("x", &LEFT),
            ("y", &y(10)),
            ("width", &plot_width),
            ("height", &(y(safety::PRESSURE_RELEASE_FROM) - y(10))),
            ("class", &"release"),
        ],
    );
    for rating in [0, low, high, safety::PRESSURE_RELEASE_FROM, 10] {
        html.empty(
            "line",
            &[
                ("x1", &LEFT),
                ("x2", &(WIDTH - RIGHT)),
                ("y1", &y(rating)),
                ("y2", &y(rating)),
                ("class", &"grid"),
            ],
        );
        html.open(
            "text",
            &[
                ("x", &(LEFT - 6)),
                ("y", &(y(rating) + 4)),
                ("text-anchor", &"end"),
            ],
        );
        html.value(rating);
        html.close("text");
    }
    let x = |at: Timestamp| -> i64 {
        let span = last.utc.as_second() - first.utc.as_second();
        if span <= 0 {
            return LEFT + plot_width / 2;
        }
        let offset = i128::from(at.as_second() - first.utc.as_second());
        LEFT + i64::try_from(offset * i128::from(plot_width) / i128::from(span)).unwrap_or(0)
    };
    let line: Vec<String> = points
        .iter()
        .map(|p| format!("{},{}", x(p.utc), y(p.rating)))
        .collect();
    html.empty(
        "polyline",
        &[("points", &line.join(" ")), ("class", &"trend")],
    );
    for point in points {
        html.empty(
            "circle",
            &[
                ("cx", &x(point.utc)),
                ("cy", &y(point.rating)),
                ("r", &3),
                ("class", &"point"),
            ],
        );
    }
    let day = |p: &PressurePoint| p.at.get(..10).unwrap_or(&p.at).to_owned();
    let base = HEIGHT - 8;
    html.open("text", &[("x", &LEFT), ("y", &base)]);
    html.text(&day(first));
    html.close("text");
    if last.utc != first.utc {
        html.open(
            "text",
            &[
                ("x", &(WIDTH - RIGHT)),
                ("y", &base),
                ("text-anchor", &"end"),
            ],
        );
        html.text(&day(last));
        html.close("text");
    }
    html.close("svg");
}
