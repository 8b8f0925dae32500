//! A step as the handout lists it: its title, one phrase of activity,
//! time, bounds, sides and repeats, its cue, and its own breathing.

use super::{StepItem, Titles};
use crate::routine::duration::format as show;
use crate::routine::{Activity, Breathing, Side, Step};
use crate::text::count;

/// The handout's item for `step`, other routines named by `titles`.
pub(super) fn step_item(step: &Step, routine_breathing: &Breathing, titles: &Titles) -> StepItem {
    StepItem {
        title: step.title.clone(),
        about: describe(step),
        cue: step
            .cue
            .as_deref()
            .map(|cue| titles.replace_ids(cue.trim())),
        breathing: step
            .breathing
            .filter(|b| b != routine_breathing)
            .map(|own| breathing(&own)),
        checks_in: step.checks_in(),
    }
}

/// Activity, time, bounds, sides and repeats in one phrase.
fn describe(step: &Step) -> String {
    let mut parts = vec![format!("{} {}", step.kind.as_str(), show(step.duration))];
    match step.kind {
        Activity::Hold(hold) => {
            if hold.min != hold.max {
                parts.push(format!(
                    "adjustable {} to {}",
                    show(hold.min),
                    show(hold.max)
                ));
            }
            if let Some(progress) = hold.progress {
                parts.push(format!(
                    "with the plan, {} longer each good week up to {}",
                    show(progress),
                    show(hold.max)
                ));
            }
            if hold.find_spot {
                parts.push("find a tender spot first".into());
            }
        }
        Activity::Roll(roll) => {
            if let Some(tempo) = roll.tempo {
                parts.push(format!("{} per pass", show(tempo)));
            }
        }
        Activity::Breathe(breathe) => {
            if let Some(breaths) = breathe.breaths {
                parts.push(count(
                    usize::try_from(breaths).unwrap_or(usize::MAX),
                    "breath",
                ));
            }
        }
        Activity::Setup | Activity::Rest => {}
    }
    match step.side {
        Some(Side::Both) => parts.push("left side, 10s to switch, then right side".into()),
        Some(side) => parts.push(format!("{} side", side.as_str())),
        None => {}
    }
    if step.repeat > 1 {
        let per_side = if step.side == Some(Side::Both) {
            " per side"
        } else {
            ""
        };
        parts.push(format!(
            "{}{per_side}",
            count(usize::try_from(step.repeat).unwrap_or(usize::MAX), "time")
        ));
    }
    parts.join(", ")
}

/// A breathing pattern in words: "in 4s, out 6s".
pub fn breathing(pattern: &Breathing) -> String {
    let mut phases = vec![format!("in {}", show(pattern.inhale))];
    if !pattern.hold_in.is_zero() {
        phases.push(format!("hold {}", show(pattern.hold_in)));
    }
    phases.push(format!("out {}", show(pattern.exhale)));
    if !pattern.hold_out.is_zero() {
        phases.push(format!("hold {}", show(pattern.hold_out)));
    }
    phases.join(", ")
}
