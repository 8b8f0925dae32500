//! `knead print`: a Markdown handout of a routine, for a therapist to print.

use std::fmt::Write as _;

use crate::exit::Exit;
use crate::output;
use crate::routine::duration::format as show;
use crate::routine::{Breathing, Kind, Routine, Side, Step};

/// Prints the handout to stdout.
pub fn run(routine: &Routine) -> std::io::Result<Exit> {
    output::print(&handout(routine))?;
    Ok(Exit::Done)
}

/// The handout as Markdown text.
pub fn handout(routine: &Routine) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", routine.title);
    if let Some(summary) = &routine.summary {
        let _ = writeln!(md, "*{summary}*\n");
    }
    if let Some(author) = &routine.author {
        let _ = writeln!(md, "- **Author:** {author}");
    }
    let _ = writeln!(
        md,
        "- **Total time:** about {} (plus the time you take to answer)",
        show(routine.planned_time())
    );
    let _ = writeln!(md, "- **Tools:** {}", list_or_none(&routine.tools));
    let _ = writeln!(md, "- **Areas:** {}", list_or_none(&routine.areas));
    let _ = writeln!(md, "- **Breathing:** {}\n", breathing(&routine.breathing));
    if let Some(notes) = &routine.notes {
        let _ = writeln!(md, "{}\n", paragraphs(notes));
    }
    md.push_str("## Steps\n\n");
    for (number, step) in routine.steps.iter().enumerate() {
        step_item(&mut md, number + 1, step, &routine.breathing);
    }
    safety(&mut md, routine);
    md
}

fn step_item(md: &mut String, number: usize, step: &Step, routine_breathing: &Breathing) {
    let _ = writeln!(md, "{number}. **{}** ({})", step.title, describe(step));
    if let Some(cue) = &step.cue {
        let _ = writeln!(md, "   {}", cue.trim().replace('\n', "\n   "));
    }
    if let Some(own) = step.breathing.filter(|b| b != routine_breathing) {
        let _ = writeln!(md, "   Breathing for this step: {}.", breathing(&own));
    }
    if step.kind.checks_in() {
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
            if let Some(count) = breathe.breaths {
                parts.push(format!("{count} breaths"));
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
        parts.push(format!("{} times{per_side}", step.repeat));
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

fn safety(md: &mut String, routine: &Routine) {
    md.push_str("## Safety\n\n");
    md.push_str(
        "- Before every session knead asks whether any warning sign applies to you today; \
         if one does, the session does not start.\n",
    );
    nested(md, "This routine also asks:", &routine.safety.screening);
    md.push_str(
        "- After every hold and roll (and halfway through holds of 2 minutes or more) knead asks: \
         **any sharp or shooting pain, numbness or tingling?** If yes, release the pressure and stop for today.\n",
    );
    nested(md, "Also stop if you notice:", &routine.safety.stop_signs);
    if routine.safety.rate_pressure {
        md.push_str("- After each check-in you rate the pressure from 0 (none) to 10 (the worst you can imagine).\n");
    }
    md.push_str(
        "\nknead is a relaxation and self-care aid. It does not diagnose or treat any condition, \
         and any comfort it brings is short-term: staying active matters most. \
         Ask a GP or physiotherapist if pain persists, gets worse, or spreads.\n",
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
        items.join(", ")
    }
}

/// Keeps the author's line breaks: in Markdown a single newline would join lines.
fn paragraphs(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n\n")
}
