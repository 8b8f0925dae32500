//! The safety texts a routine shapes: screening list and check-in question.

use std::borrow::Cow;

use knead::safety::{
    self, BUILTIN_QUESTIONS, Group, Tier, check_in_question, find_avoid_area, find_banned_claim,
    screening_questions,
};

use knead::routine::ScreeningQuestion;

use super::fixtures::{routine, setup};

#[test]
fn the_routines_own_questions_come_after_the_built_ins() {
    let mut r = routine(vec![setup(10)]);
    r.safety.screening = vec![
        ScreeningQuestion::new("Have you had hip surgery in the last three months?"),
        ScreeningQuestion::new("Is your knee swollen?"),
    ];
    let questions = screening_questions(&r.safety.asks());
    assert_eq!(questions.len(), BUILTIN_QUESTIONS.len() + 2);
    assert_eq!(questions[..BUILTIN_QUESTIONS.len()], *BUILTIN_QUESTIONS);
    let own: Vec<_> = questions[BUILTIN_QUESTIONS.len()..]
        .iter()
        .map(|q| (q.id.as_ref(), q.group, q.text.as_ref()))
        .collect();
    assert_eq!(
        own,
        [
            (
                "Q1",
                Group::Routine,
                "Have you had hip surgery in the last three months?"
            ),
            ("Q2", Group::Routine, "Is your knee swollen?"),
        ]
    );
    let plain = screening_questions(&routine(vec![setup(10)]).safety.asks());
    assert_eq!(plain.len(), BUILTIN_QUESTIONS.len());
    assert!(plain.iter().all(|q| matches!(q.id, Cow::Borrowed(_))));
}

#[test]
fn the_check_in_question_asks_about_change_and_the_signs_follow_it() {
    let mut r = routine(vec![setup(10)]);
    let base = "Anything new or worse since you started: sharp pain, numbness, tingling, \
                or spreading pain?";
    assert_eq!(check_in_question(), base);
    // About 15 words: a person lying on a ball hears it many times.
    assert!(base.split_whitespace().count() <= 18);
    // The signs themselves follow the question (`words::check_in_prompt`),
    // which no longer points back to them.
    r.safety.stop_signs = vec![
        " a cold foot. ".to_owned(),
        "  ".to_owned(),
        "pain spreading\nbelow the knee?".to_owned(),
    ];
    assert_eq!(
        safety::stop_signs_line(&r.safety.stop_signs).as_deref(),
        Some("Stop if you notice: a cold foot; or pain spreading below the knee.")
    );
    assert_eq!(safety::stop_signs_line(&["  ".to_owned()]), None);
}

#[test]
fn every_group_has_guidance_and_the_emergency_number_is_configurable() {
    let number = safety::DEFAULT_EMERGENCY_NUMBER;
    assert_eq!(number, "112, 999 or 911");
    for tier in Tier::ALL {
        let text = safety::group_guidance(Group::Builtin(tier), number);
        assert!(!text.is_empty(), "{tier:?}");
    }
    assert!(safety::group_guidance(Group::Builtin(Tier::Emergency), "000").starts_with("Call 000"));
    assert!(
        safety::stop_guidance(safety::Tool::Ball, &[], "000")
            .iter()
            .any(|l| l.contains("Call 000"))
    );
    assert!(!safety::group_guidance(Group::Routine, number).is_empty());
}

#[test]
fn our_own_words_pass_our_own_lints() {
    let mut texts: Vec<String> = BUILTIN_QUESTIONS
        .iter()
        .flat_map(|q| [q.text.to_string(), q.advice.unwrap_or_default().to_owned()])
        .collect();
    texts.extend(Tier::ALL.map(|tier| tier.guidance("999")));
    texts.extend(safety::stop_guidance(safety::Tool::Pack, &[], "999"));
    texts.extend(safety::POST_SESSION.iter().map(|t| (*t).to_owned()));
    for notice in [safety::FIRST_RUN_NOTICE, safety::SESSION_NOTICE] {
        texts.push(notice.to_owned());
    }
    for text in &texts {
        assert_eq!(find_banned_claim(text), None, "{text}");
    }
    // Naming where not to press is fine in guidance; what matters is that the
    // texts never diagnose: they say "may", never "this is".
    for text in &texts {
        let lower = text.to_lowercase();
        for diagnosis in ["sciatica", "cauda equina", "this is a", "you have a"] {
            assert!(!lower.contains(diagnosis), "{text}");
        }
    }
    assert_eq!(find_avoid_area(safety::FIRST_RUN_NOTICE), None);
}
