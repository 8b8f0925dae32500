//! `knead print`: a Markdown handout of a routine, for a therapist to print.
//!
//! A handout stands on its own, away from the screen: besides the steps it
//! says how often, what to read before starting, when to stop, the warning
//! signs, good and bad soreness, and leaves space for the therapist's name.
//! Numbers come from the engine and the safety module, never restated.

mod markdown;

use std::fmt::Write as _;

use crate::exit::Exit;
use crate::output;
use crate::routine::duration::format as show;
use crate::routine::{Breathing, Kind, Routine, ScreeningQuestion, Side, Step};
use crate::safety;
use crate::session::{ADJUST_BY, HALFWAY_CHECK_IN_FROM};
use crate::text::count;

use markdown::{code, inline, paragraphs};

/// Prints the handout to stdout.
pub fn run(routine: &Routine) -> std::io::Result<Exit> {
    output::print(&handout(routine))?;
    Ok(Exit::Done)
}

/// The handout as Markdown text.
pub fn handout(routine: &Routine) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", inline(&routine.title));
    if let Some(summary) = &routine.summary {
        let _ = writeln!(md, "*{}*\n", inline(summary));
    }
    if let Some(author) = &routine.author {
        let _ = writeln!(md, "- **Author:** {}", inline(author));
    }
    let _ = writeln!(
        md,
        "- **Total time:** about {} (plus the time you take to answer)",
        show(routine.planned_time())
    );
    if let Some(frequency) = &routine.frequency {
        let _ = writeln!(md, "- **How often:** {}", inline(frequency));
    }
    let _ = writeln!(md, "- **Tools:** {}", list_or_none(&routine.tools));
    let _ = writeln!(md, "- **Areas:** {}", list_or_none(&routine.areas));
    let _ = writeln!(md, "- **Breathing:** {}\n", breathing(&routine.breathing));
    if !routine.before.is_empty() {
        md.push_str("## Before you start\n\n");
        for line in &routine.before {
            let _ = writeln!(md, "- {}", inline(line));
        }
        md.push('\n');
    }
    if let Some(notes) = &routine.notes {
        let _ = writeln!(md, "{}\n", paragraphs(notes));
    }
    md.push_str("## Steps\n\n");
    for (number, step) in routine.steps.iter().enumerate() {
        step_item(&mut md, number + 1, step, &routine.breathing);
    }
    safety(&mut md, routine);
    warning_signs(&mut md);
    soreness(&mut md);
    therapist(&mut md);
    md
}

fn step_item(md: &mut String, number: usize, step: &Step, routine_breathing: &Breathing) {
    let _ = writeln!(
        md,
        "{number}. **{}** ({})",
        inline(&step.title),
        describe(step)
    );
    if let Some(cue) = &step.cue {
        let _ = writeln!(md, "   {}", inline(cue.trim()));
    }
    if let Some(own) = step.breathing.filter(|b| b != routine_breathing) {
        let _ = writeln!(md, "   Breathing for this step: {}.", breathing(&own));
    }
    if step.checks_in() {
        md.push_str("   Then the safety check-in.\n");
    }
    md.push('\n');
}

