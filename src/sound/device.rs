//! The audio device on a thread of its own, open only while there is
//! something to play: an open output stream wakes the process hundreds of
//! times a second even when silent, so a quiet hold must not hold it.
//!
//! The thread opens the device at once (so a missing one is known before
//! the first cue, and the first cue plays without waiting), closes it after
//! [`IDLE`] with nothing playing, and opens it again when the next clip
//! arrives. Nothing here ever delays a frame or a line: the session only
//! sends clips down a channel.

use std::fs::File;
use std::io::Write;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::speaker::{Speaker, System};
use super::{Clip, Sound};

/// How long the device stays open after the last clip has finished.
///
/// Longer than the gap between two breath clips of the usual patterns
/// (4 s in, 6 s out), so breath sounds keep it open instead of reopening
/// it every breath, and the 3-2-1 countdown, a step's end and the next
/// step's start share one opening. Short enough that a hold with breath
/// sounds off is silent, and free, for all but its first seconds.
pub const IDLE: Duration = Duration::from_secs(8);

/// Where `KNEAD_SOUND_LOG` asks the device thread to note when it opens,
/// plays and closes (`scripts/bench-sound.py` measures cue latency with it).
const LOG_VARIABLE: &str = "KNEAD_SOUND_LOG";

/// A clip and the moment the session sent it.
struct Sent {
    clip: Clip,
    at: SystemTime,
}

/// Sends clips to the device thread.
pub struct Device {
    clips: Sender<Sent>,
    /// Whether the device opened at start, and why not; later, why it
    /// could not be opened again.
    opened: Receiver<Result<(), String>>,
}

impl Device {
    /// Starts the device thread, playing at `volume` percent.
    pub fn start(volume: u8) -> Self {
        let (clips, queued) = mpsc::channel::<Sent>();
        let (report, opened) = mpsc::channel();
        let log = std::env::var_os(LOG_VARIABLE).and_then(|path| File::create(path).ok());
        thread::spawn(move || serve(&queued, volume, &report, Log(log)));
        Self { clips, opened }
    }
}

/// Plays clips as they come, opening the device for them and closing it
/// once it has been idle for [`IDLE`]. A device that cannot be opened is
/// reported once and the rest of the session is silent: trying again at
/// every cue would only repeat the failure.
fn serve(queued: &Receiver<Sent>, volume: u8, report: &Sender<Result<(), String>>, mut log: Log) {
    let mut system = System::default();
    let mut speaker = match open(volume, &mut system, &mut log) {
        Ok(speaker) => {
            // Plain mode waits for this before its first lines.
            let _ = report.send(Ok(()));
            Some(speaker)
        }
        Err(reason) => return silent(queued, report, reason),
    };
    // When the last clip sent to the open device stops sounding.
    let mut quiet_from = Instant::now();
    loop {
        let next = match speaker {
            Some(_) => {
                queued.recv_timeout((quiet_from + IDLE).saturating_duration_since(Instant::now()))
            }
            None => queued.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match next {
            Ok(sent) => {
                let open = match speaker.take() {
                    Some(open) => open,
                    None => match open(volume, &mut system, &mut log) {
                        Ok(open) => open,
                        Err(reason) => return silent(queued, report, reason),
                    },
                };
                let playing = speaker.insert(open).play(sent.clip);
                log.played(&sent);
                quiet_from = quiet_from.max(Instant::now() + playing);
            }
            Err(RecvTimeoutError::Timeout) => {
                speaker = None;
                log.note("close");
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// Opens the device, noting when.
fn open(volume: u8, system: &mut System, log: &mut Log) -> Result<Speaker, String> {
    let opened = Speaker::open(volume, system);
    log.note(if opened.is_ok() { "open" } else { "failed" });
    opened
}

/// Says why there is no sound, then drains the clips so senders never notice.
fn silent(queued: &Receiver<Sent>, report: &Sender<Result<(), String>>, reason: String) {
    let _ = report.send(Err(reason));
    for _ in queued {}
}

/// The measuring log `KNEAD_SOUND_LOG` asks for: one line per event, with
/// Unix times in nanoseconds, so a recording of the sound server's output
/// can be lined up against it.
struct Log(Option<File>);

impl Log {
    fn note(&mut self, what: &str) {
        if let Some(file) = &mut self.0 {
            let _ = writeln!(file, "{what} {}", nanos(SystemTime::now()));
        }
    }

    fn played(&mut self, sent: &Sent) {
        if let Some(file) = &mut self.0 {
            let _ = writeln!(
                file,
                "cue {:?} {} {}",
                sent.clip,
                nanos(sent.at),
                nanos(SystemTime::now())
            );
        }
    }
}

fn nanos(at: SystemTime) -> u128 {
    at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}

impl Sound for Device {
    fn play(&mut self, clip: Clip) {
        let sent = Sent {
            clip,
            at: SystemTime::now(),
        };
        // A closed channel means the thread is gone: silence, never an error.
        let _ = self.clips.send(sent);
    }

    fn notice(&mut self, wait: Duration) -> Option<String> {
        match self.opened.recv_timeout(wait) {
            // The device's own words ("Failed to get the config for the
            // given device") mean nothing to a person on the floor.
            Ok(Err(_)) => Some(
                "No sound: no speaker or headphones were found, so the session runs silently."
                    .to_owned(),
            ),
            Ok(Ok(())) | Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => None,
        }
    }
}
