//! The history screen as a pure function of `&HistoryView`: a header, the
//! weekly sessions as bars with their counts beneath, pressure and reports
//! on the same twelve-week line, this week's sessions, then the session
//! table, scrollable, and the keys. Every chart also prints its numbers.
//!
//! From 80x24 every part has room; below 20 rows the compact layout keeps
//! the bars, one pressure row, the reports and a few table rows; below
//! 40x12 it asks for a larger window.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::chart;
use super::layout::{Layout, put};
use super::model::HistoryView;
use crate::journal::history::{truncate_owned, width};
use crate::tui::screens::{MIN_HEIGHT, MIN_WIDTH};

/// Draws the history into `area` of `buf`.
pub fn render(view: &HistoryView, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let message = format!("Make the window larger ({MIN_WIDTH}x{MIN_HEIGHT})");
        let x = area.x + area.width.saturating_sub(width(&message) as u16) / 2;
        let room = area.right().saturating_sub(x);
        put(
            buf,
            x,
            area.y + area.height / 2,
            &message,
            room,
            view.theme.emphasis,
        );
        return;
    }
    let plan = Layout::new(view, area);
    let mut y = area.y;
    header(view, area, y, buf);
    y += 1;
    y = chart::sessions(view, &plan, area, y, buf);
    y = chart::pressure(view, &plan, area, y, buf);
    y = chart::marks(view, &plan, area, y, buf);
    y = this_week(view, &plan, area, y, buf);
    table(
        view,
        &plan,
        Rect::new(area.x, y, area.width, plan.table + 1),
        buf,
    );
    keys(view, area, buf);
}

/// The most the table can scroll in `area`.
pub fn max_scroll(view: &HistoryView, area: Rect) -> usize {
    let plan = Layout::new(view, area);
    view.rows.len().saturating_sub(usize::from(plan.table))
}

fn header(view: &HistoryView, area: Rect, y: u16, buf: &mut Buffer) {
    let first = view
        .weeks
        .first()
        .map(|w| w.start.strftime("%Y-%m-%d").to_string());
    let text = match (&view.notice, first) {
        (Some(notice), _) => format!("History · {notice}"),
        (None, Some(first)) if area.width >= 60 => {
            format!("History · times in {} · 12 weeks from {first}", view.zone)
        }
        (None, _) => format!("History · times in {}", view.zone),
    };
    let style = if view.notice.is_some() {
        view.theme.warning
    } else {
        view.theme.title
    };
    put(buf, area.x, y, &text, area.width, style);
}

fn this_week(view: &HistoryView, plan: &Layout, area: Rect, mut y: u16, buf: &mut Buffer) -> u16 {
    if view.this_week.is_empty() {
        return y;
    }
    let theme = &view.theme;
    if !plan.roomy {
        let counts: Vec<String> = view
            .this_week
            .iter()
            .map(|a| format!("{} {}", a.count(), a.title))
            .collect();
        let text = format!("This week: {}", counts.join(" · "));
        put(buf, area.x, y, &text, area.width, theme.text);
        return y + 1;
    }
    let title = match view.weeks.last() {
        Some(week) => format!(
            "This week (from Monday {})",
            week.start.strftime("%Y-%m-%d")
        ),
        None => "This week".to_owned(),
    };
    put(buf, area.x, y, &title, area.width, theme.title);
    y += 1;
    let shown = &view.this_week[..view.this_week.len().min(2)];
    let more = view.this_week.len() - shown.len();
    for (i, a) in shown.iter().enumerate() {
        let mut text = format!("  {}: {}", a.title, a.count());
        if a.aim.is_some() {
            text.push_str(" sessions");
        }
        if i + 1 == shown.len() && more > 0 {
            text.push_str(&format!("  (+{more} more)"));
        }
        put(buf, area.x, y, &text, area.width, theme.text);
        y += 1;
    }
    y
}

/// The session table: a header, then as many rows as fit from `scroll`.
/// At 80 columns and more every column shows; narrower, the date loses its
/// year and the table keeps the routine and the outcome.
fn table(view: &HistoryView, plan: &Layout, area: Rect, buf: &mut Buffer) {
    let theme = &view.theme;
    let wide = area.width >= 80;
    let fixed: &[usize] = if wide { &[16, 6, 14, 8] } else { &[11, 13] };
    // Two spaces after each column but the last (ragged) one.
    let gaps = 2 * (fixed.len() + usize::from(wide));
    let ragged = if wide { "better".len() } else { 0 };
    let title = usize::from(area.width).saturating_sub(fixed.iter().sum::<usize>() + gaps + ragged);
    let header: Vec<&str> = if wide {
        vec!["When", "Routine", "Time", "Outcome", "Pressure", "After"]
    } else {
        vec!["When", "Routine", "Outcome"]
    };
    let widths = column_widths(fixed, title, wide);
    put(
        buf,
        area.x,
        area.y,
        &line(&header, &widths),
        area.width,
        theme.title,
    );
    if view.rows.is_empty() {
        let text = "No sessions yet: run a routine and it shows up here.";
        put(buf, area.x, area.y + 1, text, area.width, theme.muted);
        return;
    }
    let scroll = view
        .scroll
        .min(view.rows.len().saturating_sub(usize::from(plan.table)));
    let shown = view.rows.iter().skip(scroll).take(usize::from(plan.table));
    for (i, row) in shown.enumerate() {
        let cells: Vec<&str> = if wide {
            vec![
                &row.when,
                &row.title,
                &row.time,
                row.outcome,
                &row.pressure,
                row.after,
            ]
        } else {
            let when = row.when.get(5..).unwrap_or(&row.when);
            vec![when, &row.title, row.outcome]
        };
        let style = if row.flagged {
            theme.warning
        } else {
            theme.text
        };
        put(
            buf,
            area.x,
            area.y + 1 + i as u16,
            &line(&cells, &widths),
            area.width,
            style,
        );
    }
}

/// The widths of every column but the last, the title's second.
fn column_widths(fixed: &[usize], title: usize, wide: bool) -> Vec<usize> {
    let mut widths = vec![fixed[0], title];
    widths.extend_from_slice(&fixed[1..]);
    if !wide {
        widths.pop();
    }
    widths
}

/// Cells padded to their columns (by display width), two spaces apart;
/// the last is ragged.
fn line(cells: &[&str], widths: &[usize]) -> String {
    let mut out = String::new();
    for (cell, &columns) in cells.iter().zip(widths) {
        let cut = truncate_owned(std::borrow::Cow::Borrowed(*cell), columns);
        out.push_str(&cut);
        out.extend(std::iter::repeat_n(
            ' ',
            columns.saturating_sub(width(&cut)) + 2,
        ));
    }
    if let Some(last) = cells.get(widths.len()) {
        out.push_str(last);
    }
    out
}

fn keys(view: &HistoryView, area: Rect, buf: &mut Buffer) {
    let y = area.bottom().saturating_sub(1);
    let theme = &view.theme;
    let mut x = area.x;
    for (key, word) in [("↑↓", "scroll"), ("PgUp/PgDn", "page"), ("q", "close")] {
        let used = width(key) + width(word) + 3;
        if usize::from(x - area.x) + used > usize::from(area.width) {
            break;
        }
        x = put(buf, x, y, key, area.right().saturating_sub(x), theme.keys);
        x = put(
            buf,
            x + 1,
            y,
            word,
            area.right().saturating_sub(x + 1),
            theme.muted,
        ) + 2;
    }
}
