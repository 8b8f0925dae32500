//! The breathing pacer (a filled disc that grows on the inhale) and the roll
//! marker (a block moving along a track).
//!
//! The disc is drawn with half blocks, which render on every font; braille
//! and sextant glyphs do not. The phase word and seconds are always printed
//! beside it, and with reduce motion they are all there is.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::countdown::shown_seconds;
use super::view::{Breath, RollMarker};

/// Cells kept for the words beside the disc ("Breathe out", "12 s").
const WORDS: u16 = 13;

/// How many distinct sizes the disc is drawn at in `area` (at least 1).
///
/// The loop needs to redraw only when [`level`] changes.
pub fn levels(area: Rect) -> u16 {
    disc_area(area).width.max(1)
}

/// Which of the [`levels`] a shape of `size` (0.0 to 1.0) is drawn at.
pub fn level(area: Rect, size: f32) -> u16 {
    let top = levels(area) - 1;
    (clamped(size) * f32::from(top)).round() as u16
}

/// How many positions the roll marker can take in `area` (at least 1).
pub fn roll_levels(area: Rect) -> u16 {
    area.width.saturating_sub(2).max(1)
}

/// Which of the [`roll_levels`] cells the marker at `position` (0.0 to 1.0) is in.
pub fn roll_level(area: Rect, position: f32) -> u16 {
    let top = roll_levels(area) - 1;
    (clamped(position) * f32::from(top)).round() as u16
}

/// `value` within 0.0 to 1.0; 0.0 when it is not a number.
fn clamped(value: f32) -> f32 {
    if value.is_finite() {
        value.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// The square (in pixels) the disc is drawn in: left of the words.
fn disc_area(area: Rect) -> Rect {
    if area.height < 2 || area.width < WORDS + 3 {
        return Rect::new(area.x, area.y, 0, 0);
    }
    let diameter = (area.width - WORDS - 1).min(area.height.saturating_mul(2));
    Rect::new(area.x, area.y, diameter, diameter.div_ceil(2))
}

/// The breathing pacer widget.
#[derive(Debug, Clone, Copy)]
pub struct Pacer {
    /// Where the breath is.
    pub breath: Breath,
    /// Words only, no shape.
    pub reduce_motion: bool,
    /// Style of the disc.
    pub shape: Style,
    /// Style of the phase word.
    pub word: Style,
}

impl Widget for Pacer {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        let secs = format!("{} s", shown_seconds(self.breath.left));
        let word = self.breath.phase.as_str();
        let disc = disc_area(area);
        if self.reduce_motion || disc.width == 0 {
            let line = format!("{word}  {secs}");
            centred(buf, area, area.y + area.height / 2, &line, self.word);
            return;
        }
        let block = disc.width + 1 + WORDS;
        let disc = Rect {
            x: area.x + (area.width - block) / 2,
            y: area.y + (area.height - disc.height) / 2,
            ..disc
        };
        draw_disc(buf, disc, level(area, self.breath.size) + 1, self.shape);
        let x = disc.right() + 1;
        let mid = area.y + area.height / 2;
        buf.set_stringn(
            x,
            mid.saturating_sub(1),
            word,
            usize::from(WORDS),
            self.word,
        );
        buf.set_stringn(x, mid, &secs, usize::from(WORDS), self.word);
    }
}

/// A disc `diameter` pixels across, centred in `square` (pixels are one cell
/// wide and half a row tall).
fn draw_disc(buf: &mut Buffer, square: Rect, diameter: u16, style: Style) {
    let centre = f32::from(square.width) / 2.0;
    let radius = f32::from(diameter) / 2.0;
    // A little slack so the smallest sizes still light a dot.
    let reach = radius * radius + radius / 2.0;
    let lit = |x: u16, y: u16| {
        let dx = f32::from(x) + 0.5 - centre;
        let dy = f32::from(y) + 0.5 - centre;
        dx * dx + dy * dy <= reach
    };
    for row in 0..square.height {
        for col in 0..square.width {
            let symbol = match (lit(col, row * 2), lit(col, row * 2 + 1)) {
                (true, true) => "█",
                (true, false) => "▀",
                (false, true) => "▄",
                (false, false) => continue,
            };
            if let Some(cell) = buf.cell_mut((square.x + col, square.y + row)) {
                cell.set_symbol(symbol).set_style(style);
            }
        }
    }
}

/// The roll marker widget: a track, a block at the position, the way in words.
#[derive(Debug, Clone, Copy)]
pub struct RollTrack {
    /// Where the marker is.
    pub roll: RollMarker,
    /// Words only, no moving marker.
    pub reduce_motion: bool,
    /// Style of the track and marker.
    pub shape: Style,
    /// Style of the words.
    pub word: Style,
}

impl Widget for RollTrack {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let words = self.roll.direction.as_str();
        if self.reduce_motion || area.height < 2 || area.width < 8 {
            centred(buf, area, area.y + area.height / 2, words, self.word);
            return;
        }
        let y = area.y + (area.height - 2) / 2;
        let inner = roll_levels(area);
        let at = roll_level(area, self.roll.position);
        let track = format!("├{}┤", "─".repeat(usize::from(inner)));
        buf.set_stringn(area.x, y, &track, usize::from(area.width), self.shape);
        if let Some(cell) = buf.cell_mut((area.x + 1 + at, y)) {
            cell.set_symbol("█").set_style(self.shape);
        }
        centred(buf, area, y + 1, words, self.word);
    }
}

/// `text` centred on row `y` of `area`, cut to fit.
pub(crate) fn centred(buf: &mut Buffer, area: Rect, y: u16, text: &str, style: Style) {
    if area.is_empty() || y < area.y || y >= area.bottom() {
        return;
    }
    let width = unicode_width::UnicodeWidthStr::width(text).min(usize::from(area.width)) as u16;
    let x = area.x + (area.width - width) / 2;
    buf.set_stringn(x, y, text, usize::from(width), style);
}
