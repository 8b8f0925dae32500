//! The questions around a session that are not safety check-ins: how the
//! last session went (asked at launch), which screening group applied after
//! a "yes", and how the person feels at the end.
//!
//! They are engine stages like the check-in (see `machine.rs`), so every
//! face asks them the same way and every answer reaches the journal as a cue.

use crate::safety::{Group, Tier};

/// Which of the questions around a session to ask.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUp {
    /// Ask which group applied after a "yes" at the screening, and how the
    /// person feels after a session that ran.
    pub after: bool,
    /// An earlier session whose better / same / worse question was never
    /// answered, described for the person ("Title, 2026-11-26 18:05"); asked
    /// before the screening.
    pub late: Option<String>,
}

/// The screening groups a person can choose from after a "yes", in order.
pub(super) fn groups(routine_has_questions: bool) -> Vec<Group> {
    let mut groups: Vec<Group> = Tier::ALL.iter().map(|t| Group::Builtin(*t)).collect();
    if routine_has_questions {
        groups.push(Group::Routine);
    }
    groups
}
