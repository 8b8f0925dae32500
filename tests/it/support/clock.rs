//! Time in tests: durations in words, and the jump a test clock makes to
//! the next moment anything is due instead of sleeping until it.

use std::time::{Duration, Instant};

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
