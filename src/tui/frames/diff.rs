//! The cells of the next frame that differ from those on screen: ratatui's
//! `BufferDiff` (ratatui-core 0.1, MIT), giving the same cells in the same
//! order (a test compares the two), with the work for an unchanged cell cut.
//! On a steady step nearly every cell is unchanged, and ratatui's diff was
//! 63 % of a frame's instructions: it takes every cell's display width
//! before comparing it (a fifth of a frame), and compares the symbol first,
//! through `memcmp`. Here a cell is compared first, its colours and
//! modifiers before its symbol, a one-byte symbol as a byte; and a one-byte
//! printable symbol (almost every cell) is 1 wide without a table lookup.

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

/// Modifiers that show on a blank cell.
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

/// The changed cells of `next` against `prev`, as `(x, y, cell)`.
pub struct Changes<'prev, 'next> {
    next: &'next [Cell],
    prev: &'prev [Cell],
    area: Rect,
    pos: usize,
    trailing: Option<Trailing>,
}

/// Cells after a wide character still to be looked at.
struct Trailing {
    next_index: usize,
    end: usize,
    /// Every cell in the range is sent, changed or not.
    force: bool,
}

impl<'prev, 'next> Changes<'prev, 'next> {
    /// The changes from `prev` (on screen) to `next`; the two have the
    /// same area (the frames keep them so).
    pub fn new(prev: &'prev Buffer, next: &'next Buffer) -> Self {
        let mut area = prev.area;
        area.height = area.height.min(next.area.height);
        Self {
            next: &next.content,
            prev: &prev.content,
            area,
            pos: 0,
            trailing: None,
        }
    }

    fn pos_of(&self, index: usize) -> (u16, u16) {
        let width = usize::from(self.area.width.max(1));
        let x = index % width + usize::from(self.area.x);
        let y = index / width + usize::from(self.area.y);
        (
            u16::try_from(x).unwrap_or(u16::MAX),
            u16::try_from(y).unwrap_or(u16::MAX),
        )
    }

    fn at(&self, index: usize) -> (u16, u16, &'next Cell) {
        let (x, y) = self.pos_of(index);
        (x, y, &self.next[index])
    }

    /// The next trailing cell to send, if any is left.
    fn next_trailing(&mut self, len: usize) -> Option<(u16, u16, &'next Cell)> {
        let trailing = self.trailing.as_mut()?;
        while trailing.next_index < trailing.end {
            let j = trailing.next_index;
            trailing.next_index += usize::from(self.next[j].cell_width().max(1));
            trailing.end = trailing.end.max(trailing.next_index).min(len);
            if !is_skip(&self.next[j])
                && (trailing.force || self.prev[j].symbol() != self.next[j].symbol())
            {
                return Some(self.at(j));
            }
        }
        self.pos = trailing.end;
        self.trailing = None;
        None
    }
}

impl<'next> Iterator for Changes<'_, 'next> {
    type Item = (u16, u16, &'next Cell);

    fn next(&mut self) -> Option<Self::Item> {
        let len = self.next.len().min(self.prev.len());
        if let Some(cell) = self.next_trailing(len) {
            return Some(cell);
        }
        while self.pos < len {
            let i = self.pos;
            self.pos += 1;
            let (current, previous) = (&self.next[i], &self.prev[i]);
            match current.diff_option {
                CellDiffOption::Skip => {}
                _ if is_skip(current) => {}
                CellDiffOption::ForcedWidth(width) => {
                    self.pos = self.pos.saturating_add(usize::from(width.get() - 1));
                    if !same(current, previous) {
                        return Some(self.at(i));
                    }
                }
                CellDiffOption::None if same(current, previous) => {
                    self.pos += width(current).saturating_sub(1);
                }
                CellDiffOption::None | CellDiffOption::AlwaysUpdate => {
                    self.changed(i, len);
                    return Some(self.at(i));
                }
            }
        }
        None
    }
}

impl Changes<'_, '_> {
    /// Cell `i` is sent: where the walk goes on after it, as ratatui's does
    /// (past a wide character, or through the cells it covered).
    fn changed(&mut self, i: usize, len: usize) {
        let (current, previous) = (&self.next[i], &self.prev[i]);
        let cell_width = width(current);
        let previous_width = width(previous);
        // Terminals may leave the trailing cell of an emoji with VS16 drawn.
        let vs16 = cell_width > 1 && current.symbol().contains('\u{FE0F}');
        if vs16 {
            self.trailing = Some(Trailing {
                next_index: i + 1,
                end: (i + cell_width).min(len),
                force: false,
            });
        } else if cell_width > 1 {
            self.pos += cell_width - 1;
        } else if previous_width > cell_width
            && (previous.bg != Color::Reset || previous.modifier.intersects(VISIBLE_ON_BLANK))
        {
            // Within the buffer: ratatui's own diff indexes past its end
            // when a wide character was the last cell.
            self.trailing = Some(Trailing {
                next_index: i + 1,
                end: (i + previous_width).min(len),
                force: true,
            });
        }
    }
}

