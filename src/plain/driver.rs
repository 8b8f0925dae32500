//! Where plain mode's input comes from: stdin and signals (a test brings a
//! script of its own). Time is the session loop's: a driver is told how
//! long it may wait.

use std::collections::VecDeque;
use std::io::IsTerminal;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::Duration;

use crate::clock;
use crate::signals;

/// Why a wait ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wake {
    /// The time waited for has come, or something arrived that is kept
    /// for later: the loop takes another turn.
    Due,
    /// A line of input (without its line ending).
    Line(String),
    /// Input ended.
    Eof,
    /// Ctrl-C, SIGTERM, SIGHUP or SIGQUIT.
    Signal,
}

/// The session's input, as plain mode sees it.
pub trait Driver {
    /// Waits `within` session time (for ever, if `None`), for a signal, or,
    /// when `want_line`, for a line of input. Lines that arrive while no
    /// line is wanted are kept for the next question, so answers can be
    /// typed (or piped) ahead; `x` or `stop` is delivered at once.
    fn wait(&mut self, within: Option<Duration>, want_line: bool) -> Wake;

    /// A safety question (screening, check-in, rating, find-spot) has just
    /// been shown. A person at a terminal must answer it after seeing it, so
    /// lines typed before it are dropped; piped answers are kept.
    fn question_shown(&mut self) {}
}

/// What the reader threads send.
enum Input {
    Line(String),
    Eof,
    Signal,
}

/// Stdin and signals read on threads of their own, so that one blocking
/// wait serves both and the time; session time runs `speed` times faster.
pub struct RealDriver {
    speed: f64,
    inputs: Receiver<Input>,
    pending: VecDeque<String>,
    ended: bool,
    /// Whether stdin is a terminal, where typing ahead answers nothing.
    interactive: bool,
    /// A signal that arrived while typed-ahead lines were dropped.
    signalled: bool,
    // Kept so the channel never disconnects, even after stdin ends.
    _sender: Sender<Input>,
}

impl RealDriver {
    /// Starts reading stdin and the signals that end a session.
    pub fn start(speed: f64) -> std::io::Result<Self> {
        let (sender, inputs) = mpsc::channel();
        signals::forward(sender.clone(), || Input::Signal)?;
        let for_lines = sender.clone();
        thread::spawn(move || read_lines(&for_lines));
        Ok(Self {
            speed,
            inputs,
            pending: VecDeque::new(),
            ended: false,
            interactive: std::io::stdin().is_terminal(),
            signalled: false,
            _sender: sender,
        })
    }
}

/// Sends each line of stdin, then end of input. A line is bounded and bytes
/// that are not UTF-8 make an answer that is not valid (asked again), never
/// the end of input: every later answer still counts.
fn read_lines(sender: &Sender<Input>) {
    let mut answers = crate::input::AnswerLines::new(std::io::stdin().lock());
    loop {
        match answers.next_line() {
            Ok(Some(line)) => {
                if sender.send(Input::Line(line)).is_err() {
                    return;
                }
            }
            // A read error (a closed terminal) leaves nothing more to read.
            Ok(None) | Err(_) => {
                let _ = sender.send(Input::Eof);
                return;
            }
        }
    }
}

impl Driver for RealDriver {
    fn question_shown(&mut self) {
        if self.interactive {
            self.drop_typed_ahead();
        }
    }

    fn wait(&mut self, within: Option<Duration>, want_line: bool) -> Wake {
        if std::mem::take(&mut self.signalled) {
            return Wake::Signal;
        }
        loop {
            if want_line {
                if let Some(line) = self.pending.pop_front() {
                    return Wake::Line(line);
                }
                if self.ended {
                    return Wake::Eof;
                }
            } else if self
                .pending
                .front()
                .is_some_and(|line| super::answer::is_stop(line))
            {
                // A piped stop whose earlier answers have all been used.
                return self.pending.pop_front().map_or(Wake::Eof, Wake::Line);
            }
            if within.is_some_and(|left| left.is_zero()) {
                return Wake::Due;
            }
            let received = clock::receive(&self.inputs, within, self.speed);
            match received {
                Ok(Input::Signal) => return Wake::Signal,
                // A stop typed during a step stops it now, not at the next
                // question: the person may be lying on the ball. Piped
                // answers queued before it come first, in their order.
                Ok(Input::Line(line))
                    if !want_line
                        && super::answer::is_stop(&line)
                        && (self.interactive || self.pending.is_empty()) =>
                {
                    return Wake::Line(line);
                }
                Ok(Input::Line(line)) => self.pending.push_back(line),
                Ok(Input::Eof) => self.ended = true,
                Err(RecvTimeoutError::Timeout) => return Wake::Due,
                Err(RecvTimeoutError::Disconnected) => return Wake::Eof,
            }
            // Kept for the next question; the loop says again how long is
            // left, so the wait never runs long.
            if !want_line {
                return Wake::Due;
            }
        }
    }
}

impl RealDriver {
    /// Drops the lines typed so far, keeping signals and end of input.
    fn drop_typed_ahead(&mut self) {
        self.pending.clear();
        while let Ok(input) = self.inputs.try_recv() {
            match input {
                Input::Line(_) => {}
                Input::Eof => self.ended = true,
                Input::Signal => self.signalled = true,
            }
        }
    }
}
