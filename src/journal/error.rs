//! What can go wrong when opening, writing or reading the journal.

use std::io;
use std::path::PathBuf;

/// A failure to use the journal file; bad lines inside it are warnings, not errors.
///
/// Each message names the path and ends with the cause, because callers
/// print the message alone, never the chain of sources.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The platform gave no data folder (usually: no home directory).
    #[error("no data folder for the journal: no home directory was found")]
    NoDataDir,
    /// The journal's folder could not be created.
    #[error("cannot create the journal folder {}: {source}", path.display())]
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// The journal file could not be opened.
    #[error("cannot open the journal {}: {source}", path.display())]
    Open {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// An event could not be appended (locking, writing or syncing failed).
    #[error("cannot write to the journal {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// Another process held the journal's lock for longer than the writer
    /// would wait; the event was not written and can be tried again.
    #[error("the journal {} is in use by another program", path.display())]
    Busy {
        /// The file.
        path: PathBuf,
    },
    /// The journal could not be read.
    #[error("cannot read the journal {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// An event could not be turned into JSON.
    #[error("cannot encode a journal event: {0}")]
    Encode(#[from] serde_json::Error),
}
