//! The check-in box a person on a ball answers (issue 19, review S12): the
//! question says y stops, and every one of the routine's stop signs is on
//! screen at some scroll, with a "more" mark while any is out of sight, at
//! the smallest window too; "no" waits until the last sign has been shown.

use std::cell::RefCell;
use std::io;
use std::rc::Rc;
use std::time::Instant;

use knead::coach;
use knead::routine::Routine;
use knead::session::{Command, Outcome};
use knead::sound::{self, Silent};
use knead::tui::build::{Fixed, Local, view};
use knead::tui::face::TuiFace;
use knead::tui::input::{Events, Input, Wait};
use knead::tui::screens::max_scroll;
use knead::tui::terminal::Screen;
use knead::tui::theme::Theme;
use knead::tui::view::{Flags, Stage, View};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

use super::{buffer_text, draw};
use crate::support::clock::ManualClock;
use crate::support::engine::Engine;
use crate::support::routines::valid;
use crate::support::test_screen::TestScreen;

const PIRIFORMIS: &str = include_str!("../../../routines/piriformis-tennis-ball.toml");

/// One hold with a check-in, and the piriformis routine's three stop signs.
const ONE_HOLD: &str = r#"format = 1
title = "One hold"
tools = ["tennis ball", "mat"]
areas = ["glutes"]

[safety]
stop_signs = [
  "new or worse pain spreading below the knee",
  "an electric or burning feeling in the buttock or leg",
  "pain you cannot breathe or relax into",
]

[[step]]
kind = "hold"
title = "Hold a tender spot"
duration = "30s"
"#;

fn fixed(routine: &Routine) -> Fixed<'_> {
    Fixed {
        routine,
        emergency_number: "112",
        theme: Theme::standard(),
        flags: Flags::default(),
    }
}

/// The first check-in of the piriformis routine, as built from the engine,
/// scrolled `scroll` lines.
fn check_in(routine: &Routine, scroll: u16) -> View {
    let mut drive = Engine::start(routine);
    drive.handle_timed(Command::Answer(false));
    drive.run_to_question();
    drive.handle_timed(Command::FoundIt);
    drive.run_to_question();
    let status = drive.session.status(drive.now);
    let local = Local {
        scroll,
        ..Local::default()
    };
    let frame = view(&fixed(routine), &drive.session, &status, &local);
    assert!(
        matches!(frame.stage, Stage::CheckIn(..)),
        "{:?}",
        frame.stage
    );
    frame
}

