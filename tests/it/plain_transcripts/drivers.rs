//! Test doubles around plain mode: drivers that watch or steer time and
//! input, and writers that remember or refuse what is written.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Write};
use std::rc::Rc;
use std::time::Duration;

use knead::clock::Clock as _;

use crate::support::clock::ManualClock;

use knead::plain::driver::{Driver, Wake};

use crate::support::session::Clocked;
use knead::sound::{Clip, Sound};

use crate::support::clock::jump;

/// A sound player whose clips can still be read after it is boxed:
/// `sound::Recorder` cannot be reached again once `Cues` owns it.
#[derive(Clone, Default)]
pub struct Heard(pub Rc<RefCell<Vec<Clip>>>);

impl Sound for Heard {
    fn play(&mut self, clip: Clip) {
        self.0.borrow_mut().push(clip);
    }
}

/// An in-memory writer that the driver can also look at.
#[derive(Clone, Default)]
pub struct Screen(Rc<RefCell<Vec<u8>>>);

impl Screen {
    /// Everything written so far.
    pub fn text(&self) -> String {
        String::from_utf8(self.0.borrow().clone()).expect("plain mode writes UTF-8")
    }

    /// The last line written so far.
    pub fn last_line(&self) -> String {
        self.text().lines().last().unwrap_or_default().to_owned()
    }
}

impl Write for Screen {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A writer whose reader goes away after `lines` lines (`| head`).
pub struct ClosesAfter {
    pub lines: usize,
}

impl Write for ClosesAfter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if self.lines == 0 {
            return Err(io::ErrorKind::BrokenPipe.into());
        }
        let newlines = bytes.iter().filter(|b| **b == b'\n').count();
        self.lines -= newlines.min(self.lines);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Wraps a driver and notes the last line on screen each time plain mode
/// waits for an answer: that line is the question the person answers.
pub struct Watch<D> {
    pub inner: D,
    pub screen: Screen,
    pub prompts: Vec<String>,
}

impl<D: Driver> Driver for Watch<D> {
    fn wait(&mut self, within: Option<Duration>, want_line: bool) -> Wake {
        if want_line {
            self.prompts.push(self.screen.last_line());
        }
        self.inner.wait(within, want_line)
    }
}

impl<D: Clocked> Clocked for Watch<D> {
    fn clock(&self) -> ManualClock {
        self.inner.clock()
    }
}

/// A driver for what `Lines` cannot do: a signal at a chosen moment of
/// session time, and time that runs on while a question waits (`Wake::Due`
/// in the list lets the clock run to the next deadline instead of answering).
pub struct Clock {
    pub clock: ManualClock,
    pub signal_at: Option<std::time::Instant>,
    pub inputs: VecDeque<Wake>,
}

impl Clocked for Clock {
    fn clock(&self) -> ManualClock {
        self.clock.clone()
    }
}

impl Driver for Clock {
    fn wait(&mut self, within: Option<Duration>, want_line: bool) -> Wake {
        let until = within.map(|left| self.clock.now() + left);
        if let Some(at) = self.signal_at
            && !want_line
            && until.is_none_or(|until| at <= until)
        {
            self.clock.advance_to(at);
            self.signal_at = None;
            return Wake::Signal;
        }
        if want_line {
            match self.inputs.pop_front() {
                Some(Wake::Due) => {}
                input => return input.unwrap_or(Wake::Eof),
            }
        }
        if jump(&self.clock, within) {
            Wake::Due
        } else {
            Wake::Eof
        }
    }
}
