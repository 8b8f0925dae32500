//! What checking a routine found, as a list of headlines: the first line of
//! each problem (`PATH:LINE:COL: error: message`); and routine files of the
//! crate to check.

use std::path::{Path, PathBuf};

use knead::routine::Checked;

/// A path from the crate root.
pub fn manifest_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// The headline of every problem found in `text`, the file shown as `path`.
pub fn headlines(checked: &Checked, path: &str, text: &str) -> Vec<String> {
    checked
        .diagnostics
        .iter()
        .map(|d| d.headline(path, text))
        .collect()
}
