//! Advice about valid routines: warnings, never errors.

use std::time::Duration;

use super::diagnostic::Diagnostic;
use super::raw::RawRoutine;

/// The longest hold the advice supports for trigger-point work.
pub const LONG_HOLD: Duration = Duration::from_secs(5 * 60);

/// Adds a warning for each piece of advice the routine ignores.
pub fn lint(raw: &RawRoutine, out: &mut Vec<Diagnostic>) {
    for step in &raw.step {
        let fields = step.get_ref();
        let is_hold = fields.kind.as_ref().is_some_and(|k| k.get_ref() == "hold");
        for value in [&fields.duration, &fields.max].into_iter().flatten() {
            if is_hold && value.get_ref().0 > LONG_HOLD {
                out.push(
                    Diagnostic::warning(value.span(), "a hold over 5 minutes")
                        .with_help("the advice for trigger-point holds stops at 5 minutes"),
                );
            }
        }
        if fields.cue.is_none() {
            out.push(
                Diagnostic::warning(step.span(), "this step has no cue")
                    .with_help("add `cue = \"...\"`: a sentence telling the person what to do"),
            );
        }
    }
}
