//! What the full screen hears: key presses, resizes and the ending signals,
//! on one channel, so one wait serves all three.

use std::collections::VecDeque;
use std::io;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::Instant;

use ratatui::crossterm::event::{self, Event, KeyEvent};

use super::keys::KeyContext;
use crate::clock::SessionClock;
use crate::signals;

/// One thing heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key event (presses, releases and repeats: the key map filters).
    Key(KeyEvent),
    /// The window changed size.
    Resize,
    /// Ctrl-C from outside raw mode, SIGTERM, SIGHUP or SIGQUIT.
    Signal,
    /// The terminal can no longer be read.
    Closed,
}

/// Starts reading keys and signals on threads of their own.
fn start() -> io::Result<Receiver<Input>> {
    let (sender, inputs) = mpsc::channel();
    signals::forward(sender.clone(), || Input::Signal)?;
    thread::spawn(move || read_events(&sender));
    Ok(inputs)
}

fn read_events(sender: &Sender<Input>) {
    loop {
        let input = match event::read() {
            Ok(Event::Key(key)) => Input::Key(key),
            Ok(Event::Resize(..)) => Input::Resize,
            Ok(_) => continue,
            Err(_) => Input::Closed,
        };
        let closed = input == Input::Closed;
        if sender.send(input).is_err() || closed {
            return;
        }
    }
}

/// Where the full screen's time and input come from.
pub trait Events {
    /// The session clock's current instant.
    fn now(&mut self) -> Instant;

    /// Waits for what `wait` describes, or an input; `None` when the time
    /// came first.
    fn next(&mut self, wait: &Wait) -> Option<Input>;
}

/// Borrowed events are the same events: one key reader serves every page
/// shown in a window, so no key is read by a thread nobody listens to.
impl<E: Events + ?Sized> Events for &mut E {
    fn now(&mut self) -> Instant {
        (**self).now()
    }

    fn next(&mut self, wait: &Wait) -> Option<Input> {
        (**self).next(wait)
    }
}

/// What the face waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait {
    /// When the picture next changes (the shown second, the pacer).
    pub redraw: Option<Instant>,
    /// When the session next has something to do.
    pub deadline: Option<Instant>,
    /// What the person is being asked, when the session waits for them (a
    /// question, a find-spot wait).
    pub asked: Option<KeyContext>,
}

impl Wait {
    /// The earlier of the redraw and the deadline.
    pub fn until(&self) -> Option<Instant> {
        [self.redraw, self.deadline].into_iter().flatten().min()
    }
}

/// The real clock with keys and signals read on their own threads.
pub struct Live {
    clock: SessionClock,
    inputs: Receiver<Input>,
}

impl Live {
    /// Starts reading keys and signals; the clock runs `speed` times faster.
    pub fn start(speed: f64) -> io::Result<Self> {
        Ok(Self {
            clock: SessionClock::start(speed),
            inputs: start()?,
        })
    }
}

impl Events for Live {
    fn now(&mut self) -> Instant {
        self.clock.now()
    }

    fn next(&mut self, wait: &Wait) -> Option<Input> {
        match self.clock.recv_until(&self.inputs, wait.until()) {
            Ok(input) => Some(input),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Input::Closed),
        }
    }
}

/// Keys from a script, for tests: time jumps straight to the session's next
/// deadline (no frame in between is drawn), and a key is pressed when the session waits for the person (or at once, for
/// keys marked so).
pub struct Scripted {
    now: Instant,
    script: VecDeque<(When, Input)>,
}

/// When a scripted input arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// When the session next waits for the person.
    Asked,
    /// At the next wait, whatever the session is doing.
    AtOnce,
}

impl Scripted {
    /// A script starting at `now`.
    pub fn new(now: Instant, script: impl IntoIterator<Item = (When, Input)>) -> Self {
        Self {
            now,
            script: script.into_iter().collect(),
        }
    }
}

impl Events for Scripted {
    fn now(&mut self) -> Instant {
        self.now
    }

    fn next(&mut self, wait: &Wait) -> Option<Input> {
        let asked = wait.asked.is_some();
        match self.script.front() {
            Some((When::AtOnce, _)) => return self.script.pop_front().map(|(_, input)| input),
            Some((When::Asked, _)) if asked => {
                return self.script.pop_front().map(|(_, input)| input);
            }
            None if asked => return Some(Input::Closed),
            _ => {}
        }
        match wait.deadline {
            Some(at) => {
                self.now = self.now.max(at);
                None
            }
            None => Some(Input::Closed),
        }
    }
}
