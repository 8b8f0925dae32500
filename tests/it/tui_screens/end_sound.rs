//! The end sound off on the full screen (review S14): a device found
//! missing while the screening is read is said, with what to watch
//! instead, on the page before the first step in full, rather than on the
//! one-row notice line of a step; and the mute key says it in short.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use knead::coach;
use knead::sound::{self, Clip, Silent, Sound};
use knead::tui::Theme;
use knead::tui::build::Fixed;
use knead::tui::face::TuiFace;
use knead::tui::input::{Events, Input, Wait};
use knead::tui::view::Flags;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::support::clock::ManualClock;
use crate::support::routines::valid;
use crate::support::test_screen::TestScreen;

use super::check_in::Shared;

const HEAT: &str = include_str!("../../../routines/heat-cold-wind-down.toml");

const MISSING: &str = "No sound: no speaker or headphones were found.";

/// A device that is found missing at the second time the loop asks.
struct Missing {
    asked: usize,
}

impl Sound for Missing {
    fn play(&mut self, _clip: Clip) {}

    fn notice(&mut self, _wait: Duration) -> Option<String> {
        self.asked += 1;
        (self.asked == 2).then(|| MISSING.to_owned())
    }
}

/// Lets the loop take two turns at the screening, keeps the screen the
/// second one drew, then ends the session.
struct Reading {
    turns: usize,
    drawn: Rc<RefCell<String>>,
    kept: Rc<RefCell<String>>,
}

impl Events for Reading {
    fn next(&mut self, _wait: &Wait) -> Option<Input> {
        self.turns += 1;
        if self.turns <= 2 {
            return None;
        }
        self.kept.borrow_mut().clone_from(&self.drawn.borrow());
        Some(Input::Signal)
    }
}

#[test]
fn a_device_found_missing_at_the_screening_is_said_with_what_to_watch() {
    let routine = valid(HEAT);
    let player = sound::with_player(Box::new(Missing { asked: 0 }), true);
    let switches = player.switches();
    let mut prepared =
        crate::support::session::prepared("heat", &routine, HEAT, "112", None, player);
    let fixed = Fixed {
        routine: &routine,
        emergency_number: "112",
        theme: Theme::standard(),
        flags: Flags::default(),
    };
    let clock = ManualClock::at(Instant::now());
    let drawn = Rc::new(RefCell::new(String::new()));
    let kept = Rc::new(RefCell::new(String::new()));
    let events = Reading {
        turns: 0,
        drawn: Rc::clone(&drawn),
        kept: Rc::clone(&kept),
    };
    let screen = Shared {
        screen: TestScreen::new(100, 40),
        text: drawn,
    };
    let mut face = TuiFace::new(screen, events, fixed, switches);
    coach::run(&mut prepared, &mut face, &clock).expect("a test screen");
    let text = kept.borrow();
    assert!(text.contains(MISSING), "{text}");
    assert!(
        text.contains("Sound is off, so nothing sounds when the pack's time is up"),
        "{text}"
    );
    assert!(
        text.contains("Does any of these apply to you today?"),
        "{text}"
    );
}

/// "No" to every question; at the first step, `m`; then keeps the screen.
struct Muting {
    muted: bool,
    drawn: Rc<RefCell<String>>,
    kept: Rc<RefCell<String>>,
}

impl Events for Muting {
    fn next(&mut self, wait: &Wait) -> Option<Input> {
        let key = if wait.asking {
            'n'
        } else if !self.muted {
            self.muted = true;
            'm'
        } else {
            self.kept.borrow_mut().clone_from(&self.drawn.borrow());
            return Some(Input::Signal);
        };
        Some(Input::Key(KeyEvent::from(KeyCode::Char(key))))
    }
}

#[test]
fn the_mute_key_in_a_pack_routine_says_to_keep_the_clock_in_view() {
    let routine = valid(HEAT);
    let player = sound::with_player(Box::new(Silent), true);
    let switches = player.switches();
    let mut prepared =
        crate::support::session::prepared("heat", &routine, HEAT, "112", None, player);
    let fixed = Fixed {
        routine: &routine,
        emergency_number: "112",
        theme: Theme::standard(),
        flags: Flags::default(),
    };
    let clock = ManualClock::at(Instant::now());
    let drawn = Rc::new(RefCell::new(String::new()));
    let kept = Rc::new(RefCell::new(String::new()));
    let events = Muting {
        muted: false,
        drawn: Rc::clone(&drawn),
        kept: Rc::clone(&kept),
    };
    let screen = Shared {
        screen: TestScreen::new(40, 16),
        text: drawn,
    };
    let mut face = TuiFace::new(screen, events, fixed, switches);
    coach::run(&mut prepared, &mut face, &clock).expect("a test screen");
    let text = kept.borrow();
    assert!(text.contains("Sound off: keep the clock in view"), "{text}");
}
