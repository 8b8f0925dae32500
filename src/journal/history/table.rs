//! The readable history table.
//!
//! Rows are written straight into one string, without a formatter per cell:
//! the table of a 100,000-session journal must take a few tens of milliseconds.

use std::borrow::Cow;

use std::time::Duration;

use super::text::{push_uint, push_utc_minute, truncate_owned};
use crate::journal::{Feeling, SessionRecord};
use crate::routine::duration;
use crate::text::single_line as terminal_safe;

/// Titles longer than this are cut, so one long title cannot widen every row.
const TITLE_WIDTH: usize = 36;

/// The width of a date such as `2026-11-21 07:30`.
const DATE_WIDTH: usize = 16;

/// The line printed instead of an empty table.
const NO_SESSIONS: &str =
    "No sessions yet. Run a routine with `knead run <ROUTINE>` and it will show up here.\n";

/// The history as an aligned text table with a totals line, oldest first.
pub fn render_table(records: &[SessionRecord]) -> String {
    if records.is_empty() {
        return NO_SESSIONS.to_string();
    }
    let titles: Vec<Cow<str>> = records
        .iter()
        .map(|r| truncate_owned(terminal_safe(&r.title), TITLE_WIDTH))
        .collect();
    let widths = Widths::measure(records, &titles);
    let mut out = String::with_capacity((records.len() + 3) * (widths.total() + 32));
    widths.write_header(&mut out);
    let mut cell = String::new();
    for (record, title) in records.iter().zip(&titles) {
        write_row(&mut out, &mut cell, record, title, &widths);
    }
    write_totals(&mut out, records);
    out
}

/// The widths of the columns that vary; the date's is fixed and the last is ragged.
struct Widths {
    title: usize,
    time: usize,
    steps: usize,
    outcome: usize,
}

impl Widths {
    fn measure(records: &[SessionRecord], titles: &[Cow<str>]) -> Self {
        let mut cell = String::new();
        let mut widths = Widths {
            title: "Routine".len(),
            time: "Time".len(),
            steps: "Steps".len(),
            outcome: "Outcome".len(),
        };
        for (record, title) in records.iter().zip(titles) {
            widths.title = widths.title.max(title.chars().count());
            cell.clear();
            duration::push(&mut cell, Duration::from_secs(record.seconds));
            widths.time = widths.time.max(cell.len());
            widths.steps = widths.steps.max(uint_len(record.steps.len() as u64));
            widths.outcome = widths.outcome.max(record.outcome.label().len());
        }
        widths
    }

    fn total(&self) -> usize {
        DATE_WIDTH + self.title + self.time + self.steps + self.outcome
    }

    fn write_header(&self, out: &mut String) {
        push_left(out, "Date (UTC)", DATE_WIDTH);
        push_left(out, "Routine", self.title);
        push_right(out, "Time", self.time);
        push_right(out, "Steps", self.steps);
        push_left(out, "Outcome", self.outcome);
        out.push_str("Reports\n");
    }
}

fn write_row(
    out: &mut String,
    cell: &mut String,
    record: &SessionRecord,
    title: &str,
    widths: &Widths,
) {
    push_utc_minute(out, record.started);
    out.push_str("  ");
    push_left(out, title, widths.title);
    cell.clear();
    duration::push(cell, Duration::from_secs(record.seconds));
    push_right(out, cell, widths.time);
    cell.clear();
    push_uint(cell, record.steps.len() as u64);
    push_right(out, cell, widths.steps);
    cell.clear();
    push_reports(cell, record);
    if cell.is_empty() {
        // No trailing spaces: the outcome ends the line.
        out.push_str(record.outcome.label());
    } else {
        push_left(out, record.outcome.label(), widths.outcome);
        out.push_str(cell);
    }
    out.push('\n');
}

/// What the person reported: pain stops, pressure ratings, how they felt after.
fn push_reports(out: &mut String, record: &SessionRecord) {
    if record.preview {
        out.push_str("preview");
    }
    let stops = record.pain_stops();
    if stops > 0 {
        if !out.is_empty() {
            out.push_str("; ");
        }
        push_uint(out, stops as u64);
        out.push_str(if stops == 1 {
            " pain stop"
        } else {
            " pain stops"
        });
    }
    for (i, pressure) in record.pressures().enumerate() {
        out.push_str(match (i, out.is_empty()) {
            (0, true) => "pressure ",
            (0, false) => "; pressure ",
            _ => ",",
        });
        push_uint(out, u64::from(pressure.get()));
    }
    let feeling = match record.post_check {
        Some(Feeling::Better) => "felt better",
        Some(Feeling::Same) => "felt the same",
        Some(Feeling::Worse) => "felt worse",
        None => return,
    };
    if !out.is_empty() {
        out.push_str("; ");
    }
    out.push_str(feeling);
}

/// The closing line: how many sessions, how long in all, how many pain stops.
fn write_totals(out: &mut String, records: &[SessionRecord]) {
    let seconds: u64 = records.iter().map(|r| r.seconds).sum();
    let stops: usize = records.iter().map(SessionRecord::pain_stops).sum();
    out.push('\n');
    push_uint(out, records.len() as u64);
    out.push_str(if records.len() == 1 {
        " session, "
    } else {
        " sessions, "
    });
    duration::push(out, Duration::from_secs(seconds));
    out.push_str(" in all");
    if stops > 0 {
        out.push_str(", ");
        push_uint(out, stops as u64);
        out.push_str(if stops == 1 {
            " pain stop"
        } else {
            " pain stops"
        });
    }
    out.push_str(".\n");
}

/// The text, then spaces up to the width, then the two-space gap.
fn push_left(out: &mut String, text: &str, width: usize) {
    out.push_str(text);
    pad(out, width.saturating_sub(text.chars().count()) + 2);
}

/// Spaces up to the width, then the text, then the two-space gap.
fn push_right(out: &mut String, text: &str, width: usize) {
    pad(out, width.saturating_sub(text.chars().count()));
    out.push_str(text);
    out.push_str("  ");
}

fn pad(out: &mut String, spaces: usize) {
    out.extend(std::iter::repeat_n(' ', spaces));
}

fn uint_len(n: u64) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}
