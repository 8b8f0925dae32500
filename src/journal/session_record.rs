//! A whole session as read back from its journal lines.

use jiff::Timestamp;
use serde::{Serialize, Serializer};

use super::event::{CheckPoint, Feeling, PressureRating, RecordedOutcome, SessionId, Text, YesNo};

/// Everything the journal says about one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionRecord {
    /// The session's id.
    pub session: SessionId,
    /// The routine's id.
    pub routine: Text,
    /// The routine's title, as written (not yet made safe for a terminal).
    pub title: Text,
    /// The hash of the routine file's bytes.
    pub hash: Text,
    /// When the session started.
    pub started: Timestamp,
    /// When it ended; `None` when no end was written.
    pub ended: Option<Timestamp>,
    /// Seconds from start to end, or to the last event if it never ended.
    pub seconds: u64,
    /// The time the routine promised.
    pub planned_seconds: u64,
    /// Whether it ran faster than real time (`--speed`), as a preview.
    pub preview: bool,
    /// How it ended; [`RecordedOutcome::Unfinished`] when no end was written.
    pub outcome: RecordedOutcome,
    /// The plan index of the step running when it ended, if one was.
    pub stopped_at_step: Option<usize>,
    /// The screening answer, if one was given.
    pub screening: Option<ScreeningRecord>,
    /// The steps that ended, in order.
    pub steps: Vec<StepDone>,
    /// Every check-in answer, with its pressure rating.
    pub check_ins: Vec<CheckInRecord>,
    /// The post-session answer, if one was given.
    pub post_check: Option<Feeling>,
    /// After `worse`: whether there was new numbness, weakness or spreading
    /// pain, if asked and answered. Exported only when answered, so older
    /// exports keep their shape.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_symptoms: Option<YesNo>,
    /// The long-standing conditions the session ran under; `None` in
    /// journals written before every session recorded them. Left out of
    /// `knead history --json`, which keeps its shape; `knead report` shows it.
    #[serde(skip)]
    pub conditions: Option<ConditionsRecord>,
}

/// The long-standing conditions in force for a session, as recorded then.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConditionsRecord {
    /// The ids answered "yes" ("C1").
    pub yes: Vec<String>,
    /// The ids a clinician has said yes to.
    pub cleared: Vec<String>,
    /// Only the light routines until a GP or physio has been seen.
    pub review_due: bool,
    /// What ruled the routine out, when something did and it was recorded.
    pub refused: Option<String>,
}

/// The screening answer of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScreeningRecord {
    /// `yes` means something applied and the session did not start.
    pub answer: YesNo,
    /// The group of questions picked last after a `yes`.
    pub group: Option<String>,
    /// Every group picked, in order: each one applied (review M5). Older
    /// journals hold one. Exported only when there are several, so the
    /// export of a session with one group keeps its shape.
    #[serde(skip_serializing_if = "at_most_one")]
    pub groups: Vec<String>,
}

fn at_most_one(groups: &[String]) -> bool {
    groups.len() <= 1
}

/// A step that ended, with the time it actually ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepDone {
    /// The step's position in the expanded plan, from 0.
    pub index: usize,
    /// The step's kind (`hold`, `roll`, ...).
    pub kind: Text,
    /// The step's title.
    pub title: Text,
    /// The side worked, if any.
    pub side: Option<Text>,
    /// The time the plan gave it.
    pub planned_seconds: u64,
    /// The time it actually ran.
    pub seconds: u64,
    /// When it ended.
    pub ended: Timestamp,
}

/// A check-in answer and the pressure rating that followed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckInRecord {
    /// The plan index of the step.
    pub step: usize,
    /// Halfway or at the end of the step.
    pub point: CheckPoint,
    /// `yes` reported pain, numbness or tingling.
    pub answer: YesNo,
    /// The pressure rating after the answer.
    pub pressure: Rating,
    /// When the answer was given.
    pub at: Timestamp,
}

/// A pressure rating as the journal knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    /// No rating was asked (or none was written before the session ended).
    NotAsked,
    /// The person pressed Enter instead of rating.
    Skipped,
    /// The rating given.
    Rated(PressureRating),
}

impl Serialize for Rating {
    /// `null`, `"skipped"` or the number, so JSON keeps one key per check-in.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Rating::NotAsked => serializer.serialize_none(),
            Rating::Skipped => serializer.serialize_str("skipped"),
            Rating::Rated(p) => serializer.serialize_u8(p.get()),
        }
    }
}

impl SessionRecord {
    /// How many check-ins reported pain, numbness or tingling.
    pub fn pain_stops(&self) -> usize {
        self.check_ins
            .iter()
            .filter(|c| c.answer == YesNo::Yes)
            .count()
    }

    /// The pressure ratings given, in order, skipped ones left out.
    pub fn pressures(&self) -> impl Iterator<Item = PressureRating> + '_ {
        self.check_ins.iter().filter_map(|c| match c.pressure {
            Rating::Rated(p) => Some(p),
            _ => None,
        })
    }
}
