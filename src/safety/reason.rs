//! Why a session is limited, and what to say about it: the one place that
//! knows both today's screening and the long-standing conditions, so
//! neither has to know the other.

use super::conditions::CONDITIONS;
use super::screening::Tier;

/// Why a session is limited: a group of today's questions, or a
/// long-standing condition (its index in [`CONDITIONS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// A "yes" to a group of today's questions.
    Today(Tier),
    /// A "yes" to a long-standing condition.
    Condition(usize),
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
