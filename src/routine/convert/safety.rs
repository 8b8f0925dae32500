//! The `[safety]` table and the lines read before the first step.

use toml::Spanned;

use super::super::diagnostic::Diagnostic;
use super::super::model::{RatePressure, SafetyAdditions, ScreeningQuestion};
use super::super::raw::{RawRatePressure, RawSafety, RawScreening};
use super::checks::{in_count, non_empty};
use super::texts;

/// Converts `[safety]`: questions and offers not empty, the cap within 0-10.
pub(super) fn safety(raw: &RawSafety, out: &mut Vec<Diagnostic>) -> SafetyAdditions {
    let rate_pressure = match raw.rate_pressure.as_ref().map(Spanned::get_ref) {
        None | Some(RawRatePressure::Flag(false)) => RatePressure::Never,
        Some(RawRatePressure::Flag(true)) => RatePressure::FirstOfEachSide,
        Some(RawRatePressure::EveryHold) => RatePressure::EveryHold,
    };
    let pressure_cap = raw.pressure_cap.as_ref().and_then(|cap| {
        let value = in_count(cap, 0, 10, "`pressure_cap`", out)?;
        if !rate_pressure.asks() {
            // Harmless but surprising: nobody is asked, so nothing is capped.
            out.push(
                Diagnostic::warning(cap.span(), "`pressure_cap` without `rate_pressure = true`")
                    .with_help("the cap applies to pressure ratings; add `rate_pressure = true`"),
            );
        }
        u8::try_from(value).ok()
    });
    SafetyAdditions {
        screening: raw
            .screening
            .iter()
            .filter_map(|q| question(q, out))
            .collect(),
        stop_signs: texts(&raw.stop_signs),
        rate_pressure,
        pressure_cap,
    }
}

fn question(raw: &Spanned<RawScreening>, out: &mut Vec<Diagnostic>) -> Option<ScreeningQuestion> {
    match raw.get_ref() {
        RawScreening::Ask(text) => {
            let text = Spanned::new(raw.span(), text.clone());
            non_empty(&text, "a screening question", out).map(ScreeningQuestion::new)
        }
        RawScreening::Table(table) => {
            let ask = non_empty(&table.ask, "a screening question", out);
            let offer = match &table.offer {
                Some(offer) => Some(routine_id(offer, out)?),
                None => None,
            };
            let short = match &table.short {
                Some(short) => Some(non_empty(short, "`short`", out)?),
                None => None,
            };
            let ask = ask?;
            if let (Some(short), Some(raw_short)) = (&short, &table.short) {
                not_shorter(&ask, short, raw_short, out);
            }
            Some(ScreeningQuestion { ask, offer, short })
        }
    }
}

/// A `short` form is read instead of the question at later sessions, so it
/// should save words; one as long as the question is allowed but said.
fn not_shorter(ask: &str, short: &str, at: &Spanned<String>, out: &mut Vec<Diagnostic>) {
    let words = |text: &str| text.split_whitespace().count();
    if words(short) >= words(ask) {
        out.push(
            Diagnostic::warning(at.span(), "`short` is not shorter than `ask`")
                .with_help("`short` is read at later sessions instead of the question: a few words, such as \"floor hard to reach\""),
        );
    }
}

/// An `offer`: a routine id a person could type, as knead prints it in
/// the command it suggests. Which ids exist only the library knows
/// ([`crate::routine::check_offers`]); this keeps out what no file name
/// should bring into a command line (`a; curl ... | sh`).
fn routine_id(offer: &Spanned<String>, out: &mut Vec<Diagnostic>) -> Option<String> {
    let id = non_empty(offer, "`offer`", out)?;
    let typeable = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '.');
    if id.chars().all(typeable) && !id.starts_with(['-', '.']) && !id.ends_with(".toml") {
        return Some(id);
    }
    out.push(
        Diagnostic::error(offer.span(), "`offer` must be a routine id")
            .with_help("a routine's file name without `.toml`: letters, digits, `-`, `_` and `.`, as `knead list` shows it"),
    );
    None
}

/// The lines read before the first step: each one line, none empty.
pub(super) fn before(raw: &[Spanned<String>], out: &mut Vec<Diagnostic>) -> Vec<String> {
    raw.iter()
        .filter_map(|line| {
            let text = non_empty(line, "a `before` line", out)?;
            one_line(
                line,
                "a `before` line",
                "each entry is one line; add another entry instead",
                out,
            )?;
            Some(text)
        })
        .collect()
}

/// The text made safe, or an error when it spans lines; nothing, without
/// an error, when it would show nothing.
pub(super) fn one_line(
    text: &Spanned<String>,
    what: &str,
    help: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<String> {
    let clean = crate::text::sanitize(text.get_ref()).trim().to_owned();
    if clean.contains('\n') {
        out.push(
            Diagnostic::error(text.span(), format!("{what} must be one line")).with_help(help),
        );
        return None;
    }
    Some(clean).filter(|c| crate::text::shows_something(c))
}
