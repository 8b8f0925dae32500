//! Long output at a terminal goes through a pager, as git's does: the
//! program in `KNEAD_PAGER`, else `PAGER`, else `less -FRX`; never into a
//! pipe or a file, and never when the text fits on the screen.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use signal_hook::SigId;
use signal_hook::consts::{SIGINT, SIGQUIT};
use signal_hook::flag;

use ratatui::crossterm::terminal;

use crate::output;

/// The pager when neither variable names one: quits when the text fits
/// (-F), keeps colours (-R) and leaves the text on screen (-X).
const DEFAULT_PAGER: &str = "less -FRX";

/// Prints `text` to stdout, through the pager when `enabled`, stdout is a
/// terminal and the text is taller than it. A pager that cannot start
/// leaves the text printed as it is.
pub fn page(text: &str, enabled: bool) -> io::Result<()> {
    let stdout = io::stdout();
    if !enabled || !stdout.is_terminal() || fits(text) {
        return output::print(text);
    }
    let Some((program, args)) = pager() else {
        return output::print(text);
    };
    let mut command = Command::new(program);
    command.args(args).stdin(Stdio::piped());
    // As git does: less and lv quit on a short text and keep colours even
    // when PAGER names them bare.
    if std::env::var_os("LESS").is_none() {
        command.env("LESS", "FRX");
    }
    if std::env::var_os("LV").is_none() {
        command.env("LV", "-c");
    }
    // Ctrl-C at the pager reaches knead too; dying then would hand the
    // terminal back to the shell with the pager still drawing on it, so
    // knead waits for the pager as git does. Only a convenience: a failure
    // leaves the default.
    let interrupted = Arc::new(AtomicBool::new(false));
    let held: Vec<SigId> = [SIGINT, SIGQUIT]
        .into_iter()
        .filter_map(|signal| flag::register(signal, Arc::clone(&interrupted)).ok())
        .collect();
    let paged = show(command, text);
    for id in held {
        signal_hook::low_level::unregister(id);
    }
    match paged {
        Some(result) => result,
        None => output::print(text),
    }
}

/// Runs the pager on `text`; `None` when it cannot start.
fn show(mut command: Command, text: &str) -> Option<io::Result<()>> {
    let mut child = command.spawn().ok()?;
    let written = match child.stdin.take() {
        // The person quitting the pager early closes this pipe: not an error.
        Some(mut input) => output::ignore_closed_pipe(input.write_all(text.as_bytes())),
        None => Ok(()),
    };
    Some(written.and(child.wait().map(drop)))
}

/// Whether `text` fits on the terminal's screen, wrapped lines counted.
fn fits(text: &str) -> bool {
    let Ok((columns, rows)) = terminal::size() else {
        return true;
    };
    let columns = usize::from(columns.max(1));
    let mut lines = 0;
    for line in text.lines() {
        let width = unicode_width::UnicodeWidthStr::width(line);
        lines += width.div_ceil(columns).max(1);
        if lines >= usize::from(rows) {
            return false;
        }
    }
    true
}

/// The pager command from `KNEAD_PAGER`, `PAGER` or the default, split as a
/// shell would; `None` when it is empty or `cat`, which mean no pager.
fn pager() -> Option<(String, Vec<String>)> {
    let chosen: OsString = ["KNEAD_PAGER", "PAGER"]
        .into_iter()
        .find_map(std::env::var_os)
        .unwrap_or_else(|| DEFAULT_PAGER.into());
    let mut words = shell_words::split(chosen.to_str()?).ok()?.into_iter();
    let program = words.next()?;
    (program != "cat").then(|| (program, words.collect()))
}
