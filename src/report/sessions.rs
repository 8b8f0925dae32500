//! Session by session (review S11): the screening groups that applied and
//! what they did, the long-standing conditions in force as recorded then,
//! and what actually ran.

use super::events::{group_meaning, reported, stopped_at_check_in};
use super::local::LocalClock;
use super::model::{ConditionInForce, GroupApplied, SessionEntry};
use crate::journal::{ConditionsRecord, RecordedOutcome, SessionRecord, YesNo};
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

/// Every session, oldest first.
pub fn log(sessions: &[&SessionRecord], clock: &LocalClock) -> Vec<SessionEntry> {
    sessions.iter().map(|r| entry(r, clock)).collect()
}

fn entry(record: &SessionRecord, clock: &LocalClock) -> SessionEntry {
    let (decision, why) = decide(record);
    let groups = record.screening.as_ref().map_or(Vec::new(), |s| {
        s.groups
            .iter()
            .map(|g| GroupApplied {
                group: g.clone(),
                meaning: group_meaning(Some(g)),
            })
            .collect()
    });
    let conditions = record.conditions.as_ref().map(in_force);
    let cut_short = record
        .steps
        .iter()
        .filter(|s| s.seconds < s.planned_seconds)
        .count();
    SessionEntry {
        at: clock.minute(record.started),
        session: record.session.0.clone(),
        routine: record.routine.clone(),
        title: record.title.clone(),
        screening: match &record.screening {
            Some(s) if s.answer == YesNo::Yes => "yes",
            Some(_) => "no",
            None => "not answered",
        },
        groups,
        conditions_text: conditions_text(record, decision, conditions.as_deref()),
        conditions,
        review_due: record.conditions.as_ref().is_some_and(|c| c.review_due),
        decision: decision.as_str(),
        why,
        steps_done: record.steps.len() - cut_short,
        steps_cut_short: cut_short,
        outcome: record.outcome.as_str(),
        ended: match record.outcome {
            RecordedOutcome::Completed => String::new(),
            RecordedOutcome::StoppedForSafety => {
                stopped_at_check_in(record).unwrap_or_else(|| reported(record))
            }
            _ => reported(record),
        },
    }
}

fn in_force(recorded: &ConditionsRecord) -> Vec<ConditionInForce> {
    recorded
        .yes
        .iter()
        .map(|id| ConditionInForce {
            id: id.clone(),
            name: CONDITIONS.iter().find(|c| c.id == *id).map(|c| c.name),
            cleared: recorded.cleared.contains(id),
        })
        .collect()
}

/// The conditions in words, for the page.
fn conditions_text(
    record: &SessionRecord,
    decision: Decision,
    conditions: Option<&[ConditionInForce]>,
) -> String {
    let Some(conditions) = conditions else {
        // A session that today's list ended never reached the conditions.
        return match decision {
            Decision::NoSession => "not asked (today's list ended the session)".to_owned(),
            _ => "not recorded".to_owned(),
        };
    };
    let mut parts: Vec<String> = conditions
        .iter()
        .map(|c| {
            let name = c.name.map_or_else(|| c.id.clone(), str::to_owned);
            if c.cleared {
                format!("{name} (a clinician said it is OK)")
            } else {
                name
            }
        })
        .collect();
    if record.conditions.as_ref().is_some_and(|c| c.review_due) {
        parts.push("light routines only until a GP or physio is seen".to_owned());
    }
    if parts.is_empty() {
        "none".to_owned()
    } else {
        parts.join("; ")
    }
}
