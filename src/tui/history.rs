//! The full-screen history: sessions a week over the last twelve weeks,
//! pressure and reports on the same line, this week's count against each
//! routine's aim, and the session table, scrollable. The screen is a pure
//! function of a [`HistoryView`] built at a given `now`; [`show`] runs it on
//! a screen that is already set up (the picker's `h`, or `knead history
//! --view`) until the person closes it.

mod chart;
mod layout;
mod model;
mod render;

use std::io;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

pub use model::{HistoryView, Marks, PressureRow, Row, WEEKS};
pub use render::{max_scroll, render};

use super::input::Events;
use super::page::{self, Shown};
use super::terminal::Screen;

/// Why the history screen closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    /// `q` or Esc: back to where it was opened from.
    Back,
    /// Ctrl-C, an ending signal, or the terminal went away.
    Interrupted,
}

/// What a key does on the history screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Close the screen.
    Close,
    /// Scroll the table by this many rows (negative: up).
    Scroll(i32),
    /// To the newest session.
    Top,
    /// To the oldest session.
    Bottom,
    /// Ctrl-C: treated like a signal.
    Interrupt,
}

/// How far a page key scrolls.
const PAGE: i32 = 8;

/// The meaning of a key press, or `None` when it does nothing here.
pub fn key(event: KeyEvent) -> Option<Key> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    if event.modifiers.contains(KeyModifiers::CONTROL) {
        return (event.code == KeyCode::Char('c')).then_some(Key::Interrupt);
    }
    match event.code {
        KeyCode::Char('q' | 'Q') | KeyCode::Esc => Some(Key::Close),
        KeyCode::Up | KeyCode::Char('k') => Some(Key::Scroll(-1)),
        KeyCode::Down | KeyCode::Char('j') => Some(Key::Scroll(1)),
        KeyCode::PageUp => Some(Key::Scroll(-PAGE)),
        KeyCode::PageDown | KeyCode::Char(' ') => Some(Key::Scroll(PAGE)),
        KeyCode::Home | KeyCode::Char('g') => Some(Key::Top),
        KeyCode::End | KeyCode::Char('G') => Some(Key::Bottom),
        _ => None,
    }
}

/// Shows `view` on `screen` until the person closes it; draws only when
/// the picture changed (a key, a resize), and sleeps otherwise.
pub fn show<S: Screen, E: Events>(
    screen: &mut S,
    events: &mut E,
    view: &mut HistoryView,
) -> io::Result<Closed> {
    page::show(&mut Page(view), screen, events, &mut Shown::default())
}

/// The history as a page of the window.
struct Page<'v>(&'v mut HistoryView);

impl page::Page for Page<'_> {
    type Ending = Closed;

    fn render(&mut self, area: Rect, frame: &mut Buffer) {
        let view = &mut *self.0;
        view.scroll = view.scroll.min(max_scroll(view, area));
        render(view, area, frame);
    }

    fn key(&mut self, event: KeyEvent, area: Rect) -> Option<Closed> {
        let view = &mut *self.0;
        match key(event)? {
            Key::Close => return Some(Closed::Back),
            Key::Interrupt => return Some(Closed::Interrupted),
            Key::Scroll(by) => {
                view.scroll = page::scrolled(view.scroll, by, max_scroll(view, area))
            }
            Key::Top => view.scroll = 0,
            Key::Bottom => view.scroll = usize::MAX,
        }
        None
    }

    fn ended(&mut self, _signal: bool) -> Closed {
        Closed::Interrupted
    }
}
