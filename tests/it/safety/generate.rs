//! Random routines (written as TOML text and read through the real parser)
//! and random things a person or the clock can do to a session.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use knead::routine::Routine;
use knead::session::{Asked, Command, Cue, Feeling, Mode, Plan, Session};
use proptest::prelude::*;

use super::support::{asks, valid};
use crate::support::engine::to_next_deadline;

/// One step of a generated routine.
#[derive(Debug, Clone)]
pub enum StepDef {
    Setup(u64),
    Rest(u64),
    Breathe(u64),
    BreatheCounted(u32),
    Hold {
        seconds: u64,
        min: u64,
        max: u64,
        find_spot: bool,
        side: Option<&'static str>,
        repeat: u32,
    },
    Roll {
        seconds: u64,
        tempo: Option<u64>,
        side: Option<&'static str>,
        repeat: u32,
    },
}

/// A generated routine, before it is written out.
#[derive(Debug, Clone)]
pub struct RoutineDef {
    pub steps: Vec<StepDef>,
    pub rate_pressure: bool,
    pub screening: Vec<String>,
    pub stop_signs: Vec<String>,
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("[{}]", quoted.join(", "))
}

impl RoutineDef {
    /// The routine as a file in format 1.
    pub fn toml(&self) -> String {
        let mut text = String::from("format = 1\ntitle = \"Generated routine\"\n\n[safety]\n");
        let _ = writeln!(text, "screening = {}", list(&self.screening));
        let _ = writeln!(text, "stop_signs = {}", list(&self.stop_signs));
        let _ = writeln!(text, "rate_pressure = {}", self.rate_pressure);
        for (n, step) in self.steps.iter().enumerate() {
            text.push_str("\n[[step]]\n");
            let mut side_repeat = |side: &Option<&str>, repeat: u32| {
                if let Some(side) = side {
                    let _ = writeln!(text, "side = \"{side}\"");
                }
                let _ = writeln!(text, "repeat = {repeat}");
            };
            match step {
                StepDef::Setup(s) => {
                    let _ = write!(
                        text,
                        "kind = \"setup\"\ntitle = \"Setup {n}\"\nduration = {s}\n"
                    );
                }
                StepDef::Rest(s) => {
                    let _ = write!(text, "kind = \"rest\"\nduration = \"{s}s\"\n");
                }
                StepDef::Breathe(s) => {
                    let _ = write!(text, "kind = \"breathe\"\nduration = {s}\n");
                }
                StepDef::BreatheCounted(b) => {
                    let _ = write!(text, "kind = \"breathe\"\nbreaths = {b}\n");
                }
                StepDef::Hold {
                    seconds,
                    min,
                    max,
                    find_spot,
                    side,
                    repeat,
                } => {
                    side_repeat(side, *repeat);
                    let _ = write!(
                        text,
                        "kind = \"hold\"\ntitle = \"Hold {n}\"\nduration = {seconds}\n\
                         min = {min}\nmax = {max}\nfind_spot = {find_spot}\n"
                    );
                }
                StepDef::Roll {
                    seconds,
                    tempo,
                    side,
                    repeat,
                } => {
                    side_repeat(side, *repeat);
                    let _ = write!(
                        text,
                        "kind = \"roll\"\ntitle = \"Roll {n}\"\nduration = {seconds}\n"
                    );
                    if let Some(tempo) = tempo {
                        let _ = writeln!(text, "tempo = \"{tempo}s\"");
                    }
                }
            }
        }
        text
    }

    /// The routine, read through `check_str` as a file would be.
    pub fn routine(&self) -> Routine {
        valid(&self.toml())
    }
}

fn side() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![
        3 => Just(None),
        1 => Just(Some("left")),
        1 => Just(Some("right")),
        2 => Just(Some("both")),
    ]
}

fn hold() -> impl Strategy<Value = StepDef> {
    // Half the holds are 2 min or more, so they check in halfway too.
    (5u64..=300)
        .prop_flat_map(|seconds| {
            (
                Just(seconds),
                5..=seconds,
                seconds..=600,
                any::<bool>(),
                side(),
                1u32..=2,
            )
        })
        .prop_map(
            |(seconds, min, max, find_spot, side, repeat)| StepDef::Hold {
                seconds,
                min,
                max,
                find_spot,
                side,
                repeat,
            },
        )
}

