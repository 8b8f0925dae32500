//! The report as data: what the HTML page shows and `--json` prints.

use jiff::Timestamp;
use serde::Serialize;

use crate::journal::Text;

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// When it was made, local time.
    pub generated: Text,
    /// The time zone every local time is in.
    pub zone: String,
    /// `--since`, local time, if given.
    pub since: Option<Text>,
    /// `--routine`, if given.
    pub routine: Option<String>,
    /// The first session's start, local time.
    pub first: Option<Text>,
    /// The last session's start, local time.
    pub last: Option<Text>,
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
    /// Every session, oldest first: what was answered before it, what knead
    /// did about it and what ran (review S11).
    pub session_log: Vec<SessionEntry>,
}

/// One session: the answers it started under, what they did, what ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionEntry {
    /// When it started, local time.
    pub at: Text,
    /// The session's id.
    pub session: Text,
    /// The routine's id.
    pub routine: Text,
    /// The routine's title, as the journal has it.
    pub title: Text,
    /// Today's list: `yes`, `no`, or `not answered`.
    pub screening: &'static str,
    /// Every group chosen after a "yes", with what it does.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupApplied>,
    /// The long-standing conditions in force then; `null` when the journal
    /// did not record them (before December 2026) or they were never reached.
    pub conditions: Option<Vec<ConditionInForce>>,
    /// The conditions in words: their names, "none", "not recorded". The
    /// page's words; JSON has `conditions`, which says the same.
    #[serde(skip)]
    pub conditions_text: String,
    /// No GP or physio seen since repeated pain stops: light routines only.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub review_due: bool,
    /// What knead did: `ran`, `refused`, `no session` or `did not start`.
    pub decision: &'static str,
    /// Why it refused, or why there was no session, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    /// Steps that ran their whole time.
    pub steps_done: usize,
    /// Steps cut short: skipped, or running when the session ended.
    #[serde(skip_serializing_if = "is_zero")]
    pub steps_cut_short: usize,
    /// How it ended, in the journal's word.
    pub outcome: &'static str,
    /// How it ended, in words: a stop and why; absent when it completed.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ended: String,
    /// After "worse": new numbness, weakness or spreading pain, `yes` or
    /// `no`; absent when not asked (review S15).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_symptoms: Option<&'static str>,
    /// What followed a "yes" to new symptoms, in words: light routines only
    /// until a GP or physio was seen, and when that was said, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub followed: Option<String>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A screening group chosen, in the journal's word, and what it does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupApplied {
    /// The journal's word (`severe`).
    pub group: String,
    /// What it does, in words.
    pub meaning: &'static str,
}

/// A long-standing condition answered "yes".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConditionInForce {
    /// Its id in docs/safety.md ("C1").
    pub id: String,
    /// Its name, if knead still knows the id.
    pub name: Option<&'static str>,
    /// Whether a clinician had said yes to it.
    pub cleared: bool,
}

/// One routine's sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoutineReport {
    /// The routine's id.
    pub id: String,
    /// Its title.
    pub title: Text,
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
    pub at: Text,
    /// When it was given, UTC.
    pub utc: Timestamp,
    /// The session it belongs to.
    pub session: Text,
    /// The rating, 0-10.
    pub rating: u8,
}

/// A session that ended before its last step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stop {
    /// When it ended (or the report that ended it), local time.
    pub at: Text,
    /// The session's id, as the session log and the ratings have it.
    pub session: Text,
    /// When the session started, local time: the session log's time.
    pub session_started: Text,
    /// The routine's id.
    pub routine: Text,
    /// The routine's title.
    pub title: Text,
    /// How it ended, in the journal's word.
    pub outcome: &'static str,
    /// What was reported, in words.
    pub reported: String,
}

/// A "worse" answer to the question after a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorseAnswer {
    /// When the session started, local time.
    pub session_started: Text,
    /// The routine's id.
    pub routine: Text,
    /// The routine's title.
    pub title: Text,
}

/// An escalation notice shown before a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// When the session it preceded started, local time.
    pub at: Text,
    /// The routine's id.
    pub routine: Text,
    /// The notice as shown.
    pub notice: &'static str,
}

/// A screening "yes", with the group the person chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScreeningAnswer {
    /// When it was given, local time.
    pub at: Text,
    /// The routine's id.
    pub routine: Text,
    /// The group chosen, in the journal's word, if any.
    pub group: Option<String>,
    /// What knead did, in words.
    pub meaning: String,
    /// What happened to the session: `ran`, `refused`, `no session`.
    pub then: &'static str,
}
