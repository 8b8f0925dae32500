//! What knead did with a session before its first step, read from its
//! journal: it ran, the answers refused this routine, or today's list ended it.

use super::groups::group_meaning;
use crate::journal::{RecordedOutcome, SessionRecord, YesNo};
use crate::safety::CONDITIONS;

/// What knead did with a session before its first step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Steps ran.
    Ran,
    /// The answers ruled this routine out; others may have fitted.
    Refused,
    /// Today's list ended it: no routine that day.
    NoSession,
    /// It ended before the first step for another reason (a signal, a crash).
    DidNotStart,
}

impl Decision {
    /// The word used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Ran => "ran",
            Decision::Refused => "refused",
            Decision::NoSession => "no session",
            Decision::DidNotStart => "did not start",
        }
    }
}

/// Groups that end the session, whatever the routine.
const ENDING_GROUPS: [&str; 2] = ["emergency", "urgent"];

/// What knead did, and why when it did not run.
pub fn decide(record: &SessionRecord) -> (Decision, Option<String>) {
    if !record.steps.is_empty() || !record.check_ins.is_empty() {
        return (Decision::Ran, None);
    }
    if record.outcome != RecordedOutcome::StoppedAtScreening {
        let decision = match record.outcome {
            RecordedOutcome::Completed => Decision::Ran,
            _ => Decision::DidNotStart,
        };
        return (decision, None);
    }
    let groups: &[String] = record.screening.as_ref().map_or(&[], |s| &s.groups);
    let said_yes = record
        .screening
        .as_ref()
        .is_some_and(|s| s.answer == YesNo::Yes);
    if let Some(ending) = groups.iter().find(|g| ENDING_GROUPS.contains(&g.as_str())) {
        return (
            Decision::NoSession,
            Some(group_meaning(Some(ending)).to_owned()),
        );
    }
    if said_yes && groups.is_empty() {
        return (Decision::NoSession, Some(group_meaning(None).to_owned()));
    }
    let recorded = record
        .conditions
        .as_ref()
        .and_then(|c| c.refused.as_deref());
    let why = match recorded {
        Some(word) => refused_by(word),
        None if groups.is_empty() => {
            "the long-standing conditions (which one was not recorded)".to_owned()
        }
        None => {
            let meanings: Vec<&str> = groups.iter().map(|g| group_meaning(Some(g))).collect();
            meanings.join("; and ")
        }
    };
    (Decision::Refused, Some(why))
}

/// What the journal's word for a refusal means.
fn refused_by(word: &str) -> String {
    if word == "review" {
        return "pain stops, and no GP or physio seen since: light routines only".to_owned();
    }
    match CONDITIONS.iter().find(|c| c.id == word) {
        Some(condition) => format!("{} (a long-standing condition)", condition.name),
        None if word.starts_with('C') => format!("long-standing condition {word}"),
        None => group_meaning(Some(word)).to_owned(),
    }
}
