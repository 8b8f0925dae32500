//! What the journal's sessions say: `knead history` (choosing sessions and
//! rendering them as a table, JSON or CSV), how often routines are done,
//! and the notices that repeated reports escalate to before a session.
//!
//! Rendering is pure: records, the person's zone and `now` in, a string
//! out, so tests compare strings.

pub mod adherence;
mod escalation;
mod export;
mod filter;
mod fit;
mod table;
mod text;

pub use adherence::{Adherence, Aims, Tally, WeekCount};
pub use escalation::{
    Areas, Escalation, Lookback, SameArea, by_region, escalations, escalations_near, lifts_review,
    new_symptoms_unseen,
};
pub use export::{render_csv, render_json};
pub use filter::{Filter, Order, Query, parse_since};
pub use table::{render_adherence, render_adherence_within, render_table, render_table_within};
pub(crate) use text::{push_minute, truncate_owned, width};

use jiff::Timestamp;

use super::session_record::SessionRecord;
use crate::local_time::Zone;

/// A failure to build the history report.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// `--since` was neither a date, a span nor a timestamp.
    #[error(
        "invalid --since `{input}`: expected a date such as 2026-11-01, a span back from today such as 7d or 2w, or a timestamp such as 2026-11-01T07:30:00Z"
    )]
    BadSince {
        /// What was given.
        input: String,
        /// Why the last parser tried refused it.
        #[source]
        source: jiff::Error,
    },
    /// The JSON could not be produced.
    #[error("cannot write the history as JSON")]
    Json(#[from] serde_json::Error),
    /// The CSV could not be produced.
    #[error("cannot write the history as CSV")]
    Csv(#[from] csv::Error),
}

/// How the history is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HistoryFormat {
    /// A readable table (the default).
    #[default]
    Table,
    /// A JSON array of session objects, oldest first unless reversed.
    Json,
    /// CSV with a header row, one row per session.
    Csv,
}

/// Where a report is read from: the person's zone, the moment, and the
/// routines' weekly aims.
#[derive(Debug, Clone, Copy)]
pub struct Perspective<'a> {
    /// The zone times are shown in.
    pub zone: &'a Zone,
    /// Now, for "this week".
    pub now: Timestamp,
    /// Each routine's `per_week`.
    pub aims: &'a Aims,
    /// The terminal's width the table must fit, when shown on one.
    pub columns: Option<usize>,
}

/// The whole report for the CLI: the chosen sessions in the chosen format;
/// the table ends with this week's sessions per routine shown.
pub fn report(
    records: Vec<SessionRecord>,
    query: &Query,
    format: HistoryFormat,
    perspective: Perspective<'_>,
) -> Result<String, HistoryError> {
    let recorded = records.len();
    // Adherence counts the whole week, whatever `--since` or `--limit` hide.
    let week = (format == HistoryFormat::Table)
        .then(|| adherence::Tally::this_week(&records, perspective.zone, perspective.now));
    let shown = query.apply(records);
    match format {
        HistoryFormat::Table if shown.is_empty() && recorded > 0 => {
            Ok("No sessions match the filter.\n".to_string())
        }
        HistoryFormat::Table => {
            let mut text = render_table_within(&shown, perspective.zone, perspective.columns);
            if let Some(tally) = week {
                let ids = shown.iter().map(|r| r.routine.as_str());
                let counts = tally.adherence(ids, perspective.aims);
                let start = adherence::this_week_start(perspective.zone, perspective.now);
                let footer = render_adherence_within(&counts, start, perspective.columns);
                if !footer.is_empty() {
                    text.push('\n');
                    text.push_str(&footer);
                }
            }
            Ok(text)
        }
        HistoryFormat::Json => render_json(&shown),
        HistoryFormat::Csv => render_csv(&shown),
    }
}
