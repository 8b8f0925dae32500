//! Pregnancy (review S4, S5): breathing stays open, and the low back, the
//! belly and lying on the back stay closed, even after a clinician's OK.

use super::{assert_ran, assert_refused, offered, remembering, routine, run, run_file};

#[test]
fn pregnancy_leaves_breathing_open_before_any_ok() {
    let sandbox = remembering(&["C5"], &[]);
    let (out, _) = run(&sandbox, "heat-cold-wind-down", "n\n");
    assert_ran("breathing with a pack, lying on the side", &out);
    let (out, code) = run(&sandbox, "gentle-movement", "n\n");
    let title = "Five minutes of gentle movement";
    assert_refused(
        "movement on the back",
        title,
        "it has you lie on your back",
        &out,
        code,
    );
    assert_eq!(offered(&out), ["Heat or cold wind-down"], "{out}");
    // The advice names what is open, not the movement just refused.
    assert!(
        out.contains(
            "STOPPED: Pregnancy: Until a clinician says OK: slow breathing and a wrapped pack, \
             lying on your side; nothing lying on your back, gentle movement included."
        ),
        "{out}"
    );
    assert!(!out.contains("gentle movement are fine"), "{out}");
}

#[test]
fn pregnancy_with_past_cancer_shows_both_conditions_advice() {
    let sandbox = remembering(&["C5", "U2"], &[]);
    let (out, code) = run(&sandbox, "gentle-flare-up", "n\n");
    assert_refused(
        "hands, pregnant",
        "Gentle flare-up routine",
        "it presses with your hands",
        &out,
        code,
    );
    assert!(
        out.contains("STOPPED: Pregnancy: Until a clinician says OK"),
        "{out}"
    );
    assert!(
        out.contains("STOPPED: Weight loss, a lump or past cancer: Get medical advice soon"),
        "{out}"
    );
}

#[test]
fn pregnancy_keeps_the_low_back_and_lying_on_the_back_closed_after_an_ok() {
    let sandbox = remembering(&["C5"], &["C5"]);
    let (out, code) = run(&sandbox, "lowback-beside-spine-wall", "n\n");
    let title = "Lower-back muscles with a ball on the wall";
    assert_refused(
        "the low back",
        title,
        "it presses on the low back",
        &out,
        code,
    );
    let (out, code) = run(&sandbox, "piriformis-ball-lying", "n\n");
    let title = "Glute ball holds lying on your back";
    assert_refused(
        "on the back",
        title,
        "it has you lie on your back",
        &out,
        code,
    );
    let (out, _) = run(&sandbox, "wall-ball-glute-standing", "n\n");
    assert_ran("standing, on the buttock", &out);
}

#[test]
fn pregnancy_never_allows_pressure_on_the_belly_or_low_back() {
    let sandbox = remembering(&["C5"], &["C5"]);
    for (what, top, kind, why) in [
        (
            "hands on the belly",
            "tools = [\"hands\"]\nareas = [\"tummy\"]",
            "hold",
            "it works on the belly",
        ),
        (
            "a pack on the belly",
            "tools = [\"cold pack\"]\nareas = [\"belly\"]",
            "breathe",
            "it works on the belly",
        ),
        (
            "a ball on the lumbar",
            "tools = [\"tennis ball\"]\nareas = [\"lumbar\"]",
            "hold",
            "it presses on the low back",
        ),
        (
            "hands on the sacrum",
            "tools = [\"hands\"]\nareas = [\"sacrum\"]",
            "hold",
            "it presses on the low back",
        ),
        (
            "no areas",
            "tools = [\"hands\"]",
            "hold",
            "it presses on the low back",
        ),
    ] {
        let step = if kind == "hold" {
            "tools = [\"hands\"]"
        } else {
            ""
        };
        let step = if top.contains("tennis") { "" } else { step };
        let (out, code) = run_file(&sandbox, &routine(top, kind, step), "n\n");
        assert_refused(what, "Odd one", why, &out, code);
    }
    // A file that says to lie face up is on its back, whatever its area.
    let text = routine(
        "tools = [\"hands\"]\nareas = [\"calves\"]",
        "hold",
        "tools = [\"hands\"]",
    )
    .replace("Take your time.", "Lie face up and stroke the calf.");
    let (out, code) = run_file(&sandbox, &text, "n\n");
    assert_refused(
        "face up",
        "Odd one",
        "it has you lie on your back",
        &out,
        code,
    );
}
