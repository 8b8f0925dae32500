//! What a frame costs on a steady step, observed without timing: the
//! terminal is never asked its size (a crossterm backend opens `/dev/tty`
//! for that), and the two frame buffers are the same ones throughout.

use std::cell::Cell as Counter;
use std::io;
use std::rc::Rc;
use std::time::Instant;

use crate::support::clock::ManualClock;
use crate::support::routines::valid;
use knead::coach;
use knead::sound::{self, Silent};
use knead::tui::Theme;
use knead::tui::build::Fixed;
use knead::tui::face::TuiFace;
use knead::tui::frames::Frames;
use knead::tui::input::{Events, Input, Wait};
use knead::tui::terminal::Screen;
use knead::tui::view::Flags;
use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect, Size};

/// A ten-minute breathe step with a cue paragraph, as routines open with.
const BREATHE: &str = r#"format = 1
title = "Ten minutes of breathing"

[[step]]
kind = "breathe"
title = "Slow breathing"
cue = "Sit or lie comfortably with your shoulders soft. Breathe in through the nose for four, out for six, and let each out-breath be a little longer than the one before; if your mind wanders, come back to the count."
duration = "10m"
"#;

/// How many frames of the step the tests watch.
const FRAMES: usize = 300;

/// A test backend that counts every way a real one would ask the terminal
/// its size.
struct Asking {
    inner: TestBackend,
    asked: Rc<Counter<usize>>,
}

impl Backend for Asking {
    type Error = core::convert::Infallible;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.asked.set(self.asked.get() + 1);
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.asked.set(self.asked.get() + 1);
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

/// A 100x30 screen over [`Asking`], noting its frame buffers at each frame.
struct Watched {
    frames: Frames<Asking>,
    sent: usize,
    /// Where each frame buffer's cells live, and how many it can hold,
    /// after each frame sent.
    buffers: Vec<[(*const Cell, usize); 2]>,
}

impl Screen for Watched {
    fn size(&mut self) -> io::Result<Rect> {
        Ok(self.frames.area())
    }

    fn draw(&mut self, render: &mut dyn FnMut(Rect, &mut Buffer)) -> io::Result<bool> {
        let Ok(sent) = self.frames.draw(render);
        if sent {
            self.sent += 1;
            let place = |b: &Buffer| (b.content.as_ptr(), b.content.capacity());
            let [shown, next] = self.frames.buffers();
            self.buffers.push([place(shown), place(next)]);
        }
        Ok(sent)
    }

    fn set_title(&mut self, _title: &str) -> io::Result<()> {
        Ok(())
    }

    fn bell(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Answers "no" at the screening, then lets the time go by to each next
/// picture until `FRAMES` waits have passed, then ends the session.
struct Breathing {
    clock: ManualClock,
    waits: usize,
    answered: bool,
}

impl Events for Breathing {
    fn next(&mut self, wait: &Wait) -> Option<Input> {
        if !self.answered {
            self.answered = true;
            return Some(Input::Key(KeyEvent::from(KeyCode::Char('n'))));
        }
        self.waits += 1;
        if self.waits > FRAMES {
            return Some(Input::Signal);
        }
        self.clock.advance(wait.redraw.or(wait.deadline)?);
        None
    }
}

/// What the screen saw of the step.
struct Seen {
    sent: usize,
    buffers: Vec<[(*const Cell, usize); 2]>,
    /// How often the terminal was asked its size.
    asked: usize,
}

/// Runs the breathing step for `FRAMES` pictures on a watched screen.
fn breathe() -> Seen {
    let routine = valid(BREATHE);
    let player = sound::with_player(Box::new(Silent), true);
    let switches = player.switches();
    let mut prepared =
        crate::support::session::prepared("breathe", &routine, BREATHE, "112", None, player);
    let fixed = Fixed {
        routine: &routine,
        emergency_number: "112",
        theme: Theme::standard(),
        flags: Flags::default(),
    };
    let asked = Rc::new(Counter::new(0));
    let backend = Asking {
        inner: TestBackend::new(100, 30),
        asked: Rc::clone(&asked),
    };
    let screen = Watched {
        frames: Frames::new(backend, Rect::new(0, 0, 100, 30)),
        sent: 0,
        buffers: Vec::new(),
    };
    let clock = ManualClock::at(Instant::now());
    let events = Breathing {
        clock: clock.clone(),
        waits: 0,
        answered: false,
    };
    let mut face = TuiFace::new(screen, events, fixed, switches);
    coach::run(&mut prepared, &mut face, &clock).expect("a test screen never fails");
    let screen = face.screen();
    Seen {
        sent: screen.sent,
        buffers: screen.buffers.clone(),
        asked: asked.get(),
    }
}

#[test]
fn a_running_step_never_asks_the_terminal_its_size() {
    let seen = breathe();
    // The breathing shape and the seconds moved on every wait.
    assert!(seen.sent > FRAMES / 2, "{} frames sent", seen.sent);
    assert_eq!(
        seen.asked, 0,
        "the size comes from resize events, not per frame"
    );
}

#[test]
fn a_steady_step_draws_into_the_same_two_buffers() {
    let seen = breathe();
    let first = seen.buffers.first().expect("frames were sent");
    for buffers in &seen.buffers {
        // The two buffers swap roles; neither is ever made again.
        let same = buffers == first || [buffers[1], buffers[0]] == *first;
        assert!(same, "a frame buffer was allocated anew");
    }
}
