//! The word lists and the negation rule, on sample texts.

use super::{BANNED_CLAIMS, find_avoid_area, find_banned_claim, find_pressed_area};

#[track_caller]
fn area(text: &str, expected: Option<&str>) {
    assert_eq!(find_avoid_area(text), expected, "in {text:?}");
}

#[test]
fn avoid_areas() {
    area("Work the muscle beside the spine.", Some("the spine"));
    area("SPINE", Some("the spine"));
    area("Don't be spineless about it.", None);
    area("erector spinae, two fingers out", None);
    area("Over the lumbar vertebrae", Some("the spine"));
    area("Keep clear of the tailbone", Some("the tailbone"));
    area("Coccyx", Some("the tailbone"));
    area("on the sacrum", Some("the sacrum"));
    area(
        "the side of your neck",
        Some("the front or side of the neck"),
    );
    area("top of the shoulder, back of the neck", None);
    area("throat", Some("the front or side of the neck"));
    area("never the back-of-the-knee", Some("the back of the knee"));
    area("Back of the\n  knee", Some("the back of the knee"));
    area("popliteal fossa", Some("the back of the knee"));
    area("Under the knee", None);
    area("groin", Some("the groin"));
    area("the femoral triangle", Some("the groin"));
    area("upper inner thigh", Some("the groin"));
    area("the outer thigh", None);
    area("armpits", Some("the armpit"));
    area("axilla", Some("the armpit"));
    area("Relax the belly.", Some("the abdomen"));
    area("Lie on your stomach", Some("the abdomen"));
    area("below the ribs, over the kidneys", Some("the kidney area"));
    area("Roll the glute slowly.", None);
    area("", None);
}

#[track_caller]
fn pressed(text: &str, expected: Option<&str>) {
    let found = find_pressed_area(text).map(|(_, _, name)| name);
    assert_eq!(found, expected, "in {text:?}");
}

#[test]
fn a_cue_may_say_where_not_to_press() {
    pressed("Roll along the spine.", Some("the spine"));
    pressed("Keep it off the spine.", None);
    pressed("Ball on the muscle, not on the spine.", None);
    pressed("Never on the tailbone", None);
    pressed("Stay away from the spine, tailbone and sacrum.", None);
    pressed("Avoid the armpit", None);
    pressed("Don't press the throat", None);
    pressed("Not too hard. Now press the spine.", Some("the spine"));
    pressed("Relax the belly", Some("the abdomen"));
}

#[test]
fn the_earliest_area_is_reported() {
    area("belly and spine", Some("the abdomen"));
    area("spine and belly", Some("the spine"));
}

#[track_caller]
fn claim(text: &str, expected: Option<(usize, usize, &str)>) {
    assert_eq!(find_banned_claim(text), expected, "in {text:?}");
    if let Some((start, end, _)) = expected {
        assert!(
            text.get(start..end).is_some(),
            "byte range on a char boundary"
        );
    }
}

#[test]
fn banned_claims() {
    claim("This fixes sciatica!", Some((5, 19, "fixes sciatica")));
    claim("Fixes Sciatica", Some((0, 14, "fixes sciatica")));
    claim("A cure for back pain", Some((2, 6, "cure")));
    claim("It cures it", Some((3, 8, "cures")));
    claim("Make it secure", None);
    claim("a manicure", None);
    claim("This heals the disc.", Some((5, 19, "heals the disc")));
    claim("heals the\tdisc", Some((0, 14, "heals the disc")));
    claim("releases the nerve", Some((0, 18, "releases the nerve")));
    claim("release the neck muscles", None);
    claim("Flushes out toxins", Some((0, 18, "flushes out toxins")));
    claim("flush toxins", Some((0, 12, "flush toxins")));
    claim("No pain, no gain.", Some((0, 16, "no pain, no gain")));
    claim("no pain no gain", Some((0, 15, "no pain, no gain")));
    claim("No pain - no gain", Some((0, 17, "no pain, no gain")));
    claim("no pain, no strain", None);
    claim("It treats back pain", Some((3, 9, "treats")));
    claim("Treat yourself to a rest", Some((0, 5, "treat")));
    claim("Treat it as an emergency.", None);
    claim("It does not diagnose or treat any condition", None);
    claim("It is not a cure.", None);
    claim("Not only does it soothe, it cures", Some((28, 33, "cures")));
    claim("This heals.", Some((5, 10, "heals")));
    claim("may relieve pain", Some((4, 11, "relieve")));
    claim("It fixes it", Some((3, 8, "fixes")));
    claim("a fixed point", None);
    claim("healthy", None);
    claim("May help you relax and feel looser for a while.", None);
    claim("Ça guérit — cures", Some((16, 21, "cures")));
}

#[test]
fn every_banned_claim_finds_itself() {
    for phrase in BANNED_CLAIMS {
        let found = find_banned_claim(phrase).map(|(_, _, p)| p);
        assert_eq!(found, Some(*phrase));
    }
}
