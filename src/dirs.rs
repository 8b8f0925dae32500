//! Where knead keeps the person's files: the XDG folders on every platform
//! when they are set, the platform's usual folders otherwise.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

/// knead's config folder: `$XDG_CONFIG_HOME/knead`, `~/.config/knead` on Linux.
pub fn config_dir() -> Option<PathBuf> {
    knead_dir("XDG_CONFIG_HOME", |dirs| dirs.config_dir())
}

/// knead's data folder: `$XDG_DATA_HOME/knead`, `~/.local/share/knead` on Linux.
pub fn data_dir() -> Option<PathBuf> {
    knead_dir("XDG_DATA_HOME", |dirs| dirs.data_dir())
}

/// The variable wins wherever it is set (README, "Your files", promises
/// it, and the `directories` crate reads it on Linux only); else the
/// platform's folder.
///
/// A relative value is ignored, as the XDG specification says, and so is a
/// relative `HOME`: either would put the person's files wherever knead
/// happens to be started. With no usable home, there is no folder.
fn knead_dir(variable: &str, platform: fn(&ProjectDirs) -> &Path) -> Option<PathBuf> {
    let from_variable = std::env::var_os(variable)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .map(|base| base.join("knead"));
    let home_is_relative = std::env::var_os("HOME")
        .is_some_and(|home| !home.is_empty() && !Path::new(&home).is_absolute());
    from_variable.or_else(|| {
        (!home_is_relative)
            .then(|| ProjectDirs::from("", "", "knead"))
            .flatten()
            .map(|dirs| platform(&dirs).to_path_buf())
            .filter(|dir| dir.is_absolute())
    })
}
