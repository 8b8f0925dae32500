//! The session journal: an append-only file with one JSON line per session
//! event, and the history read back from it.
//!
//! Every event is appended, flushed and synced the moment it happens, so a
//! session killed with `kill -9` still leaves a record of what was done. The
//! reader is tolerant: a torn or unreadable line becomes a [`Warning`], never
//! an error, and the file is never modified by reading.

mod error;
mod event;
mod grouper;
mod hash;
pub mod history;
mod raw;
mod reader;
mod record;
mod stamp;
mod writer;

pub use error::JournalError;
pub use event::{CheckPoint, Event, Feeling, Line, Outcome, Pressure, SessionId, YesNo};
pub use hash::content_hash;
pub use reader::{Warning, parse, read};
pub use record::{CheckInRecord, Rating, ScreeningRecord, SessionRecord, StepDone};
pub use writer::Journal;
