//! The journal and the history read from it, in-process and through the
//! binary: writing under a lock, damaged lines, large journals, reading
//! limits, and the history command's table, JSON and CSV.

// Shared with other test crates; not every helper is used here.
#[allow(dead_code)]
#[path = "support/sandbox.rs"]
mod sandbox;

#[path = "journal/damage.rs"]
mod damage;
#[path = "journal/history.rs"]
mod history;
#[path = "journal/large.rs"]
mod large;
#[path = "journal/last.rs"]
mod last;
#[path = "journal/reading.rs"]
mod reading;
#[path = "journal/records.rs"]
mod records;
#[path = "journal/writers.rs"]
mod writers;