/// The screen's words on one line, so a sign wrapped over rows reads whole.
fn words(text: &str) -> String {
    text.replace(['│', '┌', '┐', '└', '┘', '─'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_stop_sign_is_on_screen_at_40x12_with_a_more_mark_until_the_last() {
    let routine = valid(PIRIFORMIS);
    let area = Rect::new(0, 0, 40, 12);
    let most = max_scroll(&check_in(&routine, 0), area);
    assert!(most > 0, "three signs do not fit a 40x12 box");
    let screens: Vec<String> = (0..=most)
        .map(|scroll| buffer_text(draw(&check_in(&routine, scroll), 40, 12).backend().buffer()))
        .collect();
    for sign in &routine.safety.stop_signs {
        assert!(
            screens.iter().any(|s| words(s).contains(sign.as_str())),
            "{sign:?} is never on screen:\n{}",
            screens.join("\n\n")
        );
    }
    let first = &screens[0];
    assert!(first.contains("↓ more"), "{first}");
    assert!(words(first).contains("(y stops)"), "{first}");
    let last = &screens[usize::from(most)];
    assert!(last.contains("↑ more above"), "{last}");
    insta::assert_snapshot!("check_in_piriformis_40x12", first);
    insta::assert_snapshot!("check_in_piriformis_40x12_end", last);
}

#[test]
fn at_100x30_the_check_in_shows_all_at_once_with_its_keys() {
    let routine = valid(PIRIFORMIS);
    let frame = check_in(&routine, 0);
    assert_eq!(max_scroll(&frame, Rect::new(0, 0, 100, 30)), 0);
    let text = buffer_text(draw(&frame, 100, 30).backend().buffer());
    for sign in &routine.safety.stop_signs {
        assert!(words(&text).contains(sign.as_str()), "{sign:?}:\n{text}");
    }
    assert!(!text.contains("more"), "{text}");
    assert!(text.contains("y yes, stop    n no, go on"), "{text}");
    insta::assert_snapshot!("check_in_piriformis_100x30", text);
}

/// Runs the routine file `text` silently on a `width` x `height` full
/// screen that copies each frame's text into `drawn`, with `events` for
/// the person and `clock` for the time; how the session ended.
pub(super) fn run_drawn(
    text: &str,
    (width, height): (u16, u16),
    drawn: &Rc<RefCell<String>>,
    clock: &ManualClock,
    events: impl Events,
) -> Outcome {
    let routine = valid(text);
    let player = sound::with_player(Box::new(Silent), true);
    let switches = player.switches();
    let mut prepared =
        crate::support::session::prepared("routine", &routine, text, "112", None, player);
    let screen = Shared {
        screen: TestScreen::new(width, height),
        text: Rc::clone(drawn),
    };
    let mut face = TuiFace::new(screen, events, fixed(&routine), switches);
    coach::run(&mut prepared, &mut face, clock).expect("a test screen never fails")
}

/// A screen that keeps a copy of its text after each frame, for the keys.
pub(super) struct Shared {
    pub(super) screen: TestScreen,
    pub(super) text: Rc<RefCell<String>>,
}

impl Screen for Shared {
    fn size(&mut self) -> io::Result<Rect> {
        self.screen.size()
    }

    fn draw(&mut self, render: &mut dyn FnMut(Rect, &mut Buffer)) -> io::Result<bool> {
        let sent = self.screen.draw(render)?;
        *self.text.borrow_mut() = self.screen.text();
        Ok(sent)
    }

    fn set_title(&mut self, title: &str) -> io::Result<()> {
        self.screen.set_title(title)
    }

    fn bell(&mut self) -> io::Result<()> {
        self.screen.bell()
    }
}

/// A person who answers "no" to every question ("the same" after), and
/// keeps each screen on which a "no" went to the check-in.
struct Person {
    clock: ManualClock,
    text: Rc<RefCell<String>>,
    at_check_in: Rc<RefCell<Vec<String>>>,
}

impl Events for Person {
    fn next(&mut self, wait: &Wait) -> Option<Input> {
        if !wait.asking {
            self.clock.advance(wait.deadline?);
            return None;
        }
        let text = self.text.borrow().clone();
        let key = if text.contains("better") { 's' } else { 'n' };
        if text.contains("Stop if you notice") {
            self.at_check_in.borrow_mut().push(text);
        }
        Some(Input::Key(KeyEvent::from(KeyCode::Char(key))))
    }
}

#[test]
fn at_40x12_no_at_the_check_in_first_shows_the_last_sign() {
    let routine = valid(ONE_HOLD);
    let player = sound::with_player(Box::new(Silent), true);
    let switches = player.switches();
    let mut prepared =
        crate::support::session::prepared("one-hold", &routine, ONE_HOLD, "112", None, player);
    let text = Rc::new(RefCell::new(String::new()));
    let screen = Shared {
        screen: TestScreen::new(40, 12),
        text: Rc::clone(&text),
    };
    let clock = ManualClock::at(Instant::now());
    let at_check_in = Rc::new(RefCell::new(Vec::new()));
    let person = Person {
        clock: clock.clone(),
        text,
        at_check_in: Rc::clone(&at_check_in),
    };
    let mut face = TuiFace::new(screen, person, fixed(&routine), switches);
    let outcome = coach::run(&mut prepared, &mut face, &clock).expect("a test screen");
    assert_eq!(outcome, Outcome::Completed);
    let seen = at_check_in.borrow();
    assert_eq!(seen.len(), 2, "{seen:#?}");
    let last_sign = "pain you cannot breathe or relax into";
    assert!(!words(&seen[0]).contains(last_sign), "{}", seen[0]);
    assert!(words(&seen[1]).contains(last_sign), "{}", seen[1]);
    assert!(
        seen[1].contains("Read to the end, then answer"),
        "{}",
        seen[1]
    );
}
