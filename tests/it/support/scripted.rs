//! Scripted input for the session loop and the full-screen pages: answers
//! from a list, and time that jumps straight to each deadline on the one
//! manual clock the loop reads.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use crate::support::clock::ManualClock;
use knead::plain::driver::{Driver, Wake};
use knead::tui::input::{Events, Input, Wait};

/// Plain mode's answers from a list: time jumps straight to each deadline, and
/// answers come from a list.
pub struct Lines {
    clock: ManualClock,
    inputs: VecDeque<Wake>,
}

impl Lines {
    /// Starts at `now` with these answers, in order.
    pub fn new(now: Instant, inputs: impl IntoIterator<Item = Wake>) -> Self {
        Self {
            clock: ManualClock::at(now),
            inputs: inputs.into_iter().collect(),
        }
    }

    /// Answers given as lines, one per question.
    pub fn typed(now: Instant, lines: &[&str]) -> Self {
        Self::new(now, lines.iter().map(|l| Wake::Line((*l).to_owned())))
    }

    /// The clock this script moves: the session loop reads it.
    pub fn clock(&self) -> ManualClock {
        self.clock.clone()
    }
}

impl Driver for Lines {
    fn wait(&mut self, within: Option<Duration>, want_line: bool) -> Wake {
        if matches!(self.inputs.front(), Some(Wake::Signal)) {
            return self.inputs.pop_front().unwrap_or(Wake::Signal);
        }
        if want_line {
            return self.inputs.pop_front().unwrap_or(Wake::Eof);
        }
        match within {
            Some(left) => {
                self.clock.advance(left);
                Wake::Due
            }
            None => Wake::Eof,
        }
    }
}

/// Keys for a full-screen page that waits for the person only (the picker,
/// the history): each input at the next wait, then the end of input.
pub struct Keys {
    script: VecDeque<Input>,
}

impl Keys {
    /// These inputs, in order.
    pub fn new(script: impl IntoIterator<Item = Input>) -> Self {
        Self {
            script: script.into_iter().collect(),
        }
    }
}

impl Events for Keys {
    fn next(&mut self, _wait: &Wait) -> Option<Input> {
        Some(self.script.pop_front().unwrap_or(Input::Closed))
    }
}
