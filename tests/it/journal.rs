//! The journal and the history read from it, in-process and through the
//! binary: writing under a lock, damaged lines, large journals, reading
//! limits, and the history command's table, JSON and CSV.

mod damage;
mod history;
mod large;
mod last;
mod reading;
mod records;
mod writers;
