//! Where each part of the history screen goes for an area, and the one
//! way text is put on it; shared by the page and its charts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::model::HistoryView;

/// Where each part goes, decided once per frame from the area.
pub(super) struct Layout {
    /// Columns for the row labels left of the chart.
    pub label: u16,
    /// Columns per week.
    pub cell: u16,
    /// Rows for the bars.
    pub bars: u16,
    /// Whether there is room for titles and week dates.
    pub roomy: bool,
    /// How many pressure rows fit.
    pub pressure: usize,
    /// Rows of session table (under its header).
    pub table: u16,
}

impl Layout {
    pub(super) fn new(view: &HistoryView, area: Rect) -> Self {
        let roomy = area.height >= 20;
        let label = if area.width >= 60 { 14 } else { 6 };
        let weeks = view.weeks.len().max(1) as u16;
        let cell = ((area.width.saturating_sub(label)) / weeks).clamp(1, 6);
        let (bars, most_pressure) = if roomy { (4, 3) } else { (2, 1) };
        let pressure = view.pressure.len().min(most_pressure);
        let adherence = adherence_rows(view, roomy);
        // header, bars, counts, [dates, pressure title], pressure, marks,
        // adherence, table header, keys.
        let fixed =
            1 + bars + 1 + if roomy { 2 } else { 0 } + pressure as u16 + 1 + adherence + 1 + 1;
        let table = area.height.saturating_sub(fixed);
        Self {
            label,
            cell,
            bars,
            roomy,
            pressure,
            table,
        }
    }
}

/// Rows this week's counts take: when roomy, a title and a line for each of
/// at most two routines (the rest are "+N more"); one joined line when not.
fn adherence_rows(view: &HistoryView, roomy: bool) -> u16 {
    match (view.this_week.len(), roomy) {
        (0, _) => 0,
        (_, false) => 1,
        (n, true) => 1 + n.min(2) as u16,
    }
}

/// Writes `text` at (x, y), at most `max` columns; returns the next column.
pub(super) fn put(buf: &mut Buffer, x: u16, y: u16, text: &str, max: u16, style: Style) -> u16 {
    let (end, _) = buf.set_stringn(x, y, text, usize::from(max), style);
    end
}
