//! The `knead` binary: parse the arguments, run, exit with the right code.

use std::process::ExitCode;

use clap::Parser;
use knead::cli::Cli;
use knead::exit::Exit;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match knead::app::run(cli) {
        Ok(exit) => exit.into(),
        Err(error) => {
            knead::output::eprint(&format!("knead: error: {error:#}\n"));
            Exit::Failure.into()
        }
    }
}
