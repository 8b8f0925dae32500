//! From raw values to a validated routine, reporting every rule a file breaks.

use std::ops::Range;
use std::time::Duration;

use toml::Spanned;

pub(crate) mod checks;
mod plan;
mod safety;
mod step;
mod vocab;

use checks::{in_count, in_range, non_empty};

use super::diagnostic::Diagnostic;
use super::duration::{DurationSpec, format as show};
use super::model::{Breathing, Routine, SafetyAdditions, Step};
use super::raw::{RawBreathing, RawRoutine};
use super::vocabulary::ToolEntry;
use crate::text::{sanitize, shows_something, single_line};

/// The most steps a file may hold.
pub const MAX_STEPS: usize = 200;
/// The longest a whole routine may take.
pub const MAX_TOTAL: Duration = Duration::from_secs(2 * 60 * 60);

/// Whole seconds as a duration, for the limits.
const fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

/// Checks a raw routine against every rule of format 1.
///
/// Returns the routine only when no rule is broken; every broken rule is
/// added to `out`, pointing at the value in the file. `pace` is the
/// breathing of a file without a `[breathing]` table.
pub fn convert(
    raw: &RawRoutine,
    source: &str,
    pace: Breathing,
    out: &mut Vec<Diagnostic>,
) -> Option<Routine> {
    let errors_before = out.iter().filter(|d| d.is_error()).count();
    let top = first_line_span(source);
    check_format(raw, &top, out);
    let read_cleanly = !out.iter().any(Diagnostic::is_error);
    let title = match &raw.title {
        None => {
            out.push(Diagnostic::error(top.clone(), "missing `title`").with_help(
                "add a line such as `title = \"Piriformis release with a ball\"` at the top",
            ));
            None
        }
        Some(title) => non_empty(title, "a routine title", out),
    };
    let summary = raw.summary.as_ref().and_then(|s| {
        safety::one_line(
            s,
            "`summary`",
            "it is shown in lists; put longer text in `notes`",
            out,
        )
    });
    let frequency = raw.frequency.as_ref().and_then(|f| {
        safety::one_line(
            f,
            "`frequency`",
            "it is shown in lists and handouts; put longer text in `notes`",
            out,
        )
    });
    let per_week = raw
        .per_week
        .as_ref()
        .and_then(|n| in_count(n, 1, 14, "`per_week`", out))
        .and_then(|n| u8::try_from(n).ok());
    let before = safety::before(&raw.before, out);
    let additions = raw
        .safety
        .as_ref()
        .map_or_else(SafetyAdditions::default, |s| safety::safety(s, out));
    let breathing = raw
        .breathing
        .as_ref()
        .map_or(pace, |b| breathing(b.get_ref(), out));
    let plan = raw
        .plan
        .as_ref()
        .and_then(|p| plan::plan(p.get_ref(), &p.span(), out));
    plan::progress_needs_plan(raw, out);
    vocab::areas(&raw.areas, out);
    let listed = vocab::tools(&raw.tools, out);
    let steps = steps(raw, source, &breathing, listed.as_deref(), out);
    // Only when reading and the format were sound: a step that could not be
    // read was reported then and is missing from `raw.step`. A missing title
    // does not hide it, so a bare `format = 1` hears of both.
    if raw.step.is_empty() && read_cleanly {
        out.push(
            Diagnostic::error(top, "a routine needs at least one step")
                .with_help("add a `[[step]]` table with a `kind` and a `duration`"),
        );
    }
    let errors_after = out.iter().filter(|d| d.is_error()).count();
    (errors_after == errors_before).then(|| Routine {
        title: title.unwrap_or_default(),
        summary,
        areas: texts(&raw.areas),
        tools: texts(&raw.tools),
        author: raw
            .author
            .as_ref()
            .map(|a| single_line(a.get_ref()).trim().to_owned())
            .filter(|a| shows_something(a)),
        notes: raw
            .notes
            .as_ref()
            .map(|n| sanitize(n.get_ref()))
            .filter(|n| shows_something(n)),
        frequency,
        per_week,
        before,
        breathing,
        safety: additions,
        steps,
        plan,
    })
}

fn check_format(raw: &RawRoutine, top: &Range<usize>, out: &mut Vec<Diagnostic>) {
    match &raw.format {
        None => out.push(
            Diagnostic::error(top.clone(), "missing `format = 1`")
                .with_help("the first line of a routine file is `format = 1`"),
        ),
        Some(format) if *format.get_ref() != 1 => out.push(
            Diagnostic::error(
                format.span(),
                format!("format {} is not supported", format.get_ref()),
            )
            .with_label("this version of knead reads format 1"),
        ),
        Some(_) => {}
    }
}

/// Converts the steps, checking the file-wide limits on count and total time.
fn steps(
    raw: &RawRoutine,
    source: &str,
    breathing: &Breathing,
    tools: Option<&[&'static ToolEntry]>,
    out: &mut Vec<Diagnostic>,
) -> Vec<Step> {
    if let Some(extra) = raw.step.get(MAX_STEPS) {
        out.push(Diagnostic::error(
            extra.span(),
            format!(
                "too many steps: this file has {}, a routine may have at most {MAX_STEPS}",
                raw.step.len()
            ),
        ));
        return Vec::new();
    }
    let mut total = Duration::ZERO;
    let mut crossing = None;
    let mut converted = Vec::with_capacity(raw.step.len());
    for spanned in &raw.step {
        let header = spanned.span();
        let Some(step) = step::step(
            spanned.get_ref(),
            header.clone(),
            source,
            breathing,
            tools,
            out,
        ) else {
            continue;
        };
        let before = total;
        total += step.planned_time();
        if before <= MAX_TOTAL && total > MAX_TOTAL {
            crossing = Some(
                spanned
                    .get_ref()
                    .duration
                    .as_ref()
                    .map_or(header, Spanned::span),
            );
        }
        converted.push(step);
    }
    if let Some(at) = crossing {
        out.push(
            Diagnostic::error(
                at,
                format!("the routine passes 2 hours here ({} in all)", show(total)),
            )
            .with_help("a routine may take at most 2h; split it into shorter routines"),
        );
    }
    converted
}

/// A breathing table: inhale and exhale 1-15 s, pauses 0 s or 1-15 s.
pub(crate) fn breathing(raw: &RawBreathing, out: &mut Vec<Diagnostic>) -> Breathing {
    let default = Breathing::default();
    let phase = |value: &Option<Spanned<DurationSpec>>,
                 lo: u64,
                 name: &str,
                 fallback: Duration,
                 out: &mut Vec<Diagnostic>| {
        value
            .as_ref()
            .map_or(Some(fallback), |v| {
                in_range(v, secs(lo), secs(15), &format!("`{name}`"), out)
            })
            .unwrap_or(fallback)
    };
    Breathing {
        inhale: phase(&raw.inhale, 1, "inhale", default.inhale, out),
        hold_in: phase(&raw.hold_in, 0, "hold_in", default.hold_in, out),
        exhale: phase(&raw.exhale, 1, "exhale", default.exhale, out),
        hold_out: phase(&raw.hold_out, 0, "hold_out", default.hold_out, out),
    }
}

fn texts(values: &[Spanned<String>]) -> Vec<String> {
    values
        .iter()
        .map(|v| single_line(v.get_ref()).trim().to_owned())
        .filter(|text| shows_something(text))
        .collect()
}

/// The span of the first line, where "missing" errors point.
fn first_line_span(source: &str) -> Range<usize> {
    0..source.find('\n').unwrap_or(source.len())
}
