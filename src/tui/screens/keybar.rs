//! The key bar: only the keys that work now, the most needed first to stay
//! when the window is narrow.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::tui::Theme;
use crate::tui::countdown::short;
use crate::tui::keys::{KeyContext, context};
use crate::tui::view::{Stage, StepView, View};

/// One key and what it does, with how much it matters (0 stays longest).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hint {
    key: String,
    word: String,
    rank: u8,
}

pub(crate) fn hint(key: impl Into<String>, word: impl Into<String>, rank: u8) -> Hint {
    Hint {
        key: key.into(),
        word: word.into(),
        rank,
    }
}

impl Hint {
    fn width(&self) -> usize {
        self.key.width() + 1 + self.word.width()
    }
}

/// The hints for what is on screen, in display order.
pub(crate) fn hints(view: &View) -> Vec<Hint> {
    match context(view) {
        KeyContext::Help => vec![hint("?", "close help", 0)],
        KeyContext::ConfirmQuit => vec![hint("y", "quit", 0), hint("n", "stay", 0)],
        // A long-standing question only answers; today's list starts.
        KeyContext::Screening if matches!(view.stage, Stage::Condition(_)) => vec![
            hint("y", "yes", 0),
            hint("n", "no", 0),
            hint("q", "quit", 1),
        ],
        KeyContext::Screening => {
            let mut list = vec![hint("y", "yes", 0), hint("n", "no, start", 0)];
            if matches!(&view.stage, Stage::Before(before) if before.can_review) {
                list.push(hint("c", "change conditions", 2));
            }
            list.extend([hint("↑↓", "scroll", 2), hint("q", "quit", 1)]);
            list
        }
        KeyContext::Step | KeyContext::FindSpot => step_hints(view),
        KeyContext::CheckIn => {
            let mut list = vec![hint("y", "yes, stop", 0), hint("n", "no, go on", 0)];
            list.extend(sound_hints(view));
            list
        }
        KeyContext::Pressure => pressure_hints(view),
        // The real range: "1-9" over six groups invites keys that do nothing.
        KeyContext::ChooseGroup => {
            let count = match &view.stage {
                Stage::ChooseGroup(choose) => choose.headings.len(),
                _ => 0,
            };
            let keys = if count > 1 {
                format!("1-{}", count.min(9))
            } else {
                "1".to_owned()
            };
            vec![hint(keys, "choose", 0), hint("q", "quit", 1)]
        }
        KeyContext::Stopped | KeyContext::Finished => {
            vec![hint("Enter", "leave", 0), hint("↑↓", "scroll", 1)]
        }
        KeyContext::Feeling => vec![
            hint("b", "better", 0),
            hint("s", "same", 0),
            hint("w", "worse", 0),
            hint("q", "leave", 1),
        ],
    }
}

fn step_hints(view: &View) -> Vec<Hint> {
    let mut list = match &view.stage {
        Stage::FindSpot(_) => vec![hint("Space", "found it", 0)],
        Stage::Paused(_) => vec![hint("Space", "resume", 0)],
        _ => vec![hint("Space", "pause", 0)],
    };
    let step = view.stage.step().cloned().unwrap_or_default();
    list.push(hint("→", "next", 1));
    if step.number > 1 {
        list.push(hint("←", "back", 3));
    }
    list.extend(bounds_hint(&step));
    list.extend(sound_hints(view));
    list
}

fn bounds_hint(step: &StepView) -> Option<Hint> {
    let (min, max) = step.bounds?;
    Some(hint(
        "+/-",
        format!("15 s ({}-{})", short(min), short(max)),
        4,
    ))
}

/// Stop, sound and help: on every screen of a running session.
fn sound_hints(view: &View) -> Vec<Hint> {
    let mute = if view.flags.muted { "unmute" } else { "mute" };
    let breath = if view.flags.breath_sounds {
        "breath off"
    } else {
        "breath on"
    };
    vec![
        hint("x", "stop", 0),
        hint("m", mute, 5),
        hint("b", breath, 6),
        hint("?", "help", 2),
        hint("q", "quit", 3),
    ]
}

fn pressure_hints(view: &View) -> Vec<Hint> {
    let typed = match &view.stage {
        Stage::Pressure(_, pressure) => pressure.typed.is_some(),
        _ => false,
    };
    let enter = if typed { "save" } else { "skip" };
    let mut list = vec![
        hint("0-9", "rate", 0),
        hint("↑↓", "adjust", 2),
        hint("Enter", enter, 0),
    ];
    list.extend(sound_hints(view));
    list
}

/// The key bar widget: hints laid out on the rows of its area.
pub(crate) struct KeyBar<'a> {
    /// The frame's view.
    pub view: &'a View,
}

impl Widget for KeyBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        render_hints(hints(self.view), &self.view.theme, area, buf);
    }
}

/// Lays `list` out on the rows of `area`, the least needed dropped first.
pub(crate) fn render_hints(list: Vec<Hint>, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let rows = fit(list, usize::from(area.width), area.height);
    for (n, row) in rows.iter().enumerate() {
        let mut spans = Vec::new();
        for (i, item) in row.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(item.key.as_str(), theme.keys));
            spans.push(Span::styled(format!(" {}", item.word), theme.muted));
        }
        let line_area = Rect {
            y: area.y + n as u16,
            height: 1,
            ..area
        };
        Line::from(spans).centered().render(line_area, buf);
    }
}

/// How many rows (at most `most`) the key bar needs at `width` to show every hint.
pub(crate) fn rows_needed(view: &View, width: u16, most: u16) -> u16 {
    let rows = lay_out(&hints(view), usize::from(width)).len();
    u16::try_from(rows).unwrap_or(most).clamp(1, most.max(1))
}

/// Drop the least needed hints until the rest fit on `rows` rows of `width`.
pub(crate) fn fit(mut list: Vec<Hint>, width: usize, rows: u16) -> Vec<Vec<Hint>> {
    loop {
        let laid = lay_out(&list, width);
        if laid.len() <= usize::from(rows) || list.len() <= 1 {
            return laid.into_iter().take(usize::from(rows)).collect();
        }
        let worst = list.iter().enumerate().max_by_key(|(n, h)| (h.rank, *n));
        match worst {
            Some((n, _)) => {
                list.remove(n);
            }
            None => return Vec::new(),
        }
    }
}

/// `list` in as few rows of `width` as it needs; when that leaves a hint
/// alone on a row, the rows are made as even as they can be, so a hint from
/// the row above keeps it company.
pub(crate) fn lay_out(list: &[Hint], width: usize) -> Vec<Vec<Hint>> {
    let rows = greedy(list, width);
    if rows.len() < 2 || rows.iter().all(|row| row.len() > 1) {
        return rows;
    }
    // The narrowest width that still needs no more rows: greedy filling at
    // that width spreads the hints evenly over them.
    let (mut low, mut high) = (list.iter().map(Hint::width).max().unwrap_or(0), width);
    while low < high {
        let mid = low + (high - low) / 2;
        if greedy(list, mid).len() <= rows.len() {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    greedy(list, high)
}

/// Each row filled as far as it goes before the next is begun.
fn greedy(list: &[Hint], width: usize) -> Vec<Vec<Hint>> {
    let mut rows: Vec<Vec<Hint>> = Vec::new();
    let mut used = 0;
    for item in list {
        let need = item.width();
        match rows.last_mut() {
            Some(row) if used + 2 + need <= width => {
                row.push(item.clone());
                used += 2 + need;
            }
            _ => {
                rows.push(vec![item.clone()]);
                used = need;
            }
        }
    }
    rows
}
