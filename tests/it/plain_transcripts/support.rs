//! Running one plain-mode session in-process and looking at what it left:
//! the transcript, the sounds, the questions waited on, the journal.

use std::io;
use std::path::{Path, PathBuf};
use std::time::Instant;

use knead::coach::About;
use knead::journal::{self, SessionRecord};
use knead::plain::driver::Driver;

use crate::support::scripted::Lines;
use knead::routine::Routine;
use knead::safety;
use knead::session::Outcome;
use knead::sound::{self, Clip};
use knead::voice::Transcript;
use tempfile::TempDir;

use super::drivers::{Heard, Screen, Watch};
use super::invariants::assert_well_formed;
use crate::support::routines::valid;
use crate::support::session::Clocked;
use crate::support::{session, transcript};

/// Setup, a find-spot hold on both sides, a paced roll, a 2 min hold, rest
/// and a breathe step counted in breaths; pressure ratings on.
pub const ROUTINE: &str = include_str!("../../routines/plain-session.toml");

/// The number shown in emergency guidance.
pub const EMERGENCY: &str = safety::DEFAULT_EMERGENCY_NUMBER;

/// What plain mode runs: a routine read from `file`.
pub fn about<'a>(routine: &'a Routine, file: &'a str) -> About<'a> {
    About {
        routine,
        id: "plain-session",
        file: file.as_bytes(),
        emergency_number: EMERGENCY,
    }
}

/// What one session left behind.
pub struct Ran {
    pub ended: io::Result<Outcome>,
    pub text: String,
    pub clips: Vec<Clip>,
    /// What the voice said, sentence by sentence.
    pub said: Vec<String>,
    /// The last line on screen at each wait for an answer.
    pub prompts: Vec<String>,
}

impl Ran {
    pub fn outcome(&self) -> Outcome {
        *self
            .ended
            .as_ref()
            .expect("the session ends without an IO error")
    }

    pub fn lines(&self) -> Vec<&str> {
        self.text.lines().collect()
    }

    /// The lines starting with `TAG: `.
    pub fn tagged(&self, tag: &str) -> Vec<&str> {
        transcript::tagged(&self.text, tag)
    }

    /// How many times a clip played.
    pub fn count(&self, clip: Clip) -> usize {
        self.clips.iter().filter(|c| **c == clip).count()
    }

    /// The last `n` lines, for short inline snapshots of how a run ended.
    pub fn tail(&self, n: usize) -> String {
        let lines = self.lines();
        lines[lines.len().saturating_sub(n)..].join("\n")
    }
}

/// Options for one run.
pub struct Setup<'a> {
    pub breath_sounds: bool,
    pub journal: Option<&'a Path>,
}

/// Breath sounds on, no journal.
pub const QUIET: Setup<'static> = Setup {
    breath_sounds: true,
    journal: None,
};

/// Runs the test routine with this driver and checks plain mode's promises.
pub fn run_driver(driver: impl Driver + Clocked, setup: &Setup<'_>) -> Ran {
    run_text(ROUTINE, driver, setup)
}

/// Runs the routine in `text` with this driver and checks plain mode's
/// promises.
pub fn run_text(text: &str, driver: impl Driver + Clocked, setup: &Setup<'_>) -> Ran {
    let routine = valid(text);
    let heard = Heard::default();
    let spoken = Transcript::default();
    let player = sound::with_player(Box::new(heard.clone()), setup.breath_sounds)
        .with_voice(Box::new(spoken.clone()));
    let screen = Screen::default();
    let driver = Watch {
        inner: driver,
        screen: screen.clone(),
        prompts: Vec::new(),
    };
    let mut prepared = session::prepared(
        "plain-session",
        &routine,
        text,
        EMERGENCY,
        setup.journal,
        player,
    );
    let (ended, _, driver) = session::plain(&mut prepared, screen.clone(), driver);
    let clips = heard.0.borrow().clone();
    let said = spoken.0.borrow().clone();
    let ran = Ran {
        ended,
        text: screen.text(),
        clips,
        said,
        prompts: driver.prompts,
    };
    assert_well_formed(&ran);
    ran
}

/// A session answered line by line, with no journal.
pub fn session(answers: &[&str]) -> Ran {
    run_driver(Lines::typed(Instant::now(), answers), &QUIET)
}

/// The answers of a whole completed session, ending with `after` at the
/// post-session question.
pub fn all_answers(after: &'static str) -> Vec<&'static str> {
    vec![
        "n",   // screening
        "",    // found the spot, left
        "n",   // check-in, left hold
        "3",   // pressure
        "",    // found the spot, right
        "n",   // check-in, right hold
        "4",   // pressure
        "n",   // check-in, roll
        "",    // pressure skipped
        "n",   // halfway check-in, long hold
        "5",   // pressure
        "n",   // check-in at the end of the long hold
        "6",   // pressure
        after, // better, same or worse
    ]
}

/// A journal in a temp dir of its own.
pub struct Journaled {
    _dir: TempDir,
    pub path: PathBuf,
}

impl Journaled {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("journal.jsonl");
        Self { _dir: dir, path }
    }

    /// Runs a session with this driver, recording into this journal.
    pub fn run(&self, driver: impl Driver + Clocked) -> Ran {
        let setup = Setup {
            breath_sounds: true,
            journal: Some(&self.path),
        };
        run_driver(driver, &setup)
    }

    /// Runs a session answered line by line.
    pub fn answer(&self, answers: &[&str]) -> Ran {
        self.run(Lines::typed(Instant::now(), answers))
    }

    /// The journal's one session, read back without warnings.
    pub fn record(&self) -> SessionRecord {
        let (mut records, warnings) = journal::read(&self.path).expect("the journal reads");
        assert_eq!(warnings, []);
        assert_eq!(records.len(), 1);
        records.remove(0)
    }
}
