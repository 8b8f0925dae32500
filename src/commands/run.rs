//! `knead run` (and `knead` alone): prepare a session, pick its face, run
//! it through the shared session loop, and exit as its outcome says.

use std::io::{self, IsTerminal};

use crate::cli::{ColorChoice, RunArgs};
use crate::clock::SessionClock;
use crate::coach::{self, Options, Prepared};
use crate::error::Error;
use crate::exit::Exit;
use crate::library::Loaded;
use crate::output;
use crate::plain::PlainFace;
use crate::plain::driver::RealDriver;
use crate::routine::Breathing;
use crate::routine::Routine;
use crate::session::Outcome;
use crate::settings::{self, Settings, ThemeName};
use crate::sound::SoundOptions;
use crate::text::single_line;
use crate::tui::launch::{Look, SetUpFailed};
use crate::tui::window::Window;
use crate::tui::{self, Theme};

/// Runs a validated routine (read from `loaded`) and exits as its outcome
/// says: full-screen at a terminal, in plain lines otherwise.
pub fn run(
    loaded: &Loaded,
    routine: &Routine,
    args: &RunArgs,
    color: ColorChoice,
) -> Result<Exit, Error> {
    let window = full_screen(args).then_some(Opening::Later);
    start(loaded, routine, args, &settings::load(), color, window)
}

/// Runs a validated routine in a window already open (the picker's), with
/// the settings it already read: its first screen follows the page before
/// it with no flicker to the shell.
pub fn run_in(
    window: Window,
    loaded: &Loaded,
    routine: &Routine,
    args: &RunArgs,
    loaded_settings: &settings::LoadedSettings,
    color: ColorChoice,
) -> Result<Exit, Error> {
    let window = Some(Opening::Open(window));
    start(loaded, routine, args, loaded_settings, color, window)
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
    loaded_settings: &settings::LoadedSettings,
    color: ColorChoice,
    window: Option<Opening>,
) -> Result<Exit, Error> {
    let settings = &loaded_settings.settings;
    let (paced, pace_notice) = paced(loaded, routine, settings);
    let routine = paced.as_ref().unwrap_or(routine);
    let (planned, plan_line) = crate::plan::for_session(&loaded.id, routine);
    let routine = planned.as_ref().unwrap_or(routine);
    let options = Options {
        speed: args.session.speed,
        sound: SoundOptions {
            mute: args.session.mute || !settings.sound,
            breath: !args.session.no_breath_sounds && settings.breath_sounds,
            volume: settings.volume,
            voice: args.session.voice || settings.voice,
        },
        full_screen: window.is_some(),
        review_conditions: args.review_conditions,
    };
    let warning = loaded_settings.warning();
    let mut prepared = coach::prepare(loaded, routine, settings, warning, options);
    prepared.notices.extend(pace_notice);
    prepared.notices.extend(plan_line);
    let ended = match window {
        Some(opening) => full(&mut prepared, opening, args, settings, color),
        None => plain(&mut prepared, args.session.speed),
    };
    match ended {
        Ok(outcome) => Ok(exit_for(outcome)),
        // The reader went away (`| head`): the journal says "interrupted";
        // the command ends quietly, as pipelines expect.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(Exit::Done),
        Err(e) => Err(e.into()),
    }
}

/// Runs the session on the full screen; a terminal that cannot be set up
/// falls back to plain lines, saying why.
fn full(
    prepared: &mut Prepared<'_>,
    opening: Opening,
    args: &RunArgs,
    settings: &Settings,
    color: ColorChoice,
) -> io::Result<Outcome> {
    let look = look(args, settings, color);
    let window = match opening {
        Opening::Open(window) => Ok(window),
        Opening::Later => Window::open(args.session.speed),
    };
    match window {
        Ok(window) => {
            let clock = SessionClock::start(args.session.speed);
            tui::launch::run_in(window, prepared, look, &clock)
        }
        Err(SetUpFailed(e)) => {
            let notice = format!("the full screen could not start ({e}): using plain lines");
            prepared
                .notices
                .insert(0, single_line(&notice).into_owned());
            plain(prepared, args.session.speed)
        }
    }
}

