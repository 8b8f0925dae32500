//! The session clock: monotonic time, sped up for previews and tests.

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// Monotonic time that runs `speed` times faster than the wall clock
/// (`--speed`); every face reads the session's time here.
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

    /// The session's current instant.
    pub fn now(&self) -> Instant {
        self.origin + self.origin.elapsed().mul_f64(self.speed)
    }

    /// How long to really wait for the session instant `at`, rounded up so a
    /// wait never ends early; zero when it has come.
    pub fn real_wait(&self, at: Instant) -> Duration {
        let left = at.saturating_duration_since(self.now());
        if left.is_zero() {
            return Duration::ZERO;
        }
        left.div_f64(self.speed) + Duration::from_micros(1)
    }

    /// Waits for a message on `inputs` until the session instant `until`
    /// (forever, if `None`): the one blocking wait every face sleeps in.
    pub fn recv_until<T>(
        &self,
        inputs: &Receiver<T>,
        until: Option<Instant>,
    ) -> Result<T, RecvTimeoutError> {
        match until {
            Some(at) => inputs.recv_timeout(self.real_wait(at)),
            None => inputs.recv().map_err(|_| RecvTimeoutError::Disconnected),
        }
    }

    /// How fast the clock runs.
    pub fn speed(&self) -> f64 {
        self.speed
    }
}
