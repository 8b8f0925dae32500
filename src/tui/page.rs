//! One full-screen page at a time. A page says what it shows, what a key
//! does and when it next needs a frame; [`show`] runs any of them (the
//! session, its last screen, the picker, the history) over the one window,
//! drawing only frames that changed and sleeping in between.

use std::io;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::input::{Events, Input, Wait};
use super::terminal::{Screen, show_changed};

/// A full-screen page.
pub trait Page {
    /// What showing the page ends with.
    type Ending;

    /// Draws the page over `area` of `frame`; a page may first fit its own
    /// state (a scroll, a selection) to the area.
    fn render(&mut self, area: Rect, frame: &mut Buffer);

    /// What a key does on a page drawn over `area`: an ending, or `None`
    /// to go on showing the page (redrawn if it changed).
    fn key(&mut self, key: KeyEvent, area: Rect) -> Option<Self::Ending>;

    /// What a key that may not answer a question does (see
    /// [`Input::Rushed`]): on a page that asks nothing, what any key does.
    fn rushed(&mut self, key: KeyEvent, area: Rect) -> Option<Self::Ending> {
        self.key(key, area)
    }

    /// What the page waits for besides a key: the next frame it needs and
    /// its deadline, from the area last drawn. Nothing, by default.
    fn wait(&self, _area: Rect) -> Wait {
        Wait::default()
    }

    /// The ending when the time waited for has come; `None` to go on.
    fn time(&mut self) -> Option<Self::Ending> {
        None
    }

    /// The ending when a signal came or the terminal can no longer be read.
    fn ended(&mut self, signal: bool) -> Self::Ending;

    /// The window title, if the page sets one.
    fn title(&self) -> Option<String> {
        None
    }
}

/// What the window shows now, so an unchanged frame or title is never
/// sent again; one per window, kept from page to page.
#[derive(Debug, Default)]
pub struct Shown {
    frame: Option<Buffer>,
    title: String,
}

impl Shown {
    /// The last frame sent, for a page drawn outside [`show`].
    pub fn frame_mut(&mut self) -> &mut Option<Buffer> {
        &mut self.frame
    }

    /// Sets the window title to `title` if it is not that already.
    pub fn set_title(&mut self, screen: &mut impl Screen, title: String) -> io::Result<()> {
        if title != self.title {
            screen.set_title(&title)?;
            self.title = title;
        }
        Ok(())
    }
}

/// A scroll position moved `by` lines (negative: up), kept within
/// `0..=most`: every page that scrolls moves the same way.
pub fn scrolled(at: usize, by: i32, most: usize) -> usize {
    let moved = if by < 0 {
        at.saturating_sub(by.unsigned_abs() as usize)
    } else {
        at.saturating_add(by as usize)
    };
    moved.min(most)
}

/// Shows `page` on `screen` until it ends, and says how.
pub fn show<P: Page>(
    page: &mut P,
    screen: &mut impl Screen,
    events: &mut impl Events,
    shown: &mut Shown,
) -> io::Result<P::Ending> {
    loop {
        let area = screen.size()?;
        let mut frame = Buffer::empty(area);
        page.render(area, &mut frame);
        if show_changed(screen, &mut shown.frame, frame)? {
            events.drawn();
        }
        if let Some(title) = page.title() {
            shown.set_title(screen, title)?;
        }
        let ending = match events.next(&page.wait(area)) {
            Some(Input::Key(key)) => page.key(key, area),
            Some(Input::Rushed(key)) => page.rushed(key, area),
            // A resized terminal (or one taken back after a suspend, which
            // cleared the title) is drawn again in full.
            Some(Input::Resize) => {
                shown.frame = None;
                shown.title.clear();
                None
            }
            Some(Input::Signal) => Some(page.ended(true)),
            Some(Input::Closed) => Some(page.ended(false)),
            None => page.time(),
        };
        if let Some(ending) = ending {
            return Ok(ending);
        }
    }
}
