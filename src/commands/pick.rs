//! `knead` alone: pick a routine, then run it. At a terminal, the
//! full-screen picker; in a pipe, with `TERM=dumb` or with `--plain`, a
//! numbered list read from stdin.

mod full;
mod lines;
mod tools_file;

use crate::cli::{ColorChoice, RunArgs, SessionArgs};
use crate::error::Error;
use crate::exit::Exit;

pub use full::entries;

use super::run;

/// Offers the routines, then runs the one picked with the session flags
/// given to `knead` alone (`--mute`, `--voice`, `--speed`...).
pub fn run(color: ColorChoice, plain: bool, session: SessionArgs) -> Result<Exit, Error> {
    let args = RunArgs {
        routine: String::new(),
        plain,
        session,
        review_conditions: false,
    };
    if run::full_screen(&args) {
        full::run(&args, color)
    } else {
        lines::run(&args, color)
    }
}