fn roll() -> impl Strategy<Value = StepDef> {
    (
        10u64..=150,
        proptest::option::of(1u64..=10),
        side(),
        1u32..=2,
    )
        .prop_map(|(seconds, tempo, side, repeat)| StepDef::Roll {
            seconds,
            tempo,
            side,
            repeat,
        })
}

fn step() -> impl Strategy<Value = StepDef> {
    prop_oneof![
        1 => (1u64..=60).prop_map(StepDef::Setup),
        1 => (1u64..=60).prop_map(StepDef::Rest),
        1 => (5u64..=120).prop_map(StepDef::Breathe),
        1 => (1u32..=6).prop_map(StepDef::BreatheCounted),
        3 => hold(),
        2 => roll(),
    ]
}

fn words() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Have you had hip surgery in the last three months?",
        "Is your knee swollen today?",
        "Did your physio say no floor work?",
        "pain spreading below the knee",
        "a cold foot",
        "dizziness.",
        "",
    ])
    .prop_map(str::to_owned)
}

/// Any valid routine of up to five steps (at most 2 h when expanded).
pub fn routine_def() -> impl Strategy<Value = RoutineDef> {
    (
        proptest::collection::vec(step(), 1..=5),
        any::<bool>(),
        proptest::collection::vec(words(), 0..3),
        proptest::collection::vec(words(), 0..3),
    )
        .prop_map(|(steps, rate_pressure, screening, stop_signs)| RoutineDef {
            steps,
            rate_pressure,
            // An empty screening question is an error; the suite wants valid files.
            screening: screening.into_iter().filter(|s| !s.is_empty()).collect(),
            stop_signs,
        })
}

/// What happens next to a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `Session::start`.
    Start,
    /// Any command, whatever the session is doing.
    Do(Command),
    /// What a cooperative person does: "no", a rating, "found it", resume;
    /// while a step runs, wait for its next moment.
    Respond,
    /// Nobody does anything for this long.
    Wait(Duration),
    /// Nobody does anything until the session's next deadline, exactly.
    ToDeadline,
    /// Nobody does anything until the session asks something (or ends).
    UntilAsked,
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        16 => Just(Command::Answer(false)),
        1 => Just(Command::Answer(true)),
        6 => Just(Command::FoundIt),
        4 => Just(Command::TogglePause),
        2 => Just(Command::Pause),
        2 => Just(Command::Resume),
        6 => Just(Command::Next),
        4 => Just(Command::Previous),
        4 => Just(Command::Extend),
        4 => Just(Command::Shorten),
        6 => proptest::option::of(0u8..=12).prop_map(Command::Rate),
        // The ones that end a session from anywhere: rare, so that sessions
        // get far into their routines first (every script also tries one
        // of them at its end).
        1 => prop_oneof![
            Just(Command::Stop),
            Just(Command::Unanswered),
            Just(Command::Interrupted),
        ],
    ]
}

fn wait() -> impl Strategy<Value = Duration> {
    prop_oneof![
        4 => (0u64..3_000).prop_map(Duration::from_millis),
        3 => (3_000u64..600_000).prop_map(Duration::from_millis),
        // Hours: someone who fell asleep on the ball, or walked away.
        1 => (1u64..=3).prop_map(|h| Duration::from_secs(h * 3600)),
    ]
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        10 => Just(Action::Respond),
        12 => command().prop_map(Action::Do),
        5 => wait().prop_map(Action::Wait),
        5 => Just(Action::ToDeadline),
    ]
}

