//! Values the shells complete at the time of asking (clap_complete's
//! dynamic completion, `COMPLETE=bash knead`): routine ids, which change
//! as a person adds routines, so no script written once can know them.

use std::ffi::OsStr;

use clap_complete::engine::{CompletionCandidate, PathCompleter, ValueCompleter};

use crate::library;

/// Completes a routine: the ids of the bundled and the person's routines
/// starting with what is typed, each with its title; a path once it looks
/// like one (`./`, `/`, `~`, or a `/` inside).
pub fn routine(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    if typed.contains('/') || typed.starts_with('.') || typed.starts_with('~') {
        return PathCompleter::any().complete(current);
    }
    let mut ids: Vec<CompletionCandidate> = library::all_for_picking()
        .into_iter()
        .filter(|loaded| loaded.id.starts_with(typed.as_ref()))
        .map(|loaded| {
            let title = loaded.checked.routine.map(|r| r.title.into());
            CompletionCandidate::new(loaded.id).help(title)
        })
        .collect();
    ids.sort_by(|a, b| a.get_value().cmp(b.get_value()));
    ids
}
