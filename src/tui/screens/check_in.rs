//! The check-in box: the question, that y stops, and every one of the
//! routine's stop signs. Where the window is too small for them all (40x12
//! with three signs), the text scrolls and its last row says "more", so no
//! sign is ever cut unseen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Widget};

use super::modal::{WIDEST, keys_line};
use super::text::{height_of, scroll_room, scrolled};
use crate::tui::view::{CheckIn, View};
use crate::words;

/// Where the box's parts go in an area.
struct Layout<'a> {
    /// The question and the signs.
    body: Text<'a>,
    /// The box, border and all.
    outer: Rect,
    /// Where the body goes, scrolled when it does not fit.
    text: Rect,
    /// The keys inside the box, when there is room for them (the key bar
    /// under the box says them too).
    keys: Option<Rect>,
}

/// The question and the signs, with blank lines between when `roomy`.
fn body<'a>(view: &View, check: &'a CheckIn, roomy: bool) -> Text<'a> {
    let theme = view.theme;
    // "(y stops)" stays on one row: a lone "stops)" reads as nothing.
    let question = check.question.replace(
        words::CHECK_IN_Y_STOPS,
        &words::CHECK_IN_Y_STOPS.replace(' ', "\u{a0}"),
    );
    let mut body = Text::from(Line::styled(question, theme.emphasis));
    if !check.stop_signs.is_empty() {
        if roomy {
            body.push_line(Line::default());
        }
        body.push_line(Line::styled(words::CHECK_IN_SIGNS_HEADING, theme.text));
        for sign in &check.stop_signs {
            body.push_line(Line::styled(format!("- {}", sign.trim()), theme.text));
        }
    }
    body
}

/// The box over `area`, above its bottom row (the key bar's): roomy with
/// its own keys where all fits, else the text alone, scrolling.
fn layout<'a>(view: &View, check: &'a CheckIn, area: Rect) -> Layout<'a> {
    let room = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let width = room.width.min(WIDEST);
    // Borders and a column of padding each side.
    let text_width = width.saturating_sub(4);
    let inside = room.height.saturating_sub(2);
    let roomy = body(view, check, true);
    let roomy_rows = height_of(&roomy, text_width);
    let (body, rows, keys) = if roomy_rows.saturating_add(2) <= inside {
        (roomy, roomy_rows, 2)
    } else {
        let tight = body(view, check, false);
        let rows = height_of(&tight, text_width).min(inside);
        (tight, rows, 0)
    };
    let height = rows + keys + 2;
    let outer = Rect {
        x: room.x + (room.width - width) / 2,
        y: room.y + (room.height.saturating_sub(height)) / 2,
        width,
        height: height.min(room.height),
    };
    let text = Rect {
        x: outer.x.saturating_add(2),
        y: outer.y.saturating_add(1),
        width: text_width,
        height: rows,
    };
    let keys = (keys > 0).then(|| Rect {
        y: text.bottom().saturating_add(1),
        height: 1,
        ..text
    });
    Layout {
        body,
        outer,
        text,
        keys,
    }
}

/// How far the check-in's text can scroll in `area`: 0 when all of it shows.
pub(crate) fn max_scroll(view: &View, check: &CheckIn, area: Rect) -> u16 {
    let layout = layout(view, check, area);
    scroll_room(&layout.body, layout.text)
}

/// How many lines a page key scrolls the check-in: the rows it shows
/// less one, so no stop sign is skipped unseen.
pub(crate) fn page_rows(view: &View, check: &CheckIn, area: Rect) -> u16 {
    // While scrolling, the text's last row says "more".
    layout(view, check, area)
        .text
        .height
        .saturating_sub(2)
        .max(1)
}

/// The safety check-in over the step it is about, and the key bar.
pub(super) fn render(view: &View, check: &CheckIn, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let layout = layout(view, check, area);
    Clear.render(layout.outer, buf);
    // A "no" that came before the last sign was seen: say why it waits.
    let (title, style) = match (check.unread, check.halfway) {
        (true, _) => ("Read to the end, then answer", theme.warning),
        (false, true) => ("Halfway check-in", theme.title),
        (false, false) => ("Check-in", theme.title),
    };
    Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(format!(" {title} "), style))
        .render(layout.outer, buf);
    scrolled(layout.body, check.scroll, layout.text, buf, &theme);
    if let Some(keys) = layout.keys {
        keys_line(view, &[("y", "yes, stop"), ("n", "no, go on")]).render(keys, buf);
    }
    super::modal::key_bar(view, area, buf);
}
