//! The rules one `[[step]]` must follow, by kind.

use std::ops::Range;
use std::time::Duration;

use toml::Spanned;

use super::super::diagnostic::{Diagnostic, line_col};
use super::super::duration::format as show;
use super::super::model::{Activity, Breathe, Breathing, Hold, Roll, Side, Step, StepKind};
use super::super::raw::{RawStep, SIDE_NAMES};
use super::super::suggest::did_you_mean;
use super::super::vocabulary::ToolEntry;
use super::checks::{in_count, in_range, non_empty};
use super::{breathing, secs};
use crate::text::sanitize;

/// The rules one step must follow.
pub(super) fn step(
    raw: &RawStep,
    header: Range<usize>,
    source: &str,
    routine_breathing: &Breathing,
    tools: Option<&[&'static ToolEntry]>,
    out: &mut Vec<Diagnostic>,
) -> Option<Step> {
    let errors_before = out.iter().filter(|d| d.is_error()).count();
    let step_kind = step_kind(raw, &header, out)?;
    check_allowed_keys(raw, step_kind, out);
    let title = match (&raw.title, step_kind) {
        (Some(title), _) => non_empty(title, "a step title", out),
        (None, StepKind::Rest) => Some("Rest".to_owned()),
        (None, StepKind::Breathe) => Some("Breathe".to_owned()),
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
    let duration = step_duration(raw, step_kind, &header, &pace, out);
    let repeat = match &raw.repeat {
        Some(r) => in_count(r, 1, 10, "`repeat`", out),
        None => Some(1),
    };
    let side = raw.side.as_ref().and_then(|s| side(s, out));
    let kind = kind(raw, step_kind, duration, out);
    let step_tools = super::vocab::step_tools(&raw.tools, tools, out);
    let errors_after = out.iter().filter(|d| d.is_error()).count();
    if errors_after > errors_before {
        return None;
    }
    Some(Step {
        kind: kind?,
        title: title?,
        // Trimmed once escapes are gone: "a\n\x1bz" must not print "CUE: a ".
        cue: raw
            .cue
            .as_ref()
            .map(|c| sanitize(c.get_ref()).trim().to_owned())
            .filter(|c| crate::text::shows_something(c)),
        side: side.filter(|_| SIDED.contains(&step_kind)),
        duration: duration?,
        repeat: repeat?,
        breathing: step_breathing,
        check_in: raw.check_in.as_ref().is_some_and(|c| *c.get_ref()),
        tools: step_tools,
        line: line_col(source, header.start).0,
    })
}

/// The kinds of step that may have a `side`.
const SIDED: &[StepKind] = &[StepKind::Setup, StepKind::Hold, StepKind::Roll];

fn step_kind(raw: &RawStep, header: &Range<usize>, out: &mut Vec<Diagnostic>) -> Option<StepKind> {
    let Some(kind) = &raw.kind else {
        out.push(
            Diagnostic::error(header.clone(), "a step needs a `kind`")
                .with_help(format!("one of: {}", StepKind::WORDS.join(", "))),
        );
        return None;
    };
    let word = kind.get_ref().as_str();
    let found = StepKind::from_word(word);
    if found.is_none() {
        let mut diagnostic = Diagnostic::error(kind.span(), format!("unknown step kind `{word}`"));
        diagnostic = match did_you_mean(word, &StepKind::WORDS) {
            Some(near) => diagnostic.with_help(format!("did you mean `{near}`?")),
            None => diagnostic.with_help(format!("one of: {}", StepKind::WORDS.join(", "))),
        };
        out.push(diagnostic);
    }
    found
}

/// Keys that exist in the format but belong to another kind of step.
fn check_allowed_keys(raw: &RawStep, kind: StepKind, out: &mut Vec<Diagnostic>) {
    let mut misplaced = |present: Option<Range<usize>>, key: &str, owners: &[StepKind]| {
        if let Some(span) = present.filter(|_| !owners.contains(&kind)) {
            let who = match owners {
                [one] => format!("{one} steps"),
                [first @ .., last] => {
                    let first: Vec<&str> = first.iter().map(|k| k.as_str()).collect();
                    format!("{} or {last} steps", first.join(", "))
                }
                [] => String::new(),
            };
            out.push(Diagnostic::error(
                span,
                format!("`{key}` is only allowed on {who}, not on a {kind} step"),
            ));
        }
    };
    misplaced(raw.side.as_ref().map(Spanned::span), "side", SIDED);
    misplaced(
        raw.find_spot.as_ref().map(Spanned::span),
        "find_spot",
        &[StepKind::Hold],
    );
    misplaced(
        raw.min.as_ref().map(Spanned::span),
        "min",
        &[StepKind::Hold],
    );
    misplaced(
        raw.max.as_ref().map(Spanned::span),
        "max",
        &[StepKind::Hold],
    );
    misplaced(
        raw.progress.as_ref().map(Spanned::span),
        "progress",
        &[StepKind::Hold],
    );
    misplaced(
        raw.tempo.as_ref().map(Spanned::span),
        "tempo",
        &[StepKind::Roll],
    );
    misplaced(
        raw.breaths.as_ref().map(Spanned::span),
        "breaths",
        &[StepKind::Breathe],
    );
    if let Some(check_in) = raw
        .check_in
        .as_ref()
        .filter(|_| matches!(kind, StepKind::Hold | StepKind::Roll))
    {
        out.push(
            Diagnostic::error(
                check_in.span(),
                format!("`check_in` is only allowed on setup, rest or breathe steps, not on a {kind} step"),
            )
            .with_help("every hold and roll already ends with the check-in; remove this line"),
        );
    }
}

/// The time limits of each kind of step.
fn duration_limits(kind: StepKind) -> (Duration, Duration) {
    match kind {
        StepKind::Hold => (secs(5), secs(10 * 60)),
        StepKind::Roll => (secs(10), secs(10 * 60)),
        StepKind::Breathe => (secs(1), secs(20 * 60)),
        StepKind::Setup | StepKind::Rest => (secs(1), secs(5 * 60)),
    }
}

fn step_duration(
    raw: &RawStep,
    kind: StepKind,
    header: &Range<usize>,
    pace: &Breathing,
    out: &mut Vec<Diagnostic>,
) -> Option<Duration> {
    let (lo, hi) = duration_limits(kind);
    match (&raw.duration, &raw.breaths, kind) {
        (Some(_), Some(breaths), StepKind::Breathe) => {
            out.push(
                Diagnostic::error(
                    breaths.span(),
                    "a breathe step takes `duration` or `breaths`, not both",
                )
                .with_help("remove one of them"),
            );
            None
        }
        (None, Some(breaths), StepKind::Breathe) => {
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
        (None, _, StepKind::Breathe) => {
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
    kind: StepKind,
    duration: Option<Duration>,
    out: &mut Vec<Diagnostic>,
) -> Option<Activity> {
    match kind {
        StepKind::Setup => Some(Activity::Setup),
        StepKind::Rest => Some(Activity::Rest),
        StepKind::Breathe => Some(Activity::Breathe(Breathe {
            breaths: raw
                .breaths
                .as_ref()
                .and_then(|b| u32::try_from(*b.get_ref()).ok()),
        })),
        StepKind::Roll => {
            let tempo = match &raw.tempo {
                Some(t) => Some(in_range(t, secs(1), secs(10), "`tempo`", out)?),
                None => None,
            };
            Some(Activity::Roll(Roll { tempo }))
        }
        StepKind::Hold => hold(raw, duration?, out).map(Activity::Hold),
    }
}

fn hold(raw: &RawStep, duration: Duration, out: &mut Vec<Diagnostic>) -> Option<Hold> {
    let (lo, hi) = duration_limits(StepKind::Hold);
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
    let progress = match &raw.progress {
        Some(p) => Some(super::plan::progress(p, raw.max.is_some(), out)?),
        None => None,
    };
    Some(Hold {
        find_spot,
        min: min?,
        max: max?,
        progress,
    })
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
