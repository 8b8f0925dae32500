//! The signals that end a session, delivered as messages on a channel.
//!
//! A face waits on one channel for everything (time, keys or lines,
//! signals), so a signal wakes it at once instead of at the next timeout.

use std::io;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::Sender;
use std::thread;

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGXFSZ};
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

/// Keeps a file-size limit (`ulimit -f`) from killing knead: by default
/// SIGXFSZ ends the process mid-write, silently, maybe mid-hold. With a
/// handler of our own the write fails with an error instead, which the
/// journal reports while the session carries on.
pub fn survive_file_size_limit() -> io::Result<()> {
    // The flag is never read: catching the signal is all that matters.
    signal_hook::flag::register(SIGXFSZ, Arc::new(AtomicBool::new(false)))?;
    Ok(())
}
