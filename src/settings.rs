//! The person's settings: `$XDG_CONFIG_HOME/knead/config.toml`.
//!
//! ```toml
//! volume = 60
//! theme = "high-contrast"
//! emergency_number = "999"
//! ```
//!
//! Every key is optional. A missing file means the defaults; a broken one
//! is reported like a routine file (located, with a caret and "did you
//! mean") and the defaults are used, so a typo never stops a session.
//! Command-line flags override what the file says.

mod read;

use std::io;
use std::path::{Path, PathBuf};

use crate::files::{self, FileError};
use crate::routine::{Breathing, Diagnostic};
use crate::safety::DEFAULT_EMERGENCY_NUMBER;
use crate::text::{display_path, single_line};

pub use read::{KEYS, parse};

/// The largest settings file knead reads: a few lines are expected.
const MAX_BYTES: u64 = 64 * 1024;

/// The commented template `knead config --edit` starts from: every key,
/// commented out at its default (a test proves it reads back as the defaults).
pub const TEMPLATE: &str = include_str!("settings/template.toml");

/// What the person has set, or the defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Sound at all (`sound`): `false` is `--mute`.
    pub sound: bool,
    /// Loudness in percent, 0 to 100 (`volume`).
    pub volume: u8,
    /// The inhale and exhale sounds (`breath_sounds`).
    pub breath_sounds: bool,
    /// Speak cues through the system's speech program (`voice`).
    pub voice: bool,
    /// The breathing pattern of routines without their own (`[breathing]`).
    pub breathing: Breathing,
    /// The full screen's colours (`theme`).
    pub theme: ThemeName,
    /// The breathing pacer in words, no moving shapes (`reduce_motion`).
    pub reduce_motion: bool,
    /// The number guidance tells people to call in an emergency.
    pub emergency_number: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            sound: true,
            volume: 100,
            breath_sounds: true,
            voice: false,
            breathing: Breathing::default(),
            theme: ThemeName::Default,
            reduce_motion: false,
            emergency_number: DEFAULT_EMERGENCY_NUMBER.to_owned(),
        }
    }
}

/// The colour themes a settings file may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    /// The everyday colours.
    Default,
    /// Bright colours, everything bold (as `--high-contrast`).
    HighContrast,
    /// No colour, emphasis by bold and reverse (as `NO_COLOR`).
    Monochrome,
}

impl ThemeName {
    /// Every theme, in the order the docs list them.
    pub const ALL: [ThemeName; 3] = [
        ThemeName::Default,
        ThemeName::HighContrast,
        ThemeName::Monochrome,
    ];

    /// The words `theme` accepts, in the order of [`ThemeName::ALL`].
    pub const WORDS: [&'static str; 3] = ["default", "high-contrast", "monochrome"];

    /// The word used in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            ThemeName::Default => Self::WORDS[0],
            ThemeName::HighContrast => Self::WORDS[1],
            ThemeName::Monochrome => Self::WORDS[2],
        }
    }

    /// The theme a word names, if any.
    pub fn from_word(word: &str) -> Option<ThemeName> {
        Self::ALL.into_iter().find(|theme| theme.as_str() == word)
    }
}

/// The settings as read for one command: where the file is, what applies,
/// which keys the file set, and what was wrong with it.
#[derive(Debug, Clone)]
pub struct LoadedSettings {
    /// The settings file's path; `None` with no config folder at all.
    pub path: Option<PathBuf>,
    /// Whether a settings file exists there (readable or not).
    pub exists: bool,
    /// The settings in force: the file's, or the defaults when it is broken.
    pub settings: Settings,
    /// The keys whose value came from the file (`breathing.inhale` for a
    /// phase); empty when the file is missing or broken.
    pub from_file: Vec<&'static str>,
    /// Why the file was not used, if it was not.
    pub problem: Option<Problem>,
}

