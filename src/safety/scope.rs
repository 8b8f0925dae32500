//! Which screening questions concern a routine: today's warning signs
//! concern every routine, the area items only those that touch there
//! (docs/safety.md, "Screening").

/// What a routine must do for a question to concern it: today's warning
/// signs concern every routine, the area items only those that touch there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Needs {
    /// Asked before every routine.
    Always,
    /// Asked when the routine presses, rolls or puts a pack on the body.
    Contact,
    /// Asked when the routine presses or puts a pack on a leg.
    Legs,
}

/// What a routine does to the body, which decides the area questions.
/// Built by the caller from the routine; when unsure, say yes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scope {
    /// It presses, rolls or puts a pack somewhere.
    pub contact: bool,
    /// One of the places it works may be a leg (calf, thigh, knee).
    pub legs: bool,
}

impl Scope {
    /// A scope that asks every question.
    pub const EVERYTHING: Scope = Scope {
        contact: true,
        legs: true,
    };

    /// Whether a question with these needs is asked in this scope.
    pub fn asks(self, needs: Needs) -> bool {
        match needs {
            Needs::Always => true,
            Needs::Contact => self.contact,
            Needs::Legs => self.contact && self.legs,
        }
    }
}
