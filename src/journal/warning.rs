//! What the reader says about lines it could not use.

use std::fmt;

use crate::routine::text::single_line as terminal_safe;

/// A journal line that was skipped or read oddly, and why; the face decides how to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The line's number in the file, from 1.
    pub line: usize,
    /// Why.
    pub reason: String,
}

impl Warning {
    /// A warning about one line.
    pub(super) fn new(line: usize, reason: impl Into<String>) -> Self {
        Self {
            line,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Warning {
    /// `line N: reason`, safe to print: the reason may quote the file's own bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, terminal_safe(&self.reason))
    }
}