/// `Cell`'s own equality, cheapest field first (it needs ratatui's
/// `underline-color` feature, on by default).
#[allow(deprecated)]
fn same(a: &Cell, b: &Cell) -> bool {
    a.fg == b.fg
        && a.bg == b.bg
        && a.modifier == b.modifier
        && a.underline_color == b.underline_color
        && a.diff_option == b.diff_option
        && a.skip == b.skip
        && match (a.symbol().as_bytes(), b.symbol().as_bytes()) {
            ([x], [y]) => x == y,
            (x, y) => x == y,
        }
}

/// A cell's display width; a one-byte printable symbol, a box-drawing
/// line or a block is 1 without a lookup.
fn width(cell: &Cell) -> usize {
    if let CellDiffOption::ForcedWidth(width) = cell.diff_option {
        return usize::from(width.get());
    }
    match cell.symbol().as_bytes() {
        [byte] if (b' '..=b'~').contains(byte) => 1,
        // Box drawing (U+2500-257F) and block elements (U+2580-259F), which
        // draw the digits, the gauge and the pacer: 1 wide, as
        // unicode-width says.
        [0xE2, 0x94 | 0x95, _] | [0xE2, 0x96, 0x80..=0x9F] => 1,
        _ => usize::from(cell.cell_width()),
    }
}

#[allow(deprecated)]
fn is_skip(cell: &Cell) -> bool {
    matches!(cell.diff_option, CellDiffOption::Skip)
        || (cell.skip && matches!(cell.diff_option, CellDiffOption::None))
}

#[cfg(test)]
mod tests {
    use std::num::NonZeroU16;

    use proptest::prelude::*;
    use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier};

    use super::Changes;

    /// Symbols of every width ratatui treats apart: blank, ASCII, box
    /// drawing, wide, and an emoji with VS16.
    const SYMBOLS: [&str; 9] = [" ", "a", "█", "─", "▟", "■", "あ", "😀", "❤\u{fe0f}"];

    fn cell() -> impl Strategy<Value = Cell> {
        (0..SYMBOLS.len(), any::<bool>(), any::<bool>(), 0..6u8).prop_map(
            |(symbol, red, reversed, option)| {
                let mut cell = Cell::new(SYMBOLS[symbol]);
                if red {
                    cell.bg = Color::Red;
                }
                if reversed {
                    cell.modifier = Modifier::REVERSED;
                }
                cell.diff_option = match option {
                    0 => CellDiffOption::Skip,
                    1 => CellDiffOption::AlwaysUpdate,
                    2 => CellDiffOption::ForcedWidth(NonZeroU16::MIN.saturating_add(1)),
                    _ => CellDiffOption::None,
                };
                cell
            },
        )
    }

    fn buffer(cells: Vec<Cell>) -> Buffer {
        let mut buffer = Buffer::empty(Rect::new(2, 1, 6, 4));
        buffer.content = cells;
        buffer
    }

    #[test]
    fn a_width_without_lookup_is_the_width_ratatui_looks_up() {
        let printable = (b' '..=b'~').map(char::from);
        let boxes = ('\u{2500}'..='\u{259f}').chain(['\u{2493}', '\u{25a0}']);
        for symbol in printable.chain(boxes) {
            let mut cell = Cell::default();
            cell.set_symbol(symbol.encode_utf8(&mut [0; 4]));
            assert_eq!(
                super::width(&cell),
                usize::from(cell.cell_width()),
                "{symbol}"
            );
        }
    }

    proptest! {
        #[test]
        fn the_changes_are_ratatuis_diff(
            prev in prop::collection::vec(cell(), 24),
            next in prop::collection::vec(cell(), 24),
            same in prop::collection::vec(any::<bool>(), 24),
        ) {
            // Mostly unchanged cells, as on a steady step.
            let next: Vec<Cell> = next
                .into_iter()
                .zip(&prev)
                .zip(same)
                .map(|((n, p), same)| if same { p.clone() } else { n })
                .collect();
            let (prev, next) = (buffer(prev), buffer(next));
            let ours: Vec<_> = Changes::new(&prev, &next).collect();
            // Where ratatui's own diff panics (a wide character as the last
            // cell), ours need only not.
            let theirs = std::panic::catch_unwind(|| prev.diff_iter(&next).collect::<Vec<_>>());
            if let Ok(theirs) = theirs {
                prop_assert_eq!(ours, theirs);
            }
        }
    }
}
