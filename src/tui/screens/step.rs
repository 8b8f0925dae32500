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
use super::wrap;
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
    let rows = rows(view, step, area);
    (!rows.pacer.is_empty()).then_some(rows.pacer)
}

fn rows(view: &View, step: &StepView, area: Rect) -> Rows {
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
    ] = stack(area, heights(view, step, area));
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

/// The height of each part, top to bottom, as in [`Rows`]. The notice
/// (advice after a rating among it) and the cue are read whole, wrapped,
/// before the countdown keeps its big digits: at 40x12 both were cut to a
/// line.
fn heights(view: &View, step: &StepView, area: Rect) -> [u16; 10] {
    let roomy = area.height >= ROOMY;
    let has_pacer = step.breath.is_some() || step.roll.is_some();
    let next_rows = u16::from(area.height >= 14 && step.next.is_some());
    // The countdown's one line, and the pacer's, are never given away.
    let least = 1 + u16::from(has_pacer);
    // The header, title, gauge and key bar.
    let fixed = 1 + 1 + 1 + next_rows + 1;
    let mut room = area.height.saturating_sub(fixed + least);
    let notice = shown_notice(view, step);
    let waiting = matches!(view.stage, Stage::Paused(_) | Stage::FindSpot(_));
    // Tight, an unwaiting screen shows its notice in place of the state.
    let state_rows = u16::from(roomy || waiting || notice.is_none());
    let notice_rows = match &notice {
        Some(words) => wrapped_rows(words, area.width).min(room.saturating_sub(state_rows)),
        None => u16::from(roomy),
    };
    room = room.saturating_sub(state_rows + notice_rows);
    let cue_rows = match &step.cue {
        Some(cue) => cue::rows(cue, area.width).min(room),
        None => 0,
    };
    let free = room - cue_rows + least;
    let pacer = if has_pacer { pacer_rows(free) } else { 0 };
    let countdown = free.saturating_sub(pacer);
    [
        1,
        1,
        state_rows,
        notice_rows,
        countdown,
        1,
        pacer,
        cue_rows,
        next_rows,
        1,
    ]
}

/// Rows `words` take wrapped at `width`.
fn wrapped_rows(words: &str, width: u16) -> u16 {
    u16::try_from(wrap::rows(words, usize::from(width)).len()).unwrap_or(u16::MAX)
}

/// The notice as the step screen says it: a sentence the cue below says
/// too (the lighter cue after an 8) is said once, by the cue.
fn shown_notice(view: &View, step: &StepView) -> Option<String> {
    let notice = view.notice.as_deref().filter(|n| !n.is_empty())?;
    let said = match &step.cue {
        Some(cue) if !cue.is_empty() && notice.contains(cue.as_str()) => {
            notice.replace(cue.as_str(), " ")
        }
        _ => notice.to_owned(),
    };
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    (!said.is_empty()).then_some(said)
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
    let rows = rows(view, step, area);
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

/// The state line (paused, waiting, or the kind and bounds) and the
/// notice, wrapped over its rows.
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
    let width = usize::from(rows.state.width);
    let (line, style) = match waiting {
        Some(words) => (words.to_owned(), theme.emphasis),
        None => (kind, theme.muted),
    };
    if !rows.state.is_empty() {
        centred(buf, rows.state, rows.state.y, &cut(&line, width), style);
    }
    if let Some(words) = shown_notice(view, step) {
        wrap::centred_block(&words, theme.emphasis, rows.notice, buf);
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
