//! A number with no group at the group question after a "yes": nothing is
//! chosen, and the question says which numbers there are, as plain mode's
//! "Type a number from 1 to 5." does.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Instant;

use knead::session::Outcome;
use knead::tui::input::{Events, Input, Wait};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::support::clock::ManualClock;

use super::check_in::run_drawn;

const HEAT: &str = include_str!("../../../routines/heat-cold-wind-down.toml");

/// Presses each key in turn, then keeps the screen and ends the session.
struct Pressing {
    keys: Vec<char>,
    drawn: Rc<RefCell<String>>,
    kept: Rc<RefCell<String>>,
}

impl Events for Pressing {
    fn next(&mut self, _wait: &Wait) -> Option<Input> {
        if self.keys.is_empty() {
            self.kept.borrow_mut().clone_from(&self.drawn.borrow());
            return Some(Input::Signal);
        }
        let key = self.keys.remove(0);
        Some(Input::Key(KeyEvent::from(KeyCode::Char(key))))
    }
}

/// The screen after `keys`, and how the session ended.
fn after(keys: &[char]) -> (String, Outcome) {
    let clock = ManualClock::at(Instant::now());
    let drawn = Rc::new(RefCell::new(String::new()));
    let kept = Rc::new(RefCell::new(String::new()));
    let events = Pressing {
        keys: keys.to_vec(),
        drawn: Rc::clone(&drawn),
        kept: Rc::clone(&kept),
    };
    let outcome = run_drawn(HEAT, (80, 24), &drawn, &clock, events);
    let text = kept.borrow().clone();
    (text, outcome)
}

#[test]
fn a_number_with_no_group_chooses_none_and_says_which_numbers_there_are() {
    let (asked, _) = after(&['y']);
    assert!(
        asked.contains("Which of these applies? Press its number."),
        "{asked}"
    );
    let (text, outcome) = after(&['y', '9']);
    assert!(
        text.contains("Press a number from 1 to 5: which of these applies?"),
        "{text}"
    );
    // Still asking: the signal, not the "9", ended it.
    assert!(text.contains("1  Emergency signs"), "{text}");
    assert_eq!(outcome, Outcome::Interrupted);
}

#[test]
fn the_question_about_another_group_names_the_group_chosen() {
    let (text, _) = after(&['y', '5']);
    assert!(
        text.contains("Does another group on the list apply too?"),
        "{text}"
    );
    assert!(text.contains("You chose: Where you'll work."), "{text}");
    // The header waits for the answers: some groups let the session start.
    assert!(!text.contains("not starting"), "{text}");
}
