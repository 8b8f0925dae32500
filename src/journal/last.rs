//! The routine of the last session, read from the journal's end only: the
//! picker opens on it, and must not read years of history to find it.

use std::fs::OpenOptions;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use super::event::{Event, Line};
use crate::files::{not_regular, open_nonblocking};

/// How much of the journal's end is read at first: a session is a few
/// dozen lines, so its start is almost always in here.
const FIRST_LOOK: u64 = 64 << 10;

/// The most of the journal's end ever read: a 200-step session with every
/// rating is well within it.
const FURTHEST_LOOK: u64 = 1 << 20;

/// The routine id of the last session started, if the journal's end names
/// one. A missing, unreadable or damaged journal is simply no answer.
pub fn last_routine(path: &Path) -> Option<String> {
    let mut file = open_nonblocking(OpenOptions::new().read(true), path).ok()?;
    let metadata = file.metadata().ok()?;
    if not_regular(&metadata).is_some() {
        return None;
    }
    let length = metadata.len();
    for look in [FIRST_LOOK, FURTHEST_LOOK] {
        let from = length.saturating_sub(look);
        file.seek(SeekFrom::Start(from)).ok()?;
        let mut tail = Vec::new();
        (&mut file).take(look).read_to_end(&mut tail).ok()?;
        // A look that starts mid-file starts mid-line: that line is not whole.
        let whole = if from == 0 {
            &tail[..]
        } else {
            tail.split(|b| *b == b'\n')
                .next()
                .map_or(&tail[..], |first| {
                    tail.get(first.len() + 1..).unwrap_or_default()
                })
        };
        if let Some(id) = last_start(whole) {
            return Some(id);
        }
        if from == 0 {
            return None;
        }
    }
    None
}

/// The routine of the last readable start line in `bytes`.
pub fn last_start(bytes: &[u8]) -> Option<String> {
    bytes.rsplit(|b| *b == b'\n').find_map(|line| {
        // Only start lines are parsed: the others need no look at all.
        memchr::memmem::find(line, br#""start""#)?;
        match serde_json::from_slice::<Line>(line).ok()?.event {
            Event::Start { routine, .. } => Some(routine.into()),
            _ => None,
        }
    })
}
