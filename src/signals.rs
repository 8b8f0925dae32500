//! The signals that end a session, delivered as messages on a channel.
//!
//! A face waits on one channel for everything (time, keys or lines,
//! signals), so a signal wakes it at once instead of at the next timeout.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::mpsc::Sender;
use std::thread;

use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGXFSZ};
use signal_hook::iterator::Signals;

/// Ctrl-C, Ctrl-\, `kill` and a closed terminal: each ends the session as
/// interrupted, with the terminal restored and the journal told.
pub const ENDING: [i32; 4] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT];

/// The first ending signal received, 0 while none came: the exit code is
/// 128 + its number, as shells report a process a signal ended.
static RECEIVED: AtomicI32 = AtomicI32::new(0);

/// The exit status for a run a signal ended: 128 + the first ending signal
/// received; Ctrl-C read as a key in raw mode (no signal) counts as SIGINT.
pub fn exit_code() -> u8 {
    let signal = match RECEIVED.load(Ordering::SeqCst) {
        0 => SIGINT,
        signal => signal,
    };
    u8::try_from(128 + signal).unwrap_or(130)
}

/// Sends `message()` on `sender` for every ending signal, from a thread of
/// its own, until the receiver goes away; the first one received decides
/// the exit code ([`exit_code`]).
pub fn forward<T: Send + 'static>(
    sender: Sender<T>,
    message: impl Fn() -> T + Send + 'static,
) -> io::Result<()> {
    let mut signals = Signals::new(ENDING)?;
    thread::spawn(move || {
        for signal in signals.forever() {
            // Only the first counts: a hang-up after Ctrl-C changes nothing.
            let _ = RECEIVED.compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst);
            if sender.send(message()).is_err() {
                break;
            }
        }
    });
    Ok(())
}

/// Suspends knead on SIGTSTP (`kill -TSTP`, a shell's `suspend`) the way a
/// full-screen program must: `leave` gives the terminal back before the
/// process stops; on SIGCONT (`fg`, `kill -CONT`, even after a SIGSTOP no
/// program can catch) `back` takes it again and `resumed()` is sent, so the
/// screen is drawn again in full. Runs on a thread of its own.
pub fn suspend<T: Send + 'static>(
    sender: Sender<T>,
    resumed: impl Fn() -> T + Send + 'static,
    leave: fn(),
    back: fn(),
) -> io::Result<()> {
    let mut signals = Signals::new([SIGTSTP, SIGCONT])?;
    thread::spawn(move || {
        for signal in signals.forever() {
            if signal == SIGTSTP {
                leave();
                // Stops the process here; returns once it is continued, and
                // the SIGCONT that continued it comes next.
                if signal_hook::low_level::emulate_default_handler(SIGTSTP).is_err() {
                    back();
                }
                continue;
            }
            back();
            if sender.send(resumed()).is_err() {
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
