//! Routines for tests: built from steps as a struct literal, or read from
//! text that must be valid.

use knead::routine::{Breathing, Routine, SafetyAdditions, Step};

/// A routine with these steps, the default breathing and no extra safety.
pub fn routine(steps: Vec<Step>) -> Routine {
    Routine {
        title: "Test routine".to_owned(),
        summary: None,
        areas: vec![],
        tools: vec![],
        author: None,
        notes: None,
        frequency: None,
        per_week: None,
        before: vec![],
        breathing: Breathing::default(),
        safety: SafetyAdditions::default(),
        steps,
        plan: None,
    }
}

/// The routine in `text`, which must be valid: the problems are shown
/// when it is not.
#[track_caller]
pub fn valid(text: &str) -> Routine {
    let checked = knead::routine::check_str(text);
    match checked.routine {
        Some(routine) => routine,
        None => panic!("invalid routine: {:?}\n{text}", checked.diagnostics),
    }
}
