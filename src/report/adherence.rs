//! Sessions per calendar week against the routine's `per_week`.
//!
//! Weeks run Monday to Sunday in local time, from the week of the report's
//! start (`--since`, or the routine's first session) to this week. The week
//! still going on is shown but not counted, and a week's extra sessions do
//! not make up for another week's missing ones: adherence is the sessions
//! done, at most `per_week` a week, over those prescribed.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;

use super::local::{LocalClock, monday};
use super::model::Week;
use crate::journal::SessionRecord;

/// At most this many weeks are listed: about a year, which is more than a
/// printed page holds and enough for any appointment.
const MAX_WEEKS: usize = 53;

/// The weeks from `from` to `now`, with the sessions started in each.
pub fn weeks(
    sessions: &[&SessionRecord],
    per_week: Option<u8>,
    from: Timestamp,
    now: Timestamp,
    clock: &LocalClock,
) -> Vec<Week> {
    let mut counts: BTreeMap<Date, u32> = BTreeMap::new();
    for record in sessions {
        *counts
            .entry(monday(clock.date(record.started)))
            .or_default() += 1;
    }
    let this_week = monday(clock.date(now));
    let mut start = monday(clock.date(from));
    // A session recorded after `now` (a clock set wrong) still gets its week.
    let last = counts
        .keys()
        .next_back()
        .copied()
        .unwrap_or(this_week)
        .max(this_week);
    // Only the last weeks are listed: years before them are not walked.
    let listed = jiff::Span::new().weeks(MAX_WEEKS as i64 - 1);
    if let Ok(earliest) = last.checked_sub(listed) {
        start = start.max(earliest);
    }
    let mut weeks = Vec::new();
    while start <= last {
        weeks.push(Week {
            starts: start.to_string(),
            sessions: counts.get(&start).copied().unwrap_or(0),
            prescribed: per_week,
            current: start == this_week,
        });
        match start.checked_add(jiff::Span::new().weeks(1)) {
            Ok(next) => start = next,
            Err(_) => break,
        }
    }
    let drop = weeks.len().saturating_sub(MAX_WEEKS);
    weeks.drain(..drop);
    weeks
}

/// The share of prescribed sessions done over the finished weeks, 0-100;
/// `None` without a `per_week` or a finished week.
pub fn percent(weeks: &[Week]) -> Option<u32> {
    let finished: Vec<&Week> = weeks.iter().filter(|w| !w.current).collect();
    let per_week = u32::from(finished.first()?.prescribed?);
    let prescribed = per_week * u32::try_from(finished.len()).unwrap_or(u32::MAX);
    let done: u32 = finished.iter().map(|w| w.sessions.min(per_week)).sum();
    Some(done * 100 / prescribed.max(1))
}

#[cfg(test)]
mod tests {
    use super::percent;
    use crate::report::Week;

    fn week(sessions: u32, current: bool) -> Week {
        Week {
            starts: String::new(),
            sessions,
            prescribed: Some(3),
            current,
        }
    }

    #[test]
    fn extra_sessions_do_not_make_up_for_missing_ones() {
        let weeks = [week(5, false), week(1, false), week(3, true)];
        assert_eq!(percent(&weeks), Some(66));
        assert_eq!(percent(&[week(2, true)]), None);
    }
}
