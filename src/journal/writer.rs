//! Appending events: one locked, synced write per line.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use jiff::Timestamp;

use super::error::JournalError;
use super::event::{Event, Line, SessionId};

/// The journal of one session: appends its events to the journal file.
#[derive(Debug)]
pub struct Journal {
    file: File,
    path: PathBuf,
    session: SessionId,
}

impl Journal {
    /// Where the journal lives: `$XDG_DATA_HOME/knead/journal.jsonl`.
    pub fn default_path() -> Result<PathBuf, JournalError> {
        let dir = crate::dirs::data_dir().ok_or(JournalError::NoDataDir)?;
        Ok(dir.join("journal.jsonl"))
    }

    /// Opens (creating folder and file if missing) the journal for a new session.
    pub fn open(path: impl Into<PathBuf>) -> Result<Self, JournalError> {
        Self::resume(path, new_session_id())
    }

    /// Opens the journal to add events to an earlier session, such as a late post-check.
    pub fn resume(path: impl Into<PathBuf>, session: SessionId) -> Result<Self, JournalError> {
        let path = path.into();
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(folder).map_err(|source| JournalError::CreateDir {
                path: folder.to_path_buf(),
                source,
            })?;
        }
        // Append mode makes every write land at the end, whoever else writes;
        // read access lets an append check whether the last line was torn.
        let file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(&path)
            .map_err(|source| JournalError::Open {
                path: path.clone(),
                source,
            })?;
        Ok(Self {
            file,
            path,
            session,
        })
    }

    /// The file this journal appends to.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The session this journal writes for.
    pub fn session(&self) -> &SessionId {
        &self.session
    }

    /// Appends an event stamped with the current time, to the second.
    pub fn append(&mut self, event: &Event) -> Result<(), JournalError> {
        let now = Timestamp::now();
        // Whole seconds keep lines short and readable; durations are in seconds too.
        let at = Timestamp::from_second(now.as_second()).unwrap_or(now);
        self.append_at(event, at)
    }

    /// Appends an event stamped with the given time.
    pub fn append_at(&mut self, event: &Event, at: Timestamp) -> Result<(), JournalError> {
        let line = Line {
            at,
            session: self.session.clone(),
            event: event.clone(),
        };
        let mut bytes = serde_json::to_vec(&line)?;
        bytes.push(b'\n');
        self.write_locked(&bytes)
            .map_err(|source| JournalError::Write {
                path: self.path.clone(),
                source,
            })
    }

    /// Writes one whole line under an exclusive lock, then syncs it to disk.
    fn write_locked(&mut self, bytes: &[u8]) -> io::Result<()> {
        // The lock keeps another knead's line from landing between our
        // newline fix and our line, or inside a line split by a short write.
        self.file.lock()?;
        let written = self.write_line(bytes);
        let unlocked = self.file.unlock();
        written.and(unlocked)
    }

    fn write_line(&mut self, bytes: &[u8]) -> io::Result<()> {
        if !ends_with_newline(&mut self.file)? {
            // A writer killed mid-line left a torn line: end it, so that ours
            // stays readable instead of being glued onto the garbage.
            self.file.write_all(b"\n")?;
        }
        self.file.write_all(bytes)?;
        self.file.flush()?;
        self.file.sync_data()
    }
}

/// Whether the file is empty or its last byte is a newline.
fn ends_with_newline(file: &mut File) -> io::Result<bool> {
    if file.metadata()?.len() == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::End(-1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// A new session id: start time, process id and a per-process counter.
fn new_session_id() -> SessionId {
    // The counter keeps ids unique when one process starts two sessions in the same second.
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let now = Timestamp::now().strftime("%Y%m%dT%H%M%SZ");
    SessionId(format!("{now}-{}-{count}", std::process::id()))
}
