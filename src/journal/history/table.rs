//! The readable history table, in the person's time zone, aligned by the
//! columns a terminal gives each character (CJK titles take two a character).
//!
//! Rows are written straight into one string, without a formatter per cell:
//! the table of a 100,000-session journal must take a few tens of milliseconds.

use std::borrow::Cow;

use std::time::Duration;

use super::adherence::Adherence;
use super::fit::{Fit, Natural};
use super::text::{push_minute, push_uint, truncate_owned, width};
use crate::journal::{Feeling, SessionRecord};
use crate::local_time::Zone;
use crate::routine::duration;
use crate::text::single_line as terminal_safe;

/// Titles wider than this are cut, so one long title cannot widen every row.
const TITLE_WIDTH: usize = 36;

/// Routine ids wider than this are cut too.
const ID_WIDTH: usize = 32;

/// The width of a date such as `2026-11-21 07:30`.
const DATE_WIDTH: usize = 16;

/// The line printed instead of an empty table.
const NO_SESSIONS: &str =
    "No sessions yet. Run a routine with `knead run <ROUTINE>` and it will show up here.\n";

/// The history as an aligned text table with a totals line, in the order
/// given, times in `zone`.
pub fn render_table(records: &[SessionRecord], zone: &Zone) -> String {
    render_table_within(records, zone, None)
}

/// [`render_table`] fitted to a terminal `columns` wide, when given: the
/// id and step columns dropped and titles and reports cut as needed.
pub fn render_table_within(
    records: &[SessionRecord],
    zone: &Zone,
    columns: Option<usize>,
) -> String {
    if records.is_empty() {
        return NO_SESSIONS.to_string();
    }
    let cells: Vec<(Cow<str>, Cow<str>)> = records
        .iter()
        .map(|r| {
            (
                truncate_owned(terminal_safe(&r.title), TITLE_WIDTH),
                truncate_owned(terminal_safe(&r.routine), ID_WIDTH),
            )
        })
        .collect();
    let date_header = format!("Date ({})", zone.name());
    let mut widths = Widths::measure(records, &cells, &date_header);
    if let Some(columns) = columns {
        widths.fit = Fit::within(&widths.natural(records), columns);
    }
    let cells = if widths.fit.title < widths.title {
        let title = widths.fit.title;
        widths.title = title;
        cells
            .into_iter()
            .map(|(t, id)| (truncate_owned(t, title), id))
            .collect()
    } else {
        cells
    };
    let mut out = String::with_capacity((records.len() + 3) * (widths.total() + 32));
    widths.write_header(&mut out, &date_header);
    let mut cell = String::new();
    for (record, (title, id)) in records.iter().zip(&cells) {
        write_row(&mut out, &mut cell, record, [title, id], zone, &widths);
    }
    write_totals(&mut out, records);
    out
}

/// This week's sessions per routine, under the table: "this week: 2 of 3".
pub fn render_adherence(adherence: &[Adherence], week_start: jiff::civil::Date) -> String {
    render_adherence_within(adherence, week_start, None)
}

/// [`render_adherence`] with names cut to fit a terminal `columns` wide.
pub fn render_adherence_within(
    adherence: &[Adherence],
    week_start: jiff::civil::Date,
    columns: Option<usize>,
) -> String {
    if adherence.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "This week (from Monday {}):\n",
        week_start.strftime("%Y-%m-%d")
    );
    let names: Vec<String> = adherence
        .iter()
        .map(|a| {
            let title = truncate_owned(terminal_safe(&a.title), TITLE_WIDTH);
            format!("{title} ({})", terminal_safe(&a.routine))
        })
        .collect();
    let mut longest = names.iter().map(|n| width(n)).max().unwrap_or(0);
    if let Some(columns) = columns {
        let count = adherence
            .iter()
            .map(|a| width(&a.count()))
            .max()
            .unwrap_or(0);
        longest = longest.min(columns.saturating_sub(count + 4).max(8));
    }
    for (name, a) in names.iter().zip(adherence) {
        out.push_str("  ");
        push_left(
            &mut out,
            &truncate_owned(Cow::Borrowed(name), longest),
            longest,
        );
        out.push_str(&a.count());
        out.push('\n');
    }
    out
}

