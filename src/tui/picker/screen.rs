//! The picker's frame as a pure function of the picker: a header with the
//! filters, the list beside (or above) the preview, the key bar, and any
//! box on top. From 40x12 up; smaller asks for a larger window; any size
//! is safe.

mod boxes;
mod list;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::keys::PickerKeys;
use super::preview;
use super::state::{Picker, PickerBox};
use crate::tui::screens::keybar::{Hint, hint, lay_out, render_hints};
use crate::tui::screens::text::{cut, height_of, scroll_room, scrolled, split_row};
use crate::tui::screens::{MIN_HEIGHT, MIN_WIDTH, too_small};

/// From this width the preview stands beside the list.
const SIDE_BY_SIDE: u16 = 72;
/// Narrower, but from this height, the preview goes below the list.
const STACKED: u16 = 20;

/// Where each part of the frame goes.
struct Areas {
    header: Rect,
    list: Rect,
    preview: Option<Rect>,
    /// The preview stands beside the list (else below it).
    beside: bool,
    keys: Rect,
}

/// Draws the picker over `area` of `buf`.
pub fn render(picker: &Picker, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(&picker.theme, area, buf);
        return;
    }
    let areas = areas(picker, area);
    header(picker, areas.header, buf);
    if picker.previewing() {
        if let Some(entry) = picker.current() {
            let text = preview::text(entry, &picker.theme);
            scrolled(
                text,
                picker.preview_scroll(),
                areas.list,
                buf,
                &picker.theme,
            );
        }
    } else {
        list::render(picker, areas.list, buf);
        if let Some(room) = areas.preview {
            side_preview(picker, room, areas.beside, buf);
        }
    }
    render_hints(hints(picker), &picker.theme, areas.keys, buf);
    match picker.overlay() {
        Some(PickerBox::Help) => boxes::help(picker, area, buf),
        Some(PickerBox::Tools(cursor)) => boxes::tools(picker, *cursor, area, buf),
        Some(PickerBox::Why(n)) => boxes::why(picker, *n, area, buf),
        None => {}
    }
}

/// Tells `picker` what the window shows at `area`: rows per page, and how
/// far the preview can scroll.
pub fn fit(picker: &mut Picker, area: Rect) {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return;
    }
    let areas = areas(picker, area);
    picker.set_page(areas.list.height);
    let room = picker.current().map_or(0, |entry| {
        scroll_room(&preview::text(entry, &picker.theme), areas.list)
    });
    picker.clamp_preview(room);
}

fn areas(picker: &Picker, area: Rect) -> Areas {
    let hints = hints(picker);
    let key_rows = u16::try_from(lay_out(&hints, usize::from(area.width)).len())
        .unwrap_or(1)
        .clamp(1, 2);
    let header = Rect { height: 2, ..area };
    let body = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(2 + key_rows),
        ..area
    };
    let keys = Rect {
        y: body.bottom(),
        height: key_rows,
        ..area
    };
    let (list, preview) = if picker.previewing() {
        (body, None)
    } else if area.width >= SIDE_BY_SIDE {
        let left = (area.width * 3 / 5).max(34);
        let list = Rect {
            width: left,
            ..body
        };
        let preview = Rect {
            x: body.x + left,
            width: body.width - left,
            ..body
        };
        (list, Some(preview))
    } else if area.height >= STACKED {
        let top = body.height / 2;
        let list = Rect {
            height: top,
            ..body
        };
        let preview = Rect {
            y: body.y + top,
            height: body.height - top,
            ..body
        };
        (list, Some(preview))
    } else {
        (body, None)
    };
    Areas {
        header,
        list,
        preview,
        beside: area.width >= SIDE_BY_SIDE,
        keys,
    }
}

/// The title and count, then the filter line: what is typed, what is ticked.
fn header(picker: &Picker, area: Rect, buf: &mut Buffer) {
    let theme = &picker.theme;
    let count = format!("{} of {}", picker.shown().len(), picker.entries().len());
    split_row(
        buf,
        area,
        ("Choose a routine", theme.title),
        (&count, theme.muted),
    );
    let row = Rect {
        y: area.y + 1,
        height: 1,
        ..area
    };
    let mut spans = Vec::new();
    if picker.typing() || !picker.query().is_empty() {
        let cursor = if picker.typing() { "_" } else { "" };
        spans.push(Span::styled("Filter: ", theme.muted));
        spans.push(Span::styled(
            format!("{}{cursor}", picker.query()),
            theme.emphasis,
        ));
    } else {
        spans.push(Span::styled("/ to filter", theme.muted));
    }
    let ticked = picker.ticked();
    if !ticked.is_empty() {
        spans.push(Span::styled("  Have: ", theme.muted));
        spans.push(Span::styled(ticked.join(", "), theme.text));
    }
    let line: String = spans.iter().map(|s| s.content.as_ref()).collect();
    if line.chars().count() > usize::from(row.width) {
        let text = cut(&line, usize::from(row.width));
        Line::styled(text, theme.text).render(row, buf);
    } else {
        Line::from(spans).render(row, buf);
    }
}

/// The preview beside or below the list; when it does not fit, the last
/// row says how to see it whole.
fn side_preview(picker: &Picker, area: Rect, beside: bool, buf: &mut Buffer) {
    let theme = &picker.theme;
    let block = if beside {
        Block::new().borders(Borders::LEFT)
    } else {
        Block::new().borders(Borders::TOP)
    }
    .border_style(theme.border);
    let inner = block.inner(area);
    block.render(area, buf);
    let inner = Rect {
        x: inner.x.saturating_add(u16::from(beside)),
        width: inner.width.saturating_sub(u16::from(beside)),
        ..inner
    };
    let Some(entry) = picker.current() else {
        return;
    };
    let text = preview::text(entry, theme);
    if height_of(&text, inner.width) <= inner.height {
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
        return;
    }
    let shown = Rect {
        height: inner.height.saturating_sub(1),
        ..inner
    };
    Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .render(shown, buf);
    let more = Rect {
        y: inner.bottom().saturating_sub(1),
        height: 1,
        ..inner
    };
    Line::styled("p: all of it", theme.muted)
        .right_aligned()
        .render(more, buf);
}

/// The keys that work now, the most needed first to stay.
fn hints(picker: &Picker) -> Vec<Hint> {
    match picker.key_context() {
        PickerKeys::Browse => vec![
            hint("Enter", "start", 0),
            hint("↑↓", "move", 2),
            hint("/", "filter", 0),
            hint("t", "what I have", 1),
            hint("p", "preview", 3),
            hint("h", "history", 1),
            hint("?", "help", 2),
            hint("q", "quit", 0),
        ],
        PickerKeys::Typing => vec![
            hint("Enter", "start", 0),
            hint("↑↓", "move", 1),
            hint("Tab", "keep filter", 2),
            hint("Esc", "clear", 0),
        ],
        PickerKeys::Preview => vec![
            hint("Enter", "start", 0),
            hint("↑↓", "scroll", 1),
            hint("p", "back", 0),
        ],
        PickerKeys::Tools => vec![
            hint("Space", "tick", 0),
            hint("↑↓", "move", 1),
            hint("t", "done", 0),
        ],
        PickerKeys::Help | PickerKeys::Why => vec![hint("Enter", "close", 0)],
    }
}
