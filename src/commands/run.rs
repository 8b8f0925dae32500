//! `knead run` (and `knead` alone): prepare a session, pick its face, run
//! it through the shared session loop, and exit as its outcome says.

use std::io::{self, IsTerminal};

use crate::cli::{ColorChoice, RunArgs};
use crate::coach::{self, Options, Prepared};
use crate::exit::Exit;
use crate::library::Loaded;
use crate::output;
use crate::plain::PlainFace;
use crate::plain::driver::RealDriver;
use crate::routine::Routine;
use crate::session::Outcome;
use crate::settings;
use crate::sound::SoundOptions;
use crate::text::single_line;
use crate::tui::run::{Look, SetUpFailed};
use crate::tui::window::Window;
use crate::tui::{self, Theme};

/// Runs a validated routine (read from `loaded`) and exits as its outcome
/// says: full-screen at a terminal, in plain lines otherwise.
pub fn run(
    loaded: &Loaded,
    routine: &Routine,
    args: &RunArgs,
    color: ColorChoice,
) -> io::Result<Exit> {
    let window = full_screen(args).then_some(Opening::Later);
    start(loaded, routine, args, color, window)
}

/// Runs a validated routine in a window already open (the picker's): its
/// first screen follows the page before it with no flicker to the shell.
pub fn run_in(
    window: Window,
    loaded: &Loaded,
    routine: &Routine,
    args: &RunArgs,
    color: ColorChoice,
) -> io::Result<Exit> {
    start(loaded, routine, args, color, Some(Opening::Open(window)))
}

/// Where a full-screen session's window comes from.
enum Opening {
    /// Opened once the session is prepared.
    Later,
    /// Already open.
    Open(Window),
}

fn start(
    loaded: &Loaded,
    routine: &Routine,
    args: &RunArgs,
    color: ColorChoice,
    window: Option<Opening>,
) -> io::Result<Exit> {
    let (settings, settings_warning) = settings::load();
    let options = Options {
        speed: args.speed,
        sound: SoundOptions {
            mute: args.mute,
            breath: !args.no_breath_sounds,
        },
        full_screen: window.is_some(),
    };
    let mut prepared = coach::prepare(loaded, routine, &settings, settings_warning, options);
    let ended = match window {
        Some(opening) => full(&mut prepared, opening, args, color),
        None => plain(&mut prepared, args.speed),
    };
    match ended {
        Ok(outcome) => Ok(exit_for(outcome)),
        // The reader went away (`| head`): the journal says "interrupted";
        // the command ends quietly, as pipelines expect.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(Exit::Done),
        Err(e) => {
            output::eprint(&format!("knead: error: {e}\n"));
            Ok(Exit::Failure)
        }
    }
}

/// Runs the session on the full screen; a terminal that cannot be set up
/// falls back to plain lines, saying why.
fn full(
    prepared: &mut Prepared<'_>,
    opening: Opening,
    args: &RunArgs,
    color: ColorChoice,
) -> io::Result<Outcome> {
    let look = look(args, color);
    let window = match opening {
        Opening::Open(window) => Ok(window),
        Opening::Later => Window::open(args.speed),
    };
    match window {
        Ok(window) => tui::run::run_in(window, prepared, look),
        Err(SetUpFailed(e)) => {
            let notice = format!("the full screen could not start ({e}): using plain lines");
            prepared
                .notices
                .insert(0, single_line(&notice).into_owned());
            plain(prepared, args.speed)
        }
    }
}

/// How the full screen looks for these arguments.
pub fn look(args: &RunArgs, color: ColorChoice) -> Look {
    Look {
        theme: theme(args, color),
        reduce_motion: reduce_motion(args),
    }
}

/// Runs the session in plain lines on stdout, answers from stdin.
/// A failure names what failed, so the message keeps its place and cause.
fn plain(prepared: &mut Prepared<'_>, speed: f64) -> io::Result<Outcome> {
    let driver = RealDriver::start(speed).map_err(|e| context("cannot watch for signals", e))?;
    // The plain face's only failures are its writes to standard output.
    coach::run(prepared, &mut PlainFace::new(io::stdout().lock(), driver))
        .map_err(|e| context("cannot write to standard output", e))
}

/// The same error, its message prefixed with what was being done.
fn context(what: &str, error: io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("{what}: {error}"))
}

/// The full screen needs a terminal on both ends that can draw.
pub fn full_screen(args: &RunArgs) -> bool {
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    !args.plain && !dumb && io::stdin().is_terminal() && io::stdout().is_terminal()
}

/// High contrast when asked; no colour when `NO_COLOR` or `--color never`
/// says so (bold and reverse still show emphasis).
fn theme(args: &RunArgs, color: ColorChoice) -> Theme {
    if !output::use_color(color, true) {
        Theme::mono()
    } else if args.high_contrast {
        Theme::high_contrast()
    } else {
        Theme::standard()
    }
}

/// `--reduce-motion`, or `KNEAD_REDUCE_MOTION` set to anything but 0.
fn reduce_motion(args: &RunArgs) -> bool {
    args.reduce_motion
        || std::env::var_os("KNEAD_REDUCE_MOTION").is_some_and(|v| !v.is_empty() && v != "0")
}

/// The exit code design.md gives each outcome.
pub fn exit_for(outcome: Outcome) -> Exit {
    match outcome {
        Outcome::Completed => Exit::Done,
        Outcome::Interrupted => Exit::Interrupted,
        Outcome::StoppedForSafety
        | Outcome::StoppedAtScreening
        | Outcome::StoppedByPerson
        | Outcome::Unanswered => Exit::Stopped,
    }
}
