//! What happens when inside one step, in the step's own counted time.
//!
//! Every event has a key: its time since the step began counting, then its
//! rank among events at that same time. The engine remembers the key of the
//! last event it fired and asks for the first event after it. Because the
//! answer depends only on that key, never on when the caller happened to
//! ask, one big jump and many small steps fire the same events in the same
//! order, each exactly once.

use std::time::Duration;

use super::breath::{BreathPhase, breath_at};
use super::cue::RollDirection;
use super::plan::PlannedStep;

/// The rank of an event among events at the same moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Mark {
    Breath,
    Direction,
    Halfway,
    // After the halfway cue and every other cue at that moment, so nothing at
    // that moment is left behind when the check-in suspends the step.
    HalfwayCheckIn,
    Countdown,
    End,
}

/// Where an event falls in a step: its counted time, then its rank.
pub(super) type Place = (Duration, Mark);

/// Something that happens at a moment inside a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Beat {
    Breath(BreathPhase),
    Direction(RollDirection),
    Halfway,
    HalfwayCheckIn,
    Countdown(u8),
    End,
}

/// One step's schedule as it stands (its length may have been adjusted).
pub(super) struct Timeline<'a> {
    pub step: &'a PlannedStep,
    pub duration: Duration,
    pub halfway_cued: bool,
    pub owes_halfway_check_in: bool,
}

/// The window a source may answer in: from `at`, inclusive or not.
#[derive(Clone, Copy)]
struct Window {
    at: Duration,
    inclusive: bool,
}

impl Window {
    fn admits(self, t: Duration) -> bool {
        t > self.at || (self.inclusive && t == self.at)
    }
}

impl Timeline<'_> {
    /// The first event whose key comes after `after` (all of them for `None`).
    pub fn next_after(&self, after: Option<Place>) -> Option<(Place, Beat)> {
        type Source<'a> = fn(&Timeline<'a>, Window) -> Option<(Duration, Beat)>;
        let sources: [(Mark, Source<'_>); 6] = [
            (Mark::Breath, Self::breath),
            (Mark::Direction, Self::direction),
            (Mark::Halfway, Self::halfway_cue),
            (Mark::HalfwayCheckIn, Self::halfway_check_in),
            (Mark::Countdown, Self::countdown),
            (Mark::End, Self::end),
        ];
        sources
            .into_iter()
            .filter_map(|(mark, source)| {
                let window = match after {
                    None => Window {
                        at: Duration::ZERO,
                        inclusive: true,
                    },
                    // At the last event's own moment, only later ranks are new.
                    Some((at, last)) => Window {
                        at,
                        inclusive: last < mark,
                    },
                };
                let (t, event) = source(self, window)?;
                Some(((t, mark), event))
            })
            .min_by_key(|(key, _)| *key)
    }

    /// Only moments strictly inside the step; its end belongs to `End`.
    fn inside(&self, t: Duration, event: Beat) -> Option<(Duration, Beat)> {
        (t < self.duration).then_some((t, event))
    }

    fn breath(&self, from: Window) -> Option<(Duration, Beat)> {
        let breathing = &self.step.breathing;
        if !self.step.paces_breathing() || breathing.cycle().is_zero() {
            return None;
        }
        let (phase, left) = breath_at(breathing, from.at);
        let starts_here = left == phase.length(breathing);
        let (t, phase) = if from.inclusive && starts_here {
            (from.at, phase)
        } else {
            let t = from.at.checked_add(left)?;
            (t, breath_at(breathing, t).0)
        };
        self.inside(t, Beat::Breath(phase))
    }

    fn direction(&self, from: Window) -> Option<(Duration, Beat)> {
        let tempo = self.step.tempo()?.as_nanos();
        let at = from.at.as_nanos();
        let pass = if from.inclusive {
            at.div_ceil(tempo)
        } else {
            at / tempo + 1
        };
        // The first change of direction is one tempo in; the start is not one.
        let pass = pass.max(1);
        let t = Duration::from_nanos(u64::try_from(pass.checked_mul(tempo)?).ok()?);
        let direction = if pass % 2 == 1 {
            RollDirection::Back
        } else {
            RollDirection::Out
        };
        self.inside(t, Beat::Direction(direction))
    }

    fn halfway_cue(&self, from: Window) -> Option<(Duration, Beat)> {
        let t = self.duration / 2;
        let active = self.step.marks_halfway() && !self.halfway_cued;
        (active && from.admits(t)).then_some((t, Beat::Halfway))
    }

    fn halfway_check_in(&self, from: Window) -> Option<(Duration, Beat)> {
        let t = self.duration / 2;
        (self.owes_halfway_check_in && from.admits(t)).then_some((t, Beat::HalfwayCheckIn))
    }

    fn countdown(&self, from: Window) -> Option<(Duration, Beat)> {
        [3u8, 2, 1].into_iter().find_map(|n| {
            let t = self
                .duration
                .checked_sub(Duration::from_secs(u64::from(n)))?;
            // A countdown mark at the very start would only repeat StepStarted.
            (!t.is_zero() && from.admits(t)).then_some((t, Beat::Countdown(n)))
        })
    }

    fn end(&self, from: Window) -> Option<(Duration, Beat)> {
        from.admits(self.duration)
            .then_some((self.duration, Beat::End))
    }
}
