//! Appending events: one locked, synced write per line, never waiting
//! for the lock longer than the caller allows.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use jiff::Timestamp;

use super::error::JournalError;
use super::event::{Event, Line, SessionId};
use crate::files;

/// How long [`Journal::append`] waits for another writer's lock: long
/// enough for any honest writer's one line, short of forever.
pub const APPEND_PATIENCE: Duration = Duration::from_secs(10);

/// How often a busy lock is tried again.
const LOCK_RETRY: Duration = Duration::from_millis(5);

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
            // Health information: the folders knead creates are private.
            files::create_private_dir_all(folder).map_err(|source| JournalError::CreateDir {
                path: folder.to_path_buf(),
                source,
            })?;
        }
        let open_error = |source| JournalError::Open {
            path: path.clone(),
            source,
        };
        // A FIFO would take our lines and fail at the sync ("Invalid
        // argument"), a device would swallow them: refuse both by name.
        files::check_writable(&path).map_err(|e| open_error(io::Error::other(e)))?;
        // Append mode makes every write land at the end, whoever else writes;
        // read access lets an append check whether the last line was torn.
        let mut options = OpenOptions::new();
        options.read(true).append(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        // Non-blocking, so a FIFO swapped in after the check cannot hang us.
        let file = files::open_nonblocking(&mut options, &path).map_err(open_error)?;
        let metadata = file.metadata().map_err(open_error)?;
        if let Some(kind) = files::not_regular(&metadata) {
            let refused = files::FileError::NotRegular(kind);
            return Err(open_error(io::Error::other(refused)));
        }
        // Health information: 0600 even when another program created it.
        files::keep_private(&file, &path);
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

    /// The current time as the journal stamps it, to the second.
    pub fn now() -> Timestamp {
        let now = Timestamp::now();
        // Whole seconds keep lines short and readable; durations are in seconds too.
        Timestamp::from_second(now.as_second()).unwrap_or(now)
    }

    /// Appends an event stamped with the current time, to the second.
    pub fn append(&mut self, event: &Event) -> Result<(), JournalError> {
        self.append_at(event, Self::now())
    }

    /// Appends an event stamped with the given time, waiting at most
    /// [`APPEND_PATIENCE`] for another writer's lock.
    pub fn append_at(&mut self, event: &Event, at: Timestamp) -> Result<(), JournalError> {
        self.append_within(event, at, APPEND_PATIENCE)
    }

    /// Appends an event stamped `at`, or gives up with [`JournalError::Busy`]
    /// once another process has held the lock for `patience`: a session
    /// must never wait on someone else's lock to ask its next question.
    pub fn append_within(
        &mut self,
        event: &Event,
        at: Timestamp,
        patience: Duration,
    ) -> Result<(), JournalError> {
        let line = Line {
            at,
            session: self.session.clone(),
            event: event.clone(),
        };
        let mut bytes = serde_json::to_vec(&line)?;
        bytes.push(b'\n');
        let path = self.path.clone();
        let write_error = |source| JournalError::Write {
            path: path.clone(),
            source,
        };
        // The lock keeps another knead's line from landing between our
        // newline fix and our line, or inside a line split by a short write.
        match lock_within(&self.file, patience) {
            Ok(true) => {}
            Ok(false) => return Err(JournalError::Busy { path: path.clone() }),
            Err(source) => return Err(write_error(source)),
        }
        self.write_locked(&bytes).map_err(write_error)
    }

    /// Writes one whole line under the lock taken, then syncs it and unlocks.
    fn write_locked(&mut self, bytes: &[u8]) -> io::Result<()> {
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

/// Takes the file's exclusive lock, trying again until `patience` has
/// passed; false if another process still holds it then.
fn lock_within(file: &File, patience: Duration) -> io::Result<bool> {
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(true),
            Err(TryLockError::WouldBlock) if start.elapsed() < patience => {
                std::thread::sleep(LOCK_RETRY);
            }
            Err(TryLockError::WouldBlock) => return Ok(false),
            Err(TryLockError::Error(e)) => return Err(e),
        }
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
    SessionId(compact_str::format_compact!(
        "{now}-{}-{count}",
        std::process::id()
    ))
}
