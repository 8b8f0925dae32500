//! Session time: the one clock the session loop reads, once per turn, and
//! hands to the engine and the face. Faces and input sources never read
//! time; they are told how long, in session time, they may wait. (Tests
//! bring a clock of their own that jumps from deadline to deadline.)

use std::sync::mpsc::{Receiver, RecvTimeoutError};
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

/// `left` of session time as real time at `speed`, rounded up so a wait
/// never ends early.
pub fn real(left: Duration, speed: f64) -> Duration {
    if left.is_zero() {
        return Duration::ZERO;
    }
    left.div_f64(speed) + Duration::from_micros(1)
}

/// The next thing `inputs` sends, waiting at most `within` of session time
/// at `speed` (for ever, if `None`): how every face waits for its person.
pub fn receive<T>(
    inputs: &Receiver<T>,
    within: Option<Duration>,
    speed: f64,
) -> Result<T, RecvTimeoutError> {
    match within {
        Some(left) => inputs.recv_timeout(real(left, speed)),
        None => inputs.recv().map_err(|_| RecvTimeoutError::Disconnected),
    }
}

/// The real instant, for stamping when an input arrived or a frame went
/// up: the full screen judges the pace of keys by it (docs/decisions.md,
/// "Input on the full screen"). Never a session's time, which the loop
/// reads once a turn and hands in.
pub fn arrival() -> Instant {
    Instant::now()
}
