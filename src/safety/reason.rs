//! Why a session is limited, and what to say about it: the one place that
//! knows both today's screening and the long-standing conditions, so
//! neither has to know the other.

use super::conditions::CONDITIONS;
use super::fit::{Effect, Limit};
use super::screening::Tier;

/// The full screen's heading above [`SEEN_QUESTION`].
pub const SEEN_HEADING: &str = "You stopped for pain more than once recently, or had new numbness, weakness or spreading pain.";

/// The question after a notice about repeated pain stops (review M7) or
/// new numbness, weakness or spreading pain (review S15).
pub const SEEN_QUESTION: &str = "Have you seen a GP or physio since?";

/// What a "no" to [`SEEN_QUESTION`] means, until they have.
pub const REVIEW_ADVICE: &str = "Repeated pain stops or new numbness, weakness or spreading \
     pain: only the light routines until a GP or physio has seen you.";

/// Why a session is limited: a group of today's questions, or a
/// long-standing condition (its index in [`CONDITIONS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// A "yes" to a group of today's questions.
    Today(Tier),
    /// A "yes" to a long-standing condition.
    Condition(usize),
    /// Repeated pain stops (review M7) or new numbness, weakness or
    /// spreading pain (review S15), and no GP or physio seen since.
    Review,
}

impl Reason {
    /// What to do about it, in the person's words.
    pub fn advice(self, emergency_number: &str) -> String {
        match self {
            Reason::Today(tier) => tier.guidance(emergency_number),
            Reason::Condition(index) => CONDITIONS
                .get(index)
                .map(|c| format!("{}: {}", crate::text::capitalised(c.name), c.advice))
                .unwrap_or_default(),
            Reason::Review => REVIEW_ADVICE.to_owned(),
        }
    }

    /// What was said, in a few words for a refusal ("a blood clot").
    pub fn name(self) -> String {
        match self {
            Reason::Today(Tier::Severe) => "pain worse than usual today".to_owned(),
            Reason::Today(Tier::Strain) => "a new strain where you'll work".to_owned(),
            Reason::Today(tier) => tier.heading().to_lowercase(),
            Reason::Condition(index) => CONDITIONS
                .get(index)
                .map(|c| c.name.to_owned())
                .unwrap_or_default(),
            Reason::Review => "no GP or physio seen since pain stops or new symptoms".to_owned(),
        }
    }

    /// The limits this answer can set: its own, and what a condition keeps
    /// after a clinician's yes.
    pub fn limits(self) -> [Option<Limit>; 2] {
        match self {
            Reason::Today(tier) => match tier.effect() {
                Effect::Only(limit) => [Some(limit), None],
                Effect::Stop | Effect::Proceed => [None, None],
            },
            Reason::Condition(index) => CONDITIONS
                .get(index)
                .map_or([None, None], |c| [c.limit, c.kept]),
            Reason::Review => [Some(Limit::LightOnly), None],
        }
    }
}

/// A set of reasons, small enough to travel in a cue: every other answer
/// that applies when one rules a routine out, so each one's advice is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Reasons(u32);

impl Reasons {
    /// The set with `reason` added.
    pub fn with(self, reason: Reason) -> Self {
        Self(self.0 | 1 << bit(reason))
    }

    /// The reasons in the set: today's groups, then the conditions in the
    /// order they are asked, then repeated pain stops.
    pub fn iter(self) -> impl Iterator<Item = Reason> {
        let today = Tier::ALL.into_iter().map(Reason::Today);
        let conditions = (0..CONDITIONS.len()).map(Reason::Condition);
        today
            .chain(conditions)
            .chain([Reason::Review])
            .filter(move |r| self.0 & (1 << bit(*r)) != 0)
    }
}

/// A reason's place in [`Reasons`]: the tiers first, then the conditions
/// (fewer than 26), the review last.
fn bit(reason: Reason) -> u32 {
    match reason {
        Reason::Today(tier) => tier as u32,
        Reason::Condition(index) => (5 + index as u32).min(30),
        Reason::Review => 31,
    }
}
