//! One module per command: each reads validated arguments and returns an exit.

pub mod add;
pub mod check;
pub mod config;
pub mod help;
pub mod history;
pub mod list;
pub mod man;
pub mod new;
pub mod pick;
pub mod print;
pub mod report;
pub mod run;
pub mod schema;
pub mod shell;
