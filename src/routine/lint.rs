//! Advice about valid routines: warnings, never errors.
//!
//! Beyond the time limits a file must keep, the safety reference asks for a
//! few things an author may overlook: no hold past the trigger-point advice,
//! no pressure on the areas never to press (safety.md A5), no claims to treat
//! or cure (C16), and a cue for every step.

use std::ops::Range;
use std::time::Duration;

use toml::Spanned;

use super::diagnostic::Diagnostic;
use super::model::StepKind;
use super::raw::{RawRoutine, RawStep};
use crate::safety::{find_avoid_area, find_banned_claim};

/// The longest hold the advice supports for trigger-point work.
pub const LONG_HOLD: Duration = Duration::from_secs(5 * 60);

/// Adds a warning for each piece of advice the routine ignores.
pub fn lint(raw: &RawRoutine, source: &str, out: &mut Vec<Diagnostic>) {
    for area in &raw.areas {
        avoid_area(area, "this area", out);
    }
    for step in &raw.step {
        lint_step(step, out);
    }
    for text in texts(raw) {
        claim(text, source, out);
    }
}

fn lint_step(step: &Spanned<RawStep>, out: &mut Vec<Diagnostic>) {
    let fields = step.get_ref();
    let kind = fields
        .kind
        .as_ref()
        .and_then(|k| StepKind::from_word(k.get_ref()));
    let is_hold = kind == Some(StepKind::Hold);
    for value in [&fields.duration, &fields.max].into_iter().flatten() {
        if is_hold && value.get_ref().0 > LONG_HOLD {
            out.push(
                Diagnostic::warning(value.span(), "a hold over 5 minutes")
                    .with_help("the advice for trigger-point holds stops at 5 minutes"),
            );
        }
    }
    if let Some(title) = &fields.title {
        avoid_area(title, "this step", out);
    }
    if fields.cue.is_none() {
        out.push(
            Diagnostic::warning(step.span(), "this step has no cue")
                .with_help("add `cue = \"...\"`: a sentence telling the person what to do"),
        );
    }
}

/// Warns when a declared area or a step title names a place never to press.
fn avoid_area(text: &Spanned<String>, what: &str, out: &mut Vec<Diagnostic>) {
    if let Some(area) = find_avoid_area(text.get_ref()) {
        out.push(
            Diagnostic::warning(
                text.span(),
                format!("{what} names {area}, an area never to press"),
            )
            .with_help("work the muscles around it instead; see docs/routine-format.md"),
        );
    }
}

/// Warns about a claim knead never makes, pointing at the phrase itself.
fn claim(text: &Spanned<String>, source: &str, out: &mut Vec<Diagnostic>) {
    let Some((start, end, phrase)) = find_banned_claim(text.get_ref()) else {
        return;
    };
    let found = &text.get_ref()[start..end];
    let span = locate(source, text.span(), found).unwrap_or_else(|| text.span());
    out.push(
        Diagnostic::warning(span, format!("\"{phrase}\" is a claim knead never makes")).with_help(
            "say what a routine may do, such as \"may help you relax or feel looser for a while\"",
        ),
    );
}

/// Where `needle` appears in the source within `within`, ignoring case.
fn locate(source: &str, within: Range<usize>, needle: &str) -> Option<Range<usize>> {
    let haystack = source.get(within.clone())?.to_lowercase();
    // Lower-casing can change byte lengths; only trust an exact-length match.
    if haystack.len() != within.len() {
        return None;
    }
    let at = haystack.find(&needle.to_lowercase())?;
    Some(within.start + at..within.start + at + needle.len())
}

/// Every text a person reads, for the claim check.
fn texts(raw: &RawRoutine) -> impl Iterator<Item = &Spanned<String>> {
    let top = [&raw.title, &raw.summary, &raw.notes].into_iter().flatten();
    let safety = raw
        .safety
        .iter()
        .flat_map(|s| s.screening.iter().chain(&s.stop_signs));
    let steps = raw
        .step
        .iter()
        .flat_map(|s| [&s.get_ref().title, &s.get_ref().cue].into_iter().flatten());
    top.chain(safety).chain(steps)
}
