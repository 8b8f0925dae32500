//! Wrapping that ratatui's paragraph does not do: bullet lines whose later
//! rows hang under their first word, and blocks of text left-aligned in the
//! middle of the screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

/// What starts a bullet line, and what its later rows are indented by.
const BULLET: &str = "- ";

/// `text` with every bullet line ("- …") wrapped at `width`, its later rows
/// indented to hang under its first word rather than under the dash.
pub(crate) fn hang<'a>(text: &Text<'a>, width: u16) -> Text<'a> {
    let width = usize::from(width);
    let mut out = Text {
        lines: Vec::with_capacity(text.lines.len()),
        ..text.clone()
    };
    for line in &text.lines {
        let whole: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        let body = whole.strip_prefix(BULLET);
        match body {
            Some(body) if whole.width() > width && width > BULLET.len() + 1 => {
                let style = line.spans.first().map_or_else(Style::new, |s| s.style);
                let rows = rows(body, width - BULLET.len());
                for (n, row) in rows.into_iter().enumerate() {
                    let lead = if n == 0 { BULLET } else { "  " };
                    out.lines.push(Line {
                        spans: vec![Span::styled(format!("{lead}{row}"), style)],
                        ..line.clone()
                    });
                }
            }
            _ => out.lines.push(line.clone()),
        }
    }
    out
}

/// `text` cut into rows of at most `width` cells at spaces (a word longer
/// than the row stands alone on its own row); a newline always ends a row.
pub(crate) fn rows(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    for paragraph in text.lines() {
        let mut row = String::new();
        for word in paragraph.split_whitespace() {
            if !row.is_empty() && row.width() + 1 + word.width() > width {
                out.push(std::mem::take(&mut row));
            }
            if !row.is_empty() {
                row.push(' ');
            }
            row.push_str(word);
        }
        out.push(row);
    }
    out
}

/// Draws `text` wrapped at the width of `area`, its rows left-aligned in a
/// block that is itself centred, so a cue of several rows reads as one
/// paragraph rather than a ragged stack.
pub(crate) fn centred_block(text: &str, style: Style, area: Rect, buf: &mut Buffer) {
    let rows = rows(text, usize::from(area.width));
    let widest = rows.iter().map(|r| r.width()).max().unwrap_or(0);
    let widest = u16::try_from(widest).unwrap_or(area.width).min(area.width);
    let block = Rect {
        x: area.x + (area.width - widest) / 2,
        width: widest,
        ..area
    };
    let lines: Vec<Line<'_>> = rows.into_iter().map(Line::from).collect();
    Paragraph::new(lines)
        .style(style)
        .wrap(Wrap { trim: true })
        .render(block, buf);
}
