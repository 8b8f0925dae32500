//! `knead` alone: pick a routine, then run it. At a terminal, the
//! full-screen picker; in a pipe, with `TERM=dumb` or with `--plain`, a
//! numbered list read from stdin.

mod full;
mod lines;
mod tools_file;

use crate::cli::{ColorChoice, RunArgs};
use crate::error::Error;
use crate::exit::Exit;

pub use full::entries;

use super::run;

/// Offers the routines, then runs the one picked, with a voice when
/// `voice` asks for one.
pub fn run(color: ColorChoice, plain: bool, voice: bool) -> Result<Exit, Error> {
    let args = RunArgs {
        routine: String::new(),
        plain,
        speed: 1.0,
        mute: false,
        no_breath_sounds: false,
        voice,
        reduce_motion: false,
        high_contrast: false,
        review_conditions: false,
    };
    if run::full_screen(&args) {
        full::run(&args, color)
    } else {
        lines::run(&args, color)
    }
}
