//! Owning the terminal: enter the full screen, and always give it back.
//!
//! The guard restores on every way out: a normal return, an error, a panic
//! (through ratatui's hook, with the cursor shown after it) and the ending
//! signals, which the session loop turns into an ordinary return.

use std::io::{self, Write};
use std::sync::Once;

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::SetTitle;

/// The full screen, given back when dropped.
pub struct FullScreen {
    terminal: DefaultTerminal,
}

impl FullScreen {
    /// Enters raw mode and the alternate screen; an error leaves the
    /// terminal as it was, so the caller can fall back to plain lines.
    pub fn enter() -> io::Result<Self> {
        show_cursor_after_panics();
        match ratatui::try_init() {
            Ok(terminal) => Ok(Self { terminal }),
            Err(error) => {
                // Half a set-up (raw mode on, no alternate screen) is undone too.
                give_back();
                Err(error)
            }
        }
    }

    /// The terminal to draw on.
    pub fn terminal(&mut self) -> &mut DefaultTerminal {
        &mut self.terminal
    }

    /// Sets the window title, so a person in another window sees the time.
    pub fn set_title(&mut self, title: &str) -> io::Result<()> {
        execute!(self.terminal.backend_mut(), SetTitle(title))
    }

    /// Rings the terminal bell: a question has opened.
    pub fn bell(&mut self) -> io::Result<()> {
        let backend = self.terminal.backend_mut();
        backend.write_all(b"\x07")?;
        backend.flush()
    }
}

impl Drop for FullScreen {
    fn drop(&mut self) {
        give_back();
    }
}

/// Leaves the alternate screen and raw mode, shows the cursor and clears
/// the title; errors are ignored, since there is nothing left to tell.
fn give_back() {
    ratatui::restore();
    let _ = execute!(io::stdout(), Show, SetTitle(""));
}

/// ratatui's panic hook restores the terminal but leaves the cursor hidden;
/// this runs after it (it is installed first, so ratatui's hook calls it).
fn show_cursor_after_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(io::stdout(), Show);
            previous(info);
        }));
    });
}
