//! The handout as a patient reads it (review M8, N5, S10): the figure is a
//! body, front and back, drawn in smooth paths rather than boxes, shading
//! only where the routine works and striping the deep inner buttock; every
//! area of the vocabulary has a place on it; the sheet stands alone, with a
//! "Don't use" box, routines named by title and no keys to press; counts
//! agree in number.

use knead::routine::vocabulary::AREAS;

use super::plan_progress::{day, plan};
use crate::support::routine_files::routine_ids;
use crate::support::sandbox::{Sandbox, quiet_stdout};

/// What `knead print ARGS` writes; it must succeed quietly.
fn print(sandbox: &Sandbox, args: &[&str]) -> String {
    let mut command = sandbox.knead();
    command.arg("print").args(args);
    quiet_stdout(command)
}

/// The markup between `<g class="CLASS"` and its `</g>`, one per view.
fn groups<'a>(page: &'a str, class: &str) -> Vec<&'a str> {
    let open = format!("<g class=\"{class}\"");
    page.match_indices(&open)
        .map(|(at, _)| {
            let rest = &page[at..];
            &rest[..rest.find("</g>").unwrap_or(rest.len())]
        })
        .collect()
}

#[test]
fn the_figure_is_a_body_in_paths_front_and_back_not_boxes() {
    let sandbox = Sandbox::new();
    for id in routine_ids("routines") {
        let page = print(&sandbox, &[&id, "--html"]);
        let outlines = groups(&page, "outline");
        assert_eq!(outlines.len(), 2, "{id}: a front and a back view");
        for outline in outlines {
            assert!(outline.contains("<path d=\"M"), "{id}: {outline}");
            // Smooth curves, not straight edges.
            assert!(outline.matches('C').count() > 50, "{id}: {outline}");
            assert!(
                !outline.contains("<rect") && !outline.contains("<polygon"),
                "{id}"
            );
        }
        let figure = &page[page.find("<svg").unwrap_or(0)..page.find("</svg>").unwrap_or(0)];
        // The only rectangles are the two that make the stripes' pattern.
        assert_eq!(figure.matches("<rect").count(), 2, "{id}");
        assert!(
            page.contains(">Front</text>") && page.contains(">Back</text>"),
            "{id}"
        );
    }
}

#[test]
fn the_piriformis_routines_shade_the_upper_outer_buttock_and_stripe_the_notch() {
    let sandbox = Sandbox::new();
    for id in [
        "piriformis-tennis-ball",
        "piriformis-ball-lying",
        "wall-ball-glute-standing",
    ] {
        let page = print(&sandbox, &[id, "--html"]);
        let worked = groups(&page, "worked");
        assert_eq!(worked.len(), 2, "{id}");
        // Nothing on the front; on the back, one patch each side, high and
        // out from the centre line (x 210), clear of the hip's bony point.
        assert!(
            !worked[0].contains("<ellipse") && !worked[0].contains("<path"),
            "{id}"
        );
        assert!(
            worked[1].contains("<ellipse cx=\"225.5\" cy=\"117\""),
            "{id}: {}",
            worked[1]
        );
        assert!(
            worked[1].contains("<ellipse cx=\"194.5\" cy=\"117\""),
            "{id}: {}",
            worked[1]
        );
        assert_eq!(worked[1].matches("<ellipse").count(), 2, "{id}");
        let never = groups(&page, "never");
        // The deep inner, lower buttock, each side: lower and nearer the middle.
        assert!(
            never[1].contains("<ellipse cx=\"218.5\" cy=\"128\""),
            "{id}"
        );
        assert!(
            never[1].contains("<ellipse cx=\"201.5\" cy=\"128\""),
            "{id}"
        );
        assert!(
            page.contains("the deep inner buttock (sciatic nerve)"),
            "{id}"
        );
        assert!(page.contains("<strong>Shaded:</strong> where this routine works: glutes"));
    }
}

#[test]
fn every_area_of_the_vocabulary_has_a_place_on_the_figure() {
    let sandbox = Sandbox::new();
    let mut words: Vec<&str> = AREAS.iter().map(|area| area.name).collect();
    words.extend(AREAS.iter().flat_map(|area| area.aliases.iter().copied()));
    for word in words {
        let text = format!(
            "format = 1\ntitle = \"Everywhere\"\nareas = [\"{word}\"]\ntools = [\"hands\"]\n\n\
             [[step]]\nkind = \"breathe\"\ntitle = \"Breathe\"\nduration = \"30s\"\n"
        );
        let path = sandbox.scratch_file("everywhere.toml", &text);
        let page = print(&sandbox, &[path.to_str().expect("UTF-8 path"), "--html"]);
        assert!(!page.contains("not drawn"), "{word} is not drawn");
        let shaded = page.contains(&format!("where this routine works: {word}<"));
        let striped = page.contains("<strong>Named in this routine, never pressed:</strong>");
        assert!(
            shaded != striped,
            "{word}: shaded {shaded}, striped {striped}"
        );
    }
}

#[test]
fn the_sheet_stands_alone_and_names_routines_by_title() {
    let sandbox = Sandbox::new();
    let ids = routine_ids("routines");
    for id in &ids {
        let sheet = print(&sandbox, &[id]);
        assert!(
            sheet.contains("> **Don't use this routine** if a warning sign below"),
            "{id}"
        );
        for phrase in ["knead asks", "`+`", "`-`", "press `"] {
            assert!(!sheet.contains(phrase), "{id}: {phrase}");
        }
        for other in &ids {
            assert!(
                !sheet.contains(other.as_str()),
                "{id} names {other} by its id"
            );
        }
    }
    let ball = print(&sandbox, &["piriformis-tennis-ball"]);
    assert!(ball.contains("use the standing version, \"Standing wall-ball glute holds\""));
    // The lying version's title already says "on your back": never twice.
    assert!(
        ball.contains(
            "If sitting on the ball is the hard part, \"Glute ball holds lying on your back\" \
             does the same holds lying down."
        ),
        "{ball}"
    );
    assert!(!ball.contains("on your back\" on your back"), "{ball}");
    assert!(ball.contains(
        "blood thinners (such as warfarin, apixaban, rivaroxaban, heparin, daily aspirin or \
         clopidogrel) or a bleeding disorder;"
    ));
}

#[test]
fn a_one_week_plan_says_one_week() {
    let sandbox = Sandbox::new();
    sandbox.user_routine("short-plan.toml", &plan(day(2), 1));
    let sheet = print(&sandbox, &["short-plan"]);
    assert!(sheet.contains("- **Plan:** 1 week from "), "{sheet}");
    assert!(
        sheet.contains("after the plan's 1 week or from the review"),
        "{sheet}"
    );
    assert!(!sheet.contains("1 weeks"), "{sheet}");
}
