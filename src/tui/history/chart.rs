//! The twelve-week line: sessions a week as bars with their counts, each
//! routine's weekly mean pressure, and the weeks' pain stops and "worse"
//! answers, all in the same columns so a week reads straight down.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::layout::{Layout, put};
use super::model::HistoryView;
use crate::journal::history::truncate_owned;

/// Eighths of a cell, from empty to full.
const EIGHTHS: [&str; 9] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];

/// The bars and the count under each, and (with room) each week's Monday.
pub(super) fn sessions(
    view: &HistoryView,
    plan: &Layout,
    area: Rect,
    mut y: u16,
    buf: &mut Buffer,
) -> u16 {
    let theme = &view.theme;
    let most = view
        .weeks
        .iter()
        .map(|w| w.sessions)
        .max()
        .unwrap_or(0)
        .max(1);
    let eighths = usize::from(plan.bars) * 8;
    let labels: [&str; 2] = if plan.label >= 10 {
        ["Sessions", "a week"]
    } else {
        ["Week", ""]
    };
    for row in 0..plan.bars {
        let label = labels.get(usize::from(row)).copied().unwrap_or("");
        label_at(view, plan, area, y, label, buf);
        let from_bottom = usize::from(plan.bars - 1 - row) * 8;
        for (i, week) in view.weeks.iter().enumerate() {
            let height = (week.sessions * eighths).div_ceil(most);
            let fill = height.saturating_sub(from_bottom).min(8);
            let bar = EIGHTHS[fill].repeat(usize::from(bar_width(plan)));
            put(
                buf,
                cell_x(plan, area, i),
                y,
                &bar,
                bar_width(plan),
                theme.progress,
            );
        }
        y += 1;
    }
    label_at(
        view,
        plan,
        area,
        y,
        if plan.roomy { "count" } else { "" },
        buf,
    );
    for (i, week) in view.weeks.iter().enumerate() {
        let style = if week.sessions == 0 {
            theme.muted
        } else {
            theme.text
        };
        cell(plan, area, i, y, &week.sessions.to_string(), style, buf);
    }
    y += 1;
    if plan.roomy {
        label_at(view, plan, area, y, "Monday", buf);
        for (i, week) in view.weeks.iter().enumerate() {
            let date = match plan.cell {
                6.. => week.start.strftime("%m/%d").to_string(),
                3.. => week.start.strftime("%d").to_string(),
                _ => String::new(),
            };
            cell(plan, area, i, y, &date, theme.muted, buf);
        }
        y += 1;
    }
    y
}

/// Each rated routine's weekly mean pressure, `·` for a week without one.
pub(super) fn pressure(
    view: &HistoryView,
    plan: &Layout,
    area: Rect,
    mut y: u16,
    buf: &mut Buffer,
) -> u16 {
    let theme = &view.theme;
    if plan.roomy {
        let text = "Pressure 0-10, weekly mean (· none) · Reports: S pain stop, W felt worse";
        put(buf, area.x, y, text, area.width, theme.title);
        y += 1;
    }
    for row in view.pressure.iter().take(plan.pressure) {
        label_at(view, plan, area, y, &row.title, buf);
        // With room, a block as high as the rating stands before its number.
        let room = usize::from(text_width(plan));
        for (i, mean) in row.weeks.iter().enumerate() {
            let text = match mean {
                None => "·".to_owned(),
                Some(m) if room >= 4 => {
                    let level = EIGHTHS[((usize::from(*m) * 8 + 5) / 10).clamp(1, 8)];
                    format!("{level}{m:>width$}", width = room - 1)
                }
                Some(m) => m.to_string(),
            };
            let style = if mean.is_some() {
                theme.pacer
            } else {
                theme.muted
            };
            cell(plan, area, i, y, &text, style, buf);
        }
        y += 1;
    }
    y
}

/// Each week's pain stops (`S2`) and "worse" answers (`W1`).
pub(super) fn marks(
    view: &HistoryView,
    plan: &Layout,
    area: Rect,
    y: u16,
    buf: &mut Buffer,
) -> u16 {
    let theme = &view.theme;
    let label = if plan.roomy { "Reports" } else { "S/W/*" };
    label_at(view, plan, area, y, label, buf);
    let room = usize::from(text_width(plan));
    // Counts only with a free column to their left, so that neighbouring
    // weeks never run together.
    let fits = |text: &str| text.len() <= room && (plan.cell > 2 || text.len() < room);
    for (i, marks) in view.marks.iter().enumerate() {
        let stops = (marks.stops > 0).then(|| format!("S{}", marks.stops));
        let worse = (marks.worse > 0).then(|| format!("W{}", marks.worse));
        let text = match (stops, worse) {
            (None, None) => {
                cell(plan, area, i, y, "·", theme.muted, buf);
                continue;
            }
            (Some(s), Some(w)) if fits(&format!("{s}{w}")) => format!("{s}{w}"),
            (Some(_), Some(_)) => "*".to_owned(),
            (Some(s), None) if fits(&s) => s,
            (Some(_), None) => "S".to_owned(),
            (None, Some(w)) if fits(&w) => w,
            (None, Some(_)) => "W".to_owned(),
        };
        cell(plan, area, i, y, &text, theme.warning, buf);
    }
    y + 1
}

/// The row's label, cut to leave a gap before the first week.
fn label_at(view: &HistoryView, plan: &Layout, area: Rect, y: u16, text: &str, buf: &mut Buffer) {
    let room = usize::from(plan.label.saturating_sub(1));
    let cut = truncate_owned(std::borrow::Cow::Borrowed(text), room);
    put(
        buf,
        area.x,
        y,
        &cut,
        plan.label.saturating_sub(1),
        view.theme.muted,
    );
}

/// A week's text, right-aligned in its column.
fn cell(
    plan: &Layout,
    area: Rect,
    week: usize,
    y: u16,
    text: &str,
    style: Style,
    buf: &mut Buffer,
) {
    let room = text_width(plan);
    let shift = room.saturating_sub(text.chars().count() as u16);
    put(
        buf,
        cell_x(plan, area, week) + shift,
        y,
        text,
        room - shift,
        style,
    );
}

fn cell_x(plan: &Layout, area: Rect, week: usize) -> u16 {
    area.x + plan.label + plan.cell * week as u16
}

/// Bars leave a one-column gap between weeks, so an empty week shows.
fn bar_width(plan: &Layout) -> u16 {
    plan.cell.saturating_sub(1).max(1)
}

/// Text may use the whole column when a week has only two.
fn text_width(plan: &Layout) -> u16 {
    if plan.cell <= 2 {
        plan.cell
    } else {
        plan.cell - 1
    }
}
