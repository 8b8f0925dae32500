//! From raw values to a validated routine, reporting every rule a file breaks.

use std::ops::Range;
use std::time::Duration;

use toml::Spanned;

use super::diagnostic::Diagnostic;
use super::duration::{DurationSpec, format as show};
use super::model::{Breathe, Breathing, Hold, Kind, Roll, Routine, SafetyAdditions, Side, Step};
use super::raw::{KIND_NAMES, RawBreathing, RawRoutine, RawStep, SIDE_NAMES};
use super::suggest::did_you_mean;
use super::text::{sanitize, single_line};

/// The most steps a file may hold.
pub const MAX_STEPS: usize = 200;
/// The longest a whole routine may take.
pub const MAX_TOTAL: Duration = Duration::from_secs(2 * 60 * 60);

const fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

/// Checks a raw routine against every rule of format 1.
///
/// Returns the routine only when no rule is broken; every broken rule is
/// added to `out`, pointing at the value in the file.
pub fn convert(raw: &RawRoutine, source: &str, out: &mut Vec<Diagnostic>) -> Option<Routine> {
    let errors_before = out.iter().filter(|d| d.is_error()).count();
    let top = first_line_span(source);
    check_format(raw, &top, out);
    let title = match &raw.title {
        None => {
            out.push(Diagnostic::error(top.clone(), "missing `title`").with_help(
                "add a line such as `title = \"Piriformis release with a ball\"` at the top",
            ));
            None
        }
        Some(title) => non_empty(title, "a routine title", out),
    };
    let summary = raw.summary.as_ref().and_then(|s| one_line(s, out));
    let breathing = raw
        .breathing
        .as_ref()
        .map_or_else(Breathing::default, |b| breathing(b.get_ref(), out));
    let steps = steps(raw, source, &breathing, out);
    // Only when nothing else is wrong: a step that could not be read was
    // reported already and is missing from `raw.step`.
    if raw.step.is_empty() && !out.iter().any(Diagnostic::is_error) {
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
            .map(|a| single_line(a.get_ref()).trim().to_owned()),
        notes: raw.notes.as_ref().map(|n| sanitize(n.get_ref())),
        breathing,
        safety: raw
            .safety
            .as_ref()
            .map_or_else(SafetyAdditions::default, |s| SafetyAdditions {
                screening: texts(&s.screening),
                stop_signs: texts(&s.stop_signs),
                rate_pressure: s.rate_pressure.as_ref().is_some_and(|r| *r.get_ref()),
            }),
        steps,
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
        let Some(step) = step(spanned.get_ref(), header.clone(), source, breathing, out) else {
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

/// The rules one step must follow.
fn step(
    raw: &RawStep,
    header: Range<usize>,
    source: &str,
    routine_breathing: &Breathing,
    out: &mut Vec<Diagnostic>,
) -> Option<Step> {
    let errors_before = out.iter().filter(|d| d.is_error()).count();
    let kind_name = kind_name(raw, &header, out)?;
    check_allowed_keys(raw, kind_name, out);
    let title = match (&raw.title, kind_name) {
        (Some(title), _) => non_empty(title, "a step title", out),
        (None, "rest") => Some("Rest".to_owned()),
        (None, "breathe") => Some("Breathe".to_owned()),
        (None, kind) => {
            out.push(Diagnostic::error(
                header.clone(),
                format!("a {kind} step needs a `title`"),
            ));
            None
        }
    };
    let step_breathing = raw.breathing.as_ref().map(|b| breathing(b.get_ref(), out));
    let pace = step_breathing.unwrap_or(*routine_breathing);
    let duration = step_duration(raw, kind_name, &header, &pace, out);
    let repeat = match &raw.repeat {
        Some(r) => in_count(r, 1, 10, "`repeat`", out),
        None => Some(1),
    };
    let side = raw.side.as_ref().and_then(|s| side(s, out));
    let kind = kind(raw, kind_name, duration, out);
    let errors_after = out.iter().filter(|d| d.is_error()).count();
    if errors_after > errors_before {
        return None;
    }
    Some(Step {
        kind: kind?,
        title: title?,
        cue: raw.cue.as_ref().map(|c| sanitize(c.get_ref())),
        side: side.filter(|_| matches!(kind_name, "setup" | "hold" | "roll")),
        duration: duration?,
        repeat: repeat?,
        breathing: step_breathing,
        line: super::diagnostic::line_col(source, header.start).0,
    })
}

fn kind_name(
    raw: &RawStep,
    header: &Range<usize>,
    out: &mut Vec<Diagnostic>,
) -> Option<&'static str> {
    let Some(kind) = &raw.kind else {
        out.push(
            Diagnostic::error(header.clone(), "a step needs a `kind`")
                .with_help(format!("one of: {}", KIND_NAMES.join(", "))),
        );
        return None;
    };
    let word = kind.get_ref().as_str();
    let found = KIND_NAMES.iter().find(|k| **k == word).copied();
    if found.is_none() {
        let mut diagnostic = Diagnostic::error(kind.span(), format!("unknown step kind `{word}`"));
        diagnostic = match did_you_mean(word, KIND_NAMES) {
            Some(near) => diagnostic.with_help(format!("did you mean `{near}`?")),
            None => diagnostic.with_help(format!("one of: {}", KIND_NAMES.join(", "))),
        };
        out.push(diagnostic);
    }
    found
}

/// Keys that exist in the format but belong to another kind of step.
fn check_allowed_keys(raw: &RawStep, kind: &str, out: &mut Vec<Diagnostic>) {
    let mut misplaced = |present: Option<Range<usize>>, key: &str, owners: &[&str]| {
        if let Some(span) = present.filter(|_| !owners.contains(&kind)) {
            let who = match owners {
                [one] => format!("{one} steps"),
                [first @ .., last] => format!("{} or {last} steps", first.join(", ")),
                [] => String::new(),
            };
            out.push(Diagnostic::error(
                span,
                format!("`{key}` is only allowed on {who}, not on a {kind} step"),
            ));
        }
    };
    misplaced(
        raw.side.as_ref().map(Spanned::span),
        "side",
        &["setup", "hold", "roll"],
    );
    misplaced(
        raw.find_spot.as_ref().map(Spanned::span),
        "find_spot",
        &["hold"],
    );
    misplaced(raw.min.as_ref().map(Spanned::span), "min", &["hold"]);
    misplaced(raw.max.as_ref().map(Spanned::span), "max", &["hold"]);
    misplaced(raw.tempo.as_ref().map(Spanned::span), "tempo", &["roll"]);
    misplaced(
        raw.breaths.as_ref().map(Spanned::span),
        "breaths",
        &["breathe"],
    );
}

/// The time limits of each kind of step.
fn duration_limits(kind: &str) -> (Duration, Duration) {
    match kind {
        "hold" => (secs(5), secs(10 * 60)),
        "roll" => (secs(10), secs(10 * 60)),
        "breathe" => (secs(1), secs(20 * 60)),
        _ => (secs(1), secs(5 * 60)),
    }
}

fn step_duration(
    raw: &RawStep,
    kind: &str,
    header: &Range<usize>,
    pace: &Breathing,
    out: &mut Vec<Diagnostic>,
) -> Option<Duration> {
    let (lo, hi) = duration_limits(kind);
    match (&raw.duration, &raw.breaths, kind) {
        (Some(_), Some(breaths), "breathe") => {
            out.push(
                Diagnostic::error(
                    breaths.span(),
                    "a breathe step takes `duration` or `breaths`, not both",
                )
                .with_help("remove one of them"),
            );
            None
        }
        (None, Some(breaths), "breathe") => {
            let count = in_count(breaths, 1, 60, "`breaths`", out)?;
            let length = pace.cycle() * count;
            if length > hi {
                out.push(Diagnostic::error(
                    breaths.span(),
                    format!(
                        "{count} breaths take {}; a breathe step lasts at most {}",
                        show(length),
                        show(hi)
                    ),
                ));
                return None;
            }
            Some(length)
        }
        (Some(duration), _, _) => in_range(duration, lo, hi, &format!("a {kind} step"), out),
        (None, _, "breathe") => {
            out.push(Diagnostic::error(
                header.clone(),
                "a breathe step needs `duration` or `breaths`",
            ));
            None
        }
        (None, _, _) => {
            out.push(
                Diagnostic::error(header.clone(), format!("a {kind} step needs a `duration`"))
                    .with_help(format!(
                        "for example `duration = \"45s\"` ({} to {})",
                        show(lo),
                        show(hi)
                    )),
            );
            None
        }
    }
}

/// The fields only some kinds carry, checked against their limits.
fn kind(
    raw: &RawStep,
    name: &str,
    duration: Option<Duration>,
    out: &mut Vec<Diagnostic>,
) -> Option<Kind> {
    match name {
        "setup" => Some(Kind::Setup),
        "rest" => Some(Kind::Rest),
        "breathe" => Some(Kind::Breathe(Breathe {
            breaths: raw
                .breaths
                .as_ref()
                .and_then(|b| u32::try_from(*b.get_ref()).ok()),
        })),
        "roll" => {
            let tempo = match &raw.tempo {
                Some(t) => Some(in_range(t, secs(1), secs(10), "`tempo`", out)?),
                None => None,
            };
            Some(Kind::Roll(Roll { tempo }))
        }
        _ => hold(raw, duration?, out).map(Kind::Hold),
    }
}

fn hold(raw: &RawStep, duration: Duration, out: &mut Vec<Diagnostic>) -> Option<Hold> {
    let (lo, hi) = duration_limits("hold");
    let min = raw.min.as_ref().map_or(Some(duration), |m| {
        let min = in_range(m, lo, hi, "`min`", out)?;
        if min > duration {
            out.push(Diagnostic::error(
                m.span(),
                format!(
                    "`min` ({}) is longer than `duration` ({})",
                    show(min),
                    show(duration)
                ),
            ));
            return None;
        }
        Some(min)
    });
    let max = raw.max.as_ref().map_or(Some(duration), |m| {
        let max = in_range(m, lo, hi, "`max`", out)?;
        if max < duration {
            out.push(Diagnostic::error(
                m.span(),
                format!(
                    "`max` ({}) is shorter than `duration` ({})",
                    show(max),
                    show(duration)
                ),
            ));
            return None;
        }
        Some(max)
    });
    let find_spot = raw.find_spot.as_ref().is_some_and(|f| *f.get_ref());
    Some(Hold {
        find_spot,
        min: min?,
        max: max?,
    })
}

/// A breathing table: inhale and exhale 1-15 s, pauses 0 s or 1-15 s.
fn breathing(raw: &RawBreathing, out: &mut Vec<Diagnostic>) -> Breathing {
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

fn side(raw: &Spanned<String>, out: &mut Vec<Diagnostic>) -> Option<Side> {
    match raw.get_ref().as_str() {
        "left" => Some(Side::Left),
        "right" => Some(Side::Right),
        "both" => Some(Side::Both),
        other => {
            let mut diagnostic = Diagnostic::error(raw.span(), format!("unknown side `{other}`"));
            diagnostic = match did_you_mean(other, SIDE_NAMES) {
                Some(near) => diagnostic.with_help(format!("did you mean `{near}`?")),
                None => diagnostic.with_help("one of: left, right, both"),
            };
            out.push(diagnostic);
            None
        }
    }
}

fn in_range(
    value: &Spanned<DurationSpec>,
    lo: Duration,
    hi: Duration,
    what: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<Duration> {
    let duration = value.get_ref().0;
    if (lo..=hi).contains(&duration) {
        return Some(duration);
    }
    let limit = if lo.is_zero() {
        format!("at most {}", show(hi))
    } else {
        format!("{} to {}", show(lo), show(hi))
    };
    out.push(
        Diagnostic::error(
            value.span(),
            format!("{what} must last {limit}, not {}", show(duration)),
        )
        .with_label(format!("allowed: {limit}")),
    );
    None
}

fn in_count(
    value: &Spanned<i64>,
    lo: i64,
    hi: i64,
    what: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<u32> {
    let count = *value.get_ref();
    if (lo..=hi).contains(&count) {
        return u32::try_from(count).ok();
    }
    out.push(Diagnostic::error(
        value.span(),
        format!("{what} must be {lo} to {hi}, not {count}"),
    ));
    None
}

fn non_empty(text: &Spanned<String>, what: &str, out: &mut Vec<Diagnostic>) -> Option<String> {
    let clean = single_line(text.get_ref()).trim().to_owned();
    if clean.is_empty() {
        let message = if text.get_ref().trim().is_empty() {
            format!("{what} cannot be empty")
        } else {
            format!("{what} holds only escape sequences or control characters, which knead removes")
        };
        out.push(Diagnostic::error(text.span(), message));
        return None;
    }
    Some(clean)
}

fn one_line(text: &Spanned<String>, out: &mut Vec<Diagnostic>) -> Option<String> {
    let clean = sanitize(text.get_ref()).trim().to_owned();
    if clean.contains('\n') {
        out.push(
            Diagnostic::error(text.span(), "`summary` must be one line")
                .with_help("it is shown in lists; put longer text in `notes`"),
        );
        return None;
    }
    Some(clean)
}

fn texts(values: &[Spanned<String>]) -> Vec<String> {
    values
        .iter()
        .map(|v| single_line(v.get_ref()).trim().to_owned())
        .collect()
}

/// The span of the first line, where "missing" errors point.
fn first_line_span(source: &str) -> Range<usize> {
    0..source.find('\n').unwrap_or(source.len())
}
