//! The moments a clinician looks for: stops, "worse" answers, the
//! escalation notices shown and the screening answers that changed what was
//! offered.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use super::RoutineFacts;
use super::decision::decide;
use super::groups::meanings;
use super::local::LocalClock;
use super::model::{Notice, ScreeningAnswer, Stop, WorseAnswer};
use crate::journal::history::{Lookback, SameArea};
use crate::journal::{CheckPoint, Feeling, RecordedOutcome, SessionRecord, YesNo};
use crate::safety;

/// Every session that did not run to its end, with what was reported.
pub fn stops(sessions: &[&SessionRecord], clock: &LocalClock) -> Vec<Stop> {
    sessions
        .iter()
        .filter(|r| r.outcome != RecordedOutcome::Completed)
        .map(|r| {
            let report = r.check_ins.iter().find(|c| c.answer == YesNo::Yes);
            let at = report.map(|c| c.at).or(r.ended).unwrap_or(r.started);
            Stop {
                at: clock.minute(at),
                session: r.session.0.clone(),
                session_started: clock.minute(r.started),
                routine: r.routine.clone(),
                title: r.title.clone(),
                outcome: r.outcome.as_str(),
                reported: reported(r),
            }
        })
        .collect()
}

/// What a stopped session's journal says was reported, in words.
pub(super) fn reported(record: &SessionRecord) -> String {
    match record.outcome {
        RecordedOutcome::StoppedForSafety => {
            match record.check_ins.iter().find(|c| c.answer == YesNo::Yes) {
                Some(check_in) => format!(
                    "Answered yes {} {}: \"{}?\"",
                    match check_in.point {
                        CheckPoint::Halfway => "halfway through",
                        CheckPoint::End => "at the end of",
                    },
                    step_name(record, check_in.step),
                    safety::CHECK_IN_BASE
                ),
                None => "Stopped for safety at a check-in".to_owned(),
            }
        }
        RecordedOutcome::StoppedAtScreening => match (&record.screening, decide(record)) {
            // "No" to today's list, and a long-standing answer refused it.
            (Some(screening), (_, Some(why))) if screening.answer == YesNo::No => {
                format!("Not started: ruled out by {why}")
            }
            (Some(screening), _) => {
                format!("Answered yes at the screening: {}", meanings(screening))
            }
            (None, _) => "Stopped at the screening".to_owned(),
        },
        RecordedOutcome::StoppedByPerson => format!("Stopped by the person{}", during(record)),
        RecordedOutcome::Unanswered => format!("A question went unanswered{}", during(record)),
        RecordedOutcome::Interrupted => {
            format!("Interrupted (the program was closed){}", during(record))
        }
        RecordedOutcome::Unfinished => {
            "No end was recorded (the program was killed or crashed)".to_owned()
        }
        RecordedOutcome::Completed => String::new(),
    }
}

/// A check-in "yes" that stopped a session, in a few words: where it came.
pub(super) fn stopped_at_check_in(record: &SessionRecord) -> Option<String> {
    let check_in = record.check_ins.iter().find(|c| c.answer == YesNo::Yes)?;
    Some(format!(
        "Stopped: new or worse pain, numbness or tingling, {} step {}",
        match check_in.point {
            CheckPoint::Halfway => "halfway through",
            CheckPoint::End => "at the end of",
        },
        check_in.step + 1
    ))
}

fn during(record: &SessionRecord) -> String {
    record
        .stopped_at_step
        .map(|step| format!(" during {}", step_name(record, step)))
        .unwrap_or_default()
}

/// "step 3, "Hold a tender spot" (left)", from the steps the journal has.
fn step_name(record: &SessionRecord, index: usize) -> String {
    let number = index + 1;
    match record.steps.iter().find(|s| s.index == index) {
        Some(step) => match &step.side {
            Some(side) => format!("step {number}, \"{}\" ({side})", step.title),
            None => format!("step {number}, \"{}\"", step.title),
        },
        None => format!("step {number}"),
    }
}

/// Every session the person felt worse after.
pub fn worse(sessions: &[&SessionRecord], clock: &LocalClock) -> Vec<WorseAnswer> {
    sessions
        .iter()
        .filter(|r| r.post_check == Some(Feeling::Worse))
        .map(|r| WorseAnswer {
            session_started: clock.minute(r.started),
            routine: r.routine.clone(),
            title: r.title.clone(),
        })
        .collect()
}

/// The escalation notices each session began with, worked out again from
/// the journal with the rules that showed them: the journal keeps the
/// sessions the rules read, not the notices.
pub fn notices(
    sessions: &[&SessionRecord],
    all: &[SessionRecord],
    facts: &BTreeMap<String, RoutineFacts>,
    same_area: &BTreeMap<String, SameArea<'_>>,
    clock: &LocalClock,
) -> Vec<Notice> {
    let mut notices = Vec::new();
    // Every session asks the rules about the six weeks before it: indexed
    // once, each asks in a few binary searches, however many sessions a
    // day the journal holds.
    let lookback = Lookback::new(all, clock.zone());
    let mut near_by_routine: HashMap<&str, Cow<'_, [i64]>> = HashMap::new();
    for record in sessions {
        let presses = facts
            .get(record.routine.as_str())
            .and_then(|f| f.presses)
            .unwrap_or_else(|| {
                record
                    .steps
                    .iter()
                    .any(|s| s.kind == "hold" || s.kind == "roll")
            });
        // Stops count by body region as the session counted them; a
        // routine no longer found counts as every region.
        let counted = same_area
            .get(record.routine.as_str())
            .unwrap_or(&SameArea::Everything);
        let near = near_by_routine
            .entry(record.routine.as_str())
            .or_insert_with(|| match counted {
                SameArea::Everything => Cow::Borrowed(lookback.every_pain_stop()),
                counted => Cow::Owned(lookback.near(&|past| counted.counts(past))),
            });
        for escalation in lookback.at_among(near, presses, record.started, clock.zone()) {
            notices.push(Notice {
                at: clock.minute(record.started),
                routine: record.routine.clone(),
                notice: escalation.notice(),
            });
        }
    }
    notices
}

/// Every "yes" at the screening, with what knead did about it.
pub fn screening(sessions: &[&SessionRecord], clock: &LocalClock) -> Vec<ScreeningAnswer> {
    sessions
        .iter()
        .filter_map(|r| {
            let screening = r.screening.as_ref()?;
            (screening.answer == YesNo::Yes).then(|| ScreeningAnswer {
                at: clock.minute(r.started),
                routine: r.routine.clone(),
                group: (!screening.groups.is_empty()).then(|| screening.groups.join(", ")),
                meaning: meanings(screening),
                then: decide(r).0.as_str(),
            })
        })
        .collect()
}
