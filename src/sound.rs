//! The audible side of cues: which clip each cue plays, the players, and
//! the voice that speaks the same cues.
//!
//! The person is usually not looking at the screen, so sound carries the
//! session. The session loop hands each batch of cues to [`Player::play`],
//! which never waits on audio or speech; with no audio device (or `--mute`)
//! the session runs silently.

#[cfg(feature = "sound")]
mod device;
#[cfg(all(feature = "sound", not(target_os = "macos")))]
mod pipe;
#[cfg(feature = "sound")]
mod speaker;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::routine::Routine;
use crate::session::{BreathPhase, Cue, Ending, Session};
use crate::voice::{self, Speech};

/// A short sound, embedded in the binary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Clip {
    /// A step begins: two rising notes.
    StepStart,
    /// One of the last three seconds: a soft tick.
    Countdown,
    /// A step ran its time: two falling notes.
    StepEnd,
    /// Breathe in: a slow rising tone.
    Inhale,
    /// Breathe out: a slow falling tone.
    Exhale,
    /// Change sides: a double knock.
    SwitchSides,
    /// A question waits (screening, check-in): a bell.
    CheckIn,
    /// A question still waits: a softer bell.
    Reminder,
    /// The session is over: a rising arpeggio.
    SessionEnd,
}

impl Clip {
    /// Every clip, in the order a session first plays them.
    pub const ALL: [Clip; 9] = [
        Clip::CheckIn,
        Clip::StepStart,
        Clip::Inhale,
        Clip::Exhale,
        Clip::Countdown,
        Clip::StepEnd,
        Clip::SwitchSides,
        Clip::Reminder,
        Clip::SessionEnd,
    ];

    /// The WAV data of the clip.
    pub fn wav(self) -> &'static [u8] {
        match self {
            Clip::StepStart => include_bytes!("../sounds/step_start.wav"),
            Clip::Countdown => include_bytes!("../sounds/countdown.wav"),
            Clip::StepEnd => include_bytes!("../sounds/step_end.wav"),
            Clip::Inhale => include_bytes!("../sounds/inhale.wav"),
            Clip::Exhale => include_bytes!("../sounds/exhale.wav"),
            Clip::SwitchSides => include_bytes!("../sounds/switch_sides.wav"),
            Clip::CheckIn => include_bytes!("../sounds/check_in.wav"),
            Clip::Reminder => include_bytes!("../sounds/reminder.wav"),
            Clip::SessionEnd => include_bytes!("../sounds/session_end.wav"),
        }
    }

    /// Whether this is a breathing sound, which can be turned off alone.
    pub fn is_breath(self) -> bool {
        matches!(self, Clip::Inhale | Clip::Exhale)
    }
}

/// The clip a cue plays, if any.
pub fn clip_for(cue: &Cue) -> Option<Clip> {
    match cue {
        Cue::StepStarted { .. } => Some(Clip::StepStart),
        Cue::Countdown(_) => Some(Clip::Countdown),
        Cue::StepFinished {
            ending: Ending::Completed,
            ..
        } => Some(Clip::StepEnd),
        Cue::Breath(BreathPhase::Inhale) => Some(Clip::Inhale),
        Cue::Breath(BreathPhase::Exhale) => Some(Clip::Exhale),
        Cue::SwitchSides => Some(Clip::SwitchSides),
        Cue::ScreeningAsked | Cue::CheckInAsked { .. } | Cue::PressureAsked { .. } => {
            Some(Clip::CheckIn)
        }
        // A find-spot wait is the person's turn, softly; "found it" is
        // acknowledged with a tick so they know the count has started.
        Cue::Reminder | Cue::WaitingForSpot { .. } => Some(Clip::Reminder),
        Cue::SpotFound { .. } => Some(Clip::Countdown),
        // Advice after a rating is the person's cue to ease off: heard, not only read.
        Cue::PressureRated {
            advice: Some(_), ..
        } => Some(Clip::Reminder),
        Cue::Finished(_) => Some(Clip::SessionEnd),
        _ => None,
    }
}

/// Plays clips. Implementations must never fail or block the session.
pub trait Sound {
    /// Starts playing a clip and returns at once.
    fn play(&mut self, clip: Clip);

    /// A one-line notice to show once when sound turned out to be
    /// unavailable, waiting at most `wait` to know.
    fn notice(&mut self, _wait: Duration) -> Option<String> {
        None
    }
}

/// No sound: `--mute`, no audio device, or a build without the `sound` feature.
#[derive(Debug, Default)]
pub struct Silent;

impl Sound for Silent {
    fn play(&mut self, _: Clip) {}
}

/// Keeps what would have played, for tests.
#[derive(Debug, Default)]
pub struct Tape(pub Vec<Clip>);

impl Sound for Tape {
    fn play(&mut self, clip: Clip) {
        self.0.push(clip);
    }
}

/// What the person asked of the sound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SoundOptions {
    /// No sound at all.
    pub mute: bool,
    /// Play the inhale and exhale sounds.
    pub breath: bool,
    /// Loudness in percent, 0 to 100.
    pub volume: u8,
    /// Speak cues through the system's speech program.
    pub voice: bool,
}

