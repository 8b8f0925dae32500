//! Running a prepared session on the full screen, and what stays on the
//! normal screen after it.

use std::io::{self, Write};

use super::Theme;
use super::build::Fixed;
use super::face::TuiFace;
use super::window::Window;
use crate::clock::Clock;
use crate::coach::{self, Prepared};
use crate::session::Outcome;
use crate::tui::view::Flags;
use crate::words;

/// How the full screen looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// The colours.
    pub theme: Theme,
    /// No moving shapes: the pacer in words and numbers.
    pub reduce_motion: bool,
}

pub use super::window::SetUpFailed;

/// Runs `prepared` in a window already open (the picker's): the session's
/// first screen replaces the page before it, with no return to the shell.
/// The window is given back when the session ends, before the lines that
/// stay on the normal screen.
pub fn run_in(
    mut window: Window,
    prepared: &mut Prepared<'_>,
    look: Look,
    clock: &impl Clock,
) -> io::Result<Outcome> {
    let switches = prepared.sound.switches();
    let fixed = Fixed {
        routine: prepared.about.routine,
        emergency_number: prepared.about.emergency_number,
        theme: look.theme,
        flags: Flags {
            muted: switches.muted(),
            breath_sounds: switches.breath(),
            reduce_motion: look.reduce_motion,
        },
    };
    let mut face = TuiFace::new(&mut window.screen, &mut window.events, fixed, switches);
    let ended = coach::run(prepared, &mut face, clock);
    // What is on screen after a stop or at the end stays until a key, so
    // nothing important vanishes unread; a signal leaves at once.
    if matches!(ended, Ok(outcome) if outcome != Outcome::Interrupted) {
        let _ = face.linger(&prepared.session);
    }
    drop(face);
    drop(window);
    if let Ok(outcome) = &ended {
        let _ = after_lines(prepared, *outcome);
    }
    ended
}

/// A few lines on the normal screen once the full screen has gone: the
/// routine, the time, how it ended and the guidance that goes with it.
fn after_lines(prepared: &Prepared<'_>, outcome: Outcome) -> io::Result<()> {
    let session = &prepared.session;
    let summary = session.summary();
    let recording = prepared.recorder.is_recording();
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "knead: {} ({} of practice)",
        prepared.about.routine.title,
        crate::routine::duration::format(summary.active_time())
    )?;
    let about = &prepared.about;
    let lines = words::ending(
        outcome,
        about.routine,
        summary,
        about.emergency_number,
        recording,
    );
    for (kind, line) in lines.iter().filter(|(k, _)| *k != words::Kind::Notice) {
        writeln!(out, "{}: {line}", kind.as_str())?;
    }
    if recording && outcome != Outcome::Completed {
        writeln!(out, "Saved to your history.")?;
    }
    out.flush()
}
