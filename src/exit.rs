//! Exit codes, as the command line promises them to scripts (README,
//! "Exit codes"): one table for how a command ended, how a session ended,
//! and each kind of error.

use std::process::ExitCode;

use crate::error::Error;
use crate::journal::history::HistoryError;
use crate::session::Outcome;

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
    /// Interrupted by a signal: 128 + its number (SIGINT 130, SIGTERM 143,
    /// SIGHUP 129, SIGQUIT 131).
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
            Exit::Interrupted => crate::signals::exit_code(),
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit.code())
    }
}

impl From<Outcome> for Exit {
    fn from(outcome: Outcome) -> Self {
        match outcome {
            Outcome::Completed => Exit::Done,
            Outcome::Interrupted => Exit::Interrupted,
            Outcome::StoppedForSafety
            | Outcome::StoppedAtScreening
            | Outcome::StoppedByPerson
            | Outcome::Unanswered => Exit::Stopped,
        }
    }
}

/// What the person asked for cannot be: exit 2. The system failed them:
/// exit 1.
impl From<&Error> for Exit {
    fn from(error: &Error) -> Self {
        match error {
            Error::NotFound(_)
            | Error::Rejected { .. }
            | Error::History(HistoryError::BadSince { .. })
            | Error::BadNow(_)
            | Error::Exists(_)
            | Error::WouldReplace(_)
            | Error::BundledRemove(_) => Exit::Invalid,
            Error::History(_)
            | Error::NoEditor { .. }
            | Error::NoConfigFolder
            | Error::Write { .. }
            | Error::EditorStart { .. }
            | Error::EditorFailed { .. }
            | Error::Journal(_)
            | Error::NoFullScreen(_)
            | Error::ReportJson(_)
            | Error::Io(_) => Exit::Failure,
        }
    }
}
