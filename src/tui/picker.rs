//! The picker: `knead` alone at a terminal. The routines (bundled and the
//! person's own, broken ones included) beside a preview, a fuzzy `/`
//! filter, a "what I have" tools filter, and Enter to start in the same
//! full screen. State and frames are pure; `run` is the thin loop.

mod entry;
mod filter;
mod keys;
mod page;
mod preview;
mod screen;
mod state;

pub use entry::Entry;
pub use keys::{PickAction, PickerKeys, action_for};
pub use page::pick;
pub use screen::{fit, render};
pub use state::{Picked, Picker, PickerBox};
