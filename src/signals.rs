//! The signals that end a session, delivered as messages on a channel.
//!
//! A face waits on one channel for everything (time, keys or lines,
//! signals), so a signal wakes it at once instead of at the next timeout.

use std::io;
use std::sync::mpsc::Sender;
use std::thread;

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

/// Ctrl-C, Ctrl-\, `kill` and a closed terminal: each ends the session as
/// interrupted, with the terminal restored and the journal told.
pub const ENDING: [i32; 4] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT];

/// Sends `message()` on `sender` for every ending signal, from a thread of
/// its own, until the receiver goes away.
pub fn forward<T: Send + 'static>(
    sender: Sender<T>,
    message: impl Fn() -> T + Send + 'static,
) -> io::Result<()> {
    let mut signals = Signals::new(ENDING)?;
    thread::spawn(move || {
        for _ in signals.forever() {
            if sender.send(message()).is_err() {
                break;
            }
        }
    });
    Ok(())
}
