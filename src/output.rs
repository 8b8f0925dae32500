//! Writing to stdout and stderr: colour decisions, and a closed pipe that
//! ends the command quietly instead of with an error.

use std::io::{self, Write};

use anstream::AutoStream;
use anstream::stream::RawStream;

use crate::cli::ColorChoice;

/// Whether to colour what goes to `stream`, as anstream (and so clap's own
/// help) decides: `--color always` or `never` as given; with `auto`,
/// `NO_COLOR` set and not empty means none, `CLICOLOR_FORCE` set and not
/// `0` means colour even into a pipe, `CLICOLOR=0` means none, and
/// otherwise colour on a terminal that can show it (not `TERM=dumb`, nor
/// no `TERM` at all unless `CLICOLOR` or a CI asks for it).
pub fn use_color(choice: ColorChoice, stream: &impl RawStream) -> bool {
    let choice = match choice {
        ColorChoice::Auto => AutoStream::choice(stream),
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    };
    choice != anstream::ColorChoice::Never
}

/// Whether to colour what goes to stderr.
pub fn stderr_color(choice: ColorChoice) -> bool {
    use_color(choice, &io::stderr())
}

/// Prints data to stdout. A reader that went away (`knead list | head -1`)
/// is not an error: the output simply ends.
/// Any other failure names the stream it happened on, so the message
/// keeps both the place and the cause ("No space left on device").
pub fn print(text: &str) -> io::Result<()> {
    ignore_closed_pipe(write_all(&mut io::stdout().lock(), text))
        .map_err(|e| io::Error::new(e.kind(), format!("cannot write to standard output: {e}")))
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
