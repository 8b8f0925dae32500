//! `knead help`: the help of knead or of a command, as `--help` shows it,
//! and the guides a person has no other copy of: `knead help format` is the
//! routine format reference, built into the binary.

use std::ffi::OsString;

use clap::CommandFactory;

use crate::cli::{Cli, ColorChoice};
use crate::error::Error;
use crate::exit::Exit;
use crate::pager;

/// The routine format reference, the same page as `docs/routine-format.md`.
pub const FORMAT: &str = include_str!("../../docs/routine-format.md");

/// Prints the guide `topic` names, or the help of the command it names
/// (`knead help run` is `knead run --help`), or knead's own with none.
pub fn run(topic: &[String], color: ColorChoice, pager: bool) -> Result<Exit, Error> {
    if let [name] = topic
        && name == "format"
    {
        pager::page(FORMAT, pager)?;
        return Ok(Exit::Done);
    }
    // clap itself writes the help, or its error for an unknown command,
    // exactly as `--help` after the same words would.
    let words = [
        OsString::from("knead"),
        "--color".into(),
        color_word(color).into(),
    ]
    .into_iter()
    .chain(topic.iter().map(OsString::from))
    .chain([OsString::from("--help")]);
    match Cli::command().try_get_matches_from(words) {
        Ok(_) => Ok(Exit::Done),
        Err(shown) => {
            let exit = if shown.use_stderr() {
                Exit::Invalid
            } else {
                Exit::Done
            };
            shown.print()?;
            Ok(exit)
        }
    }
}

fn color_word(color: ColorChoice) -> &'static str {
    match color {
        ColorChoice::Auto => "auto",
        ColorChoice::Always => "always",
        ColorChoice::Never => "never",
    }
}
