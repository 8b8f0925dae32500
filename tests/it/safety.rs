//! knead's safety promises, proved as invariants (issue 4: "Safety:
//! screening, check-ins, stop guidance, escalation"; docs/safety.md, every section;
//! README "A session" and plain mode under "Commands").
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
//! | 11. limits a clinician would set                | limits                |
//! | 6. new symptoms after a session escalate too    | new_symptoms          |

mod check_ins;
mod conditions;
mod escalation;
mod full_screen;
mod generate;
mod hostile_routines;
mod later_list;
mod limits;
mod new_symptoms;
mod notices;
mod properties;
mod review_engine;
mod review_fixes;
mod runs;
mod screening;
mod stopping;
mod support;
mod urgency;
mod waiting;
mod word_counts;
