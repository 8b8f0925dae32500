//! `knead print`: a handout of a routine, for a therapist to print, as
//! Markdown (the default) or as one self-contained HTML page.
//!
//! A handout stands on its own, away from the screen: besides the steps it
//! says how often, what to read before starting, when to stop, the warning
//! signs, good and bad soreness, and leaves space for the therapist's name.
//! Numbers come from the engine and the safety module, never restated; the
//! words live once, in [`handout`], and each format only renders them.

mod body;
pub mod handout;
mod html;
mod markdown;

use std::sync::LazyLock;

use crate::error::Error;
use crate::exit::Exit;
use crate::output;
use crate::routine::Routine;

pub use handout::{Handout, Therapist, Titles};

/// The formats a handout is printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HandoutFormat {
    /// Markdown text.
    #[default]
    Markdown,
    /// One HTML page with its styles inside, for a browser to print.
    Html,
}

/// Prints the handout to stdout.
pub fn run(routine: &Routine, format: HandoutFormat, therapist: Therapist) -> Result<Exit, Error> {
    let handout = Handout::new(routine, therapist, &Titles::load());
    let text = match format {
        HandoutFormat::Markdown => markdown::render(&handout),
        HandoutFormat::Html => html::render(&handout),
    };
    output::print(&text)?;
    Ok(Exit::Done)
}

/// The handout of `routine` as Markdown text, with blank therapist lines
/// and the bundled routines' titles.
pub fn handout(routine: &Routine) -> String {
    static BUNDLED: LazyLock<Titles> = LazyLock::new(Titles::bundled);
    markdown::render(&Handout::new(routine, Therapist::default(), &BUNDLED))
}
