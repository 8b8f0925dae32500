//! Session by session (review S11): the screening groups that applied and
//! what they did, the long-standing conditions in force as recorded then,
//! and what actually ran.

use super::decision::{Decision, decide};
use super::events::{reported, stopped_at_check_in};
use super::groups::group_meaning;
use super::local::LocalClock;
use super::model::{ConditionInForce, GroupApplied, SessionEntry};
use crate::journal::{ConditionsRecord, RecordedOutcome, SessionRecord, YesNo, history};
use crate::safety::CONDITIONS;

/// Every session, oldest first.
pub fn log(sessions: &[&SessionRecord], clock: &LocalClock) -> Vec<SessionEntry> {
    sessions
        .iter()
        .enumerate()
        .map(|(i, r)| entry(r, &sessions[i + 1..], clock))
        .collect()
}

fn entry(record: &SessionRecord, later: &[&SessionRecord], clock: &LocalClock) -> SessionEntry {
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
        new_symptoms: record.new_symptoms.map(|a| match a {
            YesNo::Yes => "yes",
            YesNo::No => "no",
        }),
        followed: followed(record, later, clock),
    }
}

/// After new numbness, weakness or spreading pain: light routines only
/// until a GP or physio was seen, which the first later session that went
/// ahead without a review due says (review S15).
fn followed(
    record: &SessionRecord,
    later: &[&SessionRecord],
    clock: &LocalClock,
) -> Option<String> {
    if record.new_symptoms != Some(YesNo::Yes) {
        return None;
    }
    let until = "light routines only until a GP or physio was seen";
    Some(match later.iter().find(|r| history::lifts_review(r)) {
        Some(seen) => format!(
            "{until} (seen, said at the session of {})",
            clock.minute(seen.started)
        ),
        None => format!("{until} (not seen yet)"),
    })
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
