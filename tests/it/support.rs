//! What more than one suite needs: running the binary in a sandbox, running
//! a session in-process, fabricated routines, journals and time, and reading
//! what came out.

pub mod clock;
pub mod diagnostics;
pub mod engine;
pub mod journal_lines;
pub mod pty;
pub mod routine_files;
pub mod routines;
pub mod sandbox;
pub mod scripted;
pub mod session;
pub mod source_paths;
pub mod test_screen;
pub mod tools;
pub mod transcript;
