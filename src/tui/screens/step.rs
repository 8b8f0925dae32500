//! The step screen: header, title and side, the big countdown, progress,
//! the pacer or roll marker, the cue, what comes next, and the key bar.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Widget};

use super::cue;
use super::keybar::KeyBar;
use super::stack;
use super::text::{cut, split_row};
use crate::tui::countdown::{clock, short};
use crate::tui::digits::BigText;
use crate::tui::pacer::{Pacer, RollTrack, centred};
use crate::tui::view::{Stage, StepView, View};

/// Where each part of the step screen goes.
#[derive(Debug, Clone, Copy, Default)]
struct Rows {
    header: Rect,
    title: Rect,
    state: Rect,
    notice: Rect,
    countdown: Rect,
    gauge: Rect,
    pacer: Rect,
    cue: Rect,
    next: Rect,
    keys: Rect,
}

/// Heights from 16 rows up get a line each for the state and the notice.
const ROOMY: u16 = 16;

/// The area the pacer or roll marker is drawn in, for [`crate::tui::pacer::levels`].
pub fn pacer_area(view: &View, area: Rect) -> Option<Rect> {
    let step = view.stage.step()?;
    let rows = rows(step, area);
    (!rows.pacer.is_empty()).then_some(rows.pacer)
}

fn rows(step: &StepView, area: Rect) -> Rows {
    let [
        header,
        title,
        state,
        notice,
        countdown,
        gauge,
        pacer,
        cue,
        next,
        keys,
    ] = stack(area, heights(step, area));
    Rows {
        header,
        title,
        state,
        notice,
        countdown,
        gauge,
        pacer,
        cue,
        next,
        keys,
    }
}

/// The height of each part, top to bottom, as in [`Rows`].
fn heights(step: &StepView, area: Rect) -> [u16; 10] {
    let roomy = area.height >= ROOMY;
    let cue_rows = match &step.cue {
        Some(cue) => cue::rows(cue, area.width).min(if roomy { 3 } else { 1 }),
        None => 0,
    };
    let next_rows = u16::from(area.height >= 14 && step.next.is_some());
    let notice_rows = u16::from(roomy);
    let fixed = 1 + 1 + 1 + notice_rows + 1 + cue_rows + next_rows + 1;
    let free = area.height.saturating_sub(fixed);
    let has_pacer = step.breath.is_some() || step.roll.is_some();
    let pacer = if has_pacer { pacer_rows(free) } else { 0 };
    let countdown = free.saturating_sub(pacer);
    [
        1,
        1,
        1,
        notice_rows,
        countdown,
        1,
        pacer,
        cue_rows,
        next_rows,
        1,
    ]
}

/// Rows for the pacer out of `free`: a third, but never at the cost of the
/// first full-block rung of the countdown (5 rows), which matters more.
fn pacer_rows(free: u16) -> u16 {
    let third = (free / 3).clamp(1, 5);
    if free.saturating_sub(third) < 5 {
        free.saturating_sub(5).max(1)
    } else {
        third
    }
}

/// Draw the step screen.
pub(super) fn render(view: &View, step: &StepView, area: Rect, buf: &mut Buffer) {
    let rows = rows(step, area);
    header(view, step, rows.header, buf);
    title(view, step, rows.title, buf);
    state(view, step, rows, buf);
    let time = clock(step.left);
    BigText::new(&time, view.theme.countdown).render(rows.countdown, buf);
    gauge(view, step, rows.gauge, buf);
    pacer(view, step, rows.pacer, buf);
    if let Some(cue) = &step.cue {
        cue::render(cue, view.theme.text, rows.cue, buf);
    }
    if let Some(next) = &step.next {
        let line = cut(&format!("Next: {next}"), usize::from(area.width));
        centred(buf, rows.next, rows.next.y, &line, view.theme.muted);
    }
    KeyBar { view }.render(rows.keys, buf);
}

fn header(view: &View, step: &StepView, area: Rect, buf: &mut Buffer) {
    let muted = if view.flags.muted { " · muted" } else { "" };
    let right = format!(
        "Step {} of {} · {} left{muted}",
        step.number,
        step.count,
        clock(step.session_left)
    );
    let theme = view.theme;
    split_row(
        buf,
        area,
        (&view.header.title, theme.title),
        (&right, theme.text),
    );
}

fn title(view: &View, step: &StepView, area: Rect, buf: &mut Buffer) {
    let text = match &step.side {
        Some(side) => format!("{} · {side} side", step.title),
        None => step.title.clone(),
    };
    let style = view.theme.title.add_modifier(Modifier::BOLD);
    let text = cut(&text, usize::from(area.width));
    centred(buf, area, area.y, &text, style);
}

/// The state line (paused, waiting, or the kind and bounds) and the notice.
fn state(view: &View, step: &StepView, rows: Rows, buf: &mut Buffer) {
    let theme = view.theme;
    let waiting = match &view.stage {
        Stage::Paused(_) => Some("PAUSED · press Space to resume"),
        Stage::FindSpot(_) => Some("Find a tender spot, then press Space"),
        _ => None,
    };
    let kind = match step.bounds {
        Some((min, max)) => format!(
            "{} · {} ({}-{})",
            step.kind,
            short(step.duration),
            short(min),
            short(max)
        ),
        None => format!("{} · {}", step.kind, short(step.duration)),
    };
    let notice = view.notice.as_deref();
    let width = usize::from(rows.state.width);
    let (line, style) = match (waiting, notice, rows.notice.is_empty()) {
        (Some(words), _, _) => (words.to_owned(), theme.emphasis),
        (None, Some(words), true) => (words.to_owned(), theme.emphasis),
        _ => (kind, theme.muted),
    };
    centred(buf, rows.state, rows.state.y, &cut(&line, width), style);
    if let (Some(words), false) = (notice, rows.notice.is_empty()) {
        let row = rows.notice;
        centred(buf, row, row.y, &cut(words, width), theme.emphasis);
    }
}

fn gauge(view: &View, step: &StepView, area: Rect, buf: &mut Buffer) {
    let ratio = if step.progress.is_finite() {
        f64::from(step.progress.clamp(0.0, 1.0))
    } else {
        0.0
    };
    let label = format!(
        "{:>3}% of {}",
        (ratio * 100.0).round(),
        short(step.duration)
    );
    LineGauge::default()
        .ratio(ratio)
        .label(Line::from(Span::styled(label, view.theme.muted)))
        .filled_symbol("█")
        .unfilled_symbol("─")
        .filled_style(view.theme.progress)
        .unfilled_style(view.theme.muted)
        .render(area, buf);
}

fn pacer(view: &View, step: &StepView, area: Rect, buf: &mut Buffer) {
    let theme = view.theme;
    let reduce_motion = view.flags.reduce_motion;
    if let Some(breath) = step.breath {
        Pacer {
            breath,
            reduce_motion,
            shape: theme.pacer,
            word: theme.emphasis,
        }
        .render(area, buf);
    } else if let Some(roll) = step.roll {
        RollTrack {
            roll,
            reduce_motion,
            shape: theme.pacer,
            word: theme.emphasis,
        }
        .render(area, buf);
    }
}
