//! The list of routines: one row each, title and marks, time, tools.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::routine::duration::format as show;
use crate::tui::picker::entry::Entry;
use crate::tui::picker::state::Picker;
use crate::tui::screens::text::cut;

/// The time column's width: "1h59m" and "12m30s" fit.
const TIME: usize = 6;
/// From this width a row also names the tools.
const WITH_TOOLS: usize = 46;

/// The shown routines in `area`, the selected one marked and reversed, the
/// list scrolled so it stays in the middle.
pub(super) fn render(picker: &Picker, area: Rect, buf: &mut Buffer) {
    if picker.shown().is_empty() {
        nothing_shown(picker, area, buf);
        return;
    }
    let rows = usize::from(area.height);
    let len = picker.shown().len();
    let offset = picker
        .selected()
        .saturating_sub(rows / 2)
        .min(len.saturating_sub(rows));
    for (row, (at, &n)) in picker
        .shown()
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows)
        .enumerate()
    {
        let Some(entry) = picker.entries().get(n) else {
            continue;
        };
        let line = row_line(picker, entry, at == picker.selected(), area.width);
        let place = Rect {
            y: area.y + row as u16,
            height: 1,
            ..area
        };
        line.render(place, buf);
    }
}

/// One routine's row, `width` cells wide.
fn row_line(picker: &Picker, entry: &Entry, selected: bool, width: u16) -> Line<'static> {
    let theme = &picker.theme;
    let width = usize::from(width);
    let tools_width = if width >= WITH_TOOLS {
        (width - 9) / 3
    } else {
        0
    };
    let title_width = width.saturating_sub(2 + TIME + 1 + tools_width + 1);
    // A therapist's plan is what the person was handed: it outranks saying
    // that it replaces a bundled routine of the same id.
    let planned = entry.routine.as_ref().is_some_and(|r| r.plan.is_some());
    let (mark, mark_style) = match (entry.startable(), planned, entry.shadows_bundled) {
        (false, ..) => (" [broken]", theme.warning),
        (true, true, _) if title_width >= 30 => (" [therapist's plan]", theme.emphasis),
        (true, true, _) => (" [plan]", theme.emphasis),
        (true, false, true) if title_width >= 44 => (" [replaces bundled]", theme.muted),
        (true, false, true) => (" [replaces]", theme.muted),
        (true, false, false) => ("", theme.muted),
    };
    let title = cut(
        entry.title(),
        title_width.saturating_sub(mark.width().min(title_width / 2)),
    );
    let mark = cut(mark, title_width.saturating_sub(title.width()));
    let pad = title_width.saturating_sub(title.width() + mark.width());
    let time = entry.time().map_or_else(|| "-".to_owned(), show);
    let mut spans = vec![
        Span::styled(if selected { "› " } else { "  " }, theme.keys),
        Span::styled(title, theme.text),
        Span::styled(mark, mark_style),
        Span::raw(" ".repeat(pad)),
        Span::styled(format!(" {time:>TIME$}"), theme.text),
    ];
    if tools_width > 0 {
        let tools = cut(&entry.tools().join(", "), tools_width);
        spans.push(Span::styled(format!(" {tools}"), theme.muted));
    }
    let line = Line::from(spans);
    if selected {
        line.style(Style::new().add_modifier(Modifier::REVERSED))
    } else {
        line
    }
}

/// What to do when the filters hide everything.
fn nothing_shown(picker: &Picker, area: Rect, buf: &mut Buffer) {
    let theme = &picker.theme;
    let mut lines = Vec::new();
    if !picker.query().is_empty() {
        lines.push(Line::styled(
            format!("No routine matches \"{}\".", picker.query()),
            theme.emphasis,
        ));
        lines.push(Line::styled("Esc clears the filter.", theme.muted));
    }
    if !picker.ticked().is_empty() {
        lines.push(Line::styled(
            "Every routine left needs a tool you have not ticked.",
            theme.text,
        ));
        lines.push(Line::styled("t changes what you have.", theme.muted));
    }
    let inner = Rect {
        x: area.x + 2,
        width: area.width.saturating_sub(4),
        ..area
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}