/// Plays the clip for each cue, leaving out breath sounds when asked, and
/// speaks the cues' words when a voice is on.
pub struct Player {
    player: Box<dyn Sound>,
    voice: Option<Box<dyn Speech>>,
    switches: Switches,
    /// No clip will be heard: muted or at volume 0 from the start, or the
    /// device said it is missing.
    silent: bool,
}

/// Sound off and breath sounds off, switched from a face's keys while the
/// session loop plays.
#[derive(Debug, Clone, Default)]
pub struct Switches {
    muted: Arc<AtomicBool>,
    no_breath: Arc<AtomicBool>,
}

impl Switches {
    /// Whether all sound is off.
    pub fn muted(&self) -> bool {
        self.muted.load(Ordering::Relaxed)
    }

    /// Whether the inhale and exhale sounds play.
    pub fn breath(&self) -> bool {
        !self.no_breath.load(Ordering::Relaxed)
    }

    /// Turns all sound off or back on; returns whether it is now off.
    pub fn toggle_mute(&self) -> bool {
        !self.muted.fetch_xor(true, Ordering::Relaxed)
    }

    /// Turns the breath sounds off or back on; returns whether they now play.
    pub fn toggle_breath(&self) -> bool {
        self.no_breath.fetch_xor(true, Ordering::Relaxed)
    }
}

impl Player {
    /// Plays what a batch of cues (of `session`, running `routine`) should
    /// sound like: each cue's clip, and their words as one sentence, which
    /// cuts off anything still being said.
    pub fn play(&mut self, cues: &[Cue], session: &Session, routine: &Routine) {
        if self.switches.muted() {
            return;
        }
        let breath = self.switches.breath();
        for clip in cues.iter().filter_map(clip_for) {
            if breath || !clip.is_breath() {
                self.player.play(clip);
            }
        }
        if let Some(voice) = &mut self.voice {
            let words: Vec<String> = cues
                .iter()
                .filter_map(|cue| voice::said(cue, session, routine))
                .collect();
            if !words.is_empty() {
                voice.say(&words.join(" "));
            }
        }
    }

    /// The notices to show once when the device or the speech program
    /// turned out to be missing; waits at most `wait` for the device to say.
    pub fn notice(&mut self, wait: Duration) -> Vec<String> {
        let mut notices: Vec<String> = self.player.notice(wait).into_iter().collect();
        self.silent |= !notices.is_empty();
        if let Some(voice) = &mut self.voice {
            notices.extend(voice.notice());
        }
        notices
    }

    /// The same player, speaking through `voice` too.
    pub fn with_voice(mut self, voice: Box<dyn Speech>) -> Self {
        self.voice = Some(voice);
        self
    }

    /// Whether no clip will be heard this session, as known so far: muted
    /// or at volume 0 from the start, or a device found missing.
    pub fn silent(&self) -> bool {
        self.silent
    }

    /// The switches a face flips to mute or drop the breath sounds.
    pub fn switches(&self) -> Switches {
        self.switches.clone()
    }
}

fn switches(breath: bool) -> Switches {
    let switches = Switches::default();
    switches.no_breath.store(!breath, Ordering::Relaxed);
    switches
}

/// Readies the audio output (opened in the background when a clip is
/// about to play), and the speech program when a voice is asked for; both
/// are silent when muted or at volume 0. A device or speech program that is
/// missing says so through [`Player::notice`].
pub fn open(settings: SoundOptions) -> Player {
    let quiet = settings.mute || settings.volume == 0;
    let player: Box<dyn Sound> = if quiet {
        Box::new(Silent)
    } else {
        open_device(settings.volume.min(100))
    };
    let cues = Player {
        player,
        voice: (settings.voice && !quiet).then(|| voice::open(settings.volume.min(100))),
        switches: switches(settings.breath),
        silent: quiet,
    };
    if settings.mute {
        cues.switches.muted.store(true, Ordering::Relaxed);
    }
    cues
}

/// Wraps any player, for tests and for faces that build their own.
pub fn with_player(player: Box<dyn Sound>, breath: bool) -> Player {
    Player {
        player,
        voice: None,
        switches: switches(breath),
        silent: false,
    }
}

#[cfg(feature = "sound")]
fn open_device(volume: u8) -> Box<dyn Sound> {
    Box::new(device::Device::start(volume))
}

#[cfg(not(feature = "sound"))]
fn open_device(_volume: u8) -> Box<dyn Sound> {
    Box::new(Unbuilt::default())
}

/// A build without the `sound` feature, which says so once.
#[cfg(not(feature = "sound"))]
#[derive(Default)]
struct Unbuilt {
    told: bool,
}

#[cfg(not(feature = "sound"))]
impl Sound for Unbuilt {
    fn play(&mut self, _: Clip) {}

    fn notice(&mut self, _wait: Duration) -> Option<String> {
        // The session loop asks after every batch of cues.
        (!std::mem::replace(&mut self.told, true))
            .then(|| "built without sound: the session runs silently".into())
    }
}
