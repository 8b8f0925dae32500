//! The screening asked before every session (docs/safety.md, "Screening").

use std::borrow::Cow;

use super::fit::{Effect, Limit};
use super::scope::{Needs, Scope};

mod short_forms;

pub use short_forms::short_form;

/// The one question the screening screen asks about the whole list.
pub const SCREENING_ASK: &str = "Does any of these apply to you today?";

/// What a "yes" to a group of today's questions leads to, most serious first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    /// Call the emergency number or go to A&E now (E1-E4).
    Emergency,
    /// Don't start; get same-day medical advice (U1-U4, U6-U8).
    Urgent,
    /// Severe pain or a flare-up today: only the light routines (U5, U9).
    Severe,
    /// A new strain where the routine works: cold only there (C7).
    Strain,
    /// Skip the area; the rest may go ahead (L1-L3).
    Local,
}

impl Tier {
    /// Every tier, most serious first.
    pub const ALL: [Tier; 5] = [
        Tier::Emergency,
        Tier::Urgent,
        Tier::Severe,
        Tier::Strain,
        Tier::Local,
    ];

    /// A short heading for the tier's group of questions.
    pub fn heading(self) -> &'static str {
        match self {
            Tier::Emergency => "Emergency signs",
            Tier::Urgent => "Get advice first",
            Tier::Severe => "Worse than usual today",
            Tier::Strain => "A new strain",
            Tier::Local => "Where you'll work",
        }
    }

    /// What to do after a "yes" in this tier, then the advice of each of
    /// its questions that has its own; the emergency number comes first.
    pub fn guidance(self, emergency_number: &str) -> String {
        let mut text = self.tier_guidance(emergency_number);
        let own = BUILTIN_QUESTIONS
            .iter()
            .filter(|q| q.group == Group::Builtin(self))
            .filter_map(|q| q.advice);
        for advice in own {
            text.push(' ');
            text.push_str(advice);
        }
        text
    }

    fn tier_guidance(self, emergency_number: &str) -> String {
        match self {
            Tier::Emergency => format!(
                "Call {emergency_number} now, or go to A&E. These signs may mean a nerve or \
                 another problem that needs help quickly. Don't start a routine today."
            ),
            Tier::Urgent => "Don't start today. Get medical advice today: call your GP or a \
                             health advice line (111 in the UK)."
                .to_owned(),
            Tier::Severe => "No ball or roller pressure today: only the light routines, such \
                             as gentle-flare-up. Get medical advice if the pain stays this bad."
                .to_owned(),
            Tier::Strain => "Where the strain is, for 3 days: a wrapped cold pack and \
                             breathing only, no pressure or heat. Elsewhere, as usual."
                .to_owned(),
            Tier::Local => "Skip that area; the rest of the routine may go ahead.".to_owned(),
        }
    }

    /// What a "yes" in this tier does to today's session.
    pub fn effect(self) -> Effect {
        match self {
            Tier::Emergency | Tier::Urgent => Effect::Stop,
            Tier::Severe => Effect::Only(Limit::LightOnly),
            Tier::Strain => Effect::Only(Limit::ColdOnly),
            Tier::Local => Effect::Proceed,
        }
    }
}

/// Which group a screening question belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// One of knead's own questions, which no routine can remove.
    Builtin(Tier),
    /// A question the routine's author added.
    Routine,
}

/// One screening question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// A short stable id: "E1".."L4" for built-ins, "Q1".. for the routine's own.
    pub id: Cow<'static, str>,
    /// The group the question is shown in.
    pub group: Group,
    /// The question in plain words.
    pub text: Cow<'static, str>,
    /// Advice for this item beyond its tier's guidance, if any.
    pub advice: Option<&'static str>,
    /// What a routine must do for this question to be asked.
    pub needs: Needs,
}

/// What to do after a "yes" in a group, with the emergency number to show.
pub fn group_guidance(group: Group, emergency_number: &str) -> String {
    match group {
        Group::Builtin(tier) => tier.guidance(emergency_number),
        Group::Routine => "Don't start this routine today. Check with the person who wrote it, \
                           or a clinician, first."
            .to_owned(),
    }
}

/// Every screening question: the built-ins first, then a routine's own
/// `screening` questions.
pub fn screening_questions(own: &[String]) -> Vec<Question> {
    questions_for(own, Scope::EVERYTHING)
}

/// The screening questions that concern a routine doing `scope`: every
/// warning sign about today, the area items only where it works, then the
/// routine's own questions.
pub fn questions_for(own: &[String], scope: Scope) -> Vec<Question> {
    let own = own.iter().enumerate().map(|(n, text)| Question {
        id: Cow::Owned(format!("Q{}", n + 1)),
        group: Group::Routine,
        text: Cow::Owned(text.clone()),
        advice: None,
        needs: Needs::Always,
    });
    BUILTIN_QUESTIONS
        .iter()
        .filter(|q| scope.asks(q.needs))
        .cloned()
        .chain(own)
        .collect()
}

