//! knead: a terminal coach for home self-massage.
//!
//! A pure core (the routine format in `routine`, the session engine in
//! `session`) run by one session loop (`coach`) behind two faces: the full
//! screen (`tui`) and plain lines (`plain`, for pipes and screen readers).
//! The command line (`cli`, `app`, `commands`) picks the face; `journal`
//! and `report` read back what sessions wrote.

pub mod app;
pub mod cli;
pub mod clock;
pub mod coach;
pub mod commands;
pub mod dirs;
pub mod error;
pub mod exit;
pub mod files;
pub mod html;
pub mod input;
pub mod journal;
pub mod library;
pub mod local_time;
pub mod output;
pub mod pager;
pub mod plain;
pub mod plan;
pub mod recorder;
pub mod remembered;
pub mod report;
pub mod routine;
pub mod safety;
pub mod session;
pub mod settings;
pub mod signals;
pub mod sound;
pub mod text;
pub mod tui;
pub mod voice;
pub mod words;
