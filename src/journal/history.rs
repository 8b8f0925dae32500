//! What the journal's sessions say: `knead history` (choosing sessions and
//! rendering them as a table, JSON or CSV) and the notices that repeated
//! reports escalate to before a session.
//!
//! Rendering is pure: records in, a string out, so tests compare strings.

mod escalation;
mod export;
mod filter;
mod table;
mod text;

pub use escalation::{Escalation, escalations};
pub use export::{render_csv, render_json};
pub use filter::{Filter, parse_since};
pub use table::render_table;

use super::record::SessionRecord;

/// A failure to build the history report.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// `--since` was neither a date nor a timestamp.
    #[error(
        "invalid --since `{input}`: expected a date such as 2026-11-01 or a timestamp such as 2026-11-01T07:30:00Z"
    )]
    BadSince {
        /// What was given.
        input: String,
        /// Why the timestamp parser refused it.
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
pub enum Format {
    /// A readable table (the default).
    #[default]
    Table,
    /// A JSON array of session objects, oldest first.
    Json,
    /// CSV with a header row, one row per session.
    Csv,
}

/// The whole report for the CLI: the chosen sessions in the chosen format.
///
/// Takes the records by value so filtering never copies them.
pub fn report(
    mut records: Vec<SessionRecord>,
    filter: &Filter,
    format: Format,
) -> Result<String, HistoryError> {
    let recorded = records.len();
    records.retain(|r| filter.matches(r));
    match format {
        Format::Table if records.is_empty() && recorded > 0 => {
            Ok("No sessions match the filter.\n".to_string())
        }
        Format::Table => Ok(render_table(&records)),
        Format::Json => render_json(&records),
        Format::Csv => render_csv(&records),
    }
}
