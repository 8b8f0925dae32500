//! The real player: rodio on the default output device. The only file that
//! names rodio, whose playback API changes between minor versions.

use std::io::Cursor;

use rodio::{Decoder, DeviceSinkBuilder, MixerDeviceSink};

use super::{Clip, Sound};

/// Plays clips on the default audio output.
pub struct Speaker {
    // Dropping the sink stops all sound, so it lives as long as the speaker.
    sink: MixerDeviceSink,
}

impl Speaker {
    /// Opens the default output. ALSA, JACK and PulseAudio print their own
    /// complaints on stderr when there is no device; those would scribble
    /// over the screen, so stderr is silenced while opening.
    pub fn open() -> Result<Self, String> {
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
        Ok(Self { sink })
    }
}

/// Opens the default output with an error callback of our own: rodio's
/// default one prints stream errors to stderr mid-session, after the gag is
/// lifted, over a full screen. A stream error only means silence, which the
/// session survives; there is nobody to tell on the floor.
fn open_quietly() -> Result<MixerDeviceSink, rodio::DeviceSinkError> {
    DeviceSinkBuilder::from_default_device()?
        .with_error_callback(|_: rodio::cpal::Error| {})
        .open_sink_or_fallback()
}

impl Sound for Speaker {
    fn play(&mut self, clip: Clip) {
        // A clip that fails to decode is skipped: sound never stops a session.
        if let Ok(source) = Decoder::new(Cursor::new(clip.wav())) {
            self.sink.mixer().add(source);
        }
    }
}
