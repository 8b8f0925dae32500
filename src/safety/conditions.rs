//! Long-standing conditions: asked once, remembered, reconfirmed after
//! [`RECONFIRM_AFTER_DAYS`] days (docs/safety.md, "Screening").
//!
//! Today's warning signs change from day to day and are asked at every
//! session; these do not, and asking them every time teaches a person to
//! answer "no" without reading.

use std::collections::BTreeSet;

use super::fit::Limit;

/// Remembered answers older than this many days are reconfirmed.
pub const RECONFIRM_AFTER_DAYS: i64 = 7;

/// The heading shown above the long-standing questions.
pub const CONDITIONS_HEADING: &str =
    "Long-standing conditions: asked once, and checked again after 7 days.";

/// The follow-up after a "yes" to a condition that waits for a clinician.
pub const CLINICIAN_QUESTION: &str =
    "Has a clinician told you that massage routines are OK for you now?";

/// One long-standing condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition {
    /// Its id in docs/safety.md ("C1").
    pub id: &'static str,
    /// A few words that name it in the reconfirm question.
    pub name: &'static str,
    /// The question in plain words.
    pub text: &'static str,
    /// What to do about it, shown after a "yes".
    pub advice: &'static str,
    /// What a "yes" limits.
    pub limit: Option<Limit>,
    /// Whether a clinician's yes lifts the limit (asked after a "yes").
    pub clinician_lifts: bool,
    /// What still holds after a clinician's yes: pregnancy and cancer keep
    /// part of their limit whatever anyone says (review S4, S5).
    pub kept: Option<Limit>,
}

/// The long-standing conditions, in the order they are asked.
pub const CONDITIONS: &[Condition] = &[
    Condition {
        id: "C1",
        name: "blood thinners or a bleeding disorder",
        text: "Do you take blood thinners (such as warfarin, apixaban, rivaroxaban, heparin, \
               daily aspirin or clopidogrel), or have a bleeding disorder or low platelets?",
        advice: "No deep or firm pressure: only the light routines, until a clinician says more is OK.",
        limit: Some(Limit::LightOnly),
        clinician_lifts: false,
        kept: None,
    },
    Condition {
        id: "C2",
        name: "fragile bones",
        text: "Osteoporosis or fragile bones, a past spine or rib fracture, or long-term steroid tablets?",
        advice: "No roller, and no ball on your back or ribs, until a clinician says it is OK.",
        limit: Some(Limit::NoRollerOrTrunk),
        clinician_lifts: false,
        kept: None,
    },
    Condition {
        id: "C3",
        name: "a blood clot",
        text: "A blood clot now, or clots in the past?",
        advice: "No pressure routines until a clinician has said yes; gentle movement and \
                 breathing are fine.",
        limit: Some(Limit::NoPressure),
        clinician_lifts: true,
        kept: None,
    },
    Condition {
        id: "C4",
        name: "recent surgery",
        text: "Surgery in the last few months, or not yet cleared by your surgeon?",
        advice: "Don't start until your surgeon has cleared you. Never work on or near the operation site.",
        limit: Some(Limit::ClinicianFirst),
        clinician_lifts: true,
        kept: None,
    },
    Condition {
        id: "C5",
        name: "pregnancy",
        text: "Are you pregnant?",
        advice: "Until a clinician says OK: slow breathing and a wrapped pack, lying on your \
                 side; nothing lying on your back, gentle movement included. After their OK, \
                 still never press on your belly or low back.",
        limit: Some(Limit::PregnantNoPressure),
        clinician_lifts: true,
        kept: Some(Limit::Pregnant),
    },
    Condition {
        id: "C6",
        name: "cancer",
        text: "Cancer now, or a tumour being treated?",
        advice: "No heat, and no pressure routines without your cancer team's OK; never press \
                 on or near a tumour. Gentle movement and breathing are fine.",
        limit: Some(Limit::NoPressureOrHeat),
        clinician_lifts: true,
        kept: Some(Limit::NoHeat),
    },
    Condition {
        id: "L4",
        name: "advice to avoid massage or pressure",
        text: "Has a doctor or physio told you to avoid massage, pressure, or lying on your back?",
        advice: "Follow that advice: no pressure routines, nothing lying on your back, and skip \
                 any step that goes against it.",
        limit: Some(Limit::NoPressureOrBack),
        clinician_lifts: false,
        kept: None,
    },
    // Signs that change over weeks, not days: asked here so the list read
    // every session stays short (docs/safety.md, "Screening").
    Condition {
        id: "U2",
        name: "weight loss, a lump or past cancer",
        text: "Weight loss you can't explain, a new lump or change in your back's shape, or \
               cancer in the past?",
        advice: "Get medical advice soon: see your GP before pressure routines. Gentle movement \
                 and breathing are fine.",
        limit: Some(Limit::NoPressure),
        clinician_lifts: true,
        kept: None,
    },
];

