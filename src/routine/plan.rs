//! A therapist's plan, validated: the routine's holds grow week by week
//! within the limits the therapist set (the rules are in `crate::plan`).

use jiff::civil::Date;

/// The `[plan]` table of a routine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TherapistPlan {
    /// Who wrote the plan, one line.
    pub therapist: String,
    /// How to reach them, one line.
    pub contact: Option<String>,
    /// The plan's first day; `None` when the file gives none (then the
    /// first session of the routine starts it).
    pub start: Option<Date>,
    /// How many weeks the plan lasts, 1 to 52.
    pub weeks: u8,
    /// The next appointment.
    pub review: Option<Date>,
}

impl TherapistPlan {
    /// The therapist's name alone: what comes before the first comma
    /// ("Sam Lee, physiotherapist" is "Sam Lee").
    pub fn therapist_name(&self) -> &str {
        self.therapist
            .split(',')
            .next()
            .map_or(self.therapist.as_str(), str::trim)
    }
}
