//! Reading the journal back, tolerantly: bad lines become warnings.
//!
//! The file is read in blocks of whole lines. Each block's lines are parsed
//! on all cores (parsing is most of the work) and grouped into sessions in
//! file order on this thread.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::thread;

use jiff::Timestamp;

use super::error::JournalError;
use super::event::Event;
use super::grouper::Grouper;
use super::raw::RawLine;
use super::record::SessionRecord;
use crate::text::single_line as terminal_safe;

/// Bytes read at a time; a longer line makes the buffer grow.
const BLOCK: usize = 4 << 20;

/// Blocks smaller than this are parsed on one thread: a thread costs more.
const PARALLEL_FROM: usize = 256 << 10;

/// A journal line that was skipped, and why; the face decides how to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The line's number in the file, from 1.
    pub line: usize,
    /// Why it was skipped.
    pub reason: String,
}

impl fmt::Display for Warning {
    /// `line N: reason`, safe to print: the reason may quote the file's own bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, terminal_safe(&self.reason))
    }
}

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
    let parsed = parse_from(&file);
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

fn parse_from(mut input: impl Read) -> io::Result<(Vec<SessionRecord>, Vec<Warning>)> {
    let mut sessions = Sessions::default();
    let mut buffer = vec![0; BLOCK];
    let mut filled = 0;
    loop {
        if filled == buffer.len() {
            buffer.resize(2 * buffer.len(), 0);
        }
        let n = match input.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        filled += n;
        let Some(end) = memchr::memrchr(b'\n', &buffer[filled - n..filled]) else {
            continue;
        };
        let end = filled - n + end + 1;
        sessions.add_block(&buffer[..end]);
        buffer.copy_within(end..filled, 0);
        filled -= end;
    }
    sessions.add_last_line(&buffer[..filled]);
    Ok(sessions.finish())
}

/// The grouping side: takes parsed lines in file order.
#[derive(Default)]
struct Sessions {
    grouper: Grouper,
    warnings: Vec<Warning>,
    number: usize,
}

impl Sessions {
    /// Adds a block of whole lines, each ending in a newline.
    ///
    /// Other threads parse the later parts of the block while this one
    /// parses the first part and groups every part in order.
    fn add_block(&mut self, block: &[u8]) {
        let threads = thread::available_parallelism().map_or(1, |n| n.get().min(8));
        if threads == 1 || block.len() < PARALLEL_FROM {
            return lines(block).for_each(|line| self.add(parse_line(line)));
        }
        let pieces = split_at_newlines(block, threads);
        thread::scope(|scope| {
            let handles: Vec<_> = pieces[1..]
                .iter()
                .map(|&piece| scope.spawn(move || parse_lines(piece)))
                .collect();
            lines(pieces[0]).for_each(|line| self.add(parse_line(line)));
            for (handle, &piece) in handles.into_iter().zip(&pieces[1..]) {
                // A parser thread cannot panic on any input; if one did, parse here.
                let parsed = handle.join().unwrap_or_else(|_| parse_lines(piece));
                parsed.into_iter().for_each(|p| self.add(p));
            }
        });
    }

    /// Adds what is left after the last newline: a torn line, or a whole one missing its newline.
    fn add_last_line(&mut self, text: &[u8]) {
        match parse_line(text) {
            Parsed::Bad(_) => {
                self.number += 1;
                self.warnings.push(Warning {
                    line: self.number,
                    reason: "incomplete last line (a write was cut short); skipped".into(),
                });
            }
            Parsed::Blank if text.is_empty() => {}
            parsed => self.add(parsed),
        }
    }

    fn add(&mut self, parsed: Parsed<'_>) {
        self.number += 1;
        match parsed {
            Parsed::Blank => {}
            Parsed::Event(session, at, event) => {
                self.grouper
                    .add(self.number, (&session, at, event), &mut self.warnings)
            }
            Parsed::Bad(reason) => self.warnings.push(Warning {
                line: self.number,
                reason,
            }),
        }
    }

    fn finish(mut self) -> (Vec<SessionRecord>, Vec<Warning>) {
        let records = self.grouper.finish(&mut self.warnings);
        // Sessions without a start are only known at the end: keep file order.
        self.warnings.sort_by_key(|w| w.line);
        (records, self.warnings)
    }
}

/// What one line turned into.
enum Parsed<'a> {
    /// An empty or all-blank line, skipped silently.
    Blank,
    /// An event of the session named.
    Event(Cow<'a, str>, Timestamp, Event),
    /// A line that is not an event, and why.
    Bad(String),
}

/// About `n` pieces of whole lines, in order.
fn split_at_newlines(block: &[u8], n: usize) -> Vec<&[u8]> {
    let mut pieces = Vec::with_capacity(n);
    let mut rest = block;
    for i in (1..n).rev() {
        let target = rest.len() / (i + 1);
        let Some(cut) = memchr::memchr(b'\n', &rest[target..]) else {
            break;
        };
        let (piece, tail) = rest.split_at(target + cut + 1);
        pieces.push(piece);
        rest = tail;
    }
    pieces.push(rest);
    pieces
}

/// The lines of a block of whole lines, without their newlines.
fn lines(block: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', block).map(move |end| {
        let line = &block[start..end];
        start = end + 1;
        line
    })
}

/// Every line of a block of whole lines, parsed.
fn parse_lines(block: &[u8]) -> Vec<Parsed<'_>> {
    lines(block).map(parse_line).collect()
}

fn parse_line(text: &[u8]) -> Parsed<'_> {
    if text.iter().all(u8::is_ascii_whitespace) {
        return Parsed::Blank;
    }
    let Ok(text) = std::str::from_utf8(text) else {
        return Parsed::Bad("not UTF-8 text; skipped".into());
    };
    let raw = match serde_json::from_str::<RawLine>(text) {
        Ok(raw) => raw,
        Err(e) => return Parsed::Bad(format!("not a journal event ({}); skipped", describe(&e))),
    };
    let (session, at) = (raw.session.clone(), raw.at);
    match raw.into_event() {
        Ok(event) => Parsed::Event(session, at, event),
        Err(reason) => Parsed::Bad(format!("not a journal event ({reason}); skipped")),
    }
}

/// serde_json's message without its "at line 1": every line is parsed alone.
fn describe(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(head, _)| head);
    format!("{message}, column {}", error.column())
}
