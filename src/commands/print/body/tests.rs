use super::regions::{Facing, SCIATIC_NOTCH, Shape, UPPER_OUTER_BUTTOCK};
use super::{NEVER, Place, place, sort_areas};
use crate::routine::vocabulary::area_words;
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
fn every_vocabulary_area_has_a_region() {
    for word in area_words() {
        match place(word) {
            Some(Place::Worked(patches)) => assert!(!patches.is_empty(), "{word}"),
            Some(Place::Never(name)) => {
                assert!(NEVER.iter().any(|(n, _)| *n == name), "{word}: {name}");
            }
            None => panic!("{word} has no region on the body outline"),
        }
    }
}

#[test]
fn areas_never_to_press_are_never_shaded() {
    for word in [
        "spine",
        "abs",
        "sacrum",
        "back of the knee",
        "side of the neck",
        "inner groin",
    ] {
        assert!(matches!(place(word), Some(Place::Never(_))), "{word}");
    }
}

#[test]
fn the_buttock_is_shaded_upper_and_outer_and_striped_deep_inside() {
    let Some(Place::Worked(glutes)) = place("glutes") else {
        panic!("glutes are drawn");
    };
    let notch = NEVER
        .iter()
        .find(|(name, _)| *name == SCIATIC_NOTCH)
        .map(|(_, patches)| *patches)
        .unwrap_or_default();
    let centre = |shape: Shape| match shape {
        Shape::Ellipse { x, y, .. } => (x, y),
        other => panic!("an ellipse, not {other:?}"),
    };
    let (wx, wy) = centre(glutes[0].shape);
    let (nx, ny) = centre(notch[0].shape);
    // Shaded further out and higher than the striped notch, on the back.
    assert!(wx > nx && wy < ny, "{wx},{wy} vs {nx},{ny}");
    assert_eq!(glutes[0].view, Facing::Back);
    assert!(matches!(place("piriformis"), Some(Place::Worked(p)) if p.len() == 1));
    assert_eq!(place("hips").map(|_| ()), Some(()));
    let Shape::Ellipse { x, rx, y, ry } = UPPER_OUTER_BUTTOCK.shape else {
        panic!("an ellipse");
    };
    // Clear of the bony point at the side of the hip (x 25, y 128).
    assert!(x + rx < 24.0 && y + ry < 125.0);
}

#[test]
fn known_words_are_drawn_and_others_listed() {
    let words = ["Glutes", "the lower back", "big toe", "spine"].map(String::from);
    let sorted = sort_areas(&words);
    assert_eq!(sorted.drawn, ["Glutes", "the lower back"]);
    assert_eq!(sorted.never, ["the spine"]);
    assert_eq!(sorted.listed, ["big toe"]);
}
