//! The full-screen coach: the session on a ratatui screen, over the same
//! session loop as plain mode. Screens, widgets, themes and the key map are
//! pure functions of a [`View`] that `build` makes from the engine's status.
//! The screens read no clock, engine or terminal, so every one can be
//! snapshot-tested at any size; `face`, `page`, `input`, `terminal`, `frames` and `launch` are
//! the thin parts that touch the terminal.

pub mod build;
mod convert;
pub mod countdown;
pub mod digits;
pub mod face;
pub mod frames;
pub mod history;
pub mod input;
pub mod keys;
pub mod launch;
pub mod pacer;
pub mod page;
pub mod picker;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod view;
pub mod wake;
pub mod window;

pub use keys::{Action, KeyContext, action_for, context};
pub use screens::{draw, render};
pub use theme::Theme;
pub use view::{Stage, StepView, View};
