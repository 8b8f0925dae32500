//! The routine format: types, parsing with source spans, validation, lints.

mod convert;
mod diagnostic;
pub mod duration;
mod lint;
mod load;
mod model;
mod parse;
mod plan;
mod raw;
mod schema;
mod source;
mod suggest;
pub mod vocabulary;

pub use suggest::did_you_mean as suggest;

use std::path::Path;

pub use convert::{MAX_STEPS, MAX_TOTAL};
pub use diagnostic::{Diagnostic, MaskedSource, Severity};
pub use model::{
    Activity, Breathe, Breathing, Hold, RatePressure, Roll, Routine, SWITCH_SIDES, SafetyAdditions,
    ScreeningQuestion, Side, Step, StepKind,
};
pub use plan::TherapistPlan;
pub use raw::RawRoutine;
pub use schema::{schema, schema_json};
pub use source::MAX_BYTES;

/// The parts of the routine reader the settings file shares, so both files
/// are read and reported the same way.
pub(crate) mod shared {
    pub(crate) use super::convert::breathing;
    pub(crate) use super::convert::checks::in_count;
    pub(crate) use super::parse::{check_keys, read_table, syntax_error, table_mut};
    pub(crate) use super::raw::{BREATHING_KEYS, RawBreathing};
}

/// The outcome of reading one routine file: the routine if it is valid, and
/// every problem found, errors and warnings alike, in file order.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The validated routine, when the file has no errors.
    pub routine: Option<Routine>,
    /// Every error and warning, in the order they appear in the file.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The outcome of a file that could not be read at all.
    pub fn failed(diagnostic: Diagnostic) -> Self {
        Self {
            routine: None,
            diagnostics: vec![diagnostic],
        }
    }
}

/// Whether the lints (warnings for authors) run as well as validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lints {
    /// Errors and warnings: for authors (`knead check`, `knead list`).
    Run,
    /// Errors only, for a face that shows no warnings and must be quick
    /// (the picker reads every routine before its first frame).
    Skip,
}

/// Parses and validates routine text.
pub fn check_str(source: &str) -> Checked {
    check_str_paced(source, Breathing::default(), Lints::Run)
}

/// Parses and validates routine text, with or without the lints.
pub fn check_str_with(source: &str, lints: Lints) -> Checked {
    check_str_paced(source, Breathing::default(), lints)
}

/// Parses and validates routine text whose steps breathe at `pace` unless
/// the file sets a `[breathing]` of its own (the person's default pattern).
pub fn check_str_paced(source: &str, pace: Breathing, lints: Lints) -> Checked {
    let mut diagnostics = Vec::new();
    let routine = parse::parse_raw(source, &mut diagnostics).and_then(|raw| {
        let routine = convert::convert(&raw, source, pace, &mut diagnostics);
        if routine.is_some() && lints == Lints::Run {
            lint::lint(&raw, source, &mut diagnostics);
        }
        routine
    });
    let routine = routine.filter(|_| !diagnostics.iter().any(Diagnostic::is_error));
    diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    Checked {
        routine,
        diagnostics,
    }
}

/// Adds an error to `checked` for each screening `offer` in `source` that
/// names none of the `known` routine ids (bundled and user routines), and
/// then holds no routine.
///
/// Kept apart from [`check_str`] so validation stays pure: only a caller that
/// knows the library, such as `knead check`, can say which ids exist.
pub fn check_offers(checked: &mut Checked, source: &str, known: &[String]) {
    if checked.has_errors() {
        return;
    }
    let mut scratch = Vec::new();
    let Some(raw) = parse::parse_raw(source, &mut scratch) else {
        return;
    };
    lint::unknown_offers(&raw, known, &mut checked.diagnostics);
    if checked.has_errors() {
        checked.routine = None;
    }
    checked
        .diagnostics
        .sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
}

/// Parses and validates routine bytes (any bytes: size, encoding and NUL
/// bytes are checked first).
pub fn check_bytes(bytes: &[u8]) -> Checked {
    check_bytes_with(bytes, Lints::Run)
}

fn check_bytes_with(bytes: &[u8], lints: Lints) -> Checked {
    match source::decode(bytes) {
        Ok(text) => check_str_with(text, lints),
        Err(diagnostic) => Checked::failed(diagnostic),
    }
}

/// Reads, parses and validates a routine from a stream (standard input, for
/// editors), as [`check_file`] does a file: at most [`MAX_BYTES`] are read.
pub fn check_reader(reader: impl std::io::Read) -> std::io::Result<(String, Checked)> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut reader.take(MAX_BYTES + 1), &mut bytes)?;
    let bytes = source::without_bom(&bytes);
    Ok((
        String::from_utf8_lossy(bytes).into_owned(),
        check_bytes(bytes),
    ))
}

/// Reads, parses and validates a routine file. Also returns its text, for
/// showing diagnostics (invalid UTF-8 shown as replacement characters).
pub fn check_file(path: &Path) -> (String, Checked) {
    check_file_with(path, Lints::Run)
}

/// [`check_file`], with or without the lints.
pub fn check_file_with(path: &Path, lints: Lints) -> (String, Checked) {
    match source::read(path) {
        Ok(bytes) => {
            let bytes = source::without_bom(&bytes);
            let checked = check_bytes_with(bytes, lints);
            (String::from_utf8_lossy(bytes).into_owned(), checked)
        }
        Err(diagnostic) => (String::new(), Checked::failed(diagnostic)),
    }
}
