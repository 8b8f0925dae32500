//! Whether a key came as a person types: only such a key may answer a
//! question. A key that was waiting before the frame on screen was drawn
//! was typed ahead, blind; keys closer together than [`BURST`] are a key
//! held down or text pasted where the terminal did not mark it.

use std::time::{Duration, Instant};

/// Keys closer together than this come faster than a person types.
pub const BURST: Duration = Duration::from_millis(150);

/// The arrival of the last key, for judging the next.
#[derive(Debug, Default)]
pub struct Pace {
    last: Option<Instant>,
}

impl Pace {
    /// Whether a key that arrived `at` may answer the question on a frame
    /// drawn at `drawn`: it came after that frame and at least [`BURST`]
    /// after the key before it (which every key counts as, answering or not).
    pub fn deliberate(&mut self, at: Instant, drawn: Instant) -> bool {
        let apart = self
            .last
            .is_none_or(|last| at.saturating_duration_since(last) >= BURST);
        self.last = Some(at);
        at >= drawn && apart
    }
}

/// Whether a key that arrived `at` was followed by another within
/// [`BURST`] (arriving `next`): then it began a burst, and answers nothing.
pub fn followed(at: Instant, next: Instant) -> bool {
    next.saturating_duration_since(at) < BURST
}

#[cfg(test)]
mod tests {
    use super::{BURST, Pace};
    use crate::clock;
    use std::time::Duration;

    #[test]
    fn keys_typed_ahead_or_in_a_burst_never_answer() {
        let start = clock::arrival();
        let ms = |n| start + Duration::from_millis(n);
        let mut pace = Pace::default();
        // Typed before the question was drawn at 100 ms.
        assert!(!pace.deliberate(ms(50), ms(100)));
        // 400 ms later, after the frame: a person's key.
        assert!(pace.deliberate(ms(450), ms(100)));
        // A key held down: every repeat is too close to the one before.
        for n in 1..40 {
            assert!(!pace.deliberate(ms(450 + 30 * n), ms(460)), "repeat {n}");
        }
        // A pause as long as a burst's gap, and a key counts again.
        let last = 450 + 30 * 39;
        let after = u64::try_from(BURST.as_millis()).unwrap_or(150);
        assert!(pace.deliberate(ms(last + after), ms(460)));
    }
}