/// The widths of the columns that vary; the last is ragged.
struct Widths {
    date: usize,
    title: usize,
    id: usize,
    time: usize,
    steps: usize,
    outcome: usize,
    /// What fits on the terminal; everything when not at one.
    fit: Fit,
}

impl Widths {
    fn measure(records: &[SessionRecord], cells: &[(Cow<str>, Cow<str>)], date: &str) -> Self {
        let mut cell = String::new();
        let mut widths = Widths {
            date: DATE_WIDTH.max(width(date)),
            title: "Routine".len(),
            id: "ID".len(),
            time: "Time".len(),
            steps: "Steps".len(),
            outcome: "Outcome".len(),
            fit: Fit {
                id: true,
                steps: true,
                title: 0,
                reports: None,
            },
        };
        for (record, (title, id)) in records.iter().zip(cells) {
            widths.title = widths.title.max(width(title));
            widths.id = widths.id.max(width(id));
            cell.clear();
            duration::push(&mut cell, Duration::from_secs(record.seconds));
            widths.time = widths.time.max(cell.len());
            widths.steps = widths.steps.max(uint_len(record.steps.len() as u64));
            widths.outcome = widths.outcome.max(record.outcome.label().len());
        }
        widths.fit.title = widths.title;
        widths
    }

    /// These widths for fitting, with the widest reports cell measured.
    fn natural(&self, records: &[SessionRecord]) -> Natural {
        let mut cell = String::new();
        let mut reports = "Reports".len();
        for record in records {
            cell.clear();
            push_reports(&mut cell, record);
            reports = reports.max(width(&cell));
        }
        Natural {
            date: self.date + 2,
            title: self.title,
            id: self.id,
            fixed: self.time + 2 + self.outcome + 2,
            steps: self.steps,
            reports,
        }
    }

    fn total(&self) -> usize {
        self.date + self.title + self.id + self.time + self.steps + self.outcome
    }

    fn write_header(&self, out: &mut String, date: &str) {
        push_left(out, date, self.date);
        push_left(out, "Routine", self.title);
        if self.fit.id {
            push_left(out, "ID", self.id);
        }
        push_right(out, "Time", self.time);
        if self.fit.steps {
            push_right(out, "Steps", self.steps);
        }
        push_left(out, "Outcome", self.outcome);
        out.push_str("Reports\n");
    }
}

fn write_row(
    out: &mut String,
    cell: &mut String,
    record: &SessionRecord,
    [title, id]: [&str; 2],
    zone: &Zone,
    widths: &Widths,
) {
    push_minute(out, zone.datetime(record.started));
    pad(out, widths.date - DATE_WIDTH + 2);
    push_left(out, title, widths.title);
    if widths.fit.id {
        push_left(out, id, widths.id);
    }
    cell.clear();
    duration::push(cell, Duration::from_secs(record.seconds));
    push_right(out, cell, widths.time);
    if widths.fit.steps {
        cell.clear();
        push_uint(cell, record.steps.len() as u64);
        push_right(out, cell, widths.steps);
    }
    cell.clear();
    push_reports(cell, record);
    if let Some(max) = widths.fit.reports.filter(|max| width(cell) > *max) {
        let cut = truncate_owned(Cow::Borrowed(cell.as_str()), max).into_owned();
        *cell = cut;
    }
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
fn push_left(out: &mut String, text: &str, columns: usize) {
    out.push_str(text);
    pad(out, columns.saturating_sub(width(text)) + 2);
}

/// Spaces up to the width, then the text, then the two-space gap.
fn push_right(out: &mut String, text: &str, columns: usize) {
    pad(out, columns.saturating_sub(width(text)));
    out.push_str(text);
    out.push_str("  ");
}

fn pad(out: &mut String, spaces: usize) {
    out.extend(std::iter::repeat_n(' ', spaces));
}

fn uint_len(n: u64) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}
