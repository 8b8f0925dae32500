//! Boxes drawn over a screen: the pressure rating, the key help and the
//! quit question (the check-in, which scrolls, has its own file). The
//! bottom row stays free for the key bar.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::keybar::KeyBar;
use super::text::height_of;
use super::wrap::hang;
use crate::tui::Theme;
use crate::tui::digits::{BigText, Rung, rung};
use crate::tui::view::{PressurePage, View};

/// The widest a box gets, so lines stay short enough to read at a glance.
pub(crate) const WIDEST: u16 = 64;

/// Clear a centred box for `body` and draw it with a titled border.
fn boxed(view: &View, area: Rect, buf: &mut Buffer, title: &str, body: &Text<'_>) -> Rect {
    let inner = framed(&view.theme, area, buf, title, body, 0);
    key_bar(view, area, buf);
    inner
}

/// The key bar on the bottom row of `area`, cleared of what a box drew
/// under it.
pub(crate) fn key_bar(view: &View, area: Rect, buf: &mut Buffer) {
    let bar = Rect {
        y: area.bottom().saturating_sub(1),
        height: 1,
        ..area
    };
    Clear.render(bar, buf);
    KeyBar { view }.render(bar, buf);
}

/// A box centred in `area` above its bottom row (the key bar's), at most
/// [`WIDEST`] wide, cleared and bordered, titled `title`, with `body`
/// wrapped inside and scrolled by `scroll`; returns the inside.
pub(crate) fn framed(
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
    title: &str,
    body: &Text<'_>,
    scroll: u16,
) -> Rect {
    let room = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let width = room.width.min(WIDEST);
    let height = height_of(body, width.saturating_sub(4)).saturating_add(2);
    let height = height.min(room.height);
    let outer = Rect {
        x: room.x + (room.width - width) / 2,
        y: room.y + (room.height - height) / 2,
        width,
        height,
    };
    Clear.render(outer, buf);
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(format!(" {title} "), theme.title));
    let inner = block.inner(outer);
    block.render(outer, buf);
    let inner = Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    };
    Paragraph::new(hang(body, inner.width))
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .render(inner, buf);
    inner
}

/// A row of keys and what they do, centred.
pub(super) fn keys_line(view: &View, keys: &[(&'static str, &'static str)]) -> Line<'static> {
    let mut spans = Vec::new();
    for (n, (key, word)) in keys.iter().enumerate() {
        if n > 0 {
            spans.push(Span::raw("    "));
        }
        spans.push(Span::styled(*key, view.theme.keys));
        spans.push(Span::styled(format!(" {word}"), view.theme.text));
    }
    Line::from(spans).centered()
}

/// The pressure rating: the question, the number so far in big digits.
pub(super) fn pressure(view: &View, pressure: &PressurePage, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let number = pressure.typed.map(|n| n.to_string());
    let big_rows = match &number {
        Some(n) if rung(n, WIDEST, 5) != Rung::TooSmall && area.height >= 16 => 5,
        _ => 1,
    };
    let mut body = Text::from(Line::styled(pressure.question.clone(), theme.text));
    body.push_line(Line::default());
    let reserve = Line::styled(
        if number.is_some() {
            ""
        } else {
            "Not rated yet"
        },
        theme.muted,
    )
    .centered();
    for _ in 0..big_rows {
        body.push_line(reserve.clone());
    }
    body.push_line(Line::default());
    let enter = if number.is_some() { "save" } else { "skip" };
    body.push_line(keys_line(
        view,
        &[("0-9", "rate"), ("↑↓", "adjust"), ("Enter", enter)],
    ));
    let inner = boxed(view, area, buf, "Pressure 0-10", &body);
    if let Some(number) = number {
        let top = height_of(&Text::from(pressure.question.as_str()), inner.width) + 1;
        let digits = Rect {
            y: inner.y.saturating_add(top),
            height: big_rows.min(inner.bottom().saturating_sub(inner.y + top)),
            ..inner
        };
        BigText::new(&number, theme.countdown).render(digits, buf);
    }
}

/// Every key, most needed first, in case the window cuts the list.
const HELP: &[(&str, &str)] = &[
    ("Space", "pause, resume, found it"),
    ("x", "stop now"),
    ("y n", "answer the question"),
    ("Enter →", "next step"),
    ("←", "previous step"),
    ("+ -", "hold 15 s longer, shorter"),
    ("0-9 ↑↓", "pressure; Enter skips"),
    ("m", "sound off or on"),
    ("b", "breath sounds off or on"),
    ("q Esc", "quit (asks first)"),
    ("?", "close this help"),
];

/// The key help.
pub(super) fn help(view: &View, area: Rect, buf: &mut Buffer) {
    let lines: Vec<Line<'_>> = HELP
        .iter()
        .map(|(key, word)| {
            Line::from(vec![
                Span::styled(format!("{key:>7}  "), view.theme.keys),
                Span::styled(*word, view.theme.text),
            ])
        })
        .collect();
    boxed(view, area, buf, "Keys", &Text::from(lines));
}

/// "Quit? The session will be recorded as stopped."
pub(super) fn confirm_quit(view: &View, area: Rect, buf: &mut Buffer) {
    let mut body = Text::from(Line::styled(
        "Quit? The session will be recorded as stopped.",
        view.theme.warning,
    ));
    body.push_line(Line::default());
    body.push_line(keys_line(view, &[("y", "quit"), ("n", "stay")]));
    boxed(view, area, buf, "Quit", &body);
}
