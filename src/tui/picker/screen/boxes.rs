//! Boxes over the picker: the key help, the "what I have" checklist, and
//! why a routine cannot start. The key bar's rows stay visible.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span, Text};

use crate::tui::picker::state::Picker;
use crate::tui::screens::modal::{WIDEST, framed};
use crate::tui::screens::text::cut;

/// Every key of the picker.
const HELP: &[(&str, &str)] = &[
    ("Enter", "start the routine"),
    ("↑↓ j k", "move; PgUp PgDn Home End"),
    ("/", "filter by title, id, area, tool"),
    ("Esc", "clear the filter"),
    ("t", "tick the tools you have"),
    ("p Tab", "the whole preview"),
    ("h", "your past sessions (q returns)"),
    ("q", "quit"),
    ("?", "close this help"),
];

/// The key help.
pub(super) fn help(picker: &Picker, area: Rect, buf: &mut Buffer) {
    let lines: Vec<Line<'_>> = HELP
        .iter()
        .map(|(key, word)| {
            Line::from(vec![
                Span::styled(format!("{key:>6}  "), picker.theme.keys),
                Span::styled(*word, picker.theme.text),
            ])
        })
        .collect();
    framed(&picker.theme, area, buf, "Keys", &Text::from(lines), 0);
}

/// The checklist of every tool the routines name, the cursor's row reversed.
pub(super) fn tools(picker: &Picker, cursor: usize, area: Rect, buf: &mut Buffer) {
    let theme = &picker.theme;
    let mut lines = vec![
        Line::styled("What do you have? Routines needing", theme.text),
        Line::styled("anything else are hidden.", theme.text),
    ];
    if picker.tools().is_empty() {
        lines.push(Line::styled("No routine names a tool.", theme.muted));
    }
    // One row a tool, cut to the box, so the cursor's row is where it counts.
    let width = usize::from(area.width.min(WIDEST).saturating_sub(4));
    for (n, tool) in picker.tools().iter().enumerate() {
        let tick = if picker.has(tool) { "[x]" } else { "[ ]" };
        let line = Line::styled(cut(&format!("{tick} {tool}"), width), theme.text);
        lines.push(if n == cursor {
            line.style(theme.text.add_modifier(Modifier::REVERSED))
        } else {
            line
        });
    }
    // Keep the cursor's row inside the box: rows above it scroll away.
    let inside = area.height.saturating_sub(3);
    let row = u16::try_from(cursor + 2).unwrap_or(u16::MAX);
    let scroll = row.saturating_sub(inside.saturating_sub(1));
    framed(
        &picker.theme,
        area,
        buf,
        "What I have",
        &Text::from(lines),
        scroll,
    );
}

/// Why the routine at `n` cannot start, and what to do.
pub(super) fn why(picker: &Picker, n: usize, area: Rect, buf: &mut Buffer) {
    let theme = &picker.theme;
    let Some(entry) = picker.entries().get(n) else {
        return;
    };
    let mut body = Text::from(Line::styled(
        format!("{} cannot start: its file has an error.", entry.id),
        theme.warning,
    ));
    if let Some(problem) = &entry.problem {
        body.push_line(Line::default());
        body.push_line(Line::styled(problem.clone(), theme.text));
    }
    body.push_line(Line::default());
    body.push_line(Line::styled(
        format!("Fix it, then: knead check {}", entry.path),
        theme.muted,
    ));
    framed(&picker.theme, area, buf, "Cannot start", &body, 0);
}
