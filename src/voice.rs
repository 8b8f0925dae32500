//! The spoken side of cues: the words each cue says and the system's speech
//! program that says them.
//!
//! A person on the floor with closed eyes hears which step starts, on which
//! side, and what the check-in asks, without looking. Speaking never blocks
//! the session: each sentence is a child process started on a thread of its
//! own, and a new sentence cuts off a stale one instead of queueing behind it.

mod program;
mod said;

use std::cell::RefCell;
use std::rc::Rc;

pub use program::{Program, Synth};
pub use said::said;

/// Says sentences aloud. Implementations must never fail or block the session.
pub trait Speech {
    /// Starts saying `text`, cutting off whatever is still being said.
    fn say(&mut self, text: &str);

    /// A one-line notice to show once when speech turned out to be unavailable.
    fn notice(&mut self) -> Option<String> {
        None
    }
}

/// No speech program was found: says nothing, and says so once.
#[derive(Debug, Default)]
pub struct Missing {
    told: bool,
}

impl Speech for Missing {
    fn say(&mut self, _: &str) {}

    fn notice(&mut self) -> Option<String> {
        if std::mem::replace(&mut self.told, true) {
            return None;
        }
        Some(format!(
            "No voice: no speech program was found ({}), so cues are not spoken.",
            program::NAMES.join(", ")
        ))
    }
}

/// Keeps what would have been said, for tests; clones share the list.
#[derive(Debug, Clone, Default)]
pub struct Transcript(pub Rc<RefCell<Vec<String>>>);

impl Speech for Transcript {
    fn say(&mut self, text: &str) {
        self.0.borrow_mut().push(text.to_owned());
    }
}

/// The system's speech program, or [`Missing`] when there is none on `PATH`.
/// `volume` is in percent, 0 to 100.
pub fn open(volume: u8) -> Box<dyn Speech> {
    match Synth::find() {
        Some(synth) => Box::new(Program::start(synth, volume)),
        None => Box::new(Missing::default()),
    }
}
