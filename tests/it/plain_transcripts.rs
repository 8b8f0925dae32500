//! Whole plain-mode sessions, run in-process: what a person reads (or a
//! screen reader says) from the first line to the last, for every way a
//! session can end.
//!
//! Each run uses `plain::run` with a scripted driver (time jumps to each
//! deadline, answers come from a list), a sound player that remembers what
//! it played, and an in-memory writer. Besides the snapshots, every
//! transcript is checked by hand for plain mode's promises (see
//! `invariants.rs`): one `STEP:` line per started step, one `CHECKIN:` line
//! per check-in, a tag on every line, and an answer hint at the end of every
//! question.

mod completed;
mod drivers;
mod ends;
mod forging;
mod in_session;
mod invariants;
mod sounds;
mod stops;
mod support;
mod text;
