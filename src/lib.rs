//! knead: a terminal coach for home self-massage.
//!
//! A pure core (the routine format and the session engine) with thin faces
//! over it (the command line and plain line mode).

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
pub mod plain;
pub mod record;
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
