//! Every integration test, in one binary: one link instead of twelve, and
//! one `support` module that every suite reaches as `crate::support`.
//!
//! A suite is a module here (`cli`, `engine`, `safety`, …) with its files in
//! a folder of the same name; run one with `cargo test --test it safety::`.

mod cli;
mod cli_conventions;
mod cli_run;
mod coach;
mod e2e_pty;
mod e2e_tmux;
mod engine;
mod format;
mod journal;
mod plain_transcripts;
mod safety;
mod support;
mod tui_screens;
