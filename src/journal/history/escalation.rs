//! Repeated reports escalate (docs/safety.md, "Escalation"): notices computed from the
//! journal's history before a session starts, beside the history they read. The thresholds are our design choices and
//! a clinician should confirm them; they are documented in the README.

mod area;
mod index;

use std::collections::BTreeSet;

use jiff::{Timestamp, ToSpan};

use crate::journal::{Feeling, RecordedOutcome, SessionRecord, YesNo};
use crate::local_time::Zone;

pub use area::{Areas, SameArea, by_region};
pub use index::Lookback;

const DAY: i64 = 24 * 60 * 60;

/// Why knead advises seeing a clinician before this session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escalation {
    /// Two or more pain stops within 14 days on this routine, or (before a
    /// pressure routine) on any routine working the same body region.
    RoutinePainStops,
    /// Pain stops on 3 or more of the last 30 days, before a pressure routine.
    FrequentPainStops,
    /// Reports in 3 or more different weeks of the last 6, or the last three
    /// post-session answers in 6 weeks all "worse".
    Persistent,
    /// New numbness, weakness or spreading pain after a session, and no
    /// session since went ahead after a "yes" to a GP or physio seen
    /// (review S15). See [`new_symptoms_unseen`].
    NewSymptoms,
}

impl Escalation {
    /// The notice to show, in plain words.
    pub fn notice(self) -> &'static str {
        match self {
            Escalation::RoutinePainStops => {
                "You stopped this routine, or one working the same area, for pain twice \
                 in the last two weeks. Please see a GP or physiotherapist before doing it again."
            }
            Escalation::FrequentPainStops => {
                "You stopped for pain on three or more days this month. \
                 Please see a GP or physiotherapist before more pressure routines."
            }
            Escalation::Persistent => {
                "Your reports of pain or feeling worse have gone on for weeks. \
                 A review with a GP or physiotherapist is a good idea."
            }
            Escalation::NewSymptoms => {
                "You had new numbness, weakness or spreading pain after a session. \
                 Until a GP or physio has seen you, only the light routines run."
            }
        }
    }
}

/// The escalations that apply before a session of `routine`, at `now`.
///
/// `pressure` says whether the routine presses (has holds or rolls). Days
/// are the person's, in `zone`: a stop at 23:30 UTC is the next day in Tokyo.
pub fn escalations(
    records: &[SessionRecord],
    routine: &str,
    pressure: bool,
    now: Timestamp,
    zone: &Zone,
) -> Vec<Escalation> {
    escalations_near(records, &|id| id == routine, pressure, now, zone)
}

/// [`escalations`], with the pain stops that count for this routine told
/// by `same_area` (a past routine's id: does it work the same body region?).
/// The standing wall-ball routine on the same buttock counts (review M7).
pub fn escalations_near(
    records: &[SessionRecord],
    same_area: &dyn Fn(&str) -> bool,
    pressure: bool,
    now: Timestamp,
    zone: &Zone,
) -> Vec<Escalation> {
    // A preview (`--speed`) is an author trying a routine, not the person's
    // own session.
    let records: Vec<&SessionRecord> = records.iter().filter(|r| !r.preview).collect();
    let age_days = |r: &SessionRecord| now.as_second().saturating_sub(r.started.as_second()) / DAY;
    let pain_stop = |r: &&&SessionRecord| r.outcome == RecordedOutcome::StoppedForSafety;
    let mut found = Vec::new();
    let on_routine = records
        .iter()
        .filter(pain_stop)
        .filter(|r| same_area(&r.routine) && age_days(r) < 14)
        .count();
    if on_routine >= 2 {
        found.push(Escalation::RoutinePainStops);
    }
    // The last 30 of the person's days: today and the 29 before it.
    let today = zone.date(now);
    let first = today.checked_sub(29.days()).unwrap_or(today);
    let days: BTreeSet<jiff::civil::Date> = records
        .iter()
        .filter(pain_stop)
        .map(|r| zone.date(r.started))
        .filter(|day| (first..=today).contains(day))
        .collect();
    if pressure && days.len() >= 3 {
        found.push(Escalation::FrequentPainStops);
    }
    if persistent(&records, now) {
        found.push(Escalation::Persistent);
    }
    found
}

/// Whether a "yes" to new numbness, weakness or spreading pain still
/// limits the sessions: no session since then went ahead with no review
/// due. The question "seen a GP or physio since?" comes before every
/// session while this holds, and only its "yes" lets one go ahead with no
/// review due, so any number of sessions in between (interrupted, refused,
/// light) keep it (review S15).
pub fn new_symptoms_unseen(records: &[SessionRecord]) -> bool {
    let records: Vec<&SessionRecord> = records.iter().filter(|r| !r.preview).collect();
    let Some(last) = records
        .iter()
        .rposition(|r| r.new_symptoms == Some(YesNo::Yes))
    else {
        return false;
    };
    !records[last + 1..].iter().any(|r| lifts_review(r))
}

/// Whether this session went ahead with no review due, as only a "yes" to
/// "seen a GP or physio since?" allows after new numbness, weakness or
/// spreading pain: it ran steps and recorded `review_due` false.
pub fn lifts_review(record: &SessionRecord) -> bool {
    !record.preview
        && !record.steps.is_empty()
        && record.conditions.as_ref().is_some_and(|c| !c.review_due)
}

fn persistent(records: &[&SessionRecord], now: Timestamp) -> bool {
    let recent: Vec<&SessionRecord> = records
        .iter()
        .copied()
        .filter(|r| now.as_second().saturating_sub(r.started.as_second()) < 42 * DAY)
        .collect();
    let reported = |r: &&&SessionRecord| {
        r.outcome == RecordedOutcome::StoppedForSafety || r.post_check == Some(Feeling::Worse)
    };
    let weeks: BTreeSet<i64> = recent
        .iter()
        .filter(reported)
        .map(|r| now.as_second().saturating_sub(r.started.as_second()) / (7 * DAY))
        .collect();
    let answers: Vec<Feeling> = recent.iter().filter_map(|r| r.post_check).collect();
    let worsening = answers.len() >= 3
        && answers[answers.len() - 3..]
            .iter()
            .all(|f| *f == Feeling::Worse);
    weeks.len() >= 3 || worsening
}
