//! The picker's loop: draw, wait for a key, apply it, until the person
//! picks, quits or is interrupted. It sleeps until something happens: the
//! picker has no clock to show.

use std::io;

use ratatui::buffer::Buffer;

use super::keys::action_for;
use super::screen::{fit, render};
use super::state::{Picked, Picker};
use crate::tui::input::{Events, Input, Wait};
use crate::tui::terminal::{Screen, show_changed};

/// Shows `picker` on `screen` until it ends, and says how. Call it again
/// to reopen the same picker (filter and selection kept) after a page
/// shown in the same window.
pub fn pick(
    picker: &mut Picker,
    screen: &mut impl Screen,
    events: &mut impl Events,
) -> io::Result<Picked> {
    let mut drawn: Option<Buffer> = None;
    screen.set_title("knead · choose a routine")?;
    // Nothing moves on the picker: it waits for the person, no deadline.
    let wait = Wait::default();
    loop {
        let area = screen.size()?;
        fit(picker, area);
        let mut frame = Buffer::empty(area);
        render(picker, area, &mut frame);
        show_changed(screen, &mut drawn, frame)?;
        match events.next(&wait) {
            Some(Input::Key(key)) => {
                let picked = action_for(key, picker.mode()).and_then(|a| picker.apply(a));
                if let Some(picked) = picked {
                    return Ok(picked);
                }
            }
            Some(Input::Resize) | None => {}
            Some(Input::Signal) => return Ok(Picked::Interrupted),
            Some(Input::Closed) => return Ok(Picked::Quit),
        }
    }
}
