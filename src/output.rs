//! Writing to stdout and stderr: colour decisions, and a closed pipe that
//! ends the command quietly instead of with an error.

use std::io::{self, IsTerminal, Write};

use crate::cli::ColorChoice;

/// Whether to colour a stream, from `--color`, `NO_COLOR` and whether the
/// stream is a terminal.
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Whether to colour what goes to stderr.
pub fn stderr_color(choice: ColorChoice) -> bool {
    use_color(choice, io::stderr().is_terminal())
}

/// Prints data to stdout. A reader that went away (`knead list | head -1`)
/// is not an error: the output simply ends.
pub fn print(text: &str) -> io::Result<()> {
    ignore_closed_pipe(write_all(&mut io::stdout().lock(), text))
}

/// Prints a message to stderr, ignoring a closed stream.
pub fn eprint(text: &str) {
    let _ = write_all(&mut io::stderr().lock(), text);
}

fn write_all(out: &mut impl Write, text: &str) -> io::Result<()> {
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// Treats a closed pipe as success.
pub fn ignore_closed_pipe(result: io::Result<()>) -> io::Result<()> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
