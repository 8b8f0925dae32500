//! The audio output on Linux: the mixed samples, as 16-bit PCM, streamed
//! to the player the system already has (`pw-cat`, `paplay` or `aplay`).
//!
//! Linking ALSA would make every build need `pkg-config` and the ALSA
//! headers, and the binary refuse to start where `libasound` is missing;
//! a player found on `PATH` at run time needs neither. One player process
//! lives while the device is open; a thread feeds it.
//!
//! A cue must be heard within 50 ms, so the thread never lets more than
//! [`BACKLOG`] of samples wait in the pipe: the player reads at the sound
//! card's pace, and what it has not read yet is all a new clip queues
//! behind. Checking the pipe (rather than a clock) keeps that true however
//! far the card's clock drifts from the system's.

use std::io::{self, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

/// Samples per second of the stream; the usual rate of sound servers.
pub const RATE: u32 = 48_000;

/// One channel: the clips are mono.
pub const CHANNELS: u16 = 1;

/// How often the thread looks at the pipe: 5 ms of sound.
const TICK: Duration = Duration::from_millis(5);

/// Samples written at a time: one [`TICK`].
const CHUNK: usize = (RATE / 200) as usize;

/// The most the pipe holds before the thread waits: about 10 ms of sound,
/// enough that the player never finds it empty between two ticks.
const BACKLOG: u64 = (2 * CHUNK * 2) as u64;

/// The most chunks written in one tick: 20 ms of sound.
const CATCH_UP: usize = 4;

/// How long a player must keep running, at the first opening, to count as
/// working: one with no server to talk to or no card exits at once.
const PROBE: Duration = Duration::from_millis(150);

/// How long a closed player may take to play out what it has.
const DRAIN: Duration = Duration::from_secs(2);

/// A player program and the arguments that make it read raw 16-bit mono
/// samples from stdin with a short buffer.
struct Program {
    name: &'static str,
    args: fn() -> Vec<String>,
}

/// In order of preference: PipeWire's own client, then PulseAudio's (also
/// served by PipeWire), then plain ALSA.
const PROGRAMS: [Program; 3] = [
    Program {
        name: "pw-cat",
        args: || {
            vec![
                "--playback".into(),
                "--raw".into(),
                "--format=s16".into(),
                format!("--rate={RATE}"),
                format!("--channels={CHANNELS}"),
                "--latency=20ms".into(),
                "-".into(),
            ]
        },
    },
    Program {
        name: "paplay",
        args: || {
            vec![
                "--raw".into(),
                "--format=s16le".into(),
                format!("--rate={RATE}"),
                format!("--channels={CHANNELS}"),
                "--latency-msec=20".into(),
                "--client-name=knead".into(),
                "--stream-name=cues".into(),
            ]
        },
    },
    Program {
        name: "aplay",
        args: || {
            vec![
                "-q".into(),
                "-t".into(),
                "raw".into(),
                "-f".into(),
                "S16_LE".into(),
                format!("-r{RATE}"),
                format!("-c{CHANNELS}"),
                // Microseconds: 40 ms of buffer.
                "--buffer-time=40000".into(),
                "-".into(),
            ]
        },
    },
];

/// The mixed sound, one sample at a time; `None` while nothing sounds.
pub type Samples = Box<dyn Iterator<Item = f32> + Send>;

/// Which player worked, once one has.
#[derive(Debug, Default)]
pub struct Found(Option<usize>);

/// A running player, fed by its thread; dropping it closes the player.
pub struct Pipe {
    // Dropped, it tells the thread to stop: a channel wakes the thread at
    // once, where a flag would wait for its next tick.
    _stop: Sender<()>,
}

impl Pipe {
    /// Starts the player that worked before, or, the first time, the first
    /// one that starts and keeps running; `samples` is what it plays.
    pub fn open(found: &mut Found, mut samples: Samples) -> Result<Self, String> {
        if let Some(index) = found.0 {
            let child = spawn(&PROGRAMS[index]).map_err(|e| e.to_string())?;
            return Ok(Self::feed(child, samples, None));
        }
        for (index, program) in PROGRAMS.iter().enumerate() {
            let Ok(child) = spawn(program) else { continue };
            let (tell, told) = mpsc::channel();
            let pipe = Self::feed(child, samples, Some(tell));
            match told.recv() {
                Ok(Ok(())) => {
                    found.0 = Some(index);
                    return Ok(pipe);
                }
                Ok(Err(rest)) => samples = rest,
                Err(_) => return Err("the sound thread ended".into()),
            }
        }
        Err("no working pw-cat, paplay or aplay".into())
    }

    /// Starts the thread that feeds `child`, which says through `probe`,
    /// when given, whether the player survived its first moments.
    fn feed(child: Child, samples: Samples, probe: Option<Sender<Probed>>) -> Self {
        let (stop, stopped) = mpsc::channel();
        thread::spawn(move || serve(child, samples, &stopped, probe));
        Self { _stop: stop }
    }
}

/// Whether a player survived its first moments; if not, the samples back,
/// for the next one to try.
type Probed = Result<(), Samples>;

/// Starts `program` reading stdin, its output and complaints discarded:
/// they would scribble over the session's screen.
fn spawn(program: &Program) -> io::Result<Child> {
    Command::new(program.name)
        .args((program.args)())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
}

/// Feeds the player until told to stop or until it goes away, then closes
/// its input and reaps it.
fn serve(
    mut child: Child,
    mut samples: Samples,
    stop: &Receiver<()>,
    probe: Option<Sender<Probed>>,
) {
    let Some(mut input) = child.stdin.take() else {
        return reap(child);
    };
    let mut probe = probe.map(|tell| (tell, Instant::now() + PROBE));
    let mut bytes = Vec::with_capacity(CHUNK * 2);
    loop {
        let alive = matches!(child.try_wait(), Ok(None))
            && top_up(&mut input, samples.as_mut(), &mut bytes).is_ok();
        if let Some((tell, until)) = probe.take() {
            if !alive {
                drop(input);
                reap(child);
                let _ = tell.send(Err(samples));
                return;
            }
            if Instant::now() >= until {
                let _ = tell.send(Ok(()));
            } else {
                probe = Some((tell, until));
            }
        }
        if !alive {
            break;
        }
        match stop.recv_timeout(TICK) {
            Err(RecvTimeoutError::Timeout) => {}
            Ok(()) | Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    // End of input: the player plays what it has, then exits.
    drop(input);
    reap(child);
}

/// Writes chunks of samples until the pipe holds [`BACKLOG`], at most
/// [`CATCH_UP`] of them: a thread woken late must still keep the player fed.
fn top_up(
    input: &mut ChildStdin,
    samples: &mut dyn Iterator<Item = f32>,
    bytes: &mut Vec<u8>,
) -> io::Result<()> {
    for _ in 0..CATCH_UP {
        if rustix::io::ioctl_fionread(&*input)? >= BACKLOG {
            break;
        }
        bytes.clear();
        for _ in 0..CHUNK {
            let sample = samples.next().unwrap_or(0.0);
            bytes.extend_from_slice(&pcm(sample).to_le_bytes());
        }
        input.write_all(bytes)?;
    }
    Ok(())
}

/// A sample as 16-bit PCM, clipped rather than wrapped when loud clips overlap.
fn pcm(sample: f32) -> i16 {
    (sample.clamp(-1.0, 1.0) * f32::from(i16::MAX)).round() as i16
}

/// Waits for the player to exit, so that none is left a zombie; one that
/// does not finish within [`DRAIN`] is killed.
fn reap(mut child: Child) {
    let until = Instant::now() + DRAIN;
    while Instant::now() < until {
        match child.try_wait() {
            Ok(None) => thread::sleep(TICK),
            Ok(Some(_)) | Err(_) => return,
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[cfg(test)]
mod tests {
    use super::pcm;

    #[test]
    fn samples_become_sixteen_bit_and_loud_ones_clip() {
        for (sample, expected) in [
            (0.0, 0),
            (1.0, i16::MAX),
            (-1.0, -i16::MAX),
            (0.5, 16_384),
            (3.0, i16::MAX),
            (-3.0, -i16::MAX),
        ] {
            assert_eq!(pcm(sample), expected, "{sample}");
        }
    }
}
