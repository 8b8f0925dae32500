//! The full screen and what it hears, set up once for a whole run of knead,
//! so pages can follow one another (the picker, a session, the history)
//! with no flicker back to the shell between them.

use std::io;

use super::input::Live;
use super::terminal::FullScreen;

/// Why the full screen could not run.
#[derive(Debug)]
pub struct SetUpFailed(pub io::Error);

/// The full screen and its one reader of keys and signals; the terminal is
/// given back when it is dropped.
pub struct Window {
    /// Where every page draws.
    pub screen: FullScreen,
    /// Keys, resizes, signals and the clock, for every page in turn.
    pub events: Live,
}

impl Window {
    /// Starts reading keys and signals (the clock `speed` times faster),
    /// then enters the full screen. `Err` means nothing was shown: the
    /// caller falls back to plain lines.
    pub fn open(speed: f64) -> Result<Self, SetUpFailed> {
        let events = Live::start(speed).map_err(SetUpFailed)?;
        let screen = FullScreen::enter().map_err(SetUpFailed)?;
        Ok(Self { screen, events })
    }
}
