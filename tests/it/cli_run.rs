//! `knead run` through the real binary, as a script or a person at a
//! terminal uses it: plain mode with answers on stdin, every exit code,
//! signals, a closed pipe, and the journal and history it leaves behind.
//!
//! Every run gets its own empty config and data folders (`XDG_CONFIG_HOME`,
//! `XDG_DATA_HOME`) and runs from the crate root.

mod end_sound;
mod endings;
mod exits;
mod gentle_first;
mod history;
mod history_zones;
mod journal_lock;
mod limits;
mod piped;
mod processes;
mod runs;
mod sound;
mod transcript;
mod voice;
