//! What the full screen hears: key presses, resizes and the ending signals,
//! on one channel, so one wait serves all three. The terminal's bytes are
//! decoded here ([`decode`]), so a reply or a paste is never read as keys,
//! and each key is judged by its pace ([`pace`]), so only a key a person
//! pressed on purpose, after seeing the question, can answer it.

use std::collections::VecDeque;
use std::io;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::KeyEvent;

use crate::clock;
use crate::signals;

use super::terminal;

mod decode;
pub mod pace;
mod tty;

use pace::{BURST, Pace};
use tty::Arrived;

/// One thing heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key event (presses, releases and repeats: the key map filters).
    Key(KeyEvent),
    /// A key that may not answer a question: it was typed before the frame
    /// on screen was drawn, or in a burst faster than a person types (a key
    /// held down, text pasted unmarked). It may still scroll, stop or quit.
    Rushed(KeyEvent),
    /// The window changed size.
    Resize,
    /// Ctrl-C from outside raw mode, SIGTERM, SIGHUP or SIGQUIT.
    Signal,
    /// The terminal can no longer be read.
    Closed,
}

/// Starts reading keys and signals on threads of their own.
fn start() -> io::Result<Receiver<Arrived>> {
    let (sender, inputs) = mpsc::channel();
    signals::forward(sender.clone(), || (Input::Signal, clock::arrival()))?;
    // After a suspend the screen is drawn again in full, as after a resize.
    signals::suspend(
        sender.clone(),
        || (Input::Resize, clock::arrival()),
        terminal::leave_for_suspend,
        terminal::take_back_after_suspend,
    )?;
    tty::spawn(&sender)?;
    Ok(inputs)
}

/// Where the full screen's input comes from; time is the session loop's.
pub trait Events {
    /// Waits for what `wait` describes, or an input; `None` when the time
    /// came first.
    fn next(&mut self, wait: &Wait) -> Option<Input>;

    /// A new frame is on screen: keys that came before it were typed
    /// without seeing it. Nothing, by default.
    fn drawn(&mut self) {}
}

/// Borrowed events are the same events: one key reader serves every page
/// shown in a window, so no key is read by a thread nobody listens to.
impl<E: Events + ?Sized> Events for &mut E {
    fn next(&mut self, wait: &Wait) -> Option<Input> {
        (**self).next(wait)
    }

    fn drawn(&mut self) {
        (**self).drawn();
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
    /// A question is on screen: a key is held back until it is clear that
    /// no other follows it within [`pace::BURST`] (then it began a burst).
    pub asking: bool,
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
    inputs: Receiver<Arrived>,
    /// How keys are judged; boxed, so a window kept waiting stays small.
    judge: Box<Judge>,
}

/// What judging the keys' pace keeps between calls.
struct Judge {
    /// Read ahead to see whether a key stood alone, not yet handed out.
    held: VecDeque<Arrived>,
    pace: Pace,
    /// When the frame on screen was drawn.
    drawn: Instant,
}

impl Live {
    /// Starts reading keys and signals, for session time `speed` times faster.
    pub fn start(speed: f64) -> io::Result<Self> {
        Ok(Self {
            speed,
            inputs: start()?,
            judge: Box::new(Judge {
                held: VecDeque::new(),
                pace: Pace::default(),
                drawn: clock::arrival(),
            }),
        })
    }

    fn receive(&mut self, wait: &Wait) -> Option<Arrived> {
        if let Some(held) = self.judge.held.pop_front() {
            return Some(held);
        }
        let within = wait.until();
        if within.is_some_and(|left| left.is_zero()) {
            return None;
        }
        let received = clock::receive(&self.inputs, within, self.speed);
        match received {
            Ok(arrived) => Some(arrived),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some((Input::Closed, clock::arrival())),
        }
    }

    /// Whether another key follows the one that arrived `at` within a
    /// burst's gap; what came is kept for the next call.
    fn followed(&mut self, at: Instant) -> bool {
        let left = BURST.saturating_sub(clock::arrival().saturating_duration_since(at));
        let Ok(next) = self.inputs.recv_timeout(left) else {
            return false;
        };
        let burst =
            matches!(next.0, Input::Key(_) | Input::Rushed(_)) && pace::followed(at, next.1);
        self.judge.held.push_back(next);
        burst
    }
}

impl Events for Live {
    fn next(&mut self, wait: &Wait) -> Option<Input> {
        let (input, at) = self.receive(wait)?;
        let (key, alone) = match input {
            Input::Key(key) => (key, true),
            // Read with other input: it still counts for the next key's pace.
            Input::Rushed(key) => (key, false),
            other => return Some(other),
        };
        let deliberate = self.judge.pace.deliberate(at, self.judge.drawn)
            && alone
            && !(wait.asking && self.followed(at));
        Some(if deliberate {
            Input::Key(key)
        } else {
            Input::Rushed(key)
        })
    }

    fn drawn(&mut self) {
        self.judge.drawn = clock::arrival();
    }
}
