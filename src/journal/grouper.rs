//! Grouping journal lines into session records, in file order.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use jiff::Timestamp;

use super::event::{CheckPoint, Event, Outcome, Pressure, SessionId};
use super::record::{CheckInRecord, Rating, ScreeningRecord, SessionRecord, StepDone};
use super::warning::Warning;

/// Collects journal lines into session records by session id.
#[derive(Debug, Default)]
pub(super) struct Grouper {
    sessions: Vec<(SessionRecord, Timestamp)>,
    index: HashMap<String, usize>,
    /// The session of the previous line: consecutive lines usually share it.
    recent: Option<usize>,
    /// Sessions with events but no start: first line and number of lines.
    orphans: HashMap<String, (usize, usize)>,
}

impl Grouper {
    /// Adds one parsed line; lines that make no sense become warnings.
    pub(super) fn add(
        &mut self,
        number: usize,
        (session, at, event): (&str, Timestamp, Event),
        warnings: &mut Vec<Warning>,
    ) {
        if let Event::Start { .. } = event {
            return self.start(number, session, at, event, warnings);
        }
        let Some(i) = self.find(session) else {
            return self.orphan(number, session);
        };
        self.recent = Some(i);
        let (record, last_at) = &mut self.sessions[i];
        // A late post-check must not stretch an unfinished session's duration.
        if !matches!(event, Event::PostCheck { .. }) {
            *last_at = (*last_at).max(at);
        }
        if let Err(reason) = apply(record, at, event) {
            warnings.push(Warning {
                line: number,
                reason,
            });
        }
    }

    /// The records, oldest first, plus warnings for events without a start.
    pub(super) fn finish(self, warnings: &mut Vec<Warning>) -> Vec<SessionRecord> {
        let mut orphans: Vec<_> = self.orphans.into_iter().collect();
        orphans.sort_by_key(|(_, (first, _))| *first);
        for (session, (first, count)) in orphans {
            warnings.push(Warning {
                line: first,
                reason: format!(
                    "{count} line(s) of session {session} skipped: its start line is missing or unreadable"
                ),
            });
        }
        let mut records: Vec<SessionRecord> = self
            .sessions
            .into_iter()
            .map(|(mut record, last_at)| {
                let end = record.ended.unwrap_or(last_at);
                let seconds = end.as_second().saturating_sub(record.started.as_second());
                record.seconds = u64::try_from(seconds).unwrap_or(0);
                record
            })
            .collect();
        // Stable, so sessions started in the same second keep file order.
        records.sort_by_key(|r| r.started);
        records
    }

    fn find(&self, session: &str) -> Option<usize> {
        match self.recent {
            Some(i) if self.sessions[i].0.session.0 == session => Some(i),
            _ => self.index.get(session).copied(),
        }
    }

    fn start(
        &mut self,
        number: usize,
        session: &str,
        at: Timestamp,
        event: Event,
        warnings: &mut Vec<Warning>,
    ) {
        let Event::Start {
            routine,
            title,
            hash,
            planned_seconds,
            preview,
        } = event
        else {
            return;
        };
        let next = self.sessions.len();
        // One hash per start: the entry both checks and claims the id.
        match self.index.entry(session.to_string()) {
            Entry::Occupied(_) => {
                return warnings.push(Warning {
                    line: number,
                    reason: format!("second start of session {session}; skipped"),
                });
            }
            Entry::Vacant(slot) => {
                slot.insert(next);
            }
        }
        let record = SessionRecord {
            session: SessionId(session.to_string()),
            routine,
            title,
            hash,
            started: at,
            ended: None,
            seconds: 0,
            planned_seconds,
            preview,
            outcome: Outcome::Unfinished,
            stopped_at_step: None,
            screening: None,
            steps: Vec::new(),
            check_ins: Vec::new(),
            post_check: None,
        };
        self.recent = Some(next);
        self.sessions.push((record, at));
    }

    fn orphan(&mut self, number: usize, session: &str) {
        match self.orphans.get_mut(session) {
            Some((_, count)) => *count += 1,
            None => {
                self.orphans.insert(session.to_string(), (number, 1));
            }
        }
    }
}

/// Applies one event (not a start) to its session's record.
fn apply(record: &mut SessionRecord, at: Timestamp, event: Event) -> Result<(), String> {
    match event {
        Event::Start { .. } => {}
        Event::Screening { answer, group } => {
            record.screening = Some(ScreeningRecord { answer, group });
        }
        Event::Step {
            index,
            kind,
            title,
            side,
            planned_seconds,
            seconds,
        } => record.steps.push(StepDone {
            index,
            kind,
            title,
            side,
            planned_seconds,
            seconds,
            ended: at,
        }),
        Event::CheckIn {
            step,
            point,
            answer,
        } => record.check_ins.push(CheckInRecord {
            step,
            point,
            answer,
            pressure: Rating::NotAsked,
            at,
        }),
        Event::Pressure {
            step,
            point,
            rating,
        } => rate(record, step, point, rating)?,
        Event::End { outcome, step } => {
            if record.ended.is_some() {
                return Err(format!("second end of session {}; skipped", record.session));
            }
            record.ended = Some(at);
            record.outcome = outcome;
            record.stopped_at_step = step;
        }
        Event::PostCheck { answer } => record.post_check = Some(answer),
    }
    Ok(())
}

/// Attaches a pressure rating to the check-in it followed.
fn rate(
    record: &mut SessionRecord,
    step: usize,
    point: CheckPoint,
    rating: Option<Pressure>,
) -> Result<(), String> {
    let check_in = record
        .check_ins
        .iter_mut()
        .rev()
        .find(|c| c.step == step && c.point == point && c.pressure == Rating::NotAsked)
        .ok_or_else(|| format!("pressure rating for step {step} without a check-in; skipped"))?;
    check_in.pressure = rating.map_or(Rating::Skipped, Rating::Rated);
    Ok(())
}
