//! The person's settings: `$XDG_CONFIG_HOME/knead/config.toml`.
//!
//! ```toml
//! emergency_number = "999"
//! ```
//!
//! A missing file means the defaults; a broken one is reported once and the
//! defaults are used, so a typo never stops a session.

use std::io;
use std::path::PathBuf;

use serde::Deserialize;

use crate::files::{self, FileError};
use crate::safety::DEFAULT_EMERGENCY_NUMBER;
use crate::text::{display_path, single_line};

/// The largest settings file knead reads: a few lines are expected.
const MAX_BYTES: u64 = 64 * 1024;

/// What the person has set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The number guidance tells people to call in an emergency.
    pub emergency_number: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            emergency_number: DEFAULT_EMERGENCY_NUMBER.to_owned(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    emergency_number: Option<String>,
}

/// Where the settings file lives.
pub fn path() -> Option<PathBuf> {
    crate::dirs::config_dir().map(|dir| dir.join("config.toml"))
}

/// Reads the settings, with a warning to show when the file is broken.
pub fn load() -> (Settings, Option<String>) {
    let Some(path) = path() else {
        return (Settings::default(), None);
    };
    let shown = display_path(&path);
    let text = match files::read_regular(&path, MAX_BYTES, "64 KiB") {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| format!("{shown}: not UTF-8 text")),
        Err(FileError::Io(e)) if e.kind() == io::ErrorKind::NotFound => {
            return (Settings::default(), None);
        }
        Err(e) => Err(format!("cannot read {shown}: {e}")),
    };
    match text.and_then(|text| parse(&text).map_err(|e| format!("{shown}: {e}"))) {
        Ok(settings) => (settings, None),
        Err(e) => (
            Settings::default(),
            Some(format!("{}; using the defaults", single_line(&e))),
        ),
    }
}

/// Reads settings from the text of a config file.
pub fn parse(text: &str) -> Result<Settings, String> {
    let raw: RawSettings =
        toml::from_str(text).map_err(|e| single_line(e.message()).into_owned())?;
    let number = raw
        .emergency_number
        .map(|n| single_line(&n).trim().to_owned())
        .filter(|n| !n.is_empty());
    Ok(Settings {
        emergency_number: number.unwrap_or_else(|| DEFAULT_EMERGENCY_NUMBER.to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::safety::DEFAULT_EMERGENCY_NUMBER;

    #[test]
    fn reads_the_emergency_number() {
        assert_eq!(
            parse("emergency_number = \"999\"").map(|s| s.emergency_number),
            Ok("999".into())
        );
        assert_eq!(
            parse("").map(|s| s.emergency_number),
            Ok(DEFAULT_EMERGENCY_NUMBER.into())
        );
        assert_eq!(
            parse("emergency_number = \"\\u001b[2J 112\"").map(|s| s.emergency_number),
            Ok("112".into())
        );
        assert!(parse("emergency = \"999\"").is_err());
    }
}
