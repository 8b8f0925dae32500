//! How hard a routine presses, with what and where, decided from the
//! validated tools and areas: the firmest of its tools and steps, never the
//! gentlest (docs/safety.md, "How firmly a routine presses").

use super::model::{Activity, Routine, Step};
use super::vocabulary::{self, Region, ToolEntry, ToolKind};
use crate::safety::{self, Heat, Load, Pressure, Tool};

impl Routine {
    /// The routine's load, which the limits of long-standing conditions and
    /// today's answers are checked against.
    pub fn load(&self) -> Load {
        let listed: Vec<Option<&ToolEntry>> =
            self.tools.iter().map(|t| vocabulary::tool(t)).collect();
        let listed_class = listed.iter().map(|t| class(*t));
        let step_class = self.steps.iter().map(step_class);
        let pressure = listed_class
            .chain(step_class)
            .max()
            .unwrap_or(Pressure::None);
        let named: Vec<Option<&ToolEntry>> = self
            .steps
            .iter()
            .flat_map(|s| s.tools.iter().map(|t| vocabulary::tool(t)))
            .collect();
        let every = || listed.iter().chain(&named).copied();
        Load {
            pressure,
            tool: release(every()),
            regions: Region::ALL
                .iter()
                .copied()
                .filter(|r| self.reaches(*r))
                .collect(),
            // A tool knead does not know may warm.
            heat: every()
                .map(|t| t.map_or(Heat::Only, |t| t.heat))
                .max()
                .unwrap_or(Heat::None),
            on_back: self.lies_on_back(),
            pregnancy_warning: self.before.iter().any(|l| safety::mentions_pregnancy(l)),
        }
    }

    /// Whether its title, summary or any step has the person lie on their back.
    fn lies_on_back(&self) -> bool {
        let steps = self
            .steps
            .iter()
            .flat_map(|s| [Some(s.title.as_str()), s.cue.as_deref()]);
        [Some(self.title.as_str()), self.summary.as_deref()]
            .into_iter()
            .chain(steps)
            .flatten()
            .any(safety::lies_on_back)
    }

    /// Whether any area lies in `region`. A routine naming no areas, or one
    /// knead does not know, counts as reaching every region.
    pub fn reaches(&self, region: Region) -> bool {
        self.areas.is_empty()
            || self.areas.iter().any(|area| {
                vocabulary::area(area).is_none_or(|entry| entry.regions.contains(&region))
            })
    }
}

/// A tool's class; one knead does not know presses firmly.
fn class(tool: Option<&ToolEntry>) -> Pressure {
    tool.map_or(Pressure::Firm, |t| t.class)
}

/// How firmly a step presses. A hold or roll is at least movement, and
/// firm unless it names the tools it uses; other steps press only with
/// what they name.
fn step_class(step: &Step) -> Pressure {
    let presses = matches!(step.kind, Activity::Hold(_) | Activity::Roll(_));
    if presses && step.tools.is_empty() {
        return Pressure::Firm;
    }
    let named = step.tools.iter().map(|t| class(vocabulary::tool(t)));
    // A hold or roll naming only supports (a mat, a pillow) rocks or
    // stretches: movement, which past clots and cancer allow.
    let floor = if presses {
        Pressure::Movement
    } else {
        Pressure::None
    };
    named.fold(floor, Pressure::max)
}

/// What a person lets go of first when a session stops, and what the
/// limits on rollers look at: the firmest thing among `tools`. A roller
/// counts before a ball, a ball before hands, and a pack only when nothing
/// else presses; one knead does not know counts as a roller.
fn release<'a>(tools: impl Iterator<Item = Option<&'a ToolEntry>>) -> Tool {
    let kinds: Vec<Option<ToolKind>> = tools.map(|t| t.map(|t| t.kind)).collect();
    let has = |kind: ToolKind| kinds.contains(&Some(kind));
    if kinds.contains(&None) || has(ToolKind::Roller) {
        Tool::Roller
    } else if has(ToolKind::Ball) && has(ToolKind::Wall) {
        Tool::WallBall
    } else if has(ToolKind::Ball) {
        Tool::Ball
    } else if has(ToolKind::Hands) || has(ToolKind::Device) {
        Tool::Hands
    } else if has(ToolKind::Pack) {
        Tool::Pack
    } else {
        Tool::Hands
    }
}

#[cfg(test)]
#[path = "load/tests.rs"]
mod tests;
