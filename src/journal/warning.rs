//! What the reader says about lines it could not use.

use std::fmt;

use crate::text::single_line as terminal_safe;

/// A journal line (or, summed up, many) that was skipped or read oddly, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The line's number in the file, from 1; for a summary, the first line.
    pub line: usize,
    /// How many unreadable lines this stands for: 1, or more for a summary.
    pub count: usize,
    /// Why, for the first line it stands for.
    pub reason: String,
}

impl Warning {
    /// A warning about one line.
    pub(super) fn new(line: usize, reason: impl Into<String>) -> Self {
        Self {
            line,
            count: 1,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Warning {
    /// `line N: reason`, or for a summary `skipped N unreadable lines, the
    /// first at line M: reason`; safe to print, as the reason may quote the
    /// file's own bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = terminal_safe(&self.reason);
        match self.count {
            1 => write!(f, "line {}: {reason}", self.line),
            n => write!(
                f,
                "skipped {n} unreadable lines, the first at line {}: {reason}",
                self.line
            ),
        }
    }
}
