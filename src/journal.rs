//! The session journal: an append-only file with one JSON line per session
//! event, and the history read back from it.
//!
//! Every event is appended, flushed and synced the moment it happens, so a
//! session killed with `kill -9` still leaves a record of what was done.
//!
//! The reader is plain on purpose: it refuses anything but a regular file
//! of at most [`MAX_JOURNAL_BYTES`], then one thread reads it line by line,
//! serde reads each line into one flat borrowing struct that becomes an
//! [`Event`], and the events are grouped into [`SessionRecord`]s by session
//! id. Ten years of daily sessions take about 35 ms of CPU, 100,000 about
//! half a second, on a 2-core machine (docs/performance.md). It is tolerant:
//! an unreadable line becomes a [`Warning`], never an error, a session whose
//! start line is lost keeps its other lines (and its pain stops), and the
//! file is never modified by reading.

mod error;
mod event;
mod grouper;
mod hash;
pub mod history;
mod last;
mod raw;
mod reader;
mod session_record;
mod warning;
mod writer;

pub use error::JournalError;
pub use event::{
    CheckPoint, Event, Feeling, Line, PressureRating, RecordedOutcome, SessionId, Text, YesNo,
};
pub use hash::content_hash;
pub use last::last_routine;
pub use reader::{MAX_JOURNAL_BYTES, parse, read};
pub use session_record::{
    CheckInRecord, ConditionsRecord, Rating, ScreeningRecord, SessionRecord, StepDone,
};
pub use warning::Warning;
pub use writer::Journal;
