//! The report as data: what the HTML page shows and `--json` prints.

use jiff::Timestamp;
use serde::Serialize;

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// When it was made, local time.
    pub generated: String,
    /// The time zone every local time is in.
    pub zone: String,
    /// `--since`, local time, if given.
    pub since: Option<String>,
    /// `--routine`, if given.
    pub routine: Option<String>,
    /// The first session's start, local time.
    pub first: Option<String>,
    /// The last session's start, local time.
    pub last: Option<String>,
    /// Sessions in the report, previews left out.
    pub sessions: usize,
    /// One entry per routine, by id.
    pub routines: Vec<RoutineReport>,
    /// Every session that did not run to its end, oldest first.
    pub stops: Vec<Stop>,
    /// Every "worse" answer after a session.
    pub worse: Vec<WorseAnswer>,
    /// Escalation notices shown before sessions.
    pub notices: Vec<Notice>,
    /// Screening answers that changed what was offered.
    pub screening: Vec<ScreeningAnswer>,
    /// Sessions whose screening was answered "no" (nothing applied).
    pub screening_no: usize,
    /// Previews (`--speed`) in the chosen range, not counted anywhere.
    pub previews_left_out: usize,
}

/// One routine's sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoutineReport {
    /// The routine's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its `frequency` line, if the file can be read and has one.
    pub frequency: Option<String>,
    /// Sessions a week prescribed (`per_week`), if known.
    pub per_week: Option<u8>,
    /// Sessions that started (screening passed).
    pub sessions: usize,
    /// Of those, the ones that ran to their end.
    pub completed: usize,
    /// Time spent in those sessions, in seconds.
    pub seconds: u64,
    /// Sessions done as a share of those prescribed over the full weeks, 0-100.
    pub adherence: Option<u32>,
    /// Week by week, oldest first.
    pub weeks: Vec<Week>,
    /// A therapist's plan, week by week of the plan, when the routine has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<super::plan::PlanReport>,
    /// Every pressure rating, oldest first.
    pub pressure: Vec<PressurePoint>,
}

/// One calendar week (Monday to Sunday, local time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Week {
    /// The Monday the week starts on.
    pub starts: String,
    /// Sessions started that week.
    pub sessions: u32,
    /// Sessions prescribed for the week, if known.
    pub prescribed: Option<u8>,
    /// Whether the week is still going on (it does not count for adherence).
    pub current: bool,
}

/// A pressure rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PressurePoint {
    /// When it was given, local time.
    pub at: String,
    /// When it was given, UTC.
    pub utc: Timestamp,
    /// The session it belongs to.
    pub session: String,
    /// The rating, 0-10.
    pub rating: u8,
}

/// A session that ended before its last step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stop {
    /// When it ended (or the report that ended it), local time.
    pub at: String,
    /// The routine's id.
    pub routine: String,
    /// The routine's title.
    pub title: String,
    /// How it ended, in the journal's word.
    pub outcome: &'static str,
    /// What was reported, in words.
    pub reported: String,
}

/// A "worse" answer to the question after a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorseAnswer {
    /// When the session started, local time.
    pub session_started: String,
    /// The routine's id.
    pub routine: String,
    /// The routine's title.
    pub title: String,
}

/// An escalation notice shown before a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// When the session it preceded started, local time.
    pub at: String,
    /// The routine's id.
    pub routine: String,
    /// The notice as shown.
    pub notice: &'static str,
}

/// A screening "yes", with the group the person chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScreeningAnswer {
    /// When it was given, local time.
    pub at: String,
    /// The routine's id.
    pub routine: String,
    /// The group chosen, in the journal's word, if any.
    pub group: Option<String>,
    /// What knead did, in words.
    pub meaning: String,
}
