//! The terminal's bytes, read on threads of their own: one blocks reading,
//! one decodes (with a deadline for a sequence left open), and one turns
//! SIGWINCH into a resize. Each input carries the instant it arrived, so
//! the pace of keys can be judged ([`super::pace`]).

use std::fs::File;
use std::io::{self, IsTerminal, Read};
use std::os::fd::AsFd;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use signal_hook::consts::SIGWINCH;
use signal_hook::iterator::Signals;

use super::decode::Decoder;
use super::{Input, pace};
use crate::clock;

/// How long an escape sequence (or a paste) may wait for its next byte
/// before it is dropped, and a lone ESC is taken as the Esc key.
pub const UNFINISHED: Duration = Duration::from_millis(80);

/// An input and the instant it arrived.
pub type Arrived = (Input, Instant);

/// Starts reading the terminal (stdin when it is one, else /dev/tty, as
/// crossterm's raw mode does) and the window's size changes into `sender`.
pub fn spawn(sender: &Sender<Arrived>) -> io::Result<()> {
    let tty = open()?;
    let mut resizes = Signals::new([SIGWINCH])?;
    let to_resize = sender.clone();
    thread::spawn(move || {
        for _ in resizes.forever() {
            if to_resize.send((Input::Resize, clock::arrival())).is_err() {
                break;
            }
        }
    });
    let (bytes, chunks) = mpsc::channel();
    thread::spawn(move || read(tty, &bytes));
    let to_keys = sender.clone();
    thread::spawn(move || decode(&chunks, &to_keys));
    Ok(())
}

fn open() -> io::Result<File> {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        Ok(File::from(stdin.as_fd().try_clone_to_owned()?))
    } else {
        File::open("/dev/tty")
    }
}

/// Sends each read's bytes; an empty chunk says the terminal is gone.
fn read(mut tty: File, bytes: &Sender<(Vec<u8>, Instant)>) {
    let mut chunk = [0u8; 4096];
    loop {
        let n = match tty.read(&mut chunk) {
            Ok(n) => n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => 0,
        };
        if bytes.send((chunk[..n].to_vec(), clock::arrival())).is_err() || n == 0 {
            return;
        }
    }
}

/// Decodes the bytes into keys. A key read together with other input (a
/// second key, a reply, a paste), or soon after input that was not keys,
/// was not pressed alone: it is sent as rushed, and answers nothing.
fn decode(chunks: &Receiver<(Vec<u8>, Instant)>, sender: &Sender<Arrived>) {
    let mut decoder = Decoder::default();
    let mut at = clock::arrival();
    let mut noise: Option<Instant> = None;
    loop {
        let received = if decoder.waiting() {
            chunks.recv_timeout(UNFINISHED)
        } else {
            chunks.recv().map_err(|_| RecvTimeoutError::Disconnected)
        };
        let keys = match received {
            Ok((bytes, arrived)) if !bytes.is_empty() => {
                at = arrived;
                let keys = decoder.feed(&bytes);
                if decoder.noisy() || keys.len() > 1 {
                    noise = Some(arrived);
                }
                keys
            }
            Err(RecvTimeoutError::Timeout) => {
                let keys = decoder.expire();
                if keys.is_empty() {
                    noise = Some(clock::arrival());
                }
                keys
            }
            Ok(_) | Err(RecvTimeoutError::Disconnected) => {
                let _ = sender.send((Input::Closed, clock::arrival()));
                return;
            }
        };
        let alone = noise.is_none_or(|n| !pace::followed(n, at));
        for key in keys {
            let input = if alone {
                Input::Key(key)
            } else {
                Input::Rushed(key)
            };
            if sender.send((input, at)).is_err() {
                return;
            }
        }
    }
}
