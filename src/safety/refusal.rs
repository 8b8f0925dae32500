//! What a refusal and an offer say: each names the routine by its title and
//! says why in one short line (issue 19; docs/safety.md, "Limits").

use super::fit::{Heat, Limit, Limits, Load, Pressure};
use super::reason::Reason;
use super::release::Tool;

/// Why the routine titled `title`, with `load`, will not start: what it does
/// and the answer that rules it out, in one line.
pub fn refusal(title: &str, reason: Reason, limits: Limits, load: Load) -> String {
    // The reason's own limit first, so the line pairs the answer with what
    // it rules out; any other refusing limit if a clinician lifted part.
    let own = reason
        .limits()
        .into_iter()
        .flatten()
        .find(|l| limits.contains(*l) && !l.allows(load));
    let name = reason.name();
    match own.or_else(|| limits.refusing(load)) {
        Some(Limit::ClinicianFirst) => {
            format!("{title}: no routine until a clinician clears you after {name}.")
        }
        Some(limit) => format!("{title}: {}, ruled out by {name}.", limit.conflict(load)),
        None => format!("{title}: ruled out by {name}."),
    }
}

/// One routine that fits instead of the refused one (whose load is
/// `here`): its title, why it fits, and the command that runs it.
pub fn offer(title: &str, id: &str, other: Load, limits: Limits, here: Load) -> String {
    format!(
        "Fits today: {title} ({}): knead run {id}",
        why_it_fits(other, limits, here)
    )
}

/// Why a routine fits, in a few words.
fn why_it_fits(other: Load, limits: Limits, here: Load) -> &'static str {
    let strained = limits.contains(Limit::ColdOnly) && other.regions.meets(here.regions);
    if strained && other.heat != Heat::None {
        return "a cold pack only, never heat";
    }
    if limits.contains(Limit::ColdOnly) && !strained && other.pressure > Pressure::None {
        return "it works away from the strain";
    }
    match (other.pressure, other.heat, other.tool) {
        (Pressure::None, Heat::None, Tool::Pack) => "a cold pack and slow breathing",
        (Pressure::None, Heat::None, _) => "slow breathing, nothing presses",
        (Pressure::None, _, _) if limits.contains(Limit::NoHeat) => "a cold pack only, never heat",
        (Pressure::None, _, _) => "a pack and slow breathing, nothing presses",
        (Pressure::Movement, _, _) => "gentle movement, nothing presses",
        (Pressure::Light, _, _) => "light pressure with your hands",
        (Pressure::Firm, _, Tool::Roller) => "pressure with a roller",
        (Pressure::Firm, _, _) => "pressure with a ball",
    }
}
