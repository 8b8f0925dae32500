//! The suite's routine, its prompts, and ways to run it: through the shared
//! engine driver, and through plain mode in-process.

use std::time::Instant;

use knead::journal::{self, SessionRecord};
use knead::plain::driver::{Driver, Wake};

use crate::support::scripted::Lines;
use knead::safety;
use knead::session::{Asked, Mode, Outcome};
use knead::sound::{self, Silent};

// The suite's files take these from here with its own routine and runs.
pub use crate::support::clock::{hours, secs};
pub use crate::support::engine::Engine;
pub use crate::support::routines::valid;
use crate::support::{session, transcript};

/// A setup, a find-spot hold, a paced roll, a 2 min hold (so a halfway
/// check-in) and a rest, with the routine's own screening question and stop
/// sign and a pressure rating after every check-in. Plan indexes 0 to 4.
pub const ROUTINE: &str = r#"format = 1
title = "Safety suite routine"
summary = "A find-spot hold, a roll and a long hold."
areas = ["glutes"]
tools = ["tennis ball"]

[safety]
screening = ["Has your physio told you to rest this week?"]
stop_signs = ["pain spreading below the knee"]
rate_pressure = "every-hold"

[[step]]
kind = "setup"
title = "Lie down with the ball"
duration = "5s"

[[step]]
kind = "hold"
title = "Find and hold a spot"
cue = "Let your weight sink in."
find_spot = true
duration = "20s"

[[step]]
kind = "roll"
title = "Roll the glute"
duration = "10s"
tempo = "2s"

[[step]]
kind = "hold"
title = "Long hold"
duration = "2m"

[[step]]
kind = "rest"
duration = "5s"
"#;

/// The routine's own screening question.
pub const OWN_QUESTION: &str = "Has your physio told you to rest this week?";

/// The routine's own stop sign.
pub const OWN_STOP_SIGN: &str = "pain spreading below the knee";

/// A question the session waits at, and how to get there.
#[derive(Debug, Clone, Copy)]
pub struct Prompt {
    /// What the prompt is, for messages.
    pub name: &'static str,
    /// The lines that answer every question before it.
    pub before: &'static [&'static str],
    /// How its line starts in plain mode.
    pub line: &'static str,
    /// The engine's mode while it waits.
    pub mode: Mode,
}

/// Every kind of question the suite's routine asks, in order.
pub const PROMPTS: &[Prompt] = &[
    Prompt {
        name: "screening",
        before: &[],
        line: "SCREEN: Does any of these apply to you today? [y/n]",
        mode: Mode::Asking(Asked::Screening),
    },
    Prompt {
        name: "find-spot wait",
        before: &["n"],
        line: "SPOT: ",
        mode: Mode::Asking(Asked::FindSpot),
    },
    Prompt {
        name: "check-in after a hold",
        before: &["n", ""],
        line: "CHECKIN: Anything new or worse",
        mode: Mode::Asking(Asked::CheckIn { halfway: false }),
    },
    Prompt {
        name: "pressure rating",
        before: &["n", "", "n"],
        line: "PRESSURE: ",
        mode: Mode::Asking(Asked::Pressure),
    },
    Prompt {
        name: "check-in after a roll",
        before: &["n", "", "n", "4"],
        line: "CHECKIN: Anything new or worse",
        mode: Mode::Asking(Asked::CheckIn { halfway: false }),
    },
    Prompt {
        name: "halfway check-in",
        before: &["n", "", "n", "4", "n", "4"],
        line: "CHECKIN: Halfway check: Anything new or worse",
        mode: Mode::Asking(Asked::CheckIn { halfway: true }),
    },
    Prompt {
        name: "check-in at the end of a long hold",
        before: &["n", "", "n", "4", "n", "4", "n", "4"],
        line: "CHECKIN: Anything new or worse",
        mode: Mode::Asking(Asked::CheckIn { halfway: false }),
    },
];

/// The prompts that are check-ins.
pub fn check_in_prompts() -> impl Iterator<Item = &'static Prompt> {
    PROMPTS
        .iter()
        .filter(|p| matches!(p.mode, Mode::Asking(Asked::CheckIn { .. })))
}

/// Whether a mode waits for the person to type something.
pub fn asks(mode: Mode) -> bool {
    matches!(
        mode,
        Mode::Asking(Asked::Screening)
            | Mode::Asking(Asked::CheckIn { .. })
            | Mode::Asking(Asked::Pressure)
            | Mode::Asking(Asked::FindSpot)
    )
}

