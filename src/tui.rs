//! The full-screen coach's faces: screens, widgets, themes and the key map,
//! all pure functions of a [`View`] built by the session loop.
//!
//! Nothing here reads the clock, the engine or the terminal, so every
//! screen can be snapshot-tested at any size.

pub mod clock;
mod convert;
pub mod digits;
pub mod keys;
pub mod pacer;
pub mod screens;
pub mod theme;
pub mod view;

pub use keys::{Action, KeyContext, action_for, context};
pub use screens::{draw, render};
pub use theme::Theme;
pub use view::{Stage, StepView, View};
