//! What to watch instead of the end sound, said before the first step when
//! no sound will play (issue 19, review S14).

use std::time::Duration;

use crate::routine::duration::format as show;
use crate::routine::vocabulary::{self, ToolKind};
use crate::routine::{Activity, Routine};
use crate::session::HALFWAY_CHECK_IN_FROM;

/// Before the first step, when no sound will play (muted, volume 0, no
/// device) and the routine's timing relies on the end sound (review S14):
/// a pack on the skin, or a hold that may last two minutes or more, which
/// nobody lying on a ball watches. What to watch instead; `None` when the
/// routine needs no sound to end on time. `total` is the session's length.
pub fn end_sound_off(routine: &Routine, total: Duration) -> Option<String> {
    if uses_a_pack(routine) {
        // The pack comes off when the last step starts; whole minutes,
        // rounded down as the routine's "About 15 minutes" is: a timer set
        // short is the safe side.
        let last = routine.steps.last().map_or(Duration::ZERO, |s| s.duration);
        let minutes = (total.saturating_sub(last).as_secs() / 60).max(1);
        return Some(format!(
            "Sound is off, so nothing sounds when the pack's time is up: \
             set a timer for {minutes} minutes or keep the clock in view."
        ));
    }
    let longest = routine
        .steps
        .iter()
        .filter_map(|step| match step.kind {
            Activity::Hold(hold) => Some(hold.max.max(step.duration)),
            _ => None,
        })
        .max()?;
    (longest >= HALFWAY_CHECK_IN_FROM).then(|| {
        format!(
            "Sound is off, so nothing sounds when a hold ends: \
             keep the clock in view, and never hold past {}.",
            show(longest)
        )
    })
}

/// Whether the routine or any step puts a heat or cold pack on the body.
fn uses_a_pack(routine: &Routine) -> bool {
    let step_tools = routine
        .steps
        .iter()
        .flat_map(|step| step.tools.iter().copied());
    routine
        .tools
        .iter()
        .map(String::as_str)
        .chain(step_tools)
        .any(|tool| vocabulary::tool(tool).is_some_and(|entry| entry.kind == ToolKind::Pack))
}

/// The notice line after the mute key: with sound off in a routine whose
/// timing relies on the end sound, what to watch instead, short enough
/// for one row of the smallest window.
pub fn sound_switched(muted: bool, routine: &Routine) -> &'static str {
    if !muted {
        "Sound on"
    } else if end_sound_off(routine, Duration::ZERO).is_some() {
        "Sound off: keep the clock in view"
    } else {
        "Sound off"
    }
}
