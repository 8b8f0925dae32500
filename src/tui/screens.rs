//! Every screen as a pure function of `&View`: layout per stage, then any
//! overlay on top. Works from 40x12 up; below that it asks for a larger
//! window, and at any size it never panics.

mod check_in;
mod cue;
pub(crate) mod keybar;
pub(crate) mod modal;
mod pages;
mod step;
pub(crate) mod text;
mod wrap;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Theme;
use super::view::{Overlay, Stage, View};

pub use step::pacer_area;

/// The smallest window the screens are laid out for.
pub const MIN_WIDTH: u16 = 40;
/// The smallest window height the screens are laid out for.
pub const MIN_HEIGHT: u16 = 12;

/// Draw `view` over the whole frame.
pub fn draw(frame: &mut Frame, view: &View) {
    let area = frame.area();
    render(view, area, frame.buffer_mut());
}

/// Draw `view` into `area` of `buf`.
pub fn render(view: &View, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(&view.theme, area, buf);
        return;
    }
    match &view.stage {
        Stage::Before(before) => pages::before(view, before, area, buf),
        Stage::Step(step) | Stage::FindSpot(step) | Stage::Paused(step) => {
            step::render(view, step, area, buf);
        }
        Stage::CheckIn(step, check) => {
            step::render(view, step, area, buf);
            check_in::render(view, check, area, buf);
        }
        Stage::Pressure(step, pressure) => {
            step::render(view, step, area, buf);
            modal::pressure(view, pressure, area, buf);
        }
        Stage::ChooseGroup(choose) => pages::choose_group(view, choose, area, buf),
        Stage::Stopped(stopped) => pages::stopped(view, stopped, area, buf),
        Stage::Summary(summary) => pages::summary(view, summary, area, buf),
        Stage::LastSession(question) => pages::last_session(view, question, area, buf),
        Stage::Condition(condition) => pages::condition(view, condition, area, buf),
    }
    match view.overlay {
        Some(Overlay::Help) => modal::help(view, area, buf),
        Some(Overlay::ConfirmQuit) => modal::confirm_quit(view, area, buf),
        None => {}
    }
}

/// How far the page (or the check-in) in `view` can scroll in `area`; 0
/// when all of it shows, and on screens that do not scroll.
pub fn max_scroll(view: &View, area: Rect) -> u16 {
    match &view.stage {
        Stage::CheckIn(_, check) => check_in::max_scroll(view, check, area),
        _ => pages::max_scroll(view, area),
    }
}

/// How many lines a page key scrolls the page (or the check-in) in `view`
/// in `area`: what it shows less one, so no line is skipped unseen.
pub fn page_rows(view: &View, area: Rect) -> u16 {
    match &view.stage {
        Stage::CheckIn(_, check) => check_in::page_rows(view, check, area),
        _ => pages::page_rows(view, area),
    }
}

/// Whether a "y" or "n" on the page in `view`, scrolled by `scroll` in
/// `area`, would answer a question whose end has not been on screen.
pub fn question_unread(view: &View, area: Rect, scroll: u16) -> bool {
    pages::question_unread(view, area, scroll)
}

impl Widget for &View {
    fn render(self, area: Rect, buf: &mut Buffer) {
        render(self, area, buf);
    }
}

/// Rows of the given heights stacked from the top of `area`; those past its
/// bottom are cut, so any height is safe.
fn stack<const N: usize>(area: Rect, heights: [u16; N]) -> [Rect; N] {
    let mut y = area.y;
    heights.map(|h| {
        let h = h.min(area.bottom().saturating_sub(y));
        let rect = Rect::new(area.x, y, area.width, h);
        y += h;
        rect
    })
}

/// "Make the window larger", centred, for a window under the smallest size.
pub(crate) fn too_small(theme: &Theme, area: Rect, buf: &mut Buffer) {
    let message = format!("Make the window larger ({MIN_WIDTH}x{MIN_HEIGHT})");
    let paragraph = Paragraph::new(message)
        .style(theme.emphasis)
        .centered()
        .wrap(Wrap { trim: true });
    let lines = paragraph
        .line_count(area.width)
        .min(usize::from(area.height)) as u16;
    let middle = Rect {
        y: area.y + (area.height - lines) / 2,
        height: lines,
        ..area
    };
    paragraph.render(middle, buf);
}
