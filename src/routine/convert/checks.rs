//! Checks shared by every table: values within limits, texts not empty.

use std::time::Duration;

use toml::Spanned;

use super::super::diagnostic::Diagnostic;
use super::super::duration::{DurationSpec, format as show};
use crate::text::{shows_something, single_line};

/// A duration within `lo..=hi`, or an error pointing at it.
pub(super) fn in_range(
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

/// A count within `lo..=hi`, or an error pointing at it.
pub(crate) fn in_count(
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

/// A one-line text that shows something once made safe.
pub(super) fn non_empty(
    text: &Spanned<String>,
    what: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<String> {
    let clean = single_line(text.get_ref()).trim().to_owned();
    if !shows_something(&clean) {
        let message = if text.get_ref().trim().is_empty() {
            format!("{what} cannot be empty")
        } else if clean.is_empty() {
            format!("{what} holds only escape sequences or control characters, which knead removes")
        } else {
            format!(
                "{what} holds only invisible characters (zero-width or format characters), which show nothing"
            )
        };
        out.push(Diagnostic::error(text.span(), message));
        return None;
    }
    Some(clean)
}
