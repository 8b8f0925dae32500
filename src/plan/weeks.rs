//! What the journal says about each week of a plan: the sessions of the
//! routine, their ratings and their stops. Previews (`--speed`) are left
//! out: an author trying a routine is not the person doing it.

use jiff::civil::Date;

use crate::journal::SessionRecord;
use crate::journal::{Feeling, RecordedOutcome};
use crate::local_time::Zone;

/// The highest pressure rating a week may have and still let holds grow.
pub const MOST_PRESSURE: u8 = 6;

/// One week of a plan, as the journal tells it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanWeek {
    /// Sessions of the routine that ran to the end.
    pub finished: usize,
    /// Sessions that started the steps (finished or not).
    pub started: usize,
    /// Every pressure rating given, in order.
    pub ratings: Vec<u8>,
    /// Check-ins that reported pain, numbness or tingling.
    pub pain_stops: usize,
    /// Sessions after which the person said "worse".
    pub worse: usize,
    /// The longest hold the week's sessions were planned with, in seconds.
    pub longest_hold: Option<u64>,
}

impl PlanWeek {
    /// Whether the week lets holds grow: a finished session, every rating
    /// at most [`MOST_PRESSURE`], no pain stop and no "worse".
    pub fn qualifies(&self) -> bool {
        self.finished > 0 && self.ratings.iter().all(|r| *r <= MOST_PRESSURE) && !self.setback()
    }

    /// Whether the week takes one step of growth back off: a pain stop or
    /// a "worse".
    pub fn setback(&self) -> bool {
        self.pain_stops > 0 || self.worse > 0
    }
}

/// The weeks of a plan from `start`, `count` of them, filled from the
/// sessions of routine `id` (local days in `zone`).
pub fn weeks(
    records: &[SessionRecord],
    id: &str,
    start: Date,
    count: usize,
    zone: &Zone,
) -> Vec<PlanWeek> {
    let mut weeks = vec![PlanWeek::default(); count];
    for record in records.iter().filter(|r| r.routine == id && !r.preview) {
        let Some(index) = week_index(start, zone.date(record.started)) else {
            continue;
        };
        let Some(week) = usize::try_from(index).ok().and_then(|i| weeks.get_mut(i)) else {
            continue;
        };
        if record.steps.is_empty() && record.outcome != RecordedOutcome::StoppedForSafety {
            continue;
        }
        week.started += 1;
        if record.outcome == RecordedOutcome::Completed {
            week.finished += 1;
        }
        week.ratings.extend(record.pressures().map(|p| p.get()));
        week.pain_stops += record.pain_stops();
        week.worse += usize::from(record.post_check == Some(Feeling::Worse));
        let hold = record
            .steps
            .iter()
            .filter(|s| s.kind == "hold")
            .map(|s| s.planned_seconds)
            .max();
        week.longest_hold = week.longest_hold.max(hold);
    }
    weeks
}

/// Which week of a plan `day` falls in, from 0; `None` before the start.
pub fn week_index(start: Date, day: Date) -> Option<i64> {
    let days = (day - start).get_days();
    (days >= 0).then(|| i64::from(days) / 7)
}

/// The first day of week `index` (from 0) of a plan.
pub fn week_start(start: Date, index: i64) -> Date {
    start
        .checked_add(jiff::Span::new().days(index.saturating_mul(7)))
        .unwrap_or(start)
}
