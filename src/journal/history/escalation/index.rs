//! The escalation rules for every session of a long journal at once
//! (`knead report`): what [`escalations`](super::escalations) says before
//! each session, from sorted lists built in one pass, so each session costs
//! a few binary searches instead of a walk over the six weeks before it.

use std::collections::HashMap;

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

use super::{DAY, Escalation};
use crate::journal::{Feeling, RecordedOutcome, SessionRecord};
use crate::local_time::Zone;

/// How far back the persistence rule looks, in seconds.
const SIX_WEEKS: i64 = 42 * DAY;

/// A journal's sessions, sorted by start, indexed for the escalation rules.
#[derive(Debug)]
pub struct Lookback<'a> {
    /// Pain stops (stopped for safety): when, in seconds.
    pain: Vec<i64>,
    /// The person's day of each pain stop.
    pain_days: Vec<Date>,
    /// `first_of_day[i]`: how many of `pain[..i]` are the first of their day.
    first_of_day: Vec<usize>,
    /// Pain stops by routine, in seconds.
    pain_by_routine: HashMap<&'a str, Vec<i64>>,
    /// Pain stops and "worse" answers, in seconds.
    reported: Vec<i64>,
    /// After-session answers, in session order.
    answers: Vec<(i64, Feeling)>,
}

impl<'a> Lookback<'a> {
    /// Indexes `records` (oldest first, as the journal reader gives them);
    /// previews are left out, as the rules leave them out.
    pub fn new(records: &'a [SessionRecord], zone: &Zone) -> Self {
        let mut index = Self {
            pain: Vec::new(),
            pain_days: Vec::new(),
            first_of_day: vec![0],
            pain_by_routine: HashMap::new(),
            reported: Vec::new(),
            answers: Vec::new(),
        };
        for record in records.iter().filter(|r| !r.preview) {
            let at = record.started.as_second();
            let pain = record.outcome == RecordedOutcome::StoppedForSafety;
            if pain {
                let day = zone.date(record.started);
                let first = index.pain_days.last() != Some(&day);
                let count = index.first_of_day.last().copied().unwrap_or(0);
                index.first_of_day.push(count + usize::from(first));
                index.pain.push(at);
                index.pain_days.push(day);
                let own = index.pain_by_routine.entry(&record.routine).or_default();
                own.push(at);
            }
            if pain || record.post_check == Some(Feeling::Worse) {
                index.reported.push(at);
            }
            if let Some(answer) = record.post_check {
                index.answers.push((at, answer));
            }
        }
        index
    }

    /// The escalations before a session of `routine` starting at `now`,
    /// from the sessions that started before it: what
    /// [`escalations`](super::escalations) gives for them.
    pub fn at(
        &self,
        routine: &str,
        pressure: bool,
        now: Timestamp,
        zone: &Zone,
    ) -> Vec<Escalation> {
        self.at_near(&|past| past == routine, pressure, now, zone)
    }

    /// [`Lookback::at`], with the pain stops that count told by
    /// `same_area`, as [`escalations_near`](super::escalations_near) tells them.
    pub fn at_near(
        &self,
        same_area: &dyn Fn(&str) -> bool,
        pressure: bool,
        now: Timestamp,
        zone: &Zone,
    ) -> Vec<Escalation> {
        self.at_among(&self.near(same_area), pressure, now, zone)
    }

    /// The pain stops that count before a routine, told by `same_area`,
    /// in one sorted list: a report asks this once per routine, not once
    /// per session (a journal of many routines asked each one every time).
    pub fn near(&self, same_area: &dyn Fn(&str) -> bool) -> Vec<i64> {
        let mut near: Vec<i64> = self
            .pain_by_routine
            .iter()
            .filter(|(past, _)| same_area(past))
            .flat_map(|(_, times)| times.iter().copied())
            .collect();
        near.sort_unstable();
        near
    }

    /// Every pain stop, sorted: what counts before a routine no longer
    /// found, with no list to gather.
    pub fn every_pain_stop(&self) -> &[i64] {
        &self.pain
    }

    /// [`Lookback::at_near`] with the pain stops that count already
    /// gathered by [`Lookback::near`].
    pub fn at_among(
        &self,
        near: &[i64],
        pressure: bool,
        now: Timestamp,
        zone: &Zone,
    ) -> Vec<Escalation> {
        let now_s = now.as_second();
        let mut found = Vec::new();
        if between(near, now_s - 14 * DAY, now_s) >= 2 {
            found.push(Escalation::RoutinePainStops);
        }
        if pressure && self.pain_days_since(now, zone) >= 3 {
            found.push(Escalation::FrequentPainStops);
        }
        if self.persistent(now_s) {
            found.push(Escalation::Persistent);
        }
        found
    }

    /// The person's days with a pain stop among the last 30, today included.
    fn pain_days_since(&self, now: Timestamp, zone: &Zone) -> usize {
        let today = zone.date(now);
        let first = today.checked_sub(29.days()).unwrap_or(today);
        let end = before(&self.pain, now.as_second());
        let start = self.pain_days[..end].partition_point(|day| *day < first);
        if start == end {
            return 0;
        }
        // The first stop in range starts a day even when it is not the
        // first of its day overall.
        let continued = start > 0 && self.pain_days[start - 1] == self.pain_days[start];
        self.first_of_day[end] - self.first_of_day[start] + usize::from(continued)
    }

