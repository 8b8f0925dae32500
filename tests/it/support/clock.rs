//! Time in tests: durations in words, and the jump a test clock makes to
//! the next moment anything is due instead of sleeping until it.

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use knead::clock::Clock;

/// Whole seconds.
pub const fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

/// Milliseconds.
pub const fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Hours.
pub const fn hours(n: u64) -> Duration {
    Duration::from_secs(n * 60 * 60)
}

/// Moves `now` on to the deadline `until` (never back), as if the wait for
/// it had passed with nothing else happening; false when nothing is due.
pub fn jump_to(now: &mut Instant, until: Option<Instant>) -> bool {
    match until {
        Some(at) => {
            *now = (*now).max(at);
            true
        }
        None => false,
    }
}

/// Moves `clock` on by `within`, the wait a face or input source is given,
/// as if it had passed with nothing else happening; false when nothing is due.
pub fn jump(clock: &ManualClock, within: Option<Duration>) -> bool {
    match within {
        Some(left) => {
            clock.advance(left);
            true
        }
        None => false,
    }
}

/// A clock that moves only when told to, shared by whoever holds a copy:
/// a test's input script jumps it to the next deadline, and the loop reads
/// the jump on its next turn.
#[derive(Debug, Clone)]
pub struct ManualClock(Rc<Cell<Instant>>);

impl ManualClock {
    /// A clock standing at `at`.
    pub fn at(at: Instant) -> Self {
        Self(Rc::new(Cell::new(at)))
    }

    /// Moves the clock `by` forward.
    pub fn advance(&self, by: Duration) {
        self.0.set(self.0.get() + by);
    }

    /// Moves the clock forward to `at`; never back.
    pub fn advance_to(&self, at: Instant) {
        self.0.set(self.0.get().max(at));
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        self.0.get()
    }
}
