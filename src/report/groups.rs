//! What each screening group (the journal's word) led knead to do, in words.

use crate::journal::ScreeningRecord;

/// What every screening group chosen led knead to do.
pub(super) fn meanings(screening: &ScreeningRecord) -> String {
    if screening.groups.is_empty() {
        return group_meaning(None).to_owned();
    }
    let all: Vec<&str> = screening
        .groups
        .iter()
        .map(|g| group_meaning(Some(g)))
        .collect();
    all.join("; and ")
}

/// What a screening group (the journal's word) led knead to do.
pub(super) fn group_meaning(group: Option<&str>) -> &'static str {
    match group {
        Some("severe") => "worse than usual today; only the light routines",
        Some("strain") => "a new strain; cold only where it is, other areas as usual",
        Some("emergency") => "emergency signs; told to call the emergency number, no session",
        Some("urgent") => "get advice first; no session that day",
        Some("caution") => "check with a clinician; no pressure routine until one says it is OK",
        Some("local") => "about the area worked; told to skip that area",
        Some("routine") => "one of the routine's own questions; its alternative offered, if any",
        _ => "a warning sign applied (no group chosen); no session",
    }
}