    /// Reports in 3 of the last 6 weeks, or the last three answers in them
    /// all "worse".
    fn persistent(&self, now: i64) -> bool {
        // Week `w` holds the reports aged from `w` weeks (inclusive) to
        // `w + 1` (exclusive), week 0 those before `now`: seven bounds, one
        // search each, `bounds[w]` counting the reports up to week `w`'s end.
        let mut bounds = [before(&self.reported, now); 7];
        for (week, bound) in (1..).zip(bounds.iter_mut().skip(1)) {
            *bound = self
                .reported
                .partition_point(|at| *at <= now - week * 7 * DAY);
        }
        let weeks = bounds.windows(2).filter(|w| w[0] > w[1]).count();
        if weeks >= 3 {
            return true;
        }
        let end = self.answers.partition_point(|(at, _)| *at < now);
        let start = self
            .answers
            .partition_point(|(at, _)| *at <= now - SIX_WEEKS);
        end.saturating_sub(start) >= 3
            && self.answers[end - 3..end]
                .iter()
                .all(|(_, answer)| *answer == Feeling::Worse)
    }
}

/// How many of the sorted `times` are before `now`.
fn before(times: &[i64], now: i64) -> usize {
    times.partition_point(|at| *at < now)
}

/// How many of the sorted `times` are after `oldest` and before `now`.
fn between(times: &[i64], oldest: i64, now: i64) -> usize {
    before(times, now).saturating_sub(times.partition_point(|at| *at <= oldest))
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;
    use jiff::tz::TimeZone;

    use super::Lookback;
    use crate::journal::history::{Escalation, escalations, escalations_near};
    use crate::journal::{Feeling, RecordedOutcome, SessionId, SessionRecord, Text};
    use crate::local_time::Zone;

    /// A session of `routine` at `second`, ending as `outcome`.
    fn session(
        second: i64,
        routine: &str,
        outcome: RecordedOutcome,
        post: Option<Feeling>,
    ) -> SessionRecord {
        SessionRecord {
            session: SessionId(compact_str::format_compact!("s{second}")),
            routine: routine.into(),
            title: Text::default(),
            hash: Text::default(),
            started: Timestamp::from_second(second).expect("in range"),
            ended: None,
            seconds: 0,
            planned_seconds: 0,
            preview: second % 17 == 0,
            outcome,
            stopped_at_step: None,
            screening: None,
            steps: Vec::new(),
            check_ins: Vec::new(),
            post_check: post,
            new_symptoms: None,
            conditions: None,
        }
    }

    /// Sessions hours to weeks apart, several some days, with every kind
    /// of report: made from a fixed seed.
    fn journal() -> Vec<SessionRecord> {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut dice = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let mut at = 1_700_000_000;
        (0..3000)
            .map(|_| {
                at += match dice(4) {
                    0 => 1 + dice(600),
                    1 => 3600 * dice(12),
                    2 => 86_400 + dice(86_400),
                    _ => 86_400 * dice(12),
                } as i64;
                let routine = ["a", "b", "c"][dice(3) as usize];
                let outcome = match dice(5) {
                    0 => RecordedOutcome::StoppedForSafety,
                    1 => RecordedOutcome::StoppedByPerson,
                    _ => RecordedOutcome::Completed,
                };
                let post = [
                    None,
                    Some(Feeling::Worse),
                    Some(Feeling::Better),
                    Some(Feeling::Same),
                ][dice(4) as usize];
                session(at, routine, outcome, post)
            })
            .collect()
    }

    #[test]
    fn gives_what_the_rules_give_for_every_session() {
        let all = journal();
        let tz = TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("a POSIX zone");
        let zone = Zone::new(tz);
        let lookback = Lookback::new(&all, &zone);
        let mut seen = Vec::new();
        for record in &all {
            let end = all.partition_point(|r| r.started < record.started);
            let from = all[..end].partition_point(|r| {
                record.started.as_second() - r.started.as_second() > 42 * 86_400
            });
            for pressure in [true, false] {
                let rules = escalations(
                    &all[from..end],
                    &record.routine,
                    pressure,
                    record.started,
                    &zone,
                );
                let indexed = lookback.at(&record.routine, pressure, record.started, &zone);
                assert_eq!(indexed, rules, "before the session at {}", record.started);
                seen.extend(rules);
                // Counted by area: "c" works the same region as every routine.
                let near = |past: &str| past == record.routine || past == "c";
                let rules =
                    escalations_near(&all[from..end], &near, pressure, record.started, &zone);
                let indexed = lookback.at_near(&near, pressure, record.started, &zone);
                assert_eq!(indexed, rules, "by area, before {}", record.started);
            }
        }
        // Every rule must have fired, or the comparison proves little.
        for rule in [
            Escalation::RoutinePainStops,
            Escalation::FrequentPainStops,
            Escalation::Persistent,
        ] {
            assert!(seen.contains(&rule), "{rule:?} never applied");
        }
    }
}
