//! The routine's stop signs on the full screen as its first step starts
//! and again as its first step with a check-in starts, as plain mode says
//! them: a reviewer first saw them in the check-in box, after the first
//! hold was over.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Instant;

use knead::tui::input::{Events, Input, Wait};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::support::clock::ManualClock;

use super::check_in::run_drawn;

/// A breathe step, then a hold: the signs show at both starts.
const ROUTINE: &str = r#"format = 1
title = "Breathe, then hold"

[safety]
stop_signs = ["new or worse pain spreading below the knee"]

[[step]]
kind = "breathe"
title = "Settle in"
duration = "20s"

[[step]]
kind = "hold"
title = "Hold a tender spot"
cue = "Let your weight sink in."
duration = "30s"
"#;

const SIGNS: &str = "Stop if you notice: new or worse pain spreading below the knee.";

/// Answers "no" before the steps, then lets time go by to each next
/// picture, keeping the first frame of each step by its title, until the
/// check-in at the end of the hold.
struct Watching {
    clock: ManualClock,
    drawn: Rc<RefCell<String>>,
    started: bool,
    frames: Rc<RefCell<Vec<String>>>,
}

impl Events for Watching {
    fn next(&mut self, wait: &Wait) -> Option<Input> {
        if wait.asking {
            if self.started {
                return Some(Input::Signal);
            }
            return Some(Input::Key(KeyEvent::from(KeyCode::Char('n'))));
        }
        self.started = true;
        self.frames.borrow_mut().push(self.drawn.borrow().clone());
        self.clock.advance(wait.until()?);
        None
    }
}

#[test]
fn the_first_step_and_the_first_hold_show_the_stop_signs() {
    let clock = ManualClock::at(Instant::now());
    let drawn = Rc::new(RefCell::new(String::new()));
    let frames = Rc::new(RefCell::new(Vec::new()));
    let events = Watching {
        clock: clock.clone(),
        drawn: Rc::clone(&drawn),
        started: false,
        frames: Rc::clone(&frames),
    };
    run_drawn(ROUTINE, (100, 30), &drawn, &clock, events);

    let frames = frames.borrow();
    let first = |title: &str| {
        frames
            .iter()
            .find(|text| text.contains(title))
            .unwrap_or_else(|| panic!("no frame of {title}"))
            .clone()
    };
    let unwrapped = |text: String| text.split_whitespace().collect::<Vec<_>>().join(" ");
    for title in ["Settle in", "Hold a tender spot"] {
        let text = unwrapped(first(title));
        assert!(text.contains(SIGNS), "{title}: {text}");
    }
}