/// A few things before the session starts, the start, the screening
/// answer (usually "no"), up to 120 more, then one way to end at the next
/// question, so that every ending is tried often whatever came before.
pub fn script() -> impl Strategy<Value = Vec<Action>> {
    let screening = prop_oneof![
        8 => Just(Action::Respond),
        1 => Just(Action::Do(Command::Answer(true))),
        1 => action(),
    ];
    let ending = prop_oneof![
        1 => Just(None),
        2 => Just(Some(Command::Answer(true))),
        2 => Just(Some(Command::Unanswered)),
        1 => Just(Some(Command::Stop)),
        1 => Just(Some(Command::Interrupted)),
    ];
    (
        proptest::collection::vec(action(), 0..4),
        screening,
        proptest::collection::vec(action(), 0..120),
        ending,
    )
        .prop_map(|(before, screening, after, ending)| {
            let mut all = before;
            all.extend([Action::Start, screening]);
            all.extend(after);
            if let Some(command) = ending {
                all.extend([Action::UntilAsked, Action::Do(command)]);
            }
            all
        })
}

/// What one action did.
#[derive(Debug, Clone)]
pub struct Batch {
    /// The action, with `Respond` resolved to what it did.
    pub action: Action,
    /// The mode just before it.
    pub before: Mode,
    /// Its cues, reminders left out.
    pub cues: Vec<Cue>,
    /// How many reminders it sounded.
    pub reminders: usize,
    /// The mode just after it.
    pub after: Mode,
}

/// Everything a script did to a session.
pub struct Trace {
    pub plan: Plan,
    pub batches: Vec<Batch>,
}

impl Trace {
    /// Every cue, reminders left out, in order.
    pub fn cues(&self) -> impl Iterator<Item = &Cue> {
        self.batches.iter().flat_map(|b| b.cues.iter())
    }

    /// Whether the plan's step at `index` is a hold or a roll.
    pub fn presses(&self, index: usize) -> bool {
        self.plan.get(index).is_some_and(|s| s.checks_in())
    }
}

/// Runs a script against a fresh session of `routine`.
pub fn walk(routine: &Routine, script: &[Action]) -> Trace {
    let mut session = Session::new(routine);
    let mut now = Instant::now();
    let mut batches = Vec::new();
    for &action in script {
        let before = session.status(now).mode;
        let action = resolve(action, before);
        let cues = match action {
            Action::Start => session.start(now),
            Action::Do(command) => session.handle(command, now),
            Action::Wait(by) => {
                now += by;
                session.advance(now)
            }
            Action::ToDeadline => {
                to_next_deadline(&mut session, &mut now).unwrap_or_else(|| session.advance(now))
            }
            Action::UntilAsked => {
                let mut cues = Vec::new();
                while !asks(session.status(now).mode)
                    && let Some(due) = to_next_deadline(&mut session, &mut now)
                {
                    cues.extend(due);
                }
                cues
            }
            Action::Respond => Vec::new(),
        };
        let reminders = cues.iter().filter(|c| **c == Cue::Reminder).count();
        batches.push(Batch {
            action,
            before,
            cues: cues.into_iter().filter(|c| *c != Cue::Reminder).collect(),
            reminders,
            after: session.status(now).mode,
        });
    }
    Trace {
        plan: session.plan().clone(),
        batches,
    }
}

/// What a cooperative person does in `mode`.
fn resolve(action: Action, mode: Mode) -> Action {
    if action != Action::Respond {
        return action;
    }
    match mode {
        Mode::Asking(Asked::Screening)
        | Mode::Asking(Asked::Condition)
        | Mode::Asking(Asked::StillTrue)
        | Mode::Asking(Asked::AnotherGroup)
        | Mode::Asking(Asked::Seen)
        | Mode::Asking(Asked::NewSymptoms)
        | Mode::Asking(Asked::CheckIn { .. }) => Action::Do(Command::Answer(false)),
        Mode::Asking(Asked::Pressure) => Action::Do(Command::Rate(Some(4))),
        Mode::Asking(Asked::FindSpot) => Action::Do(Command::FoundIt),
        Mode::Paused => Action::Do(Command::Resume),
        Mode::Running => Action::ToDeadline,
        Mode::Asking(Asked::Feeling { .. }) => Action::Do(Command::Feel(Feeling::Same)),
        Mode::Asking(Asked::Group { .. }) => Action::Do(Command::Choose(0)),
        Mode::NotStarted | Mode::Finished(_) => Action::Respond,
    }
}

/// Whether the session waits for the person, by mode; a pause counts: only
/// the person resumes it.
pub fn waits_for_person(mode: Mode) -> bool {
    asks(mode) || mode == Mode::Paused
}
