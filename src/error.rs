//! The one error every command returns: what failed, in the words a person
//! reads after `knead: error:`. `main` prints it; `exit.rs` gives each kind
//! its exit code.

use std::io;
use std::path::PathBuf;
use std::process::ExitStatus;

use crate::files::FileError;
use crate::journal::JournalError;
use crate::journal::history::HistoryError;
use crate::library::NotFound;
use crate::text::display_path;

/// Why a knead command failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No routine goes by the name given.
    #[error(transparent)]
    NotFound(#[from] NotFound),
    /// The routine was found but has errors: its located diagnostics,
    /// rendered, are the whole message.
    #[error("{report}")]
    Rejected {
        /// The diagnostics as `knead check` shows them, each line ended.
        report: String,
    },
    /// `--since` that does not parse, or the history could not be encoded.
    #[error(transparent)]
    History(#[from] HistoryError),
    /// The hidden `--now` that does not parse.
    #[error("invalid --now: {0}")]
    BadNow(jiff::Error),
    /// `knead new` would overwrite a file without `--force`.
    #[error(
        "{} already exists; nothing was written (use --force to overwrite)",
        display_path(.0)
    )]
    Exists(PathBuf),
    /// `knead add` would replace routines of the person's without a
    /// question to ask (not at a terminal) and without `--force`.
    #[error(
        "you already have {}; nothing was added (add --force to replace, or run at a terminal to be asked)",
        routines_named(.0)
    )]
    WouldReplace(Vec<String>),
    /// `knead remove` of a routine that ships with knead.
    #[error("`{0}` is a bundled routine: it cannot be removed (only routines you added can)")]
    BundledRemove(String),
    /// `knead config --edit` has no editor to open.
    #[error("{why}; the settings file is {}", display_path(.settings))]
    NoEditor {
        /// Why no editor could be found, naming the variable.
        why: String,
        /// The settings file, so the person can open it another way.
        settings: PathBuf,
    },
    /// Neither `XDG_CONFIG_HOME` nor `HOME` gives a config folder.
    #[error("no config folder: set XDG_CONFIG_HOME or HOME to an absolute path")]
    NoConfigFolder,
    /// A file knead was asked to write could not be written.
    #[error("cannot write {}: {source}", display_path(.path))]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: FileError,
    },
    /// The editor could not be started.
    #[error("cannot start the editor `{name}`: {source}")]
    EditorStart {
        /// The program, shown on one line.
        name: String,
        /// Why.
        source: io::Error,
    },
    /// The editor ran and reported a failure.
    #[error("the editor `{name}` ended with {status}")]
    EditorFailed {
        /// The program, shown on one line.
        name: String,
        /// How it ended.
        status: ExitStatus,
    },
    /// The journal could not be found or read.
    #[error(transparent)]
    Journal(#[from] JournalError),
    /// `knead history --view` could not take over the terminal.
    #[error("the full screen could not start ({0}); `knead history` prints the table")]
    NoFullScreen(io::Error),
    /// The report could not be encoded as JSON.
    #[error("cannot write the report as JSON: {0}")]
    ReportJson(serde_json::Error),
    /// Any other failure of the system, its message naming what failed
    /// (standard output, the terminal, signals).
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// `a routine `a``, or `routines `a`, `b``, for a message.
fn routines_named(ids: &[String]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    match quoted.as_slice() {
        [one] => format!("a routine {one}"),
        many => format!("routines {}", many.join(", ")),
    }
}

impl Error {
    /// What stderr shows for this error: one `knead: error:` line, or a
    /// rejected routine's diagnostics, which carry their own `error:`.
    pub fn message(&self) -> String {
        match self {
            Error::Rejected { report } => report.clone(),
            other => format!("knead: error: {other}\n"),
        }
    }
}