/// How the full screen looks for these arguments over the settings.
pub fn look(args: &RunArgs, settings: &Settings, color: ColorChoice) -> Look {
    Look {
        theme: theme(args, settings, color),
        reduce_motion: reduce_motion(args, settings),
    }
}

/// Runs the session in plain lines on stdout, answers from stdin.
/// A failure names what failed, so the message keeps its place and cause.
fn plain(prepared: &mut Prepared<'_>, speed: f64) -> io::Result<Outcome> {
    let driver = RealDriver::start(speed).map_err(|e| context("cannot watch for signals", e))?;
    // The plain face's only failures are its writes to standard output.
    let clock = SessionClock::start(speed);
    coach::run(
        prepared,
        &mut PlainFace::new(io::stdout().lock(), driver),
        &clock,
    )
    .map_err(|e| context("cannot write to standard output", e))
}

/// The same error, its message prefixed with what was being done.
fn context(what: &str, error: io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("{what}: {error}"))
}

/// The full screen unless `--plain` says otherwise and the terminal can draw.
pub fn full_screen(args: &RunArgs) -> bool {
    !args.plain && can_draw()
}

/// The full screen needs a terminal on both ends that can draw.
pub fn can_draw() -> bool {
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    !dumb && io::stdin().is_terminal() && io::stdout().is_terminal()
}

/// The theme: `--high-contrast`, else the settings' theme; no colour at
/// all when `NO_COLOR` or `--color never` says so (bold and reverse still
/// show emphasis).
fn theme(args: &RunArgs, settings: &Settings, color: ColorChoice) -> Theme {
    let name = if args.session.high_contrast {
        ThemeName::HighContrast
    } else {
        settings.theme
    };
    theme_for(name, color)
}

/// The theme called `name`; monochrome whatever the name when `NO_COLOR`
/// or `--color never` says so.
pub fn theme_for(name: ThemeName, color: ColorChoice) -> Theme {
    // The full screen draws on stdout.
    if !output::use_color(color, &io::stdout()) {
        return Theme::mono();
    }
    match name {
        ThemeName::Default => Theme::standard(),
        ThemeName::HighContrast => Theme::high_contrast(),
        ThemeName::Monochrome => Theme::mono(),
    }
}

/// `--reduce-motion`; else `KNEAD_REDUCE_MOTION` when set (anything but 0
/// turns it on, 0 off); else the settings.
fn reduce_motion(args: &RunArgs, settings: &Settings) -> bool {
    if args.session.reduce_motion {
        return true;
    }
    match std::env::var_os("KNEAD_REDUCE_MOTION").filter(|v| !v.is_empty()) {
        Some(value) => value != "0",
        None => settings.reduce_motion,
    }
}

/// The routine breathing at the person's default pattern, when it sets no
/// `[breathing]` of its own and the pattern differs from knead's; `None`
/// keeps the routine as it is. A pattern that would take a counted breathe
/// step past its limits leaves the routine's own pace, with a notice.
fn paced(
    loaded: &Loaded,
    routine: &Routine,
    settings: &Settings,
) -> (Option<Routine>, Option<String>) {
    if settings.breathing == Breathing::default() {
        return (None, None);
    }
    match crate::routine::check_str_paced(&loaded.text, settings.breathing, crate::routine::Lints::Skip).routine {
        Some(paced) => (Some(paced).filter(|p| p != routine), None),
        None => (
            None,
            Some("your breathing pattern would make this routine's counted breaths too long: it breathes at knead's pace (4 s in, 6 s out)".to_owned()),
        ),
    }
}

/// The exit each outcome gets (the table is in `exit.rs`).
pub fn exit_for(outcome: Outcome) -> Exit {
    Exit::from(outcome)
}
