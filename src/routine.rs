//! The routine format: types, parsing with source spans, validation, lints.

mod model;

pub use model::{
    Breathe, Breathing, Hold, Kind, Roll, Routine, SWITCH_SIDES, SafetyAdditions, Side, Step,
};
