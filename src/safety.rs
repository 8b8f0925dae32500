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

mod body;
mod conditions;
mod fit;
mod guidance;
mod lint;
mod pressure;
mod reason;
mod refusal;
mod release;
mod scope;
mod screening;

pub use body::{Region, Regions, lies_on_back, mentions_pregnancy};
pub use conditions::{
    Answers, CLINICIAN_QUESTION, CONDITIONS, CONDITIONS_HEADING, Condition, RECONFIRM_AFTER_DAYS,
    condition,
};
pub use fit::{Effect, Heat, Limit, Limits, Load, Pressure};
pub use guidance::{
    ANOTHER_GROUP_QUESTION, BAD_SORE, FIRST_RUN_NOTICE, GOOD_SORE, GROUP_QUESTION, POST_SESSION,
    POST_SESSION_QUESTION, PRESSURE_QUESTION, RED_FLAGS_EMERGENCY, RED_FLAGS_URGENT,
    SESSION_NOTICE, late_feeling_question, mentions_dizziness, red_flags, stop_guidance,
};
pub use lint::{
    AVOID_AREAS, AvoidArea, BANNED_CLAIMS, find_avoid_area, find_banned_claim, find_pressed_area,
};
pub use pressure::{PRESSURE_END_SIDE_FROM, PressureAdvice, lighter_cue};
pub use reason::{REVIEW_ADVICE, Reason, Reasons, SEEN_HEADING, SEEN_QUESTION};
pub use refusal::{offer, refusal};
pub use release::Tool;
pub use scope::{Needs, Scope};
pub use screening::{
    BUILTIN_QUESTIONS, Group, Question, SCREENING_ASK, Tier, group_guidance, questions_for,
    screening_questions, short_form,
};

/// The pressure band to aim for, 0-10 (docs/safety.md, "Pressure").
pub const PRESSURE_TARGET: (u8, u8) = (3, 6);

/// A pressure rating from this one up means "ease off a little".
pub const PRESSURE_EASE_OFF_FROM: u8 = 7;

/// A pressure rating from this one up ends that spot (review S7).
pub const PRESSURE_RELEASE_FROM: u8 = 8;

/// The emergency number shown when nothing else is configured.
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112, 999 or 911";

/// The check-in question every routine asks, without its question mark: it
/// asks about change, because many people with sciatica live with some of
/// these every day (docs/safety.md, "Check-ins").
pub const CHECK_IN_BASE: &str =
    "Anything new or worse since you started: sharp pain, numbness, tingling, or spreading pain";

/// The check-in question on paper: the built-in signs. On screen and
/// aloud, "(y stops)" and the routine's own signs follow it (`words::check_in`).
pub fn check_in_question() -> String {
    format!("{CHECK_IN_BASE}?")
}

/// The routine's stop signs in one line, said at the start of a step:
/// `["a", "b"]` gives "Stop if you notice: a; or b.", and no signs, `None`.
pub fn stop_signs_line(stop_signs: &[String]) -> Option<String> {
    let signs = own_signs(stop_signs);
    let (last, rest) = signs.split_last()?;
    // Signs may hold commas ("blotchy, very red or numb"): semicolons part them.
    let mut line = String::from("Stop if you notice: ");
    for sign in rest {
        line.push_str(sign);
        line.push_str("; ");
    }
    if !rest.is_empty() {
        line.push_str("or ");
    }
    line.push_str(last);
    line.push('.');
    Some(line)
}

/// The signs with any end punctuation and surrounding space taken off.
fn own_signs(stop_signs: &[String]) -> Vec<String> {
    stop_signs
        .iter()
        // Authors may end a sign with "?" or "."; the sentence adds its own.
        // A sign spanning lines must stay on one line of plain output.
        .map(|sign| sign.trim().trim_end_matches(['?', '.', '!']).trim_end())
        .filter(|sign| !sign.is_empty())
        .map(|sign| sign.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}