const fn q(id: &'static str, tier: Tier, text: &'static str) -> Question {
    local(id, tier, Needs::Always, text, None)
}

const fn qa(id: &'static str, tier: Tier, text: &'static str, advice: &'static str) -> Question {
    local(id, tier, Needs::Always, text, Some(advice))
}

const fn local(
    id: &'static str,
    tier: Tier,
    needs: Needs,
    text: &'static str,
    advice: Option<&'static str>,
) -> Question {
    Question {
        id: Cow::Borrowed(id),
        group: Group::Builtin(tier),
        text: Cow::Borrowed(text),
        advice,
        needs,
    }
}

use Tier::{Emergency, Local, Severe, Strain, Urgent};

/// knead's own screening questions about today, grouped by tier
/// (docs/safety.md, "Screening"). Long-standing conditions are asked apart,
/// once, and remembered: see [`super::conditions`]. Each item is one sign in
/// a few words: a list read every session must stay short enough to be read.
pub const BUILTIN_QUESTIONS: &[Question] = &[
    q(
        "E1",
        Emergency,
        "New numbness around your genitals or bottom, or new bladder or bowel trouble?",
    ),
    q(
        "E3",
        Emergency,
        "New or worsening pain, numbness or weakness in both legs, or one leg weakening?",
    ),
    q(
        "E4",
        Emergency,
        "Chest pain, sudden breathlessness, or pain since a serious accident?",
    ),
    q("U1", Urgent, "Fever or chills today?"),
    q(
        "U3",
        Urgent,
        "Pain at night, or new upper-back pain, that rest doesn't ease?",
    ),
    q("U8", Urgent, "A minor fall that started this pain?"),
    qa(
        "U4",
        Urgent,
        "A calf or thigh newly swollen and warm, often red (not your usual leg pain)?",
        "A newly swollen, warm calf or thigh: get it checked today; with breathlessness or \
         chest pain, treat it as an emergency.",
    ),
    // The tier's own guidance is all the advice these need.
    q(
        "U9",
        Severe,
        "Leg pain, numbness or tingling worse than usual today?",
    ),
    q("U5", Severe, "Pain too severe to sleep or think?"),
    local(
        "C7",
        Strain,
        Needs::Contact,
        "A new strain or sprain where you'll work (last 3 days)?",
        None,
    ),
    local(
        "L1",
        Local,
        Needs::Contact,
        "A wound, rash, or hot swollen or numb skin there?",
        Some(
            "A wound, rash, or hot swollen or numb skin: keep the ball, roller, pack and hands \
             off it; numb skin can bruise or burn unfelt.",
        ),
    ),
    local(
        "L2",
        Local,
        Needs::Legs,
        "Varicose veins there?",
        Some("Varicose veins: never press on them."),
    ),
];

#[cfg(test)]
mod tests {
    use super::{BUILTIN_QUESTIONS, Group, Tier};

    #[test]
    fn builtins_are_grouped_by_tier_in_order() {
        let ids: Vec<&str> = BUILTIN_QUESTIONS.iter().map(|q| q.id.as_ref()).collect();
        let expected = [
            "E1", "E3", "E4", "U1", "U3", "U8", "U4", "U9", "U5", "C7", "L1", "L2",
        ];
        assert_eq!(ids, expected);
        for question in BUILTIN_QUESTIONS {
            let letter = match question.group {
                Group::Builtin(Tier::Emergency) => 'E',
                Group::Builtin(Tier::Urgent | Tier::Severe) => 'U',
                Group::Builtin(Tier::Strain) => 'C',
                Group::Builtin(Tier::Local) => 'L',
                Group::Routine => panic!("{} is built in", question.id),
            };
            assert!(question.id.starts_with(letter), "{}", question.id);
            assert!(question.text.ends_with('?'), "{}", question.id);
        }
    }

    #[test]
    fn every_item_in_a_group_of_several_that_needs_more_has_its_own_advice() {
        for question in BUILTIN_QUESTIONS {
            if question.group == Group::Builtin(Tier::Local) || question.id == "U4" {
                assert!(question.advice.is_some(), "{} needs advice", question.id);
            }
        }
    }

    #[test]
    fn a_groups_guidance_carries_its_questions_own_advice() {
        let urgent = Tier::Urgent.guidance("999");
        assert!(urgent.starts_with("Don't start today."), "{urgent}");
        assert!(urgent.contains("calf or thigh"), "{urgent}");
        let local = Tier::Local.guidance("999");
        assert!(local.contains("Varicose veins") && local.contains("numb skin"));
    }

    #[test]
    fn emergency_guidance_puts_the_number_first() {
        let text = Tier::Emergency.guidance("000");
        assert!(text.starts_with("Call 000 now"), "{text}");
        assert!(text.contains("A&E"));
        assert!(!Tier::Urgent.guidance("000").contains("000"));
    }
}
