//! `knead report`: what the journal says, for a clinician. Adherence
//! against each routine's `per_week`, time spent, pressure ratings over
//! time, every stop, "worse" answers, the escalation notices shown, the
//! screening answers that changed what was offered, and each session's
//! answers, what they did and what ran, in local time.
//!
//! Building is pure: records, routine facts, `now` and a time zone in, a
//! [`Report`] out; [`html`] and JSON (serde) only render it.

mod adherence;
pub mod chart;
mod decision;
mod events;
mod groups;
pub mod html;
pub mod local;
mod model;
pub mod plan;
mod sessions;

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::journal::history::{Filter, SameArea};
use crate::journal::{Rating, RecordedOutcome, SessionRecord, Text, YesNo};

pub use local::LocalClock;
pub use model::{
    ConditionInForce, GroupApplied, Notice, PressurePoint, Report, RoutineReport, ScreeningAnswer,
    SessionEntry, Stop, Week, WorseAnswer,
};

/// What knead knows about a routine from its file, when it can still read it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoutineFacts {
    /// The title in the file today.
    pub title: Option<String>,
    /// The `frequency` line.
    pub frequency: Option<String>,
    /// Sessions a week the person aims for.
    pub per_week: Option<u8>,
    /// Whether the routine presses (has holds or rolls), for the notices.
    pub presses: Option<bool>,
    /// The routine's plan and its weeks, when it has one.
    pub plan: Option<plan::PlanReport>,
}

/// Everything the report is built from.
#[derive(Debug)]
pub struct Inputs<'a> {
    /// Every session in the journal, oldest first (notices read back 6 weeks).
    pub records: &'a [SessionRecord],
    /// Which sessions the report is about.
    pub filter: &'a Filter,
    /// What each routine's file says, by routine id.
    pub facts: &'a BTreeMap<String, RoutineFacts>,
    /// Whose pain stops count before a session of each routine, by id, as
    /// the session counts them; a routine missing counts every stop.
    pub same_area: &'a BTreeMap<String, SameArea<'a>>,
    /// The moment the report is made.
    pub now: Timestamp,
    /// The time zone to show times in.
    pub clock: &'a LocalClock,
}

/// The report over the chosen sessions.
pub fn build(inputs: &Inputs<'_>) -> Report {
    let chosen: Vec<&SessionRecord> = inputs
        .records
        .iter()
        .filter(|r| inputs.filter.matches(r))
        .collect();
    let previews = chosen.iter().filter(|r| r.preview).count();
    // A preview (`--speed`) is an author trying a routine, not a session.
    let sessions: Vec<&SessionRecord> = chosen.into_iter().filter(|r| !r.preview).collect();
    let clock = inputs.clock;
    // One pass sorts the sessions by routine, in id order.
    let mut by_routine: BTreeMap<&str, Vec<&SessionRecord>> = BTreeMap::new();
    for &record in &sessions {
        by_routine.entry(&record.routine).or_default().push(record);
    }
    let routines = by_routine
        .into_iter()
        .map(|(id, own)| {
            let facts = inputs.facts.get(id).cloned().unwrap_or_default();
            routine_report(id, &own, &facts, inputs)
        })
        .collect();
    Report {
        generated: clock.minute(inputs.now),
        zone: clock.zone_name(inputs.now),
        since: inputs.filter.since.map(|t| clock.minute(t)),
        routine: inputs.filter.routine.clone(),
        first: sessions.first().map(|r| clock.minute(r.started)),
        last: sessions.last().map(|r| clock.minute(r.started)),
        sessions: sessions.len(),
        routines,
        stops: events::stops(&sessions, clock),
        worse: events::worse(&sessions, clock),
        notices: events::notices(
            &sessions,
            inputs.records,
            inputs.facts,
            inputs.same_area,
            clock,
        ),
        screening: events::screening(&sessions, clock),
        screening_no: sessions
            .iter()
            .filter(|r| r.screening.as_ref().is_some_and(|s| s.answer == YesNo::No))
            .count(),
        previews_left_out: previews,
        session_log: sessions::log(&sessions, clock),
    }
}

fn routine_report(
    id: &str,
    own: &[&SessionRecord],
    facts: &RoutineFacts,
    inputs: &Inputs<'_>,
) -> RoutineReport {
    let ran: Vec<&SessionRecord> = own
        .iter()
        .copied()
        .filter(|r| r.outcome != RecordedOutcome::StoppedAtScreening)
        .collect();
    let title = facts
        .title
        .as_deref()
        .map(Text::from)
        .or_else(|| own.last().map(|r| r.title.clone()))
        .unwrap_or_default();
    let from = inputs
        .filter
        .since
        .or_else(|| own.first().map(|r| r.started))
        .unwrap_or(inputs.now);
    let weeks = adherence::weeks(&ran, facts.per_week, from, inputs.now, inputs.clock);
    RoutineReport {
        plan: facts.plan.clone(),
        id: id.to_owned(),
        title,
        frequency: facts.frequency.clone(),
        per_week: facts.per_week,
        sessions: ran.len(),
        completed: ran
            .iter()
            .filter(|r| r.outcome == RecordedOutcome::Completed)
            .count(),
        seconds: ran.iter().map(|r| r.seconds).sum(),
        adherence: adherence::percent(&weeks),
        weeks,
        pressure: ran
            .iter()
            .flat_map(|r| {
                r.check_ins.iter().filter_map(|c| match c.pressure {
                    Rating::Rated(p) => Some(PressurePoint {
                        at: inputs.clock.minute(c.at),
                        utc: c.at,
                        session: r.session.0.clone(),
                        rating: p.get(),
                    }),
                    _ => None,
                })
            })
            .collect(),
    }
}
