//! Running a session in-process, the one way every suite does it: a
//! routine prepared with a journal (or none) and a sound player, driven
//! through plain mode or any other face over the shared loop.

use std::io::{self, Write};
use std::path::Path;

use crate::support::clock::ManualClock;
use knead::coach::{self, About, Prepared};
use knead::journal::Journal;
use knead::plain::PlainFace;
use knead::plain::driver::Driver;
use knead::recorder::Recorder;
use knead::routine::Routine;
use knead::session::Outcome;
use knead::sound::Player;

/// A session of `routine` (`id`), read from `file`, recording into the
/// journal at `journal` (nothing recorded when `None`), playing into `player`.
pub fn prepared<'a>(
    id: &'a str,
    routine: &'a Routine,
    file: &'a str,
    emergency_number: &'a str,
    journal: Option<&Path>,
    player: Player,
) -> Prepared<'a> {
    let recorder = match journal {
        Some(path) => Recorder::with(Journal::open(path).expect("a journal in a temp dir")),
        None => Recorder::none(),
    };
    let about = About {
        routine,
        id,
        file: file.as_bytes(),
        emergency_number,
    };
    Prepared::new(about, recorder, player)
}

/// A test's driver, with the clock it moves; the session loop reads it.
pub trait Clocked {
    /// The clock this driver moves.
    fn clock(&self) -> ManualClock;
}

impl Clocked for super::scripted::Lines {
    fn clock(&self) -> ManualClock {
        super::scripted::Lines::clock(self)
    }
}

/// Runs a prepared session in plain mode, writing to `out` and answering
/// through `driver`; how it ended, and the output and driver after it.
pub fn plain<W: Write, D: Driver + Clocked>(
    prepared: &mut Prepared<'_>,
    out: W,
    driver: D,
) -> (io::Result<Outcome>, W, D) {
    let clock = driver.clock();
    let mut face = PlainFace::new(out, driver);
    let ended = coach::run(prepared, &mut face, &clock);
    let (out, driver) = face.into_parts();
    (ended, out, driver)
}
