//! Grouping journal lines into session records, in file order.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use jiff::Timestamp;

use super::event::{CheckPoint, Event, PressureRating, RecordedOutcome, SessionId, Text};
use super::session_record::{
    CheckInRecord, ConditionsRecord, Rating, ScreeningRecord, SessionRecord, StepDone,
};
use super::warning::Warning;

/// The title of a session whose start line is missing or unreadable.
const NO_START_TITLE: &str = "(start line unreadable)";

/// Collects journal lines into session records by session id.
#[derive(Debug, Default)]
pub(super) struct Grouper {
    sessions: Vec<(SessionRecord, Timestamp)>,
    index: HashMap<Text, usize>,
    /// The session of the previous line: consecutive lines usually share it.
    recent: Option<usize>,
    /// Sessions with events but no start so far: first line and number of lines.
    unstarted: HashMap<usize, (usize, usize)>,
    warnings: Vec<Warning>,
}

impl Grouper {
    /// Adds line `number`; lines that make no sense become warnings.
    pub(super) fn add(&mut self, number: usize, session: &str, at: Timestamp, event: Event) {
        if let Event::Start { .. } = event {
            return self.start(number, session, at, event);
        }
        let i = match self.find(session) {
            Some(i) => i,
            // A lost start line must not lose the session's pain stops:
            // keep its other lines under an unknown routine.
            None => self.open_without_start(number, session, at),
        };
        self.recent = Some(i);
        // Almost always empty: skip hashing the index on every line.
        if !self.unstarted.is_empty()
            && let Some((_, count)) = self.unstarted.get_mut(&i)
        {
            *count += 1;
        }
        let (record, last_at) = &mut self.sessions[i];
        // A late post-check must not stretch an unfinished session's duration.
        if !matches!(event, Event::PostCheck { .. } | Event::NewSymptoms { .. }) {
            *last_at = (*last_at).max(at);
        }
        if let Err(reason) = apply(record, at, event) {
            self.warnings.push(Warning::new(number, reason));
        }
    }

    /// The records, oldest first, and the warnings about them (the reader
    /// puts all warnings in line order).
    pub(super) fn finish(mut self) -> (Vec<SessionRecord>, Vec<Warning>) {
        for (i, (first, count)) in self.unstarted {
            let session = &self.sessions[i].0.session;
            self.warnings.push(Warning::new(
                first,
                format!(
                    "session {session} has no readable start line; its {count} other line(s) are kept, its routine unknown"
                ),
            ));
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
        (records, self.warnings)
    }

    fn find(&self, session: &str) -> Option<usize> {
        match self.recent {
            Some(i) if self.sessions[i].0.session.0 == session => Some(i),
            _ => self.index.get(session).copied(),
        }
    }

    fn start(&mut self, number: usize, session: &str, at: Timestamp, event: Event) {
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
        match self.index.entry(Text::from(session)) {
            Entry::Occupied(slot) => {
                let i = *slot.get();
                // A start after its session's other lines (a hand-edited
                // file) still names the routine.
                if self.unstarted.remove(&i).is_none() {
                    let reason = format!("second start of session {}; skipped", slot.key());
                    return self.warnings.push(Warning::new(number, reason));
                }
                let record = &mut self.sessions[i].0;
                record.routine = routine;
                record.title = title;
                record.hash = hash;
                record.planned_seconds = planned_seconds;
                record.preview = preview;
                record.started = record.started.min(at);
                return;
            }
            Entry::Vacant(slot) => {
                let session = SessionId(slot.key().clone());
                slot.insert(next);
                let record = new_record(session, at, routine, title, hash, planned_seconds);
                self.sessions
                    .push((SessionRecord { preview, ..record }, at));
            }
        }
        self.recent = Some(next);
    }

    /// A record for a session first seen on a line other than its start.
    fn open_without_start(&mut self, number: usize, session: &str, at: Timestamp) -> usize {
        let next = self.sessions.len();
        self.index.insert(Text::from(session), next);
        let session = SessionId(Text::from(session));
        self.unstarted.insert(next, (number, 0));
        let record = new_record(
            session,
            at,
            Text::default(),
            NO_START_TITLE.into(),
            Text::default(),
            0,
        );
        self.sessions.push((record, at));
        next
    }
}

fn new_record(
    session: SessionId,
    started: Timestamp,
    routine: Text,
    title: Text,
    hash: Text,
    planned_seconds: u64,
) -> SessionRecord {
    SessionRecord {
        session,
        routine,
        title,
        hash,
        started,
        ended: None,
        seconds: 0,
        planned_seconds,
        preview: false,
        outcome: RecordedOutcome::Unfinished,
        stopped_at_step: None,
        screening: None,
        steps: Vec::new(),
        check_ins: Vec::new(),
        post_check: None,
        new_symptoms: None,
        conditions: None,
    }
}

/// Applies one event (not a start) to its session's record.
fn apply(record: &mut SessionRecord, at: Timestamp, event: Event) -> Result<(), String> {
    match event {
        Event::Start { .. } => {}
        // The last line is the one knead decided by.
        Event::Conditions {
            yes,
            cleared,
            review_due,
            refused,
        } => {
            record.conditions = Some(ConditionsRecord {
                yes,
                cleared,
                review_due,
                refused,
            });
        }
        Event::Screening { answer, group } => {
            // One event per group chosen: every one is kept.
            let mut groups = record
                .screening
                .take()
                .map(|s| s.groups)
                .unwrap_or_default();
            groups.extend(group.clone());
            record.screening = Some(ScreeningRecord {
                answer,
                group,
                groups,
            });
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
            ..
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
        Event::NewSymptoms { answer } => record.new_symptoms = Some(answer),
    }
    Ok(())
}

/// Attaches a pressure rating to the check-in it followed.
fn rate(
    record: &mut SessionRecord,
    step: usize,
    point: CheckPoint,
    rating: Option<PressureRating>,
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
