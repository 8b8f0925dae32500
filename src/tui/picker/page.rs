//! The picker's loop: draw, wait for a key, apply it, until the person
//! picks, quits or is interrupted. It sleeps until something happens: the
//! picker has no clock to show.

use std::io;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::keys::action_for;
use super::screen::{fit, render};
use super::state::{Picked, Picker};
use crate::tui::input::Events;
use crate::tui::page::{self, Shown};
use crate::tui::terminal::Screen;

/// Shows `picker` on `screen` until it ends, and says how. Call it again
/// to reopen the same picker (filter and selection kept) after a page
/// shown in the same window.
pub fn pick(
    picker: &mut Picker,
    screen: &mut impl Screen,
    events: &mut impl Events,
) -> io::Result<Picked> {
    // Nothing moves on the picker: it waits for the person, no deadline.
    page::show(&mut Page(picker), screen, events, &mut Shown::default())
}

/// The picker as a page of the window.
struct Page<'p>(&'p mut Picker);

impl page::Page for Page<'_> {
    type Ending = Picked;

    fn render(&mut self, area: Rect, frame: &mut Buffer) {
        fit(self.0, area);
        render(self.0, area, frame);
    }

    fn key(&mut self, key: KeyEvent, _area: Rect) -> Option<Picked> {
        action_for(key, self.0.key_context()).and_then(|a| self.0.apply(a))
    }

    fn ended(&mut self, signal: bool) -> Picked {
        if signal {
            Picked::Interrupted
        } else {
            Picked::Quit
        }
    }

    fn title(&self) -> Option<String> {
        Some("knead · choose a routine".to_owned())
    }
}
