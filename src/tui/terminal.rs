//! Owning the terminal: enter the full screen, and always give it back.
//!
//! The guard restores on every way out: a normal return, an error, a panic
//! (through ratatui's hook, with the cursor shown after it) and the ending
//! signals, which the session loop turns into an ordinary return.

use std::io::{self, Write};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::DefaultTerminal;
use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::layout::Rect;

use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{self, Clear, ClearType, EnterAlternateScreen, SetTitle};

/// Where the coach draws: the real full screen, or a test buffer.
pub trait Screen {
    /// The screen's size in cells.
    fn size(&mut self) -> io::Result<Rect>;

    /// Writes a rendered frame to the screen.
    fn show(&mut self, frame: &Buffer) -> io::Result<()>;

    /// Sets the window title, so a person in another window sees the time.
    fn set_title(&mut self, title: &str) -> io::Result<()>;

    /// Rings the terminal bell: a question has opened.
    fn bell(&mut self) -> io::Result<()>;
}

/// Writes `frame` unless it is the frame last written (`drawn`): an
/// unchanged picture costs no I/O. True when it was written.
pub fn show_changed(
    screen: &mut impl Screen,
    drawn: &mut Option<Buffer>,
    frame: Buffer,
) -> io::Result<bool> {
    if drawn.as_ref() == Some(&frame) {
        return Ok(false);
    }
    screen.show(&frame)?;
    *drawn = Some(frame);
    Ok(true)
}

/// A borrowed screen draws on the one it borrows, so pages shown one after
/// another (the picker, then a session) share one full screen.
impl<S: Screen + ?Sized> Screen for &mut S {
    fn size(&mut self) -> io::Result<Rect> {
        (**self).size()
    }

    fn show(&mut self, frame: &Buffer) -> io::Result<()> {
        (**self).show(frame)
    }

    fn set_title(&mut self, title: &str) -> io::Result<()> {
        (**self).set_title(title)
    }

    fn bell(&mut self) -> io::Result<()> {
        (**self).bell()
    }
}

/// Whether a [`FullScreen`] is in use: a suspend gives back and takes
/// again only a terminal knead holds.
static HELD: AtomicBool = AtomicBool::new(false);

/// Set when the terminal was taken again after a suspend: what it shows
/// then is unknown, so the next frame is drawn in full.
static RETAKEN: AtomicBool = AtomicBool::new(false);

/// Before knead stops (SIGTSTP): the shell gets its terminal back as it was.
pub fn leave_for_suspend() {
    if HELD.load(Ordering::SeqCst) {
        give_back();
    }
}

/// After knead continues (SIGCONT): raw mode and the alternate screen
/// again, with the next frame drawn in full.
pub fn take_back_after_suspend() {
    if HELD.load(Ordering::SeqCst) {
        // Errors leave the terminal as the shell left it; the session goes on.
        let _ = terminal::enable_raw_mode();
        let mut out = io::stdout();
        let _ = execute!(out, EnterAlternateScreen, Hide, EnableBracketedPaste);
        // The suspend gave the shell its title back: save it again.
        let _ = out.write_all(PUSH_TITLE).and_then(|()| out.flush());
        RETAKEN.store(true, Ordering::SeqCst);
    }
}

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
            Ok(mut terminal) => {
                HELD.store(true, Ordering::SeqCst);
                // Save the window title (XTWINOPS), so leaving restores it.
                let _ = terminal.backend_mut().write_all(PUSH_TITLE);
                // Pasted text arrives marked, so it is never read as keys.
                if let Err(error) = execute!(terminal.backend_mut(), EnableBracketedPaste) {
                    give_back();
                    return Err(error);
                }
                Ok(Self { terminal })
            }
            Err(error) => {
                // Half a set-up (raw mode on, no alternate screen) is undone too.
                give_back();
                Err(error)
            }
        }
    }
}

impl Screen for FullScreen {
    fn size(&mut self) -> io::Result<Rect> {
        let size = self.terminal.size()?;
        Ok(Rect::new(0, 0, size.width, size.height))
    }

    fn show(&mut self, frame: &Buffer) -> io::Result<()> {
        // After a suspend the terminal shows anything: a blank screen, and
        // every cell of this frame drawn. (ratatui's own `clear` asks the
        // terminal where the cursor is, a reply the key reader may take.)
        let retaken = RETAKEN.swap(false, Ordering::SeqCst);
        if retaken {
            execute!(self.terminal.backend_mut(), Clear(ClearType::All))?;
        }
        self.terminal.draw(|f| {
            let buffer = f.buffer_mut();
            buffer.merge(frame);
            if retaken {
                for cell in &mut buffer.content {
                    cell.set_diff_option(CellDiffOption::AlwaysUpdate);
                }
            }
        })?;
        Ok(())
    }

    fn set_title(&mut self, title: &str) -> io::Result<()> {
        execute!(self.terminal.backend_mut(), SetTitle(title))
    }

    fn bell(&mut self) -> io::Result<()> {
        let backend = self.terminal.backend_mut();
        backend.write_all(b"\x07")?;
        Write::flush(backend)
    }
}

impl Drop for FullScreen {
    fn drop(&mut self) {
        HELD.store(false, Ordering::SeqCst);
        give_back();
    }
}

/// XTWINOPS: push the window and icon titles on the terminal's own stack.
const PUSH_TITLE: &[u8] = b"\x1b[22;0t";
/// XTWINOPS: pop them, giving back the title the shell had; terminals
/// without the stack ignore both.
const POP_TITLE: &[u8] = b"\x1b[23;0t";

/// Leaves the alternate screen and raw mode, shows the cursor and restores
/// the title; errors are ignored, since there is nothing left to tell.
fn give_back() {
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    let mut out = io::stdout();
    let _ = execute!(out, Show);
    let _ = out.write_all(POP_TITLE).and_then(|()| out.flush());
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