impl Engine {
    /// The suite's routine, waiting at `prompt`.
    #[track_caller]
    pub fn at(prompt: &Prompt) -> Self {
        let mut engine = Self::start(&valid(ROUTINE));
        for line in prompt.before {
            engine.answer(line);
        }
        engine.run_to_question();
        assert_eq!(engine.mode(), prompt.mode, "reaching the {}", prompt.name);
        engine
    }
}

/// What a plain-mode session printed and recorded.
pub struct Plain {
    pub outcome: Outcome,
    pub text: String,
    /// The journal's record of the session.
    pub record: SessionRecord,
}

impl Plain {
    /// Every line printed.
    pub fn lines(&self) -> Vec<&str> {
        self.text.lines().collect()
    }

    /// The lines starting with `TAG: `.
    pub fn tagged(&self, tag: &str) -> Vec<&str> {
        transcript::tagged(&self.text, tag)
    }

    /// The position of the first line starting with `prefix`.
    pub fn position(&self, prefix: &str) -> Option<usize> {
        self.lines().iter().position(|l| l.starts_with(prefix))
    }

    /// The first `STOPPED:` line.
    #[track_caller]
    pub fn first_stopped(&self) -> &str {
        match self.tagged("STOPPED").first() {
            Some(line) => line,
            None => panic!("no STOPPED line:\n{}", self.text),
        }
    }

    /// The last line before the first `STOPPED:` line that is not a
    /// reminder or a hint: the question the session stopped at.
    #[track_caller]
    pub fn question_before_stop(&self) -> &str {
        let lines = self.lines();
        let Some(stop) = self.position("STOPPED: ") else {
            panic!("no STOPPED line:\n{}", self.text);
        };
        lines[..stop]
            .iter()
            .rev()
            .find(|l| !l.starts_with("NOTICE: "))
            .copied()
            .unwrap_or_default()
    }
}

/// Answers typed as lines.
pub fn typed(lines: &[&str]) -> Vec<Wake> {
    lines.iter().map(|l| Wake::Line((*l).to_owned())).collect()
}

/// The scripted driver with a limit: a session that keeps waiting once its
/// input has ended (end of input ignored somewhere) fails the test instead
/// of spinning for ever.
struct Bounded {
    inner: Lines,
    waits: usize,
}

impl Driver for Bounded {
    fn wait(&mut self, within: Option<std::time::Duration>, want_line: bool) -> Wake {
        self.waits += 1;
        assert!(self.waits < 100_000, "still waiting after the input ended");
        self.inner.wait(within, want_line)
    }
}

impl session::Clocked for Bounded {
    fn clock(&self) -> crate::support::clock::ManualClock {
        self.inner.clock()
    }
}

/// Runs a routine's text in plain mode with scripted input (end of input
/// once the list runs out), recording into a journal of its own.
pub fn plain_with(source: &str, inputs: Vec<Wake>, emergency_number: &str) -> Plain {
    let routine = valid(source);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal.jsonl");
    let player = sound::with_player(Box::new(Silent), true);
    let driver = Bounded {
        inner: Lines::new(Instant::now(), inputs),
        waits: 0,
    };
    let mut prepared = session::prepared(
        "safety-suite",
        &routine,
        source,
        emergency_number,
        Some(&path),
        player,
    );
    let (ended, out, _) = session::plain(&mut prepared, Vec::new(), driver);
    let outcome = ended.expect("no IO error");
    let text = String::from_utf8(out).expect("UTF-8");
    let (mut records, warnings) = journal::read(&path).expect("the journal reads");
    assert_eq!(warnings, [], "{text}");
    assert_eq!(records.len(), 1, "{text}");
    Plain {
        outcome,
        text,
        record: records.remove(0),
    }
}

/// The suite's routine in plain mode, answered line by line.
pub fn plain(lines: &[&str]) -> Plain {
    plain_with(ROUTINE, typed(lines), safety::DEFAULT_EMERGENCY_NUMBER)
}

/// `before`, then `last`, as one list of answers.
pub fn then<'a>(before: &[&'a str], last: &'a str) -> Vec<&'a str> {
    let mut lines = before.to_vec();
    lines.push(last);
    lines
}
