//! What a person meets during a session of the bundled routines (issue 11):
//! the answers to pressure ratings, the lines before the first step, a
//! repeated hold moving on, stop guidance that fits the tool, and the
//! routine a screening question offers instead.

use crate::support::scripted::Lines;
use std::time::Instant;

use knead::sound::Clip;
use knead::words::HOW_TO_STOP_TYPED;

use super::support::{Journaled, QUIET, Ran, run_text, session};

const PIRIFORMIS: &str = include_str!("../../../routines/piriformis-tennis-ball.toml");
const FLARE_UP: &str = include_str!("../../../routines/gentle-flare-up.toml");
const HEAT: &str = include_str!("../../../routines/heat-cold-wind-down.toml");

fn run(text: &str, answers: &[&str]) -> Ran {
    run_text(text, Lines::typed(Instant::now(), answers), &QUIET)
}

/// The line after the first one equal to `line`.
fn after<'a>(ran: &'a Ran, line: &str) -> Option<&'a str> {
    let lines = ran.lines();
    let at = lines.iter().position(|l| *l == line)?;
    lines.get(at + 1).copied()
}

#[test]
fn a_pressure_of_8_says_release_and_is_heard_and_journaled() {
    let log = Journaled::new();
    // Screening, spot, check-in, then 8 at the rating; stop at the next spot.
    let ran = log.answer(&["n", "", "n", "8", "x"]);
    let pressure = ran.tagged("PRESSURE")[0];
    assert_eq!(
        after(&ran, pressure),
        // Review S7: off at once, and the next spot lighter.
        Some("NOTICE: Come off the ball. Next spot: more weight on your hands, 3 to 6 out of 10.")
    );
    // One soft bell for each find-spot wait, one for the advice.
    assert_eq!(ran.count(Clip::Reminder), 2 + 1);
    let journal = std::fs::read_to_string(&log.path).expect("the journal");
    let rating = journal
        .lines()
        .find(|l| l.contains(r#""event":"pressure""#))
        .expect("the rating line");
    assert!(
        rating.contains(r#""rating":8,"advice":"release""#),
        "{rating}"
    );
    // An old reader's view: the rating is still there.
    let rated: Vec<u8> = log.record().pressures().map(|p| p.get()).collect();
    assert_eq!(rated, [8]);
}

#[test]
fn a_pressure_of_7_says_ease_off_a_little_and_6_says_nothing() {
    let ran = session(&["n", "", "n", "7", "", "n", "6", "x"]);
    let advice: Vec<&str> = ran
        .tagged("NOTICE")
        .into_iter()
        .filter(|l| l.contains("Ease off") || l.contains("Release"))
        .collect();
    assert_eq!(advice, ["NOTICE: Ease off a little."]);
}

#[test]
fn a_rating_over_the_routines_cap_says_ease_off() {
    // gentle-flare-up stays at or below 3: its first roll, rated 5.
    let ran = run(FLARE_UP, &["n", "n", "5", "x"]);
    let pressure = ran.tagged("PRESSURE")[0];
    assert_eq!(
        after(&ran, pressure),
        Some("NOTICE: Ease off: this routine stays at or below 3.")
    );
}

#[test]
fn before_lines_and_how_to_stop_come_before_the_screening() {
    let ran = run(PIRIFORMIS, &["n"]);
    let lines = ran.lines();
    let first_step = lines.iter().position(|l| l.starts_with("STEP: "));
    let screen = lines.iter().position(|l| l.starts_with("SCREEN: "));
    let before: Vec<usize> = (0..lines.len())
        .filter(|n| lines[*n].starts_with("BEFORE: "))
        .collect();
    // Right after the ROUTINE line, every one of them.
    assert_eq!(before, [1, 2], "{}", ran.text);
    assert!(lines[1].contains("never") || lines[1].contains("keep out of"));
    let how_to_stop = format!("NOTICE: {HOW_TO_STOP_TYPED}");
    let stop = lines.iter().position(|l| *l == how_to_stop);
    assert!(stop < screen && screen < first_step, "{}", ran.text);
}

#[test]
fn the_second_pass_of_a_repeated_hold_moves_to_a_new_spot() {
    // Screening; the first pass's spot, check-in and rating; then the
    // second pass's spot prompt is left with `x`.
    let ran = run(PIRIFORMIS, &["n", "", "n", "4", "x"]);
    let steps = ran.tagged("STEP");
    let new_spot = "CUE: Move the ball a little to a new spot.";
    assert!(steps[2].ends_with("1 of 3)"), "{}", steps[2]);
    assert_ne!(after(&ran, steps[2]), Some(new_spot));
    assert!(steps[3].ends_with("2 of 3)"), "{}", steps[3]);
    assert_eq!(after(&ran, steps[3]), Some(new_spot));
    assert_eq!(ran.lines().iter().filter(|l| **l == new_spot).count(), 1);
}

#[test]
fn the_stop_signs_are_said_as_the_step_starts_and_again_on_each_check_in() {
    let ran = run(PIRIFORMIS, &["n", "", "y", "s"]);
    let signs = "CUE: Stop if you notice: new or worse pain spreading below the knee; \
                 an electric or burning feeling in the buttock or leg; \
                 or pain you cannot breathe or relax into.";
    // The first step and the first hold, each once.
    assert_eq!(ran.lines().iter().filter(|l| **l == signs).count(), 2);
    // The check-in says which answer stops, and lists them again, so a
    // person on the ball need not remember them (review S12).
    let check_in = ran.tagged("CHECKIN")[0];
    let (question, listed) = check_in
        .split_once(" Stop if you notice: ")
        .expect("the check-in lists the stop signs");
    assert!(
        question.starts_with("CHECKIN: Anything new or worse since you started"),
        "{check_in}"
    );
    assert!(question.ends_with("(y stops)"), "{check_in}");
    assert_eq!(
        format!("CUE: Stop if you notice: {listed}"),
        format!("{signs} [y/n]")
    );
    // A "yes" does not say which sign it was: the nerve is only a maybe.
    let stopped = ran.tagged("STOPPED");
    assert_eq!(
        stopped[0],
        "STOPPED: Release the pressure now: roll off the ball."
    );
    assert!(stopped.contains(
        &"STOPPED: If it was numbness, tingling or shooting pain, a nerve may be irritated."
    ));
}

#[test]
fn a_yes_at_the_heat_routines_skin_check_says_take_the_pack_off() {
    // The screening, then "yes" at the skin check after 8 minutes of heat.
    let ran = run(HEAT, &["n", "y", "s"]);
    let stopped = ran.tagged("STOPPED");
    assert_eq!(stopped[0], "STOPPED: Take the pack off now.");
    // Its stop signs name dizziness: sitting or lying down comes next.
    assert!(
        stopped[1].contains("sit or lie down and breathe normally"),
        "{}",
        stopped[1]
    );
    assert!(
        stopped
            .iter()
            .any(|l| l.contains("Leave the pack off for today"))
    );
    assert!(!stopped.iter().any(|l| l.contains("ball")), "{stopped:#?}");
}

#[test]
fn a_yes_to_the_routines_own_questions_offers_the_routine_it_names() {
    // "y" at the screening, then the sixth group: "From this routine".
    let ran = run(PIRIFORMIS, &["y", "6"]);
    let offer = "STOPPED: If \"Getting down to the floor and up again hard or unsafe \
                 today?\" applies, try wall-ball-glute-standing instead: \
                 knead run wall-ball-glute-standing";
    assert_eq!(ran.tail(1), offer);
    // Another group offers nothing.
    let urgent = run(PIRIFORMIS, &["y", "2"]);
    assert!(!urgent.text.contains("knead run"), "{}", urgent.text);
}
