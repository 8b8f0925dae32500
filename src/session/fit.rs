//! After today's screening: the long-standing conditions (asked, reconfirmed
//! or remembered) and whether this routine fits what the person said.
//!
//! docs/safety.md, "Screening": a "yes" adapts instead of only blocking. A
//! session whose routine fits goes ahead with the advice that applies; one
//! that does not ends at the screening, offering the routines that fit.

use crate::safety::{Answers, CONDITIONS, Effect, Group, Limit, Limits, Load, Reason, Reasons};

/// What the session knows of the long-standing conditions before it starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conditions {
    /// The answers remembered from an earlier session (none: all "no").
    pub answers: Answers,
    /// What to ask about them this time.
    pub ask: Ask,
}

/// What to ask about the long-standing conditions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Ask {
    /// Nothing: the remembered answers are recent.
    #[default]
    Nothing,
    /// One question: are the remembered answers still true?
    StillTrue,
    /// Every question, one by one: first time, or asked to change them.
    Every,
}

/// What today's answers mean for this routine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Decision {
    /// The routine fits: go ahead, saying each reason's advice first.
    Go {
        /// Every reason to say something, in order.
        advised: Vec<Reason>,
    },
    /// The routine does not fit: the session ends at the screening.
    NotFit {
        /// The answer that rules the routine out.
        reason: Reason,
        /// Every limit in force, for offering the routines that fit.
        limits: Limits,
        /// Every other answer that applies, so each one's advice is shown.
        also: Reasons,
    },
}

/// Whether a routine pressing as hard as `load` fits today's groups and the
/// long-standing conditions in force.
pub(super) fn decide(groups: &[Group], answers: &Answers, load: Load) -> Decision {
    // Every reason to say something, with the limit it sets, if any: every
    // group chosen applies, so the strictest refuses (review M5).
    let mut reasons: Vec<(Reason, Option<Limit>)> = Vec::new();
    for group in groups {
        let Group::Builtin(tier) = *group else {
            continue;
        };
        let limit = match tier.effect() {
            Effect::Only(limit) => Some(limit),
            Effect::Stop | Effect::Proceed => None,
        };
        reasons.push((Reason::Today(tier), limit));
    }
    let conditions = answers.in_force();
    reasons.extend(conditions.map(|(index, limit)| (Reason::Condition(index), limit)));
    if answers.review_due {
        reasons.push((Reason::Review, Some(Limit::LightOnly)));
    }
    let limits = reasons
        .iter()
        .filter_map(|(_, limit)| *limit)
        .fold(Limits::default(), Limits::with);
    let refused = reasons
        .iter()
        .find(|(_, limit)| limit.is_some_and(|l| !l.allows(load)));
    match refused {
        Some((reason, _)) => Decision::NotFit {
            reason: *reason,
            limits,
            also: reasons
                .iter()
                .filter(|(other, _)| other != reason)
                .fold(Reasons::default(), |set, (other, _)| set.with(*other)),
        },
        None => Decision::Go {
            advised: reasons.into_iter().map(|(reason, _)| reason).collect(),
        },
    }
}

/// Keeps a yes to long-standing question `index` (or to its clinician
/// question); says whether a clinician can lift that condition, or `None`
/// when there is no such question.
pub(super) fn record(
    answers: &mut Answers,
    index: usize,
    clinician: bool,
    yes: bool,
) -> Option<bool> {
    let condition = CONDITIONS.get(index)?;
    let set = if clinician {
        &mut answers.cleared
    } else {
        &mut answers.yes
    };
    if yes {
        set.insert(condition.id.to_owned());
    }
    Some(condition.clinician_lifts)
}
