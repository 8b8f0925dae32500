//! What one journal line says: a session event, stamped with its session and time.

use std::fmt;

pub use crate::session::Feeling;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// Journal text: a string kept inline up to 24 bytes, so the ids, kinds,
/// sides and step titles of 100,000 sessions need no allocation each
/// (reading them was most of `knead report`'s time, docs/performance.md).
pub type Text = compact_str::CompactString;

/// One line of the journal: an event of one session at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// When the event happened (UTC, RFC 3339).
    pub at: Timestamp,
    /// The session the event belongs to.
    pub session: SessionId,
    /// What happened.
    #[serde(flatten)]
    pub event: Event,
}

/// A session's unique id: its start time, the process id and a counter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SessionId(pub Text);

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Something that happened in a session, written the moment it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// The session began.
    Start {
        /// The routine's id (bundled id, user id or path).
        routine: Text,
        /// The routine's title as shown to the person.
        title: Text,
        /// The hash of the routine file's bytes, from [`content_hash`](super::content_hash).
        hash: Text,
        /// The time the routine promises, answers aside.
        planned_seconds: u64,
        /// Run faster than real time (`--speed`): a preview, not a session of
        /// the person's own, so safety notices leave it out.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        preview: bool,
    },
    /// The person answered the pre-session screening.
    Screening {
        /// `yes` means something applies today and the session does not start.
        answer: YesNo,
        /// The group of questions the person picked after a `yes`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        group: Option<String>,
    },
    /// The long-standing conditions as they stand for this session: after
    /// they were asked or reconfirmed (docs/safety.md, "Screening"), and,
    /// from December 2026, once more when knead decides whether the routine
    /// fits, so every session records the answers it was run under.
    Conditions {
        /// The ids answered "yes" ("C1", "L4").
        yes: Vec<String>,
        /// The ids a clinician has said yes to.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        cleared: Vec<String>,
        /// No GP or physio seen since repeated pain stops: the light
        /// routines only (review M7). Absent when false, and in older lines.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        review_due: bool,
        /// What ruled the routine out, on the line written when knead
        /// decided it does not fit: a condition's id ("C1"), a group's
        /// word ("severe") or `review`. Absent when it fits, and in older lines.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        refused: Option<String>,
    },
    /// A step of the plan ended, finished or cut short.
    Step {
        /// The step's position in the expanded plan, from 0.
        index: usize,
        /// The step's kind as written in routine files (`hold`, `roll`, ...).
        kind: Text,
        /// The step's title.
        title: Text,
        /// The side worked, if the step has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        side: Option<Text>,
        /// The time the plan gave the step.
        planned_seconds: u64,
        /// The time the step actually ran, pauses excluded.
        seconds: u64,
    },
    /// The person answered a safety check-in.
    CheckIn {
        /// The plan index of the step the check-in belongs to.
        step: usize,
        /// Whether it came halfway through the step or at its end.
        point: CheckPoint,
        /// `yes` reports sharp or shooting pain, numbness or tingling.
        answer: YesNo,
    },
    /// The person rated the pressure after a check-in, or skipped the rating.
    Pressure {
        /// The plan index of the step the rating belongs to.
        step: usize,
        /// Whether it followed the halfway or the end check-in.
        point: CheckPoint,
        /// The rating, or `null` when the person skipped it.
        rating: Option<PressureRating>,
        /// What knead said back (`ease_off`, `over_cap`, `release`,
        /// `end_side`: 9 or 10 skipped the side's steps left); absent
        /// when nothing was said, and in lines written before it existed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        advice: Option<String>,
    },
    /// The session ended.
    End {
        /// Why it ended.
        outcome: RecordedOutcome,
        /// The plan index of the step running when it ended, if one was.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        step: Option<usize>,
    },
    /// The person answered the post-session question (possibly at a later launch).
    PostCheck {
        /// How the person feels compared with before the session.
        answer: Feeling,
    },
    /// After `worse`: whether there is new numbness, weakness or spreading
    /// pain (review S15). The next session offers the gentle routine first.
    NewSymptoms {
        /// `yes` got same-day advice.
        answer: YesNo,
    },
}

/// A yes-or-no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YesNo {
    /// Yes.
    Yes,
    /// No.
    No,
}

/// Where in a step a check-in was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckPoint {
    /// Halfway through a hold of 2 min or more.
    Halfway,
    /// At the end of a hold or roll.
    End,
}

/// A pressure rating from 0 (none) to 10 (the most imaginable).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct PressureRating(u8);

impl PressureRating {
    /// The rating, if it is within 0-10.
    pub fn new(value: u8) -> Option<Self> {
        (value <= 10).then_some(Self(value))
    }

    /// The rating as a number.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for PressureRating {
    type Error = String;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or_else(|| format!("pressure {value} is not within 0-10"))
    }
}

impl From<PressureRating> for u8 {
    fn from(pressure: PressureRating) -> u8 {
        pressure.0
    }
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordedOutcome {
    /// Every step ran.
    Completed,
    /// A check-in answer reported pain, numbness or tingling.
    StoppedForSafety,
    /// The screening answer was `yes`, so the session never started.
    StoppedAtScreening,
    /// The person pressed the stop key or quit.
    StoppedByPerson,
    /// Input ended while a question waited for an answer.
    Unanswered,
    /// A signal (Ctrl-C, SIGTERM) ended the session.
    Interrupted,
    /// No end was written: the process was killed, crashed or is still running.
    /// Only the reader gives this outcome; writers use the others.
    Unfinished,
}

impl RecordedOutcome {
    /// The word used in the journal, JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordedOutcome::Completed => "completed",
            RecordedOutcome::StoppedForSafety => "stopped_for_safety",
            RecordedOutcome::StoppedAtScreening => "stopped_at_screening",
            RecordedOutcome::StoppedByPerson => "stopped_by_person",
            RecordedOutcome::Unanswered => "unanswered",
            RecordedOutcome::Interrupted => "interrupted",
            RecordedOutcome::Unfinished => "unfinished",
        }
    }

    /// The words shown in the history table.
    pub fn label(self) -> &'static str {
        match self {
            RecordedOutcome::Completed => "completed",
            RecordedOutcome::StoppedForSafety => "stopped: pain",
            RecordedOutcome::StoppedAtScreening => "stopped: screening",
            RecordedOutcome::StoppedByPerson => "stopped by you",
            RecordedOutcome::Unanswered => "unanswered",
            RecordedOutcome::Interrupted => "interrupted",
            RecordedOutcome::Unfinished => "unfinished",
        }
    }
}
