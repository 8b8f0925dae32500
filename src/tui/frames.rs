//! Frames drawn as a terminal does ratatui's work, once: two buffers kept
//! for the whole run, the next frame rendered into one of them and only the
//! cells that differ from what is on screen sent. A steady step allocates
//! nothing, and its size is learnt from resize events, never asked per
//! frame (asking opens `/dev/tty` each time).

pub mod diff;

use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// What a backend shows, kept as two buffers reused from frame to frame.
pub struct Frames<B: Backend> {
    backend: B,
    /// What is on the screen now.
    shown: Buffer,
    /// The frame being drawn; blanked before each one.
    next: Buffer,
}

impl<B: Backend> Frames<B> {
    /// Frames over `backend`, whose screen is blank and `area` big.
    pub fn new(backend: B, area: Rect) -> Self {
        Self {
            backend,
            shown: Buffer::empty(area),
            next: Buffer::empty(area),
        }
    }

    /// The screen's size as last learnt: no system call.
    pub fn area(&self) -> Rect {
        self.shown.area
    }

    /// Has `render` draw the next frame over a blank buffer of the screen's
    /// size, then sends only the cells that changed. False when nothing
    /// did: an unchanged picture costs no I/O.
    pub fn draw(&mut self, render: &mut dyn FnMut(Rect, &mut Buffer)) -> Result<bool, B::Error> {
        self.next.reset();
        render(self.next.area, &mut self.next);
        let mut changes = diff::Changes::new(&self.shown, &self.next).peekable();
        if changes.peek().is_none() {
            return Ok(false);
        }
        self.backend.draw(changes)?;
        self.backend.flush()?;
        std::mem::swap(&mut self.shown, &mut self.next);
        Ok(true)
    }

    /// The screen is now `area` big and its content unknown: it is
    /// cleared, and the next frame is sent whole.
    pub fn resize(&mut self, area: Rect) -> Result<(), B::Error> {
        self.backend.clear()?;
        for buffer in [&mut self.shown, &mut self.next] {
            buffer.resize(area);
            buffer.reset();
        }
        Ok(())
    }

    /// The backend, to write what is not a frame (a title, the bell).
    pub fn backend_mut(&mut self) -> &mut B {
        &mut self.backend
    }

    /// The backend, for tests that read what it received.
    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// The two frame buffers, for tests that check they are reused.
    pub fn buffers(&self) -> [&Buffer; 2] {
        [&self.shown, &self.next]
    }
}
