//! Where routines come from: bundled in the binary, the user's folder, or a path.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::routine::{self, Checked};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// Where a routine was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Shipped inside knead.
    Bundled,
    /// In the user's routine folder.
    User,
    /// A file named on the command line.
    Path,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Origin::Bundled => "bundled",
            Origin::User => "user",
            Origin::Path => "path",
        })
    }
}

/// A routine file, read and checked.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The routine's id: its file name without `.toml`.
    pub id: String,
    /// Where it came from.
    pub origin: Origin,
    /// The name used in messages: a path, or `bundled:ID.toml`.
    pub display: String,
    /// The file's text, for diagnostics and the journal's content hash.
    pub text: String,
    /// The validated routine or the problems found.
    pub checked: Checked,
}

/// The bundled routines, in id order.
pub fn bundled() -> Vec<Loaded> {
    embedded::BUNDLED
        .iter()
        .map(|(id, name, text)| Loaded {
            id: (*id).to_owned(),
            origin: Origin::Bundled,
            display: format!("routines/{name}"),
            text: (*text).to_owned(),
            checked: routine::check_str(text),
        })
        .collect()
}

/// knead's config folder (`$XDG_CONFIG_HOME/knead`, `~/.config/knead` on Linux).
pub fn config_dir() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            directories::ProjectDirs::from("", "", "knead").map(|dirs| {
                dirs.config_dir()
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default()
            })
        })?;
    Some(config.join("knead"))
}

/// The folder for the user's own routines (`$XDG_CONFIG_HOME/knead/routines`).
pub fn user_dir() -> Option<PathBuf> {
    config_dir().map(|dir| dir.join("routines"))
}

/// The user's routines, in id order; broken ones are included with their errors.
pub fn user_routines() -> Vec<Loaded> {
    let Some(dir) = user_dir() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| load_path(p, Origin::User)).collect()
}

/// Reads and checks a routine file.
pub fn load_path(path: &Path, origin: Origin) -> Loaded {
    let (text, checked) = routine::check_file(path);
    Loaded {
        id: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        origin,
        display: path.display().to_string(),
        text,
        checked,
    }
}

/// Why a routine name could not be found.
#[derive(Debug, thiserror::Error)]
#[error("no routine named `{name}`{}", hint.as_ref().map(|h| format!(": did you mean `{h}`?")).unwrap_or_else(|| " (see `knead list`)".into()))]
pub struct NotFound {
    /// The name asked for.
    pub name: String,
    /// The closest known id, if any is close.
    pub hint: Option<String>,
}

/// Finds a routine by path, user id or bundled id, in that order.
///
/// An argument that names an existing file, or looks like a path (a `/` or a
/// `.toml` ending), is a path; a user's routine shadows a bundled one of the
/// same id, so a therapist's version wins.
pub fn resolve(name: &str) -> Result<Loaded, NotFound> {
    let as_path = Path::new(name);
    if as_path.is_file() || name.contains(std::path::MAIN_SEPARATOR) || name.ends_with(".toml") {
        return Ok(load_path(as_path, Origin::Path));
    }
    let mut candidates = user_routines();
    candidates.extend(bundled());
    if let Some(found) = candidates.iter().position(|r| r.id == name) {
        return Ok(candidates.swap_remove(found));
    }
    let ids: Vec<&str> = candidates.iter().map(|r| r.id.as_str()).collect();
    Err(NotFound {
        name: routine::text::sanitize(name),
        hint: crate::routine::suggest(name, &ids).map(str::to_owned),
    })
}
