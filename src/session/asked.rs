//! What the person is being asked now: the one answer every face keys its
//! input on (plain mode's answer parser, the full screen's keys, a test's
//! script), so a new question is added here once.

/// A question, or a wait, that needs the person before the session goes on.
/// `None` from [`super::Session::asked`] means nothing is being asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Asked {
    /// Today's screening list: does anything on it apply?
    Screening,
    /// One long-standing condition, or whether a clinician has said yes.
    Condition,
    /// Has anything changed since the remembered long-standing answers?
    /// "Yes" means it has, as "yes" means "I have it" everywhere.
    StillTrue,
    /// After a "yes" at the screening: which of `count` groups applied.
    Group {
        /// How many groups there are to choose from.
        count: usize,
    },
    /// After repeated pain stops: has a GP or physio seen the person since?
    /// "No" means the light routines only, remembered (review M7).
    Seen,
    /// After a group that lets the session go on: does another apply too?
    /// Every group chosen applies, the strictest limit winning (review M5).
    AnotherGroup,
    /// The safety check-in after (or halfway through) a hold or roll.
    CheckIn {
        /// Whether it comes halfway through a long hold.
        halfway: bool,
    },
    /// The 0-10 pressure rating, after a check-in answered "no".
    Pressure,
    /// A find-spot hold waits for "found it" before it counts.
    FindSpot,
    /// Better, same or worse? About this session, or the last one (`late`).
    Feeling {
        /// Whether it is about the last session, asked at launch.
        late: bool,
    },
    /// After "worse" at the end of a session: new numbness, weakness or
    /// spreading pain? "Yes" gets same-day advice (review S15).
    NewSymptoms,
}

impl Asked {
    /// Whether the answer is yes or no.
    pub fn is_yes_no(self) -> bool {
        matches!(
            self,
            Asked::Screening
                | Asked::Condition
                | Asked::StillTrue
                | Asked::AnotherGroup
                | Asked::Seen
                | Asked::CheckIn { .. }
                | Asked::NewSymptoms
        )
    }
}
