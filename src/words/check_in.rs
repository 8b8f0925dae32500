//! The check-in as both faces ask it (issue 19, review S12): the question,
//! that y stops, and the routine's own stop signs after it.

use crate::safety;

/// What the check-in says about its answer: only "yes" ends the session,
/// and a person on a ball should not have to work that out (review S12).
pub const CHECK_IN_Y_STOPS: &str = "(y stops)";

/// The check-in question as both faces ask it: what is new or worse, then
/// that y stops. The routine's own signs follow it (see [`check_in_prompt`]),
/// so the question no longer points back to them.
pub fn check_in_question() -> String {
    format!("{}? {CHECK_IN_Y_STOPS}", safety::CHECK_IN_BASE)
}

/// "(y stops)" as a listener understands it (`--voice`).
pub const CHECK_IN_Y_STOPS_SAID: &str = "Yes stops the session.";

/// The check-in as the voice says it: the faces' question, with "(y stops)"
/// in words. The routine's own signs follow at the `first` check-in only:
/// a person lying on a ball hears the question after every hold and roll.
pub fn check_in_said(stop_signs: &[String], first: bool) -> String {
    let question = format!("{}? {CHECK_IN_Y_STOPS_SAID}", safety::CHECK_IN_BASE);
    match safety::stop_signs_line(stop_signs) {
        Some(signs) if first => format!("{question} {signs}"),
        _ => question,
    }
}

/// The check-in in one line, as plain mode asks it: the question, then the
/// routine's stop signs, so nobody must remember them from the first step.
/// The full screen lists the same signs under the same question.
pub fn check_in_prompt(stop_signs: &[String]) -> String {
    match safety::stop_signs_line(stop_signs) {
        Some(signs) => format!("{} {signs}", check_in_question()),
        None => check_in_question(),
    }
}

/// Over the check-in's stop signs on the full screen: the words that open
/// the one-line list plain mode says.
pub const CHECK_IN_SIGNS_HEADING: &str = "Stop if you notice:";
