//! A step's cue paragraph, wrapped once. The cue is the same on every
//! frame of a step while only the seconds and the pacer move, and wrapping
//! it (twice: once to lay the screen out, once to draw it) was a quarter of
//! a breathing step's frame. Its wrapped picture is kept for the last cue,
//! width and style seen, and copied into each frame; the screens stay pure
//! functions of the view, since the picture is exactly what drawing the
//! paragraph there would give.

use std::cell::RefCell;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::wrap;

/// The last cue wrapped, and its picture.
struct Wrapped {
    cue: String,
    width: u16,
    /// Rows the cue takes, as the layout counts them.
    rows: u16,
    /// The whole paragraph drawn at `width` in a style, every row of it.
    picture: Option<(Style, Buffer)>,
}

thread_local! {
    static LAST: RefCell<Option<Wrapped>> = const { RefCell::new(None) };
}

/// Calls `with` on the wrapped `cue` at `width`, wrapping it anew only
/// when it differs from the last one.
fn wrapped<R>(cue: &str, width: u16, with: impl FnOnce(&mut Wrapped) -> R) -> R {
    LAST.with_borrow_mut(|last| match last {
        Some(kept) if kept.width == width && kept.cue == cue => with(kept),
        _ => with(last.insert(Wrapped {
            cue: cue.to_owned(),
            width,
            rows: u16::try_from(wrap::rows(cue, usize::from(width)).len()).unwrap_or(u16::MAX),
            picture: None,
        })),
    })
}

/// The cue as the step screen draws it (a left-aligned block, centred),
/// over every row it takes.
fn picture(cue: &str, width: u16, rows: u16, style: Style) -> Buffer {
    let mut picture = Buffer::empty(Rect::new(0, 0, width, rows.max(1)));
    wrap::centred_block(cue, style, picture.area, &mut picture);
    picture
}

/// How many rows `cue` takes wrapped at `width`.
pub(super) fn rows(cue: &str, width: u16) -> u16 {
    wrapped(cue, width, |w| w.rows)
}

/// Draws `cue` wrapped, as a centred block, over `area` of `buf`, its first rows
/// when the area is shorter than the paragraph.
pub(super) fn render(cue: &str, style: Style, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    wrapped(cue, area.width, |w| {
        let picture = match &mut w.picture {
            Some((drawn, picture)) if *drawn == style => picture,
            kept => {
                &mut kept
                    .insert((style, picture(cue, area.width, w.rows, style)))
                    .1
            }
        };
        for y in 0..area.height.min(picture.area.height) {
            for x in 0..area.width {
                if let (Some(from), Some(to)) =
                    (picture.cell((x, y)), buf.cell_mut((area.x + x, area.y + y)))
                {
                    to.clone_from(from);
                }
            }
        }
    });
}
