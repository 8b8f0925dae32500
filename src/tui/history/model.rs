//! `HistoryView`: plain data for the history screen, built from the
//! journal's sessions at a given `now` in the person's zone. The screen
//! only lays these numbers out.

use std::collections::HashMap;
use std::time::Duration;

use jiff::Timestamp;
use jiff::civil::Date;

use crate::journal::history::adherence::{self, Tally, counts};
use crate::journal::history::{Adherence, Aims, WeekCount, push_minute};
use crate::journal::{Feeling, RecordedOutcome, SessionRecord};
use crate::local_time::{Zone, week_start};
use crate::routine::duration;
use crate::text::single_line;
use crate::tui::theme::Theme;

/// How many weeks the charts show, the current one last.
pub const WEEKS: usize = 12;

/// Everything the history screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryView {
    /// The zone the times are in, by name.
    pub zone: String,
    /// Something to know about what is shown (UTC standing in, skipped lines).
    pub notice: Option<String>,
    /// Sessions in each of the last [`WEEKS`] weeks, oldest first.
    pub weeks: Vec<WeekCount>,
    /// Pain stops and "worse" answers in each of those weeks.
    pub marks: Vec<Marks>,
    /// Pressure ratings per routine, most recently rated first.
    pub pressure: Vec<PressureRow>,
    /// This week's sessions per routine done in the last [`WEEKS`] weeks,
    /// titles made safe for a terminal.
    pub this_week: Vec<Adherence>,
    /// Every session, newest first.
    pub rows: Vec<Row>,
    /// How many rows the table is scrolled down.
    pub scroll: usize,
    /// The colours and emphasis used.
    pub theme: Theme,
}

/// The reports of one week that the chart marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Marks {
    /// Check-ins answered "yes" (the session stopped for pain).
    pub stops: usize,
    /// Sessions answered "worse" afterwards.
    pub worse: usize,
}

/// One routine's pressure ratings, week by week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PressureRow {
    /// The routine's title, safe for a terminal.
    pub title: String,
    /// The mean rating (0-10, rounded) of each week, `None` without one.
    pub weeks: Vec<Option<u8>>,
}

/// One session in the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// When it started, local: `2026-11-27 07:30`.
    pub when: String,
    /// The routine's title, safe for a terminal.
    pub title: String,
    /// How long it ran: `12m30s`.
    pub time: String,
    /// How it ended, in words; "preview" for a preview.
    pub outcome: &'static str,
    /// The pressure ratings, in order: `4,5`.
    pub pressure: String,
    /// The answer after the session: "better", "same", "worse" or "".
    pub after: &'static str,
    /// A pain stop or "worse": shown with the warning style.
    pub flagged: bool,
}

impl HistoryView {
    /// The view of `records` (oldest first, as read) at `now` in `zone`.
    pub fn build(
        records: &[SessionRecord],
        zone: &Zone,
        now: Timestamp,
        aims: &Aims,
        theme: Theme,
    ) -> Self {
        let weeks = adherence::per_week(records, zone, now, WEEKS);
        let starts: Vec<Date> = weeks.iter().map(|w| w.start).collect();
        let from = starts
            .first()
            .map_or(Timestamp::MAX, |d| zone.start_of_day(*d));
        let recent: Vec<&SessionRecord> = records
            .iter()
            .filter(|r| counts(r) && r.started >= from && r.started <= now)
            .collect();
        let week_of = |r: &SessionRecord| starts.binary_search(&week_start(zone.date(r.started)));
        let mut marks = vec![Marks::default(); starts.len()];
        for record in &recent {
            if let Ok(i) = week_of(record) {
                marks[i].stops += record.pain_stops();
                marks[i].worse += usize::from(record.post_check == Some(Feeling::Worse));
            }
        }
        // The most recently done first; `adherence` keeps each routine once.
        let ids = recent.iter().rev().map(|r| r.routine.as_str());
        let mut this_week = Tally::this_week(records, zone, now).adherence(ids, aims);
        for adherence in &mut this_week {
            // The journal is a file: its titles reach the terminal only made safe.
            adherence.title = single_line(&adherence.title).into_owned();
            adherence.routine = single_line(&adherence.routine).into_owned();
        }
        Self {
            zone: zone.name().to_owned(),
            notice: zone.fallback().map(str::to_owned),
            weeks,
            marks,
            pressure: pressure_rows(&recent, starts.len(), week_of),
            this_week,
            rows: records.iter().rev().map(|r| row(r, zone)).collect(),
            scroll: 0,
            theme,
        }
    }
}

/// A routine's ratings so far: when last rated (its place among the
/// sessions), its title, and each week's sum and count.
type Rated<'a> = (usize, &'a str, Vec<(u32, u32)>);

/// Each rated routine's weekly mean, the most recently rated first.
fn pressure_rows(
    recent: &[&SessionRecord],
    weeks: usize,
    week_of: impl Fn(&SessionRecord) -> Result<usize, usize>,
) -> Vec<PressureRow> {
    let mut by_routine: HashMap<&str, Rated<'_>> = HashMap::new();
    for (order, record) in recent.iter().enumerate() {
        let Ok(week) = week_of(record) else { continue };
        for rating in record.pressures() {
            let entry = by_routine
                .entry(record.routine.as_str())
                .or_insert_with(|| (order, &record.title, vec![(0, 0); weeks]));
            entry.0 = order;
            entry.1 = &record.title;
            entry.2[week].0 += u32::from(rating.get());
            entry.2[week].1 += 1;
        }
    }
    let mut rows: Vec<(usize, PressureRow)> = by_routine
        .into_values()
        .map(|(order, title, sums)| {
            let weeks = sums
                .iter()
                .map(|&(sum, n)| (n > 0).then(|| ((sum + n / 2) / n).min(10) as u8))
                .collect();
            let title = single_line(title).into_owned();
            (order, PressureRow { title, weeks })
        })
        .collect();
    rows.sort_by_key(|row| std::cmp::Reverse(row.0));
    rows.into_iter().map(|(_, row)| row).collect()
}

fn row(record: &SessionRecord, zone: &Zone) -> Row {
    let mut when = String::with_capacity(16);
    push_minute(&mut when, zone.datetime(record.started));
    let mut time = String::new();
    duration::push(&mut time, Duration::from_secs(record.seconds));
    let pressure: Vec<String> = record.pressures().map(|p| p.get().to_string()).collect();
    Row {
        when,
        title: single_line(&record.title).into_owned(),
        time,
        outcome: if record.preview {
            "preview"
        } else {
            record.outcome.label()
        },
        pressure: pressure.join(","),
        after: record.post_check.map_or("", Feeling::as_str),
        flagged: record.outcome == RecordedOutcome::StoppedForSafety
            || record.pain_stops() > 0
            || record.post_check == Some(Feeling::Worse),
    }
}
