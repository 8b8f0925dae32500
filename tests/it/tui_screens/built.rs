//! Frames built from the engine (`knead::tui::build`) for what a person
//! meets during a session: the lines before the first step and how to stop,
//! the check-in's stop signs, the answer to a pressure rating, a repeated
//! hold moving on, and the release after a heat routine's skin check.

use std::time::{Duration, Instant};

use knead::routine::Routine;
use knead::session::{Command, Cue};
use knead::tui::build::{Fixed, HOW_TO_STOP, Local, notice_after, view};
use knead::tui::theme::Theme;
use knead::tui::view::{Flags, Stage};

use super::{buffer_text, draw};
use crate::support::engine::Engine;
use crate::support::routines::valid;

const PIRIFORMIS: &str = include_str!("../../../routines/piriformis-tennis-ball.toml");
const HEAT: &str = include_str!("../../../routines/heat-cold-wind-down.toml");

fn fixed(routine: &Routine) -> Fixed<'_> {
    Fixed {
        routine,
        emergency_number: "112",
        theme: Theme::standard(),
        flags: Flags::default(),
    }
}

/// What the session's page shows now.
fn stage(drive: &Engine, routine: &Routine) -> Stage {
    let status = drive.session.status(drive.now);
    view(&fixed(routine), &drive.session, &status, &Local::default()).stage
}

#[test]
fn the_page_before_the_first_step_has_the_routines_lines_and_how_to_stop() {
    let routine = valid(PIRIFORMIS);
    let drive = Engine::start(&routine);
    let Stage::Before(before) = stage(&drive, &routine) else {
        panic!("the screening comes first");
    };
    assert_eq!(before.before, routine.before);
    assert_eq!(before.notices.last().map(String::as_str), Some(HOW_TO_STOP));
    let status = drive.session.status(drive.now);
    let frame = view(&fixed(&routine), &drive.session, &status, &Local::default());
    let terminal = draw(&frame, 80, 24);
    let text = buffer_text(terminal.backend().buffer());
    assert!(text.contains("Before you start"), "{text}");
    insta::assert_snapshot!("built_before_piriformis_80x24", text);
}

#[test]
fn the_check_in_lists_the_stop_signs_the_question_points_to() {
    let routine = valid(PIRIFORMIS);
    let mut drive = Engine::start(&routine);
    drive.handle_timed(Command::Answer(false));
    drive.run_to_question();
    drive.handle_timed(Command::FoundIt);
    drive.run_to_question();
    let Stage::CheckIn(_, check) = stage(&drive, &routine) else {
        panic!("the first hold's check-in");
    };
    assert_eq!(check.stop_signs, routine.safety.stop_signs);
    assert!(
        !check.question.contains("below the knee"),
        "{}",
        check.question
    );
    assert!(
        check
            .question
            .starts_with("Anything new or worse since you started")
    );
}

#[test]
fn a_pressure_of_8_leaves_release_on_the_notice_line_as_the_next_pass_moves_on() {
    let routine = valid(PIRIFORMIS);
    let mut drive = Engine::start(&routine);
    drive.handle_timed(Command::Answer(false));
    drive.run_to_question();
    drive.handle_timed(Command::FoundIt);
    drive.run_to_question();
    drive.handle_timed(Command::Answer(false));
    let cues = drive.handle_timed(Command::Rate(Some(8)));
    assert!(
        cues.iter()
            .any(|t| matches!(t.cue, Cue::StepStarted { .. }))
    );
    let notice = notice_after(
        &cues,
        Some("Halfway there".into()),
        &drive.session,
        &routine,
    );
    assert_eq!(
        notice.as_deref(),
        Some(
            "Come off the ball. Next spot: more weight on your hands, 3 to 6 out of 10. \
             Move the ball a little to a new spot."
        )
    );
}

