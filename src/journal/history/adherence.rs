//! How often a person does their routines: sessions per local week, and
//! this week's count against a routine's `per_week` ("this week: 2 of 3").
//!
//! Weeks are the person's: Monday to Sunday in their time zone (ISO weeks;
//! docs/decisions.md). A session counts when it ran at least one step and
//! was not a preview.

use std::collections::HashMap;

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

use crate::journal::{SessionRecord, Text};
use crate::local_time::{Zone, week_start};

/// Routine ids and the sessions a week each aims for (`per_week`).
pub type Aims = HashMap<String, u8>;

/// One routine's sessions this week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adherence {
    /// The routine's id.
    pub routine: String,
    /// Its title, as last recorded (not yet made safe for a terminal).
    pub title: String,
    /// Sessions this week.
    pub done: usize,
    /// Sessions a week it aims for, when the routine says.
    pub aim: Option<u8>,
}

impl Adherence {
    /// "2 of 3", or "2" for a routine that names no aim.
    pub fn count(&self) -> String {
        match self.aim {
            Some(aim) => format!("{} of {aim}", self.done),
            None => self.done.to_string(),
        }
    }
}

/// One week's sessions, for the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekCount {
    /// The Monday that starts it.
    pub start: Date,
    /// Sessions in it, all routines together.
    pub sessions: usize,
}

/// Whether a session counts towards adherence.
pub fn counts(record: &SessionRecord) -> bool {
    !record.preview && !record.steps.is_empty()
}

/// The Monday that starts the person's current week.
pub fn this_week_start(zone: &Zone, now: Timestamp) -> Date {
    week_start(zone.date(now))
}

/// This week's sessions per routine, counted in one pass over the journal.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    done: HashMap<Text, usize>,
    titles: HashMap<Text, Text>,
}

impl Tally {
    /// Counts this week's sessions of every routine in `records`.
    pub fn this_week(records: &[SessionRecord], zone: &Zone, now: Timestamp) -> Self {
        let from = zone.start_of_day(this_week_start(zone, now));
        let mut tally = Self::default();
        for record in records {
            if !tally.titles.contains_key(&record.routine) {
                tally
                    .titles
                    .insert(record.routine.clone(), record.title.clone());
            } else if let Some(title) = tally.titles.get_mut(&record.routine) {
                // The latest title wins: a routine may have been renamed.
                if *title != record.title {
                    title.clone_from(&record.title);
                }
            }
            if counts(record) && record.started >= from && record.started <= now {
                *tally.done.entry(record.routine.clone()).or_default() += 1;
            }
        }
        tally
    }

    /// Each routine in `routines` once, in that order, with its aim.
    pub fn adherence<'a>(
        &self,
        routines: impl IntoIterator<Item = &'a str>,
        aims: &Aims,
    ) -> Vec<Adherence> {
        let mut out: Vec<Adherence> = Vec::new();
        for id in routines {
            if out.iter().any(|a| a.routine == id) {
                continue;
            }
            out.push(Adherence {
                routine: id.to_owned(),
                title: self.titles.get(id).map_or(id, Text::as_str).to_owned(),
                done: self.done.get(id).copied().unwrap_or(0),
                aim: aims.get(id).copied(),
            });
        }
        out
    }
}

/// Sessions in each of the last `weeks` local weeks, oldest first, the
/// current week last; weeks without a session are there with 0.
pub fn per_week(
    records: &[SessionRecord],
    zone: &Zone,
    now: Timestamp,
    weeks: usize,
) -> Vec<WeekCount> {
    let this = this_week_start(zone, now);
    let starts: Vec<Date> = (0..weeks)
        .rev()
        .filter_map(|back| this.checked_sub((7 * back as i64).days()).ok())
        .collect();
    let mut tally: Vec<WeekCount> = starts
        .iter()
        .map(|&start| WeekCount { start, sessions: 0 })
        .collect();
    let Some(first) = starts.first() else {
        return tally;
    };
    let from = zone.start_of_day(*first);
    for record in records.iter().filter(|r| counts(r)) {
        if record.started < from || record.started > now {
            continue;
        }
        let week = week_start(zone.date(record.started));
        if let Ok(i) = starts.binary_search(&week) {
            tally[i].sessions += 1;
        }
    }
    tally
}