/// A settings file that could not be used, with what is needed to show why.
#[derive(Debug, Clone)]
pub struct Problem {
    /// The file's path as shown.
    pub shown: String,
    /// Its text (invalid UTF-8 replaced), for the caret lines.
    pub source: String,
    /// Every problem found, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Problem {
    fn whole_file(shown: String, message: String) -> Self {
        Self {
            shown,
            source: String::new(),
            diagnostics: vec![Diagnostic::file_error(message)],
        }
    }

    /// Every problem, rendered as `knead check` renders a routine's.
    pub fn render(&self, color: bool) -> String {
        let mut out = String::new();
        for diagnostic in &self.diagnostics {
            out.push_str(&diagnostic.render(&self.shown, &self.source, color));
            out.push_str("\n\n");
        }
        out
    }

    /// One line for a session's notices: the first problem, located, with
    /// its suggestion, and what the session does about it.
    pub fn notice(&self) -> String {
        let mut line = String::new();
        if let Some(first) = self.diagnostics.first() {
            line.push_str(&first.headline(&self.shown, &self.source));
            if let Some(help) = &first.help {
                line.push_str(&format!(" ({help})"));
            }
        }
        let more = self.diagnostics.len().saturating_sub(1);
        if more > 0 {
            line.push_str(&format!(" and {more} more"));
        }
        line.push_str("; this session uses the default settings (`knead config` shows why)");
        single_line(&line).into_owned()
    }
}

impl LoadedSettings {
    fn defaults(path: Option<PathBuf>, exists: bool, problem: Option<Problem>) -> Self {
        Self {
            path,
            exists,
            settings: Settings::default(),
            from_file: Vec::new(),
            problem,
        }
    }

    /// The one-line notice a session shows when the file was not used.
    pub fn warning(&self) -> Option<String> {
        self.problem.as_ref().map(Problem::notice)
    }

    /// Whether `key` (as in [`KEYS`], or `breathing.inhale`) came from the file.
    pub fn is_from_file(&self, key: &str) -> bool {
        self.from_file.contains(&key)
    }
}

/// Where the settings file lives.
pub fn path() -> Option<PathBuf> {
    crate::dirs::config_dir().map(|dir| dir.join("config.toml"))
}

/// Reads the settings file, or the defaults when there is none.
pub fn load() -> LoadedSettings {
    match path() {
        Some(path) => load_from(path),
        None => LoadedSettings::defaults(None, false, None),
    }
}

/// Reads the settings from `path`: only a regular file, at most 64 KiB, in
/// UTF-8; anything else is a [`Problem`] and the defaults apply.
pub fn load_from(path: PathBuf) -> LoadedSettings {
    let shown = display_path(&path);
    let bytes = match files::read_regular(&path, MAX_BYTES, "64 KiB") {
        Ok(bytes) => bytes,
        Err(FileError::Io(e)) if e.kind() == io::ErrorKind::NotFound => {
            return LoadedSettings::defaults(Some(path), false, None);
        }
        Err(FileError::TooLarge(_)) => {
            let message = "the file is larger than 64 KiB; a settings file is a few lines";
            let problem = Problem::whole_file(shown, message.into());
            return LoadedSettings::defaults(Some(path), true, Some(problem));
        }
        Err(e) => {
            let problem = Problem::whole_file(shown, format!("cannot read: {e}"));
            let exists = exists(&path);
            return LoadedSettings::defaults(Some(path), exists, Some(problem));
        }
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let source = String::from_utf8_lossy(bytes).into_owned();
    let read = std::str::from_utf8(bytes)
        .map_err(|e| {
            let at = e.valid_up_to();
            vec![Diagnostic::error(
                at..at + 1,
                "not UTF-8 text: is this a settings file?",
            )]
        })
        .and_then(parse);
    match read {
        Ok((settings, from_file)) => LoadedSettings {
            path: Some(path),
            exists: true,
            settings,
            from_file,
            problem: None,
        },
        Err(diagnostics) => {
            let problem = Problem {
                shown,
                source,
                diagnostics,
            };
            LoadedSettings::defaults(Some(path), true, Some(problem))
        }
    }
}

/// Whether something is at `path`, even if it cannot be read.
fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}
