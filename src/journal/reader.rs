//! Reading the journal back, tolerantly: bad lines become warnings.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

use super::error::JournalError;
use super::grouper::Grouper;
use super::raw::RawLine;
use super::record::SessionRecord;
use super::warning::Warning;

/// Up to this many unreadable lines are named one by one; more, and the
/// file is mostly not a journal: one warning sums them up.
const LISTED: usize = 5;

/// What an editor may put at the start of a UTF-8 file.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads the journal into session records, oldest first; a missing file is an empty history.
pub fn read(path: &Path) -> Result<(Vec<SessionRecord>, Vec<Warning>), JournalError> {
    let read_error = |source| JournalError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
        Err(e) => return Err(read_error(e)),
    };
    // A shared lock waits out a line being appended right now, so it is not
    // mistaken for a torn one. It never blocks other readers.
    file.lock_shared().map_err(read_error)?;
    let parsed = parse_from(BufReader::new(&file));
    let unlocked = file.unlock();
    let parsed = parsed.map_err(read_error)?;
    unlocked.map_err(read_error)?;
    Ok(parsed)
}

/// Turns journal bytes into session records, oldest first, and warnings for skipped lines.
pub fn parse(bytes: &[u8]) -> (Vec<SessionRecord>, Vec<Warning>) {
    // Reading from a slice cannot fail.
    parse_from(bytes).unwrap_or_default()
}

/// Reads line by line, so memory holds one line and the records, never
/// the whole file.
fn parse_from(mut input: impl BufRead) -> io::Result<(Vec<SessionRecord>, Vec<Warning>)> {
    let mut grouper = Grouper::default();
    let mut unreadable = Vec::new();
    let (mut line, mut number) = (Vec::new(), 0);
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        number += 1;
        let text = match number {
            1 => line.strip_prefix(BOM).unwrap_or(&line),
            _ => &line,
        };
        if text.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<RawLine>(text).map_err(|e| describe(&e)) {
            Ok(raw) => {
                let (session, at) = (raw.session.clone(), raw.at);
                match raw.into_event() {
                    Ok(event) => grouper.add(number, &session, at, event),
                    Err(e) => unreadable.push(Warning::new(number, not_an_event(&e))),
                }
            }
            // Only the last line can lack its newline: a killed writer cut it short.
            Err(_) if !text.ends_with(b"\n") => unreadable.push(Warning::new(
                number,
                "incomplete last line (a write was cut short); skipped",
            )),
            Err(e) => unreadable.push(Warning::new(number, not_an_event(&e))),
        }
    }
    let (records, mut warnings) = grouper.finish();
    warnings.extend(summed_up(unreadable));
    warnings.sort_by_key(|w| w.line);
    Ok((records, warnings))
}

/// The warnings as they are, or one for them all when there are too many to read.
fn summed_up(mut unreadable: Vec<Warning>) -> Vec<Warning> {
    if unreadable.len() <= LISTED {
        return unreadable;
    }
    let count = unreadable.len();
    let mut first = unreadable.swap_remove(0);
    if let Some(reason) = first.reason.strip_suffix("; skipped") {
        first.reason = reason.to_string();
    }
    vec![Warning { count, ..first }]
}

fn not_an_event(why: &str) -> String {
    format!("not a journal event ({why}); skipped")
}

/// serde_json's message without its "at line 1": each line is parsed alone.
fn describe(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(head, _)| head);
    format!("{message}, column {}", error.column())
}
