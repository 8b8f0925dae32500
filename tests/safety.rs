//! knead's safety promises, proved as invariants (issue 4: "Safety:
//! screening, check-ins, stop guidance, escalation"; docs/safety.md, every section;
//! design.md "The session" and "Plain mode").
//!
//! Three levels, from the engine up:
//! - the engine (`Session`), driven by random routines and random command
//!   sequences over a fabricated clock (`properties.rs`), and by one case per
//!   state for what must hold everywhere (`stopping.rs`, `waiting.rs`);
//! - plain mode in-process, with the scripted driver, for what a person reads;
//! - the full-screen face in-process, on a test screen with keys pressed
//!   when asked (`full_screen.rs`), for promises 1-4 on that face too;
//! - the real binary (`--plain --speed 1000 --mute`, its own empty
//!   `XDG_CONFIG_HOME` and `XDG_DATA_HOME`) for exit codes, notices, the
//!   journal and settings.
//!
//! | promise                                         | module                |
//! |-------------------------------------------------|-----------------------|
//! | 1. no hold without screening                    | properties, screening |
//! | 2. every hold and roll is followed by a check-in | properties, check_ins |
//! | 3. "y" at a check-in always stops               | properties, check_ins |
//! | 4. no answer never continues                    | properties, waiting   |
//! | 5. a routine cannot remove the built-ins        | screening             |
//! | 6. repeated reports escalate                    | escalation            |
//! | 7. the first-run notice                         | notices               |
//! | 8. "y" at the screening, then the group         | screening             |
//! | 9. stop now                                     | stopping              |
//! | 10. limits hold against any routine file        | hostile_routines      |

#[path = "safety/check_ins.rs"]
mod check_ins;
#[path = "safety/conditions.rs"]
mod conditions;
#[path = "safety/escalation.rs"]
mod escalation;
#[path = "safety/full_screen.rs"]
mod full_screen;
#[path = "safety/generate.rs"]
mod generate;
#[path = "safety/hostile_routines.rs"]
mod hostile_routines;
#[path = "safety/notices.rs"]
mod notices;
#[path = "safety/properties.rs"]
mod properties;
#[path = "safety/runs.rs"]
mod runs;
// Shared with the other crates that run the binary; not every helper is used here.
#[allow(dead_code)]
#[path = "support/sandbox.rs"]
mod sandbox;
#[path = "safety/screening.rs"]
mod screening;
#[path = "support/session.rs"]
mod session;
#[path = "safety/stopping.rs"]
mod stopping;
#[path = "safety/support.rs"]
mod support;
// Shared with the other crates that need system tools.
#[allow(dead_code)]
#[path = "support/tools.rs"]
mod tools;
#[path = "support/transcript.rs"]
mod transcript;
#[path = "safety/waiting.rs"]
mod waiting;
