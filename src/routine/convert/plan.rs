//! The rules of a `[plan]` table and of the hold steps' `progress`.

use std::ops::Range;
use std::time::Duration;

use jiff::civil::Date;
use toml::Spanned;

use super::super::diagnostic::Diagnostic;
use super::super::duration::DurationSpec;
use super::super::plan::TherapistPlan;
use super::super::raw::{RawPlan, RawRoutine};
use super::checks::{in_count, in_range};
use super::safety::one_line;
use super::secs;

/// A plan table: a therapist, 1-52 weeks, dates that are dates, a review
/// not before the start. `None` (reported) when any rule is broken.
pub(super) fn plan(
    raw: &RawPlan,
    top: &Range<usize>,
    out: &mut Vec<Diagnostic>,
) -> Option<TherapistPlan> {
    let errors_before = out.iter().filter(|d| d.is_error()).count();
    let therapist = match &raw.therapist {
        Some(t) => {
            let line = one_line(
                t,
                "`therapist`",
                "it is shown in the picker and on paper",
                out,
            );
            if line.is_none() && !t.get_ref().contains('\n') {
                out.push(Diagnostic::error(t.span(), "`therapist` is empty"));
            }
            line
        }
        None => {
            out.push(
                Diagnostic::error(top.clone(), "a [plan] needs a `therapist`")
                    .with_help("add `therapist = \"Sam Lee, physiotherapist\"` under [plan]"),
            );
            None
        }
    };
    let contact = raw
        .contact
        .as_ref()
        .and_then(|c| one_line(c, "`contact`", "it is printed on the handout", out));
    let weeks = match &raw.weeks {
        Some(w) => in_count(w, 1, 52, "`weeks`", out).and_then(|n| u8::try_from(n).ok()),
        None => {
            out.push(
                Diagnostic::error(top.clone(), "a [plan] needs `weeks`")
                    .with_help("add `weeks = 6` (1 to 52) under [plan]"),
            );
            None
        }
    };
    let start = raw.start.as_ref().and_then(|d| date(d, "`start`", out));
    let review = raw.review.as_ref().and_then(|d| date(d, "`review`", out));
    if let (Some(start), Some(review), Some(at)) = (start, review, &raw.review)
        && review < start
    {
        out.push(Diagnostic::error(
            at.span(),
            format!("`review` ({review}) is before `start` ({start})"),
        ));
    }
    if out.iter().filter(|d| d.is_error()).count() > errors_before {
        return None;
    }
    Some(TherapistPlan {
        therapist: therapist.unwrap_or_default(),
        contact,
        start,
        weeks: weeks?,
        review,
    })
}

/// A date written as `YYYY-MM-DD`, or `None` (reported).
fn date(raw: &Spanned<String>, name: &str, out: &mut Vec<Diagnostic>) -> Option<Date> {
    let text = raw.get_ref().trim();
    let parsed = (text.len() == 10)
        .then(|| text.parse::<Date>().ok())
        .flatten();
    if parsed.is_none() {
        out.push(
            Diagnostic::error(raw.span(), format!("{name} is not a date"))
                .with_help("write it as \"2026-12-01\" (year, month, day)"),
        );
    }
    parsed
}

/// A hold's `progress` needs a `[plan]` to count weeks from.
pub(super) fn progress_needs_plan(raw: &RawRoutine, out: &mut Vec<Diagnostic>) {
    if raw.plan.is_some() {
        return;
    }
    for step in &raw.step {
        if let Some(progress) = &step.get_ref().progress {
            out.push(
                Diagnostic::error(progress.span(), "`progress` needs a [plan] table")
                    .with_help("holds grow per week of a therapist's plan; add [plan] with `therapist` and `weeks`"),
            );
        }
    }
}

/// A hold's weekly step: 1 s to 5 min, and only with a `max` to stop at.
pub(super) fn progress(
    raw: &Spanned<DurationSpec>,
    has_max: bool,
    out: &mut Vec<Diagnostic>,
) -> Option<Duration> {
    let step = in_range(raw, secs(1), secs(5 * 60), "`progress`", out)?;
    if !has_max {
        out.push(
            Diagnostic::error(raw.span(), "`progress` needs a `max` on the same step")
                .with_help("the hold grows week by week up to `max`, for example `max = \"90s\"`"),
        );
        return None;
    }
    Some(step)
}