/// The condition with this id.
pub fn condition(id: &str) -> Option<&'static Condition> {
    CONDITIONS.iter().find(|c| c.id == id)
}

/// What a person has said about the long-standing conditions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// The ids answered "yes".
    pub yes: BTreeSet<String>,
    /// The ids a clinician has said yes to.
    pub cleared: BTreeSet<String>,
    /// After repeated pain stops, no GP or physio seen yet: only the light
    /// routines until one has (review M7).
    pub review_due: bool,
}

impl Answers {
    /// The conditions answered "yes", in the order they are asked.
    pub fn conditions(&self) -> impl Iterator<Item = &'static Condition> + '_ {
        CONDITIONS.iter().filter(|c| self.yes.contains(c.id))
    }

    /// Every "yes", by its index in [`CONDITIONS`], with the limit it sets
    /// now: none for advice alone, or what it keeps once a clinician has
    /// lifted the rest.
    pub fn in_force(&self) -> impl Iterator<Item = (usize, Option<Limit>)> + '_ {
        CONDITIONS
            .iter()
            .enumerate()
            .filter(|(_, c)| self.yes.contains(c.id))
            .map(|(index, c)| {
                let lifted = c.clinician_lifts && self.cleared.contains(c.id);
                (index, if lifted { c.kept } else { c.limit })
            })
    }

    /// What the screening says of the long-standing conditions: that they
    /// follow (`every`), or what is remembered.
    pub fn summary_line(&self, every: bool) -> String {
        if every {
            return "Long-standing conditions are asked after this list, one at a time.".to_owned();
        }
        let names: Vec<&str> = self.conditions().map(|c| c.name).collect();
        if names.is_empty() {
            "Your long-standing conditions: none.".to_owned()
        } else {
            format!("Your long-standing conditions: {}.", names.join("; "))
        }
    }

    /// The one question that reconfirms remembered answers. A "yes" means
    /// something changed, as "yes" means "I have it" everywhere else
    /// (review M2): then every question is asked again.
    pub fn still_true_question(&self) -> String {
        let names: Vec<&str> = self.conditions().map(|c| c.name).collect();
        let since = "Since you last answered, have you started blood thinners, become pregnant, \
                     had surgery, a clot or cancer";
        if names.is_empty() {
            format!("{since}, or has anything else on the list changed?")
        } else {
            format!(
                "You said: {}. {since}, or has anything else changed?",
                names.join("; ")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Answers, CONDITIONS, condition};
    use crate::safety::fit::Limit;

    fn answers(yes: &[&str], cleared: &[&str]) -> Answers {
        Answers {
            yes: yes.iter().map(|s| (*s).to_owned()).collect(),
            cleared: cleared.iter().map(|s| (*s).to_owned()).collect(),
            review_due: false,
        }
    }

    #[test]
    fn every_condition_asks_a_question_and_has_advice() {
        for c in CONDITIONS {
            assert!(c.text.ends_with('?'), "{}", c.id);
            assert!(!c.advice.is_empty(), "{}", c.id);
            assert_eq!(condition(c.id), Some(c));
        }
    }

    #[test]
    fn a_clinician_lifts_only_the_limits_it_may() {
        let both = answers(&["C1", "C3"], &["C1", "C3"]);
        let in_force: Vec<_> = both.in_force().collect();
        assert_eq!(in_force, [(0, Some(Limit::LightOnly)), (2, None)]);
        assert_eq!(answers(&[], &["C3"]).in_force().count(), 0);
        // Pregnancy and cancer keep part of theirs (review S4, S5).
        let kept: Vec<_> = answers(&["C5", "C6"], &["C5", "C6"]).in_force().collect();
        assert_eq!(kept, [(4, Some(Limit::Pregnant)), (5, Some(Limit::NoHeat))]);
    }

    #[test]
    fn the_reconfirm_question_names_what_was_said() {
        let q = answers(&["C1", "C5"], &[]).still_true_question();
        assert!(
            q.contains("blood thinners") && q.contains("pregnancy"),
            "{q}"
        );
        let none = Answers::default().still_true_question();
        assert!(none.starts_with("Since you last answered"), "{none}");
    }
}
