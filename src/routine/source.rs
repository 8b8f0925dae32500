//! Reading routine files as untrusted input: bounded size, UTF-8, no NUL bytes.

use std::path::Path;

use super::diagnostic::Diagnostic;
use crate::files::{self, FileError};

/// The largest routine file knead reads.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// Reads a file, refusing more than [`MAX_BYTES`] without reading further,
/// and anything that is not a regular file (a FIFO, a device) before
/// opening it for reading.
pub fn read(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    files::read_regular(path, MAX_BYTES, "1 MiB").map_err(|e| match e {
        FileError::TooLarge(_) => Diagnostic::file_error(
            "the file is larger than 1 MiB; routine files are limited to 1 MiB",
        ),
        other => Diagnostic::file_error(format!("cannot read: {other}")),
    })
}

/// The bytes without a leading UTF-8 byte order mark, which some editors
/// add: it is not part of the routine, and left in it would shift every
/// column on the first line.
pub fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Checks that bytes are text a routine can be read from.
///
/// On failure the diagnostic points at the first offending byte where that
/// helps, and at the file as a whole otherwise.
pub fn decode(bytes: &[u8]) -> Result<&str, Diagnostic> {
    let bytes = without_bom(bytes);
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Diagnostic::file_error(
            "the file is larger than 1 MiB; routine files are limited to 1 MiB",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = e.valid_up_to();
        Diagnostic::error(valid..valid + 1, "not UTF-8 text: is this a routine file?")
    })?;
    if let Some(at) = text.find('\0') {
        return Err(Diagnostic::error(
            at..at + 1,
            "the file contains a NUL byte: is this a routine file?",
        ));
    }
    if text.trim().is_empty() {
        return Err(Diagnostic::file_error(
            "the file is empty: a routine needs `format = 1`, a `title` and at least one `[[step]]` (try `knead new`)",
        ));
    }
    Ok(text)
}
