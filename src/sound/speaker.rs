//! The real player: rodio on the default output device. The only file that
//! names rodio, whose playback API changes between minor versions.

use std::io::Cursor;
use std::time::Duration;

use rodio::cpal::BufferSize;
use rodio::{Decoder, DeviceSinkBuilder, MixerDeviceSink, Source};

use super::Clip;

/// Frames per period of the output stream: about 21 ms at 48 kHz (see
/// [`open_quietly`]).
const PERIOD: u32 = 1024;

/// How long a clip whose length the decoder cannot tell is taken to play.
const UNKNOWN_LENGTH: Duration = Duration::from_secs(2);

/// Plays clips on the default audio output while it is open.
pub struct Speaker {
    // Dropping the sink closes the device and stops all sound, so it lives
    // exactly as long as the speaker.
    sink: MixerDeviceSink,
    /// The factor every sample is multiplied by: the volume.
    gain: f32,
}

impl Speaker {
    /// Opens the default output, playing at `volume` percent. ALSA, JACK
    /// and PulseAudio print their own complaints on stderr when there is no
    /// device; those would scribble over the screen, so stderr is silenced
    /// while opening, every time.
    pub fn open(volume: u8) -> Result<Self, String> {
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
        Ok(Self {
            sink,
            gain: f32::from(volume.min(100)) / 100.0,
        })
    }

    /// Starts playing a clip and returns how long it plays. A clip that
    /// fails to decode is skipped: sound never stops a session.
    pub fn play(&mut self, clip: Clip) -> Duration {
        match Decoder::new(Cursor::new(clip.wav())) {
            Ok(source) => {
                let length = source.total_duration().unwrap_or(UNKNOWN_LENGTH);
                self.sink.mixer().add(source.amplify(self.gain));
                length
            }
            Err(_) => Duration::ZERO,
        }
    }
}

/// Opens the default output with an error callback of our own: rodio's
/// default one prints stream errors to stderr mid-session, after the gag is
/// lifted, over a full screen. A stream error only means silence, which the
/// session survives; there is nobody to tell on the floor.
///
/// A cue must be heard within 50 ms. rodio asks for periods of about 50 ms
/// (two of them buffered), so a clip added to an open stream waited behind
/// up to 100 ms of silence already queued; periods of [`PERIOD`] frames
/// keep it within about 45 ms. A device that refuses them gets rodio's own.
fn open_quietly() -> Result<MixerDeviceSink, rodio::DeviceSinkError> {
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
