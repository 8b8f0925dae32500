//! Advice about valid routines: warnings, never errors.
//!
//! Beyond the time limits a file must keep, the safety reference asks for a
//! few things an author may overlook: no hold past the trigger-point advice,
//! no pressure on the areas never to press (docs/safety.md, "Areas never to
//! press"), no claims to treat or cure (docs/safety.md, "Claims"), and a cue
//! for every step. Which routines a screening question may offer depends on
//! the library, so that check is [`unknown_offers`], run by `knead check`:
//! the one error here, since knead builds a command from the offer.

use std::ops::Range;
use std::time::Duration;

use toml::Spanned;

use super::diagnostic::Diagnostic;
use super::model::StepKind;
use super::raw::{RawRoutine, RawScreening, RawStep};
use crate::safety::{find_avoid_area, find_banned_claim, find_pressed_area};

/// The longest hold the advice supports for trigger-point work.
pub const LONG_HOLD: Duration = Duration::from_secs(5 * 60);

/// Adds a warning for each piece of advice the routine ignores.
pub fn lint(raw: &RawRoutine, source: &str, out: &mut Vec<Diagnostic>) {
    for area in &raw.areas {
        avoid_area(area, "this area", out);
    }
    for step in &raw.step {
        lint_step(step, source, out);
    }
    for text in texts(raw) {
        claim(&text, source, out);
    }
}

/// Reports an error for each screening `offer` that names no routine in
/// `known`: `run` would suggest a command that runs nothing.
pub fn unknown_offers(raw: &RawRoutine, known: &[String], out: &mut Vec<Diagnostic>) {
    let offers = raw.safety.iter().flat_map(|s| &s.screening);
    for question in offers {
        let RawScreening::Table(table) = question.get_ref() else {
            continue;
        };
        let Some(offer) = &table.offer else {
            continue;
        };
        let id = offer.get_ref().trim();
        if known.iter().any(|k| k == id) {
            continue;
        }
        let mut diagnostic = Diagnostic::error(
            offer.span(),
            format!(
                "no bundled or user routine is called `{}`",
                crate::text::single_line(id)
            ),
        );
        let ids: Vec<&str> = known.iter().map(String::as_str).collect();
        diagnostic = match super::suggest::did_you_mean(id, &ids) {
            Some(near) => diagnostic.with_help(format!("did you mean `{near}`?")),
            None => diagnostic.with_help("`knead list` shows the routine ids"),
        };
        out.push(diagnostic);
    }
}

fn lint_step(step: &Spanned<RawStep>, source: &str, out: &mut Vec<Diagnostic>) {
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
    if let Some(cue) = &fields.cue {
        pressed_area(cue, source, out);
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
            .with_help("work the muscles around it instead; see `knead help format`"),
        );
    }
}

/// Warns when a cue tells the person to press an area never to press;
/// "keep it off the spine" says the opposite and passes.
fn pressed_area(cue: &Spanned<String>, source: &str, out: &mut Vec<Diagnostic>) {
    let Some((start, end, area)) = find_pressed_area(cue.get_ref()) else {
        return;
    };
    let span = locate(source, cue, start, end).unwrap_or_else(|| cue.span());
    out.push(
        Diagnostic::warning(
            span,
            format!("this cue presses on {area}, an area never to press"),
        )
        .with_help("work the muscles beside it, or say where not to press: \"not on the spine\""),
    );
}

/// Warns about a claim knead never makes, pointing at the phrase itself.
fn claim(text: &Spanned<String>, source: &str, out: &mut Vec<Diagnostic>) {
    let Some((start, end, phrase)) = find_banned_claim(text.get_ref()) else {
        return;
    };
    let span = locate(source, text, start, end).unwrap_or_else(|| text.span());
    out.push(
        Diagnostic::warning(span, format!("\"{phrase}\" is a claim knead never makes")).with_help(
            "say what a routine may do, such as \"may help you relax or feel looser for a while\"",
        ),
    );
}

/// Where the phrase at `start..end` of a text lies in the source, ignoring
/// case: the same occurrence, counted from the text's start, since the file
/// may spell the text with quotes and escapes.
fn locate(source: &str, text: &Spanned<String>, start: usize, end: usize) -> Option<Range<usize>> {
    let within = text.span();
    let needle = text.get_ref().get(start..end)?.to_lowercase();
    let before = text.get_ref().get(..start)?.to_lowercase();
    let nth = before.matches(needle.as_str()).count();
    let haystack = source.get(within.clone())?.to_lowercase();
    // Lower-casing can change byte lengths; only trust an exact-length match.
    if haystack.len() != within.len() {
        return None;
    }
    let (at, _) = haystack.match_indices(needle.as_str()).nth(nth)?;
    Some(within.start + at..within.start + at + needle.len())
}

/// Every text a person reads, for the claim check.
fn texts(raw: &RawRoutine) -> Vec<Spanned<String>> {
    let top = [&raw.title, &raw.summary, &raw.notes, &raw.frequency]
        .into_iter()
        .flatten()
        .chain(&raw.before)
        .cloned();
    let safety = raw.safety.iter().flat_map(|s| {
        let questions = s.screening.iter().flat_map(|q| match q.get_ref() {
            RawScreening::Ask(text) => vec![Spanned::new(q.span(), text.clone())],
            RawScreening::Table(table) => [Some(&table.ask), table.short.as_ref()]
                .into_iter()
                .flatten()
                .cloned()
                .collect(),
        });
        questions.chain(s.stop_signs.iter().cloned())
    });
    let steps = raw.step.iter().flat_map(|s| {
        [&s.get_ref().title, &s.get_ref().cue]
            .into_iter()
            .flatten()
            .cloned()
    });
    top.chain(safety).chain(steps).collect()
}
