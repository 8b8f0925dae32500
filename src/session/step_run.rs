//! One step in progress: its clock, its adjusted length and its place in time.

use std::time::{Duration, Instant};

use super::plan::PlannedStep;
use super::timeline::{Beat, Mark, Place, Timeline};
use super::{ADJUST_BY, HALFWAY_CHECK_IN_FROM};

/// A planned step being run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Run {
    /// The step's position in the plan.
    pub index: usize,
    /// Its length, after any `Extend` or `Shorten`.
    pub duration: Duration,
    pub clock: Count,
    /// The last event fired; the next one comes after it.
    pub cursor: Option<Place>,
    pub halfway_cued: bool,
    pub halfway_checked: bool,
}

/// How a step's time is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Count {
    /// A find-spot hold before "found it": nothing counts yet.
    WaitingForSpot,
    /// Counting: time left = started + duration + paused - now.
    Counting {
        started: Instant,
        /// Time spent paused (or waiting for a halfway check-in) so far.
        paused: Duration,
        /// Since when the step has been paused, if it is.
        paused_at: Option<Instant>,
    },
}

impl Run {
    /// Begin a step at `at`; a find-spot hold waits instead of counting.
    pub fn begin(step: &PlannedStep, at: Instant) -> Self {
        let clock = if step.finds_spot() {
            Count::WaitingForSpot
        } else {
            Count::counting(at)
        };
        Self {
            index: step.index,
            duration: step.duration,
            clock,
            cursor: None,
            halfway_cued: false,
            halfway_checked: false,
        }
    }

    /// The time counted by `now`: pauses and waits left out, never past the end.
    pub fn elapsed(&self, now: Instant) -> Duration {
        match self.clock {
            Count::WaitingForSpot => Duration::ZERO,
            Count::Counting {
                started,
                paused,
                paused_at,
            } => paused_at
                .unwrap_or(now)
                .saturating_duration_since(started)
                .saturating_sub(paused)
                .min(self.duration),
        }
    }

    /// The time left by `now`.
    pub fn left(&self, now: Instant) -> Duration {
        self.duration.saturating_sub(self.elapsed(now))
    }

    /// Whether the step waits for "found it".
    pub fn is_waiting(&self) -> bool {
        self.clock == Count::WaitingForSpot
    }

    /// Whether the step's clock is stopped by a pause or a wait.
    pub fn is_paused(&self) -> bool {
        matches!(
            self.clock,
            Count::Counting {
                paused_at: Some(_),
                ..
            }
        )
    }

    /// Start counting after "found it"; false if already counting.
    pub fn found(&mut self, at: Instant) -> bool {
        let waiting = self.is_waiting();
        if waiting {
            self.clock = Count::counting(at);
        }
        waiting
    }

    /// Stop the clock at `at`; false if it was not running.
    pub fn pause(&mut self, at: Instant) -> bool {
        match &mut self.clock {
            Count::Counting { paused_at, .. } if paused_at.is_none() => {
                *paused_at = Some(at);
                true
            }
            _ => false,
        }
    }

    /// Run the clock again from `at`; false if it was not stopped.
    pub fn resume(&mut self, at: Instant) -> bool {
        match &mut self.clock {
            Count::Counting {
                paused, paused_at, ..
            } => match paused_at.take() {
                Some(since) => {
                    *paused += at.saturating_duration_since(since);
                    true
                }
                None => false,
            },
            Count::WaitingForSpot => false,
        }
    }

    /// Change the step's length at `now`.
    ///
    /// Moments the change moves into the past are dropped rather than
    /// announced late: the next event is the first one from `now` on.
    pub fn set_duration(&mut self, duration: Duration, now: Instant) {
        let elapsed = self.elapsed(now);
        self.duration = duration;
        if !self.is_waiting() {
            self.cursor = self.cursor.max(Some((elapsed, Mark::Breath)));
        }
    }

    /// Makes a hold 15 s longer or shorter at `now`, within its bounds and
    /// never below the time already held. `None` when nothing changed;
    /// otherwise whether the change skipped the halfway check-in still owed.
    pub fn adjust(&mut self, step: &PlannedStep, longer: bool, now: Instant) -> Option<bool> {
        let hold = step.hold()?;
        let wanted = if longer {
            self.duration.saturating_add(ADJUST_BY)
        } else {
            self.duration.saturating_sub(ADJUST_BY)
        };
        let elapsed = self.elapsed(now);
        // Shortening below the time already held ends the hold now, not in the past.
        let duration = wanted.max(hold.min).min(hold.max).max(elapsed);
        if duration == self.duration {
            return None;
        }
        self.set_duration(duration, now);
        // Shortening a long hold past its middle must not skip its check-in.
        Some(self.owes_halfway_check_in(step) && duration / 2 < elapsed)
    }

    /// Whether a hold this long still owes its halfway check-in.
    pub fn owes_halfway_check_in(&self, step: &PlannedStep) -> bool {
        step.hold().is_some() && self.duration >= HALFWAY_CHECK_IN_FROM && !self.halfway_checked
    }

    /// The instant a moment of counted time falls on, while the clock runs.
    pub fn instant_of(&self, t: Duration) -> Option<Instant> {
        match self.clock {
            Count::Counting {
                started,
                paused,
                paused_at: None,
            } => started.checked_add(paused)?.checked_add(t),
            _ => None,
        }
    }

    /// The next event of this step after the last one fired.
    pub fn next_event(&self, step: &PlannedStep) -> Option<(Place, Beat)> {
        let timeline = Timeline {
            step,
            duration: self.duration,
            halfway_cued: self.halfway_cued,
            owes_halfway_check_in: self.owes_halfway_check_in(step),
        };
        timeline.next_after(self.cursor)
    }
}

impl Count {
    fn counting(at: Instant) -> Self {
        Count::Counting {
            started: at,
            paused: Duration::ZERO,
            paused_at: None,
        }
    }
}
