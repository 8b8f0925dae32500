//! What the full screen hears: key presses, resizes and the ending signals,
//! on one channel, so one wait serves all three.

use std::io;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, KeyEvent};

use crate::clock;
use crate::signals;

use super::terminal;

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
    // After a suspend the screen is drawn again in full, as after a resize.
    signals::suspend(
        sender.clone(),
        || Input::Resize,
        terminal::leave_for_suspend,
        terminal::take_back_after_suspend,
    )?;
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

/// Where the full screen's input comes from; time is the session loop's.
pub trait Events {
    /// Waits for what `wait` describes, or an input; `None` when the time
    /// came first.
    fn next(&mut self, wait: &Wait) -> Option<Input>;
}

/// Borrowed events are the same events: one key reader serves every page
/// shown in a window, so no key is read by a thread nobody listens to.
impl<E: Events + ?Sized> Events for &mut E {
    fn next(&mut self, wait: &Wait) -> Option<Input> {
        (**self).next(wait)
    }
}

/// What a page waits for, in session time from the instant the loop read;
/// a page with nothing moving waits for the person only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Wait {
    /// How long until the picture next changes (the shown second, the pacer).
    pub redraw: Option<Duration>,
    /// How long until the session next has something to do.
    pub deadline: Option<Duration>,
}

impl Wait {
    /// The earlier of the redraw and the deadline.
    pub fn until(&self) -> Option<Duration> {
        [self.redraw, self.deadline].into_iter().flatten().min()
    }
}

/// Keys and signals read on their own threads; session time runs `speed`
/// times faster than real time.
pub struct Live {
    speed: f64,
    inputs: Receiver<Input>,
}

impl Live {
    /// Starts reading keys and signals, for session time `speed` times faster.
    pub fn start(speed: f64) -> io::Result<Self> {
        Ok(Self {
            speed,
            inputs: start()?,
        })
    }
}

impl Events for Live {
    fn next(&mut self, wait: &Wait) -> Option<Input> {
        let received = match wait.until() {
            Some(left) if left.is_zero() => return None,
            Some(left) => self.inputs.recv_timeout(clock::real(left, self.speed)),
            None => self
                .inputs
                .recv()
                .map_err(|_| RecvTimeoutError::Disconnected),
        };
        match received {
            Ok(input) => Some(input),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Input::Closed),
        }
    }
}
