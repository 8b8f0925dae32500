//! The body's silhouette: one smooth closed path through points down the
//! right half (crown, neck, shoulder, the arm and hand, the trunk, hip and
//! leg, the foot, and back up the inner leg), mirrored for the left half,
//! so head, neck, shoulders, arms, trunk, hips and legs read as a person
//! rather than as boxes. A few light lines tell front from back.

use super::regions::Facing;

/// A point on a curve, relative to the figure's centre line, and whether
/// the curve turns sharply there (armpit, crotch) instead of bending.
type Knot = (f32, f32, bool);

/// The right half of the body, from the crown clockwise to the crotch.
const HALF: &[Knot] = &[
    (0.0, 8.0, false),
    (7.0, 9.5, false),
    (11.0, 15.0, false),
    (12.0, 22.0, false),
    (11.0, 29.0, false),
    (8.0, 35.0, false),
    (5.0, 38.5, false),
    // Neck, then the slope of the shoulder.
    (5.5, 43.0, false),
    (9.0, 47.0, false),
    (17.0, 49.0, false),
    (24.0, 51.0, false),
    (29.0, 55.0, false),
    // Down the outside of the arm to the hand.
    (31.5, 63.0, false),
    (33.0, 75.0, false),
    (35.0, 88.0, false),
    (37.5, 100.0, false),
    (40.0, 112.0, false),
    (42.0, 121.0, false),
    (44.5, 128.0, false),
    (45.5, 136.0, false),
    (44.0, 144.0, false),
    (41.0, 147.0, false),
    (38.5, 143.0, false),
    (37.5, 135.0, false),
    (36.5, 126.0, false),
    // Up the inside of the arm to the armpit.
    (34.0, 116.0, false),
    (31.5, 104.0, false),
    (29.5, 92.0, false),
    (27.5, 80.0, false),
    (25.0, 68.0, true),
    // The side of the trunk, the waist and the hip.
    (24.0, 76.0, false),
    (22.5, 85.0, false),
    (21.0, 93.0, false),
    (21.5, 101.0, false),
    (24.0, 111.0, false),
    (25.5, 120.0, false),
    (25.5, 130.0, false),
    // The outside of the leg, knee, calf and ankle.
    (24.0, 146.0, false),
    (21.5, 164.0, false),
    (19.0, 180.0, false),
    (18.0, 190.0, false),
    (19.0, 202.0, false),
    (18.5, 214.0, false),
    (15.5, 228.0, false),
    (12.5, 237.0, false),
    // The foot.
    (14.0, 243.0, false),
    (16.5, 248.0, false),
    (14.0, 251.0, false),
    (8.0, 251.5, false),
    (5.5, 247.0, false),
    (6.0, 238.0, false),
    // Up the inside of the leg.
    (5.5, 226.0, false),
    (4.5, 212.0, false),
    (4.0, 198.0, false),
    (4.0, 188.0, false),
    (3.5, 174.0, false),
    (3.0, 156.0, false),
    (2.0, 140.0, false),
    (0.0, 134.0, true),
];

/// The silhouette centred on `centre`, as SVG path data.
pub fn silhouette(centre: f32) -> String {
    let right = HALF.iter().map(|&(x, y, sharp)| (centre + x, y, sharp));
    // The left half runs back up from the crotch, without repeating the
    // two points that lie on the centre line.
    let inner = &HALF[1..HALF.len() - 1];
    let left = inner
        .iter()
        .rev()
        .map(|&(x, y, sharp)| (centre - x, y, sharp));
    let knots: Vec<Knot> = right.chain(left).collect();
    smooth(&knots)
}

/// Light lines inside the outline: collarbones and navel on the front,
/// the cleft and folds of the buttocks on the back.
pub fn details(view: Facing, centre: f32) -> Vec<String> {
    let c = centre;
    match view {
        Facing::Front => vec![
            format!(
                "M{},50.5C{},49 {},49.5 {},51",
                c + 3.0,
                c + 8.0,
                c + 13.0,
                c + 18.0
            ),
            format!(
                "M{},50.5C{},49 {},49.5 {},51",
                c - 3.0,
                c - 8.0,
                c - 13.0,
                c - 18.0
            ),
            format!("M{},98.2a0.8,0.8 0 1,0 0.1,0", c - 0.05),
        ],
        Facing::Back => vec![
            format!("M{c},130C{c},132 {c},134 {c},137"),
            format!(
                "M{},137C{},139.5 {},139.5 {},136",
                c + 2.0,
                c + 8.0,
                c + 16.0,
                c + 22.0
            ),
            format!(
                "M{},137C{},139.5 {},139.5 {},136",
                c - 2.0,
                c - 8.0,
                c - 16.0,
                c - 22.0
            ),
        ],
    }
}

/// A closed curve through `knots`: each stretch a cubic Bézier whose
/// handles follow the neighbouring points (Catmull-Rom), flat at a sharp
/// knot.
pub fn smooth(knots: &[Knot]) -> String {
    let n = knots.len();
    let Some(&(x0, y0, _)) = knots.first() else {
        return String::new();
    };
    let at = |i: usize| knots[i % n];
    let mut d = format!("M{}", point(x0, y0));
    for i in 0..n {
        let (before, from, to, after) = (at(i + n - 1), at(i), at(i + 1), at(i + 2));
        let pull = |sharp: bool| if sharp { 0.0 } else { 1.0 / 6.0 };
        let (p1, p2) = (pull(from.2), pull(to.2));
        let c1 = (
            from.0 + (to.0 - before.0) * p1,
            from.1 + (to.1 - before.1) * p1,
        );
        let c2 = (
            to.0 - (after.0 - from.0) * p2,
            to.1 - (after.1 - from.1) * p2,
        );
        d.push_str(&format!(
            "C{} {} {}",
            point(c1.0, c1.1),
            point(c2.0, c2.1),
            point(to.0, to.1)
        ));
    }
    d.push('Z');
    d
}

/// A point with one decimal at most: short paths, the same on every machine.
fn point(x: f32, y: f32) -> String {
    format!("{},{}", tenths(x), tenths(y))
}

fn tenths(v: f32) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    // "-0" and "0" are the same place; print it one way.
    if rounded == 0.0 {
        "0".to_owned()
    } else {
        format!("{rounded}")
    }
}

#[cfg(test)]
mod tests {
    use super::{HALF, silhouette};

    #[test]
    fn the_silhouette_is_one_closed_smooth_path_through_both_halves() {
        let d = silhouette(70.0);
        assert!(d.starts_with("M70,8C") && d.ends_with('Z'), "{d}");
        // One curve per point of each half, less the two on the centre line.
        assert_eq!(d.matches('C').count(), HALF.len() * 2 - 2);
        // The hands reach out on both sides.
        assert!(d.contains("115.5,136") && d.contains("24.5,136"), "{d}");
    }
}
