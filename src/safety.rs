//! Built-in safety texts: screening questions, the check-in, guidance, lints.
//!
//! Plain data and small pure functions that every face (full screen, plain
//! line mode, handouts) and the routine validator call. The wording is our
//! own, calm and brief; the rules and their sources are in
//! `docs/safety.md`. knead does not diagnose: texts say what something
//! *may* mean, never name a condition as fact.
//!
//! This module depends on no other part of knead: the routine validator
//! reads its word lists, so its functions take plain data (a routine's stop
//! signs or screening questions), never the routine itself.

mod guidance;
mod lint;
mod screening;

pub use guidance::{
    BAD_SORE, FIRST_RUN_NOTICE, GOOD_SORE, GROUP_QUESTION, POST_SESSION, POST_SESSION_QUESTION,
    PRESSURE_QUESTION, RED_FLAGS_EMERGENCY, RED_FLAGS_URGENT, RELEASE_NOW, SESSION_NOTICE,
    late_feeling_question, red_flags, stop_guidance,
};
pub use lint::{
    AVOID_AREAS, AvoidArea, BANNED_CLAIMS, find_avoid_area, find_banned_claim, find_pressed_area,
};
pub use screening::{
    BUILTIN_QUESTIONS, Group, Question, SCREENING_ASK, Tier, group_guidance, screening_questions,
};

/// The pressure band to aim for, 0-10 (docs/safety.md, "Pressure").
pub const PRESSURE_TARGET: (u8, u8) = (3, 6);

/// A pressure rating from this one up means "ease off a little".
pub const PRESSURE_EASE_OFF_FROM: u8 = 7;

/// A pressure rating from this one up means "release and move to a new spot".
pub const PRESSURE_RELEASE_FROM: u8 = 8;

/// The emergency number shown when nothing else is configured.
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112, 999 or 911";

/// The check-in question every routine asks, before its own stop signs.
pub const CHECK_IN_BASE: &str = "Any sharp or shooting pain, numbness or tingling";

/// The full check-in question: the built-in signs, then a routine's own
/// `stop_signs`.
///
/// `["pain spreading below the knee"]` gives "Any sharp or shooting pain,
/// numbness or tingling, or pain spreading below the knee?".
pub fn check_in_question(stop_signs: &[String]) -> String {
    let signs: Vec<&str> = stop_signs
        .iter()
        // Authors may end a sign with "?" or "."; the sentence adds its own.
        .map(|sign| sign.trim().trim_end_matches(['?', '.', '!']).trim_end())
        .filter(|sign| !sign.is_empty())
        .collect();
    let mut question = String::from(CHECK_IN_BASE);
    if let Some((last, rest)) = signs.split_last() {
        for sign in rest {
            question.push_str(", ");
            question.push_str(sign);
        }
        question.push_str(", or ");
        question.push_str(last);
    }
    question.push('?');
    question
}
