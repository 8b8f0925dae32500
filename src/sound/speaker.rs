//! The real player: rodio decodes the clips and mixes them. The only file
//! that names rodio, whose playback API changes between minor versions.
//!
//! On macOS rodio plays through CoreAudio itself (no headers needed to
//! build); elsewhere the mix goes to the system's player through
//! [`super::pipe`], so that no build needs ALSA.

use std::io::Cursor;
use std::time::Duration;

use rodio::{Decoder, Source};

use super::Clip;

/// How long a clip whose length the decoder cannot tell is taken to play.
const UNKNOWN_LENGTH: Duration = Duration::from_secs(2);

/// Plays clips on the default audio output while it is open.
pub struct Speaker {
    // Dropping the output closes the device and stops all sound, so it
    // lives exactly as long as the speaker.
    output: Output,
    /// The factor every sample is multiplied by: the volume.
    gain: f32,
}

/// What an opening learns for the next: which player program worked.
#[cfg(not(target_os = "macos"))]
pub type System = super::pipe::Found;

/// What an opening learns for the next: nothing, on macOS.
#[cfg(target_os = "macos")]
#[derive(Debug, Default)]
pub struct System;

impl Speaker {
    /// Opens the default output, playing at `volume` percent; `system`
    /// remembers what worked for the next opening.
    pub fn open(volume: u8, system: &mut System) -> Result<Self, String> {
        Ok(Self {
            output: Output::open(system)?,
            gain: f32::from(volume.min(100)) / 100.0,
        })
    }

    /// Starts playing a clip and returns how long it plays. A clip that
    /// fails to decode is skipped: sound never stops a session.
    pub fn play(&mut self, clip: Clip) -> Duration {
        match Decoder::new(Cursor::new(clip.wav())) {
            Ok(source) => {
                let length = source.total_duration().unwrap_or(UNKNOWN_LENGTH);
                self.output.mixer().add(source.amplify(self.gain));
                length
            }
            Err(_) => Duration::ZERO,
        }
    }
}

/// The mixer and the system's player it feeds.
#[cfg(not(target_os = "macos"))]
struct Output {
    mixer: rodio::mixer::Mixer,
    _pipe: super::pipe::Pipe,
}

#[cfg(not(target_os = "macos"))]
impl Output {
    fn open(found: &mut System) -> Result<Self, String> {
        use std::num::NonZero;

        use super::pipe::{CHANNELS, Pipe, RATE};

        let (Some(channels), Some(rate)) = (NonZero::new(CHANNELS), NonZero::new(RATE)) else {
            return Err("no channels".into());
        };
        let (mixer, mixed) = rodio::mixer::mixer(channels, rate);
        let pipe = Pipe::open(found, Box::new(mixed))?;
        Ok(Self { mixer, _pipe: pipe })
    }

    fn mixer(&self) -> &rodio::mixer::Mixer {
        &self.mixer
    }
}

/// The default output device, through cpal and CoreAudio.
#[cfg(target_os = "macos")]
struct Output(rodio::MixerDeviceSink);

#[cfg(target_os = "macos")]
impl Output {
    /// Opens the default output. stderr is silenced while opening, every
    /// time: an audio backend's own complaints would scribble over the
    /// screen.
    fn open(_: &mut System) -> Result<Self, String> {
        let opened = match gag::Gag::stderr() {
            Ok(gag) => {
                let sink = open_quietly();
                drop(gag);
                sink
            }
            Err(_) => open_quietly(),
        };
        let mut sink = opened.map_err(|e| e.to_string())?;
        sink.log_on_drop(false);
        Ok(Self(sink))
    }

    fn mixer(&self) -> &rodio::mixer::Mixer {
        self.0.mixer()
    }
}

/// Frames per period of the output stream: about 21 ms at 48 kHz (see
/// [`open_quietly`]).
#[cfg(target_os = "macos")]
const PERIOD: u32 = 1024;

/// Opens the default output with an error callback of our own: rodio's
/// default one prints stream errors to stderr mid-session, over a full
/// screen. A stream error only means silence, which the session survives.
///
/// A cue must be heard within 50 ms. rodio asks for periods of about 50 ms
/// (two of them buffered), so a clip added to an open stream waited behind
/// up to 100 ms of silence already queued; periods of [`PERIOD`] frames
/// keep it within about 45 ms. A device that refuses them gets rodio's own.
#[cfg(target_os = "macos")]
fn open_quietly() -> Result<rodio::MixerDeviceSink, rodio::DeviceSinkError> {
    use rodio::DeviceSinkBuilder;
    use rodio::cpal::BufferSize;

    DeviceSinkBuilder::from_default_device()?
        .with_buffer_size(BufferSize::Fixed(PERIOD))
        .with_error_callback(|_: rodio::cpal::Error| {})
        .open_sink_or_fallback()
        .or_else(|_| {
            DeviceSinkBuilder::from_default_device()?
                .with_error_callback(|_: rodio::cpal::Error| {})
                .open_sink_or_fallback()
        })
}
