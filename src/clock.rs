//! Session time: the one clock the session loop reads, once per turn, and
//! hands to the engine and the face. Faces and input sources never read
//! time; they are told how long, in session time, they may wait.

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Where the session loop reads the time.
pub trait Clock {
    /// The session's current instant.
    fn now(&self) -> Instant;
}

/// Monotonic time that runs `speed` times faster than the wall clock
/// (`--speed`).
#[derive(Debug, Clone, Copy)]
pub struct SessionClock {
    origin: Instant,
    speed: f64,
}

impl SessionClock {
    /// A clock starting now, running `speed` times faster than real time.
    pub fn start(speed: f64) -> Self {
        Self {
            origin: Instant::now(),
            speed,
        }
    }

    /// How fast the clock runs.
    pub fn speed(&self) -> f64 {
        self.speed
    }
}

impl Clock for SessionClock {
    fn now(&self) -> Instant {
        self.origin + self.origin.elapsed().mul_f64(self.speed)
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

/// `left` of session time as real time at `speed`, rounded up so a wait
/// never ends early.
pub fn real(left: Duration, speed: f64) -> Duration {
    if left.is_zero() {
        return Duration::ZERO;
    }
    left.div_f64(speed) + Duration::from_micros(1)
}
