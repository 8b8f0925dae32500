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
                let sink = DeviceSinkBuilder::open_default_sink();
                drop(gag);
                sink
            }
            Err(_) => DeviceSinkBuilder::open_default_sink(),
        };
        let mut sink = opened.map_err(|e| e.to_string())?;
        sink.log_on_drop(false);
        Ok(Self { sink })
    }
}

impl Sound for Speaker {
    fn play(&mut self, clip: Clip) {
        // A clip that fails to decode is skipped: sound never stops a session.
        if let Ok(source) = Decoder::new(Cursor::new(clip.wav())) {
            self.sink.mixer().add(source);
        }
    }
}
