//! Reading the journal back, tolerantly: bad lines become warnings.

use std::fs::{self, File, TryLockError};
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::time::{Duration, Instant};

use super::error::JournalError;
use super::grouper::Grouper;
use super::raw;
use super::session_record::SessionRecord;
use super::warning::Warning;

/// The largest journal read: 256 MiB, about 200,000 sessions (500 years of
/// daily use), so a link to an endless file cannot eat all memory.
pub const MAX_JOURNAL_BYTES: u64 = 256 << 20;

/// Up to this many unreadable lines are named one by one; more, and the
/// file is mostly not a journal: one warning sums them up.
const LISTED: usize = 5;

/// What an editor may put at the start of a UTF-8 file.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads the journal into session records, oldest first; a missing file is an empty history.
///
/// Anything but a regular file (after following links) is refused before
/// it is opened, so a named pipe cannot block and a device cannot stream forever.
pub fn read(path: &Path) -> Result<(Vec<SessionRecord>, Vec<Warning>), JournalError> {
    let read_error = |source| JournalError::Read {
        path: path.to_path_buf(),
        source,
    };
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
        Err(e) => return Err(read_error(e)),
    };
    check_regular(&metadata).map_err(read_error)?;
    let file = File::open(path).map_err(read_error)?;
    // The path may have been swapped since: check what was opened.
    check_regular(&file.metadata().map_err(read_error)?).map_err(read_error)?;
    // A shared lock waits out a line being appended right now, so it is not
    // mistaken for a torn one. It never blocks other readers, and a lock
    // another program keeps is not waited on for long: a session's notices
    // come from here, and must not hold up its first question.
    let locked = lock_shared_within(&file, READ_LOCK_PATIENCE).map_err(read_error)?;
    // One byte past the cap tells a file that grew past it while being read.
    let parsed = parse_from(BufReader::new((&file).take(MAX_JOURNAL_BYTES + 1)));
    let unlocked = if locked { file.unlock() } else { Ok(()) };
    let (records, warnings, bytes) = parsed.map_err(read_error)?;
    unlocked.map_err(read_error)?;
    if bytes > MAX_JOURNAL_BYTES {
        return Err(read_error(too_large()));
    }
    Ok((records, warnings))
}

/// How long a read waits for a writer's lock before reading without it.
const READ_LOCK_PATIENCE: Duration = Duration::from_millis(200);

/// Takes a shared lock, trying again until `patience` has passed; false if
/// a writer still holds the file then.
fn lock_shared_within(file: &File, patience: Duration) -> io::Result<bool> {
    let start = Instant::now();
    loop {
        match file.try_lock_shared() {
            Ok(()) => return Ok(true),
            Err(TryLockError::WouldBlock) if start.elapsed() < patience => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(TryLockError::WouldBlock) => return Ok(false),
            Err(TryLockError::Error(e)) => return Err(e),
        }
    }
}

/// Refuses what is not a regular file, or is larger than [`MAX_JOURNAL_BYTES`].
fn check_regular(metadata: &fs::Metadata) -> io::Result<()> {
    let kind = metadata.file_type();
    if kind.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "Is a directory",
        ));
    }
    if !kind.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("not a regular file but {}", describe_special(&kind)),
        ));
    }
    if metadata.len() > MAX_JOURNAL_BYTES {
        return Err(too_large());
    }
    Ok(())
}

#[cfg(unix)]
fn describe_special(kind: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a named pipe"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "something else"
    }
}

#[cfg(not(unix))]
fn describe_special(_: &fs::FileType) -> &'static str {
    "something else"
}

fn too_large() -> io::Error {
    io::Error::new(
        io::ErrorKind::FileTooLarge,
        format!(
            "larger than {} MiB, the most knead reads; move it aside to start a new journal",
            MAX_JOURNAL_BYTES >> 20
        ),
    )
}

/// Turns journal bytes into session records, oldest first, and warnings for skipped lines.
pub fn parse(bytes: &[u8]) -> (Vec<SessionRecord>, Vec<Warning>) {
    // Reading from a slice cannot fail.
    parse_from(bytes)
        .map(|(records, warnings, _)| (records, warnings))
        .unwrap_or_default()
}

/// Reads line by line, so memory holds one line and the records, never
/// the whole file; also returns the number of bytes read.
fn parse_from(mut input: impl BufRead) -> io::Result<(Vec<SessionRecord>, Vec<Warning>, u64)> {
    let mut grouper = Grouper::default();
    let mut unreadable = Vec::new();
    let (mut line, mut number, mut bytes) = (Vec::new(), 0, 0);
    loop {
        line.clear();
        let n = input.read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        (number, bytes) = (number + 1, bytes + n as u64);
        let text = match number {
            1 => line.strip_prefix(BOM).unwrap_or(&line),
            _ => &line,
        };
        if text.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        // One check of the whole line is cheaper than serde_json's check of each string.
        let raw = std::str::from_utf8(text)
            .map_err(|_| "not UTF-8 text".to_string())
            .and_then(|text| raw::read(text).map_err(|e| describe(&e)));
        match raw {
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
    // Sessions without a start are only known at the end: keep file order.
    warnings.sort_by_key(|w| w.line);
    Ok((records, warnings, bytes))
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
