//! The `knead` binary: parse the arguments, run, exit with the right code.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use knead::cli::Cli;
use knead::exit::Exit;

fn main() -> ExitCode {
    // Without it, the journal's next write could kill knead silently; a
    // failure to set it up only leaves the default behaviour.
    let _ = knead::signals::survive_file_size_limit();
    // `COMPLETE=bash knead` prints the shell's registration script, and the
    // shell then calls knead with it set to complete a word; both end here.
    clap_complete::CompleteEnv::with_factory(Cli::command)
        // The script calls `knead` on PATH, so it outlives a moved binary.
        .completer("knead")
        .complete();
    let cli = Cli::parse();
    let result = knead::app::run(cli);
    // Said after any full screen is gone, so it is not drawn over it.
    if let Some(note) = knead::files::made_private() {
        knead::output::eprint(&format!("knead: note: {note}\n"));
    }
    match result {
        Ok(exit) => exit.into(),
        // The one place a command's failure is shown.
        Err(error) => {
            knead::output::eprint(&error.message());
            Exit::from(&error).into()
        }
    }
}