#[test]
fn the_second_pass_of_a_hold_says_new_spot_and_the_first_step_the_stop_signs() {
    let routine = valid(PIRIFORMIS);
    let mut drive = Engine::start(&routine);
    let first = drive.handle_timed(Command::Answer(false));
    let notice = notice_after(&first, None, &drive.session, &routine);
    let notice = notice.expect("the first step says the routine's stop signs");
    assert!(notice.starts_with("Stop if you notice: "), "{notice}");
    drive.run_to_question();
    drive.handle_timed(Command::FoundIt);
    drive.run_to_question();
    drive.handle_timed(Command::Answer(false));
    let cues = drive.handle_timed(Command::Rate(Some(4)));
    let notice = notice_after(&cues, None, &drive.session, &routine);
    assert_eq!(
        notice.as_deref(),
        Some("Move the ball a little to a new spot.")
    );
}

#[test]
fn a_yes_at_the_heat_routines_skin_check_says_take_the_pack_off_first() {
    let routine = valid(HEAT);
    let mut drive = Engine::start(&routine);
    drive.handle_timed(Command::Answer(false));
    drive.run_to_question();
    assert!(drive.now > Instant::now() + Duration::from_secs(60));
    drive.handle_timed(Command::Answer(true));
    let Stage::Stopped(stopped) = stage(&drive, &routine) else {
        panic!("a yes stops the session");
    };
    assert_eq!(stopped.lines[0], "Take the pack off now.");
}

#[test]
fn a_sided_step_names_its_side_once() {
    let routine = valid(PIRIFORMIS);
    let mut drive = Engine::start(&routine);
    drive.handle_timed(Command::Answer(false));
    drive.handle_timed(Command::Next);
    let status = drive.session.status(drive.now);
    let frame = view(&fixed(&routine), &drive.session, &status, &Local::default());
    let text = buffer_text(draw(&frame, 100, 30).backend().buffer());
    assert!(text.contains("· left side"), "{text}");
    assert!(!text.contains("side side"), "{text}");
}

/// A stretch held for one fixed time, then one with a range.
const FIXED_THEN_RANGED: &str = r#"format = 1
title = "Two stretches"
tools = ["mat"]

[[step]]
kind = "hold"
title = "Fixed stretch"
tools = ["mat"]
duration = "30s"

[[step]]
kind = "hold"
title = "Ranged stretch"
tools = ["mat"]
duration = "30s"
min = "30s"
max = "60s"
"#;

#[test]
fn a_hold_of_one_fixed_length_shows_no_range_and_offers_no_plus_minus() {
    let routine = valid(FIXED_THEN_RANGED);
    let mut drive = Engine::start(&routine);
    drive.handle_timed(Command::Answer(false));
    let shown = |drive: &Engine| {
        let status = drive.session.status(drive.now);
        let frame = view(&fixed(&routine), &drive.session, &status, &Local::default());
        buffer_text(draw(&frame, 100, 30).backend().buffer())
    };
    let fixed_step = shown(&drive);
    assert!(fixed_step.contains("Fixed stretch"), "{fixed_step}");
    assert!(!fixed_step.contains("30s-30s"), "{fixed_step}");
    assert!(!fixed_step.contains("+/-"), "{fixed_step}");
    // Moving on asks the fixed stretch's check-in first.
    drive.handle_timed(Command::Next);
    drive.handle_timed(Command::Answer(false));
    let ranged = shown(&drive);
    assert!(ranged.contains("Ranged stretch"), "{ranged}");
    assert!(ranged.contains("30s-1m"), "{ranged}");
    assert!(ranged.contains("+/-"), "{ranged}");
}

#[test]
fn a_session_skipped_through_to_its_end_is_not_called_complete() {
    let routine = valid(FIXED_THEN_RANGED);
    let mut drive = Engine::start(&routine);
    drive.handle_timed(Command::Answer(false));
    // → through both holds, each asking its check-in on the way.
    for _ in 0..2 {
        drive.handle_timed(Command::Next);
        drive.handle_timed(Command::Answer(false));
    }
    let summary = drive.session.summary();
    let ending = knead::words::ending(
        knead::session::Outcome::Completed,
        &routine,
        summary,
        "112",
        false,
    );
    let said = &ending.first().expect("a line").1;
    assert!(
        said.starts_with("Routine ended: 0 steps done, 2 cut short, "),
        "{said}"
    );
}
