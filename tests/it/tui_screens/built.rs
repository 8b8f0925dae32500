//! Frames built from the engine (`knead::tui::build`) for what a person
//! meets during a session: the lines before the first step and how to stop,
//! the check-in's stop signs, the answer to a pressure rating, a repeated
//! hold moving on, and the release after a heat routine's skin check.

use std::time::{Duration, Instant};

use knead::routine::Routine;
use knead::session::{Command, Cue, Session, Timed};
use knead::tui::build::{Fixed, HOW_TO_STOP, Local, notice_after, view};
use knead::tui::theme::Theme;
use knead::tui::view::{Flags, Stage};

use super::{buffer_text, draw};

const PIRIFORMIS: &str = include_str!("../../routines/piriformis-tennis-ball.toml");
const HEAT: &str = include_str!("../../routines/heat-cold-wind-down.toml");

fn parse(text: &str) -> Routine {
    knead::routine::check_str(text)
        .routine
        .expect("a bundled routine is valid")
}

fn fixed(routine: &Routine) -> Fixed<'_> {
    Fixed {
        routine,
        emergency_number: "112",
        theme: Theme::standard(),
        flags: Flags::default(),
    }
}

/// A session driven straight through the engine, time jumping to each deadline.
struct Drive {
    session: Session,
    now: Instant,
}

impl Drive {
    fn start(routine: &Routine) -> Self {
        let now = Instant::now();
        let mut session = Session::new(routine);
        session.start(now);
        Self { session, now }
    }

    /// Runs until the session waits for the person.
    fn run_to_question(&mut self) {
        while !self.session.awaits_input() {
            let Some(at) = self.session.next_deadline() else {
                return;
            };
            self.now = at;
            self.session.advance(at);
        }
    }

    fn answer(&mut self, command: Command) -> Vec<Timed> {
        let cues = self.session.handle(command, self.now);
        cues.into_iter()
            .map(|cue| Timed { at: self.now, cue })
            .collect()
    }

    fn stage(&self, routine: &Routine) -> Stage {
        let status = self.session.status(self.now);
        view(&fixed(routine), &self.session, &status, &Local::default()).stage
    }
}

#[test]
fn the_page_before_the_first_step_has_the_routines_lines_and_how_to_stop() {
    let routine = parse(PIRIFORMIS);
    let drive = Drive::start(&routine);
    let Stage::Before(before) = drive.stage(&routine) else {
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
    let routine = parse(PIRIFORMIS);
    let mut drive = Drive::start(&routine);
    drive.answer(Command::Answer(false));
    drive.run_to_question();
    drive.answer(Command::FoundIt);
    drive.run_to_question();
    let Stage::CheckIn(_, check) = drive.stage(&routine) else {
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
    let routine = parse(PIRIFORMIS);
    let mut drive = Drive::start(&routine);
    drive.answer(Command::Answer(false));
    drive.run_to_question();
    drive.answer(Command::FoundIt);
    drive.run_to_question();
    drive.answer(Command::Answer(false));
    let cues = drive.answer(Command::Rate(Some(8)));
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
        Some("Release and move to a new spot. Move the ball a little to a new spot.")
    );
}

#[test]
fn the_second_pass_of_a_hold_says_new_spot_and_the_first_says_nothing() {
    let routine = parse(PIRIFORMIS);
    let mut drive = Drive::start(&routine);
    let first = drive.answer(Command::Answer(false));
    let notice = notice_after(&first, None, &drive.session, &routine);
    assert_eq!(notice, None);
    drive.run_to_question();
    drive.answer(Command::FoundIt);
    drive.run_to_question();
    drive.answer(Command::Answer(false));
    let cues = drive.answer(Command::Rate(Some(4)));
    let notice = notice_after(&cues, None, &drive.session, &routine);
    assert_eq!(
        notice.as_deref(),
        Some("Move the ball a little to a new spot.")
    );
}

#[test]
fn a_yes_at_the_heat_routines_skin_check_says_take_the_pack_off_first() {
    let routine = parse(HEAT);
    let mut drive = Drive::start(&routine);
    drive.answer(Command::Answer(false));
    drive.run_to_question();
    assert!(drive.now > Instant::now() + Duration::from_secs(60));
    drive.answer(Command::Answer(true));
    let Stage::Stopped(stopped) = drive.stage(&routine) else {
        panic!("a yes stops the session");
    };
    assert_eq!(stopped.lines[0], "Take the pack off now.");
}

#[test]
fn a_sided_step_names_its_side_once() {
    let routine = parse(PIRIFORMIS);
    let mut drive = Drive::start(&routine);
    drive.answer(Command::Answer(false));
    drive.answer(Command::Next);
    let status = drive.session.status(drive.now);
    let frame = view(&fixed(&routine), &drive.session, &status, &Local::default());
    let text = buffer_text(draw(&frame, 100, 30).backend().buffer());
    assert!(text.contains("· left side"), "{text}");
    assert!(!text.contains("side side"), "{text}");
}
