//! Exit codes, as design.md promises them to scripts.

use std::process::ExitCode;

/// How a knead command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Done: the command or session finished.
    Done,
    /// A runtime failure (a file could not be written, a terminal failed).
    Failure,
    /// An invalid routine or invalid usage.
    Invalid,
    /// A session stopped early: a screening answer, a pain report, the stop
    /// key, or a question left unanswered.
    Stopped,
    /// Interrupted by a signal.
    Interrupted,
}

impl Exit {
    /// The process exit status.
    pub fn code(self) -> u8 {
        match self {
            Exit::Done => 0,
            Exit::Failure => 1,
            Exit::Invalid => 2,
            Exit::Stopped => 3,
            Exit::Interrupted => 130,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit.code())
    }
}
