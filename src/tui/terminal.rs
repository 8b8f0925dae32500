//! Owning the terminal: enter the full screen, and always give it back.
//!
//! The guard restores on every way out: a normal return, an error, a panic
//! (through the hook installed on entry, with the cursor shown after it)
//! and the ending signals, which the session loop turns into an ordinary
//! return.

use std::io::{self, Stdout, Write};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, SetTitle};
use ratatui::layout::Rect;

use super::frames::Frames;

/// Where the coach draws: the real full screen, or a test buffer.
pub trait Screen {
    /// The screen's size in cells, as last learnt (at entry, then from
    /// resize events): asking it costs no system call.
    fn size(&mut self) -> io::Result<Rect>;

    /// The terminal changed size: learn the new one, and send the next
    /// frame whole.
    fn resized(&mut self) -> io::Result<()> {
        Ok(())
    }

    /// Draws a frame: `render` fills a blank buffer of the screen's size,
    /// and only what changed is sent. True when anything was.
    fn draw(&mut self, render: &mut dyn FnMut(Rect, &mut Buffer)) -> io::Result<bool>;

    /// Sets the window title, so a person in another window sees the time.
    fn set_title(&mut self, title: &str) -> io::Result<()>;

    /// Rings the terminal bell: a question has opened.
    fn bell(&mut self) -> io::Result<()>;
}

/// A borrowed screen draws on the one it borrows, so pages shown one after
/// another (the picker, then a session) share one full screen.
impl<S: Screen + ?Sized> Screen for &mut S {
    fn size(&mut self) -> io::Result<Rect> {
        (**self).size()
    }

    fn resized(&mut self) -> io::Result<()> {
        (**self).resized()
    }

    fn draw(&mut self, render: &mut dyn FnMut(Rect, &mut Buffer)) -> io::Result<bool> {
        (**self).draw(render)
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
    frames: Frames<CrosstermBackend<Stdout>>,
}

impl FullScreen {
    /// Enters raw mode and the alternate screen; an error leaves the
    /// terminal as it was, so the caller can fall back to plain lines.
    pub fn enter() -> io::Result<Self> {
        restore_on_panics();
        match set_up() {
            Ok(area) => {
                HELD.store(true, Ordering::SeqCst);
                let mut backend = CrosstermBackend::new(io::stdout());
                // Save the window title (XTWINOPS), so leaving restores it.
                let _ = backend.write_all(PUSH_TITLE);
                // Pasted text arrives marked, so it is never read as keys.
                if let Err(error) = execute!(backend, EnableBracketedPaste) {
                    give_back();
                    return Err(error);
                }
                Ok(Self {
                    frames: Frames::new(backend, area),
                })
            }
            Err(error) => {
                // Half a set-up (raw mode on, no alternate screen) is undone too.
                give_back();
                Err(error)
            }
        }
    }
}

/// Raw mode, the alternate screen and no cursor; the terminal's size, read
/// once here and then only when it changes.
fn set_up() -> io::Result<Rect> {
    let area = asked_size()?;
    terminal::enable_raw_mode()?;
    let mut backend = CrosstermBackend::new(io::stdout());
    execute!(backend, EnterAlternateScreen)?;
    backend.hide_cursor()?;
    backend.clear()?;
    Ok(area)
}

/// The terminal's size now (this opens `/dev/tty`: not for every frame).
fn asked_size() -> io::Result<Rect> {
    let (width, height) = terminal::size()?;
    Ok(Rect::new(0, 0, width, height))
}

impl Screen for FullScreen {
    fn size(&mut self) -> io::Result<Rect> {
        Ok(self.frames.area())
    }

    fn resized(&mut self) -> io::Result<()> {
        self.frames.resize(asked_size()?)
    }

    fn draw(&mut self, render: &mut dyn FnMut(Rect, &mut Buffer)) -> io::Result<bool> {
        // After a suspend the terminal shows anything (and may have changed
        // size): a blank screen, and every cell of this frame sent.
        if RETAKEN.swap(false, Ordering::SeqCst) {
            self.frames.resize(asked_size()?)?;
        }
        self.frames.draw(render)
    }

    fn set_title(&mut self, title: &str) -> io::Result<()> {
        execute!(self.frames.backend_mut(), SetTitle(title))
    }

    fn bell(&mut self) -> io::Result<()> {
        let backend = self.frames.backend_mut();
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

/// A panic gives the terminal back (and shows the cursor) before its
/// message is printed, so the message lands on the shell's screen.
fn restore_on_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            give_back();
            previous(info);
        }));
    });
}
