//! When the picture next changes, so the full screen sleeps until then and
//! never ticks: the next shown second, the next step of the breathing
//! shape, the next cell of the roll marker.

use std::time::{Duration, Instant};

use crate::session::{Mode, Status};

/// The next session instant at which something drawn from `status` (taken
/// at `now`) looks different; `None` while nothing moves (a question, a
/// pause, a find-spot wait). `levels` is how many sizes the breathing shape
/// and positions the roll marker can show.
pub fn next_change(status: &Status, now: Instant, levels: u16) -> Option<Instant> {
    if status.mode != Mode::Running {
        return None;
    }
    let second = until_next_second(status.time_left);
    let breath = status.breath.and_then(|b| {
        let length = phase_length(b.left, b.progress)?;
        until_next_level(b.progress, length, levels)
    });
    let roll = status.roll.and_then(|r| {
        let tempo = status.step.as_ref()?.tempo()?;
        until_next_level(r.progress, tempo, levels)
    });
    let wait = [Some(second), breath, roll].into_iter().flatten().min()?;
    now.checked_add(wait)
}

/// A countdown shows whole seconds rounded up (45 s reads 0:45 until it
/// has fully gone by): the next change is at the next whole second left.
fn until_next_second(left: Duration) -> Duration {
    let fraction = Duration::from_nanos(u64::from(left.subsec_nanos()));
    if fraction.is_zero() {
        Duration::from_secs(1)
    } else {
        fraction
    }
}

/// A phase's whole length from the time left in it and how far it is.
fn phase_length(left: Duration, progress: f32) -> Option<Duration> {
    let done = 1.0 - f64::from(progress);
    (done > 0.0).then(|| left.div_f64(done))
}

/// Time until `progress` (0..1 over `length`) crosses the next of `levels`
/// equal steps; a little past it, so the new level is surely drawn.
fn until_next_level(progress: f32, length: Duration, levels: u16) -> Option<Duration> {
    if levels == 0 || length.is_zero() {
        return None;
    }
    let levels = f64::from(levels);
    let progress = f64::from(progress).clamp(0.0, 1.0);
    let next = ((progress * levels).floor() + 1.0) / levels;
    let wait = length.mul_f64((next - progress).max(0.0));
    Some(wait + Duration::from_millis(1))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{until_next_level, until_next_second};

    #[track_caller]
    fn second(left_ms: u64, expected_ms: u64) {
        assert_eq!(
            until_next_second(Duration::from_millis(left_ms)),
            Duration::from_millis(expected_ms)
        );
    }

    #[test]
    fn the_shown_second_changes_when_a_whole_second_is_left() {
        second(44_300, 300);
        second(44_000, 1_000);
        second(999, 999);
    }

    #[test]
    fn the_shape_changes_at_each_level() {
        let four_s = Duration::from_secs(4);
        // Eight sizes over a 4 s inhale: one every 0.5 s.
        let wait = until_next_level(0.0, four_s, 8).expect("moves");
        assert_eq!(wait, Duration::from_millis(501));
        let wait = until_next_level(0.6, four_s, 8).expect("moves");
        assert!(wait > Duration::from_millis(99) && wait < Duration::from_millis(103));
        assert_eq!(until_next_level(0.5, four_s, 0), None);
    }
}