/// Kind, time, bounds, sides and repeats in one phrase.
fn describe(step: &Step) -> String {
    let mut parts = vec![format!("{} {}", step.kind.as_str(), show(step.duration))];
    match step.kind {
        Kind::Hold(hold) => {
            if hold.min != hold.max {
                parts.push(format!(
                    "adjustable {} to {}",
                    show(hold.min),
                    show(hold.max)
                ));
            }
            if hold.find_spot {
                parts.push("find a tender spot first".into());
            }
        }
        Kind::Roll(roll) => {
            if let Some(tempo) = roll.tempo {
                parts.push(format!("{} per pass", show(tempo)));
            }
        }
        Kind::Breathe(breathe) => {
            if let Some(breaths) = breathe.breaths {
                parts.push(count(
                    usize::try_from(breaths).unwrap_or(usize::MAX),
                    "breath",
                ));
            }
        }
        Kind::Setup | Kind::Rest => {}
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

fn breathing(pattern: &Breathing) -> String {
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

/// Screening, the check-in and when to stop, and the pressure scale.
fn safety(md: &mut String, routine: &Routine) {
    md.push_str("## Safety\n\n");
    md.push_str(
        "- Before every session knead asks whether any warning sign applies to you today; \
         if one does, the session does not start.\n",
    );
    let asks: Vec<String> = routine.safety.screening.iter().map(question).collect();
    nested(md, "This routine also asks:", &asks);
    let marked = if routine.steps.iter().any(|s| s.check_in) {
        ", and at the end of the other steps marked \"Then the safety check-in\","
    } else {
        ""
    };
    let _ = writeln!(
        md,
        "- After every hold and roll (and halfway through holds of {} or more){marked} knead asks: \
         **{}** If yes, release the pressure and stop for today.",
        show(HALFWAY_CHECK_IN_FROM),
        safety::check_in_question(&[])
    );
    let signs: Vec<String> = routine
        .safety
        .stop_signs
        .iter()
        .map(|s| inline(s))
        .collect();
    nested(md, "Also stop if you notice:", &signs);
    let adjustable = |s: &Step| matches!(s.kind, Kind::Hold(h) if h.min != h.max);
    if routine.steps.iter().any(adjustable) {
        let _ = writeln!(
            md,
            "- During a hold, `+` and `-` make it {} longer or shorter, within the limits shown above.",
            show(ADJUST_BY)
        );
    }
    if routine.safety.rate_pressure {
        pressure(md, routine.safety.pressure_cap);
    }
    md.push_str(
        "\nknead is a relaxation and self-care aid. It does not diagnose or treat any condition, \
         and any comfort it brings is short-term: staying active matters most. \
         Ask a GP or physiotherapist if pain persists, gets worse, or spreads.\n\n",
    );
}

/// A routine question, with the routine it offers instead.
fn question(question: &ScreeningQuestion) -> String {
    match &question.offer {
        Some(offer) => format!(
            "{} (if yes, try {} instead)",
            inline(&question.ask),
            code(offer)
        ),
        None => inline(&question.ask),
    }
}

fn pressure(md: &mut String, cap: Option<u8>) {
    let (low, high) = safety::PRESSURE_TARGET;
    // A routine's own cap below the usual band replaces the band's aim.
    let aim = match cap {
        Some(cap) if cap < high => format!("Aim for {cap} or less"),
        _ => format!("Aim for {low} to {high}: a deep ache you can relax into"),
    };
    let _ = writeln!(
        md,
        "- After each check-in you rate the pressure from 0 (none) to 10 (the worst you can imagine). \
         {aim}. At {}, ease off a little; at {} or more, release and move to a new spot.",
        safety::PRESSURE_EASE_OFF_FROM,
        safety::PRESSURE_RELEASE_FROM
    );
    if let Some(cap) = cap {
        let _ = writeln!(
            md,
            "- This routine stays at or below {cap}: above it, ease off."
        );
    }
}

fn warning_signs(md: &mut String) {
    md.push_str("## Warning signs\n");
    for line in safety::red_flags(safety::DEFAULT_EMERGENCY_NUMBER) {
        match line.strip_prefix("- ") {
            Some(flag) => {
                let _ = writeln!(md, "- {flag}");
            }
            None => {
                let _ = writeln!(md, "\n**{line}**\n");
            }
        }
    }
    md.push('\n');
}

fn soreness(md: &mut String) {
    md.push_str("## Afterwards\n\n");
    for line in safety::POST_SESSION {
        let _ = writeln!(md, "- {line}");
    }
    md.push('\n');
}

fn therapist(md: &mut String) {
    md.push_str(
        "## Your therapist\n\n\
         - Name: ______________________________\n\
         - Phone: _____________________________\n\
         - Date: ______________________________\n",
    );
}

/// A bullet with the routine's own items under it, if it has any.
fn nested(md: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(md, "- {heading}");
    for item in items {
        let _ = writeln!(md, "  - {item}");
    }
}

fn list_or_none(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        let items: Vec<String> = items.iter().map(|i| inline(i)).collect();
        items.join(", ")
    }
}
