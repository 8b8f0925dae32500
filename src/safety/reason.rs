//! Why a session is limited, and what to say about it: the one place that
//! knows both today's screening and the long-standing conditions, so
//! neither has to know the other.

use super::conditions::CONDITIONS;
use super::screening::Tier;

/// The full screen's heading above [`SEEN_QUESTION`].
pub const SEEN_HEADING: &str = "You stopped for pain more than once recently.";

/// The question after a notice about repeated pain stops (review M7).
pub const SEEN_QUESTION: &str = "Have you seen a GP or physio since?";

/// What a "no" to [`SEEN_QUESTION`] means, until they have.
pub const REVIEW_ADVICE: &str = "Repeated pain stops: only the light routines until a GP or \
     physio has seen you.";

/// Why a session is limited: a group of today's questions, or a
/// long-standing condition (its index in [`CONDITIONS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// A "yes" to a group of today's questions.
    Today(Tier),
    /// A "yes" to a long-standing condition.
    Condition(usize),
    /// Repeated pain stops, and no GP or physio seen since (review M7).
    Review,
}

impl Reason {
    /// What to do about it, in the person's words.
    pub fn advice(self, emergency_number: &str) -> String {
        match self {
            Reason::Today(tier) => tier.guidance(emergency_number),
            Reason::Condition(index) => CONDITIONS
                .get(index)
                .map(|c| format!("{}: {}", capitalised(c.name), c.advice))
                .unwrap_or_default(),
            Reason::Review => REVIEW_ADVICE.to_owned(),
        }
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
