//! The therapist's plan: who handed a routine over, and (later) how its
//! holds progress week by week within the limits they set.

use crate::routine::Routine;

/// Who wrote a routine, in words: the routine's `author`.
pub fn author(routine: &Routine) -> Option<String> {
    routine.author.clone()
}

/// The text to install for a routine being added.
pub fn with_start(text: &str, _routine: &Routine) -> String {
    text.to_owned()
}
