//! What the full screen hears: key presses, resizes and the ending signals,
//! on one channel, so one wait serves all three.

use std::io;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use ratatui::crossterm::event::{self, Event, KeyEvent};

use crate::signals;

/// One thing heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key event (presses, releases and repeats: the key map filters).
    Key(KeyEvent),
    /// The window changed size.
    Resize,
    /// Ctrl-C from outside raw mode, SIGTERM, SIGHUP or SIGQUIT.
    Signal,
    /// The terminal can no longer be read.
    Closed,
}

/// Starts reading keys and signals on threads of their own.
pub fn start() -> io::Result<Receiver<Input>> {
    let (sender, inputs) = mpsc::channel();
    signals::forward(sender.clone(), || Input::Signal)?;
    thread::spawn(move || read_events(&sender));
    Ok(inputs)
}

fn read_events(sender: &Sender<Input>) {
    loop {
        let input = match event::read() {
            Ok(Event::Key(key)) => Input::Key(key),
            Ok(Event::Resize(..)) => Input::Resize,
            Ok(_) => continue,
            Err(_) => Input::Closed,
        };
        let closed = input == Input::Closed;
        if sender.send(input).is_err() || closed {
            return;
        }
    }
}
