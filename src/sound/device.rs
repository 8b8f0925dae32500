//! The audio device on a thread of its own: opened there, in the
//! background, so a slow or missing device never delays the first frame or
//! a line, and clips sent meanwhile play once it is open.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::Duration;

use super::speaker::Speaker;
use super::{Clip, Sound};

/// Sends clips to the device thread.
pub struct Device {
    clips: Sender<Clip>,
    /// Why the device could not be opened, once known.
    failed: Receiver<String>,
}

impl Device {
    /// Starts opening the default output on a thread of its own.
    pub fn start() -> Self {
        let (clips, queued) = mpsc::channel::<Clip>();
        let (fail, failed) = mpsc::channel();
        thread::spawn(move || match Speaker::open() {
            Ok(mut speaker) => {
                for clip in queued {
                    speaker.play(clip);
                }
            }
            Err(reason) => {
                let _ = fail.send(reason);
                // Keep draining, so senders never notice.
                for _ in queued {}
            }
        });
        Self { clips, failed }
    }
}

impl Sound for Device {
    fn play(&mut self, clip: Clip) {
        // A closed channel means the thread is gone: silence, never an error.
        let _ = self.clips.send(clip);
    }

    fn notice(&mut self, wait: Duration) -> Option<String> {
        match self.failed.recv_timeout(wait) {
            // The device's own words ("Failed to get the config for the
            // given device") mean nothing to a person on the floor.
            Ok(_) => Some(
                "No sound: no speaker or headphones were found, so the session runs silently."
                    .to_owned(),
            ),
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => None,
        }
    }
}
