//! The history for other programs: JSON with everything, CSV for spreadsheets.

use super::HistoryError;
use crate::journal::SessionRecord;
use crate::text::single_line as terminal_safe;

/// The CSV columns, in order.
const CSV_HEADER: [&str; 15] = [
    "session",
    "started",
    "ended",
    "routine",
    "title",
    "hash",
    "seconds",
    "planned_seconds",
    "outcome",
    "steps",
    "check_ins",
    "pain_stops",
    "pressure",
    "post_check",
    "preview",
];

/// A JSON array of every session with everything in its record, oldest first.
pub fn render_json(records: &[SessionRecord]) -> Result<String, HistoryError> {
    let mut text = serde_json::to_string_pretty(records)?;
    text.push('\n');
    Ok(text)
}

/// CSV with a header row and one row per session, oldest first.
pub fn render_csv(records: &[SessionRecord]) -> Result<String, HistoryError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER)?;
    for record in records {
        writer.write_record(csv_row(record))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| HistoryError::Csv(e.into_error().into()))?;
    // Every cell came from a String, so the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// One session as CSV cells; text is made safe because CSV is often printed.
fn csv_row(record: &SessionRecord) -> [String; 15] {
    let pressure: Vec<String> = record.pressures().map(|p| p.get().to_string()).collect();
    [
        terminal_safe(&record.session.0).into_owned(),
        record.started.to_string(),
        record.ended.map(|t| t.to_string()).unwrap_or_default(),
        terminal_safe(&record.routine).into_owned(),
        terminal_safe(&record.title).into_owned(),
        terminal_safe(&record.hash).into_owned(),
        record.seconds.to_string(),
        record.planned_seconds.to_string(),
        record.outcome.as_str().to_string(),
        record.steps.len().to_string(),
        record.check_ins.len().to_string(),
        record.pain_stops().to_string(),
        pressure.join(","),
        record
            .post_check
            .map(|f| f.as_str().to_string())
            .unwrap_or_default(),
        record.preview.to_string(),
    ]
}
