//! Big digits by a ladder: the largest block digits that fit, then plain
//! `MM:SS`, then nothing (the screen asks for a larger window).
//!
//! The font is 3x5 pixels. A pixel is `scale` cells wide and `scale`
//! half-rows tall, drawn with the half blocks `▀▄█`, which every terminal
//! font has; a cell is about twice as tall as wide, so the pixels look
//! square. Scale 1 is the half-height rung (`MM:SS` in 17x3 cells), scale 2
//! the first full-block rung (34x5), and so on up.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

/// Pixel rows of every glyph.
const ROWS: u16 = 5;

/// Which way a countdown is drawn in an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rung {
    /// Block digits, each pixel `scale` cells wide and `scale` half-rows tall.
    Big {
        /// The integer scale, from 1 (half-height) up.
        scale: u16,
    },
    /// The text as it is, on one line.
    Plain,
    /// Nothing fits.
    TooSmall,
}

/// The rung for `text` in an area `width` x `height` cells; never panics.
pub fn rung(text: &str, width: u16, height: u16) -> Rung {
    let pixels = pixel_width(text).max(1);
    let by_width = width / pixels;
    // ceil(5 * scale / 2) rows must fit: 5 * scale <= 2 * height.
    let by_height = (u32::from(height) * 2 / u32::from(ROWS)) as u16;
    let scale = by_width.min(by_height);
    if scale >= 1 {
        Rung::Big { scale }
    } else if height >= 1 && usize::from(width) >= text.width() {
        Rung::Plain
    } else {
        Rung::TooSmall
    }
}

/// The size in cells of `text` drawn at `scale`.
pub fn big_size(text: &str, scale: u16) -> (u16, u16) {
    let width = pixel_width(text).saturating_mul(scale);
    let height = ROWS.saturating_mul(scale).div_ceil(2);
    (width, height)
}

/// A countdown drawn as large as its area allows, centred.
#[derive(Debug, Clone, Copy)]
pub struct BigText<'a> {
    text: &'a str,
    style: Style,
}

impl<'a> BigText<'a> {
    /// A big rendering of `text` (digits and colons) in `style`.
    pub fn new(text: &'a str, style: Style) -> Self {
        Self { text, style }
    }
}

impl Widget for BigText<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        match rung(self.text, area.width, area.height) {
            Rung::Big { scale } => self.draw_big(area, buf, scale),
            Rung::Plain => {
                let width = self.text.width() as u16;
                let x = area.x + (area.width - width) / 2;
                let y = area.y + area.height / 2;
                buf.set_string(x, y, self.text, self.style);
            }
            Rung::TooSmall => {}
        }
    }
}

impl BigText<'_> {
    fn draw_big(self, area: Rect, buf: &mut Buffer, scale: u16) {
        let bitmap = bitmap(self.text);
        let (width, height) = big_size(self.text, scale);
        let left = area.x + (area.width - width) / 2;
        let top = area.y + (area.height - height) / 2;
        let lit = |px: u16, half_row: u16| {
            let row = usize::from(half_row / scale);
            let col = usize::from(px / scale);
            bitmap
                .get(row)
                .and_then(|r| r.get(col))
                .copied()
                .unwrap_or(false)
        };
        for dy in 0..height {
            for dx in 0..width {
                let symbol = match (lit(dx, dy * 2), lit(dx, dy * 2 + 1)) {
                    (true, true) => "█",
                    (true, false) => "▀",
                    (false, true) => "▄",
                    (false, false) => continue,
                };
                if let Some(cell) = buf.cell_mut((left + dx, top + dy)) {
                    cell.set_symbol(symbol).set_style(self.style);
                }
            }
        }
    }
}

/// The width in pixels: glyphs with one blank pixel between them.
fn pixel_width(text: &str) -> u16 {
    let glyphs: u16 = text.chars().map(|c| glyph(c).0).sum();
    let gaps = text.chars().count().saturating_sub(1) as u16;
    glyphs.saturating_add(gaps)
}

/// Rows of pixels for `text`, gaps included.
fn bitmap(text: &str) -> Vec<Vec<bool>> {
    let mut rows = vec![Vec::new(); usize::from(ROWS)];
    for (n, c) in text.chars().enumerate() {
        let (width, bits) = glyph(c);
        for (row, pattern) in rows.iter_mut().zip(bits) {
            if n > 0 {
                row.push(false);
            }
            row.extend((0..width).rev().map(|bit| pattern >> bit & 1 == 1));
        }
    }
    rows
}

/// A glyph's width in pixels and its rows, leftmost pixel in the high bit.
fn glyph(c: char) -> (u16, [u8; 5]) {
    match c {
        '0' => (3, [0b111, 0b101, 0b101, 0b101, 0b111]),
        '1' => (3, [0b010, 0b110, 0b010, 0b010, 0b111]),
        '2' => (3, [0b111, 0b001, 0b111, 0b100, 0b111]),
        '3' => (3, [0b111, 0b001, 0b111, 0b001, 0b111]),
        '4' => (3, [0b101, 0b101, 0b111, 0b001, 0b001]),
        '5' => (3, [0b111, 0b100, 0b111, 0b001, 0b111]),
        '6' => (3, [0b111, 0b100, 0b111, 0b101, 0b111]),
        '7' => (3, [0b111, 0b001, 0b001, 0b001, 0b001]),
        '8' => (3, [0b111, 0b101, 0b111, 0b101, 0b111]),
        '9' => (3, [0b111, 0b101, 0b111, 0b001, 0b111]),
        ':' => (1, [0, 1, 0, 1, 0]),
        _ => (3, [0; 5]),
    }
}
