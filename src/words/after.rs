//! The words after "worse" at the end of a session, and before the next
//! one (review S15).

use crate::session::{Feeling, Summary};

/// The heading over the question after "worse".
pub const AFTER_HEADING: &str = "After the session";

/// After "worse" at the end of a session: is it the kind to act on today?
/// (review S15)
pub const NEW_SYMPTOMS_QUESTION: &str = "New numbness, weakness or spreading pain?";

/// After a "yes" to [`NEW_SYMPTOMS_QUESTION`]: advice today, and when it
/// cannot wait (review S15).
pub fn same_day_advice(emergency_number: &str) -> String {
    format!(
        "New numbness, weakness or spreading pain after a session: get advice today from a GP \
         or physio, and no pressure routines until you have. Call {emergency_number} now if a leg \
         keeps getting weaker, it reaches both legs, the area between your legs goes numb, or \
         your bladder or bowels change."
    )
}

/// Before the next session after "worse": the gentle routine first, by
/// name and command (review S15). `new_symptoms` repeats the same-day advice.
pub fn gentle_first(new_symptoms: bool, title: &str, id: &str) -> String {
    let then = if new_symptoms {
        " with new numbness, weakness or spreading pain; if you have not had advice yet, get it today"
    } else {
        ""
    };
    format!(
        "Last time you felt worse after your session{then}. Start with the gentle routine \
         first: {title} (knead run {id})."
    )
}

/// Before a pressure routine while new numbness, weakness or spreading
/// pain has not been seen by a GP or physio: the gentle routine, by name
/// and command (review S15).
pub fn gentle_offer(title: &str, id: &str) -> String {
    format!("Start with the gentle routine first: {title} (knead run {id}).")
}

/// The advice under a completed session's summary: soreness, the bad kind
/// first after "worse", and same-day advice first of all after new
/// numbness, weakness or spreading pain.
pub fn after_session(summary: &Summary, emergency_number: &str) -> Vec<String> {
    let mut lines = super::soreness(summary.feeling == Some(Feeling::Worse));
    if summary.new_symptoms == Some(true) {
        lines.insert(0, same_day_advice(emergency_number));
    }
    lines
}
