//! The tools a person ticked in the picker's "what I have" checklist,
//! remembered beside the journal (`tools-you-have.toml`) so the picker
//! opens filtered as they left it.
//!
//! knead's own state, not the person's: a file it cannot read is treated as
//! no ticks, and the next change writes it anew.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::files;
use crate::journal::Journal;

/// The largest file read: a few tool names are expected.
const MAX_BYTES: u64 = 16 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    tools: Vec<String>,
}

/// Where the ticks live: beside the journal.
pub fn path() -> Option<PathBuf> {
    let journal = Journal::default_path().ok()?;
    Some(journal.parent()?.join("tools-you-have.toml"))
}

/// The tools ticked last time; none when there is no usable file.
pub fn load(path: &Path) -> Vec<String> {
    files::read_regular(path, MAX_BYTES, "16 KiB")
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| toml::from_str::<File>(&text).ok())
        .map(|file| file.tools)
        .unwrap_or_default()
}

/// Remembers `tools` as ticked.
pub fn save(path: &Path, tools: &[&str]) -> io::Result<()> {
    let file = File {
        tools: tools.iter().map(|t| (*t).to_owned()).collect(),
    };
    let body = toml::to_string(&file).map_err(io::Error::other)?;
    let text = format!("# The tools you ticked in knead's picker (t).\n{body}");
    files::write_private(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::{load, save};

    #[test]
    fn ticks_read_back_and_a_broken_file_is_no_ticks() {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("knead").join("tools-you-have.toml");
        assert!(load(&path).is_empty());
        save(&path, &["tennis ball", "wall"]).expect("saved");
        assert_eq!(load(&path), ["tennis ball", "wall"]);
        std::fs::write(&path, "tools = 3").expect("written");
        assert!(load(&path).is_empty());
    }
}
