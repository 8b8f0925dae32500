//! Text helpers shared by the screens: the header line, cut text, scrolled
//! bodies that say when there is more.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::wrap::hang;
use crate::tui::theme::Theme;

/// `text` cut to `width` cells, ending in "…" when cut.
pub(crate) fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// A row with `left` cut to leave room for `right`, which stays whole.
pub(crate) fn split_row(buf: &mut Buffer, area: Rect, left: (&str, Style), right: (&str, Style)) {
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    let right_text = cut(right.0, width);
    let right_width = right_text.width();
    let room = width.saturating_sub(right_width + 2);
    let left_text = cut(left.0, room);
    let row = Rect { height: 1, ..area };
    Line::from(Span::styled(left_text, left.1)).render(row, buf);
    Line::from(Span::styled(right_text, right.1))
        .right_aligned()
        .render(row, buf);
}

/// How many rows `text` takes wrapped at `width`, bullets hanging.
pub(crate) fn height_of(text: &Text<'_>, width: u16) -> u16 {
    let lines = Paragraph::new(hang(text, width))
        .wrap(Wrap { trim: false })
        .line_count(width);
    u16::try_from(lines).unwrap_or(u16::MAX)
}

/// How far `text` in `area` can scroll; the last row says "more" when it must.
pub(crate) fn scroll_room(text: &Text<'_>, area: Rect) -> u16 {
    let total = height_of(text, area.width);
    if total <= area.height {
        0
    } else {
        total - area.height.saturating_sub(1)
    }
}

/// `text` wrapped in `area`, scrolled by `scroll` (clamped), with a line
/// saying "↓ more" or "↑ more above" when not all of it shows.
pub(crate) fn scrolled(text: Text<'_>, scroll: u16, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.is_empty() {
        return;
    }
    let room = scroll_room(&text, area);
    let text = hang(&text, area.width);
    if room == 0 {
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .render(area, buf);
        return;
    }
    let scroll = scroll.min(room);
    let shown = Rect {
        height: area.height - 1,
        ..area
    };
    Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .render(shown, buf);
    let hint = match (scroll > 0, scroll < room) {
        (_, true) => "↓ more (↓ j PgDn)",
        _ => "↑ more above (↑ k PgUp)",
    };
    let row = Rect {
        y: area.bottom() - 1,
        height: 1,
        ..area
    };
    Line::from(Span::styled(hint, theme.muted))
        .right_aligned()
        .render(row, buf);
}
