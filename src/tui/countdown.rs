//! Times as the screens print them.

use std::fmt;
use std::time::Duration;

/// Whole seconds as a countdown shows them: rounded up, so 00:00 means done.
pub fn shown_seconds(left: Duration) -> u64 {
    let whole = left.as_secs();
    if left.subsec_nanos() > 0 {
        whole.saturating_add(1)
    } else {
        whole
    }
}

/// `MM:SS`, or `H:MM:SS` from an hour up, rounded up to whole seconds.
pub fn clock(left: Duration) -> String {
    Clock(left).to_string()
}

/// A countdown as [`clock`] prints it, written straight into a reused
/// buffer (a frame's title, its big digits) with no string of its own.
#[derive(Debug, Clone, Copy)]
pub struct Clock(pub Duration);

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = shown_seconds(self.0);
        let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
        if h > 0 {
            write!(f, "{h}:{m:02}:{s:02}")
        } else {
            write!(f, "{m:02}:{s:02}")
        }
    }
}

/// A short duration in words: "45s", "1m", "1m30s".
pub fn short(duration: Duration) -> String {
    let secs = duration.as_secs();
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s}s"),
        (m, 0) => format!("{m}m"),
        (m, s) => format!("{m}m{s}s"),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{clock, short, shown_seconds};

    #[track_caller]
    fn case(millis: u64, expected: &str) {
        assert_eq!(clock(Duration::from_millis(millis)), expected);
    }

    #[test]
    fn clock_rounds_up_and_grows_hours() {
        case(0, "00:00");
        case(1, "00:01");
        case(27_400, "00:28");
        case(60_000, "01:00");
        case(3_599_001, "1:00:00");
        case(7_200_000, "2:00:00");
        assert_eq!(shown_seconds(Duration::MAX), u64::MAX);
    }

    #[test]
    fn short_words() {
        assert_eq!(short(Duration::from_secs(45)), "45s");
        assert_eq!(short(Duration::from_secs(60)), "1m");
        assert_eq!(short(Duration::from_secs(90)), "1m30s");
    }
}
