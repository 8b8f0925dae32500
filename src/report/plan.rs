//! A therapist's plan in the report: week by week of the plan, sessions
//! against `per_week`, the hold reached, the ratings and the stops, and
//! the review date, for the next appointment.

use jiff::Timestamp;
use serde::Serialize;

use super::LocalClock;
use crate::journal::SessionRecord;
use crate::plan::weeks::{week_index, week_start};
use crate::routine::Routine;

/// A routine's plan and its weeks so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanReport {
    /// Who wrote the plan.
    pub therapist: String,
    /// How to reach them.
    pub contact: Option<String>,
    /// The plan's first day.
    pub start: String,
    /// How many weeks it lasts.
    pub weeks: u8,
    /// The next appointment.
    pub review: Option<String>,
    /// Its weeks up to now, the first first.
    pub rows: Vec<PlanWeek>,
}

/// One week of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanWeek {
    /// The week of the plan, from 1.
    pub week: u32,
    /// Its first day.
    pub starts: String,
    /// Sessions started that week.
    pub sessions: usize,
    /// Sessions prescribed for the week (`per_week`), if known.
    pub prescribed: Option<u8>,
    /// The longest hold planned in its sessions, in seconds.
    pub hold_seconds: Option<u64>,
    /// The lowest and highest pressure rating, when any was given.
    pub pressure: Option<(u8, u8)>,
    /// Check-ins that reported pain, numbness or tingling.
    pub pain_stops: usize,
    /// Sessions followed by "worse".
    pub worse: usize,
}

/// The plan of routine `id`, as the journal's `records` fill it by `now`.
pub fn report(
    id: &str,
    routine: &Routine,
    records: &[SessionRecord],
    now: Timestamp,
    clock: &LocalClock,
) -> Option<PlanReport> {
    let plan = routine.plan.as_ref()?;
    let zone = clock.zone();
    let today = zone.date(now);
    let start = crate::plan::start(id, routine, records, today, zone)?;
    let weeks = crate::plan::weeks(records, id, start, usize::from(plan.weeks), zone);
    let reached = week_index(start, today).map_or(0, |i| i + 1);
    let rows = weeks
        .iter()
        .enumerate()
        .take(usize::try_from(reached).unwrap_or(0))
        .map(|(index, week)| PlanWeek {
            week: u32::try_from(index + 1).unwrap_or(u32::MAX),
            starts: week_start(start, i64::try_from(index).unwrap_or(0)).to_string(),
            sessions: week.started,
            prescribed: routine.per_week,
            hold_seconds: week.longest_hold,
            pressure: week
                .ratings
                .iter()
                .min()
                .zip(week.ratings.iter().max())
                .map(|(lo, hi)| (*lo, *hi)),
            pain_stops: week.pain_stops,
            worse: week.worse,
        })
        .collect();
    Some(PlanReport {
        therapist: plan.therapist.clone(),
        contact: plan.contact.clone(),
        start: start.to_string(),
        weeks: plan.weeks,
        review: plan.review.map(|r| r.to_string()),
        rows,
    })
}
