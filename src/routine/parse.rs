//! From TOML text to raw routine values, collecting every problem on the way.
//!
//! The document is parsed once into a spanned tree. Unknown keys are reported
//! (all of them, with suggestions) and dropped; then the top level and each
//! step are deserialized separately, so a type error in one step does not
//! hide the problems in the others.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::diagnostic::Diagnostic;
use super::raw::{
    BREATHING_KEYS, PLAN_KEYS, ROOT_KEYS, RawRoutine, RawStep, SAFETY_KEYS, STEP_KEYS,
};
use super::suggest::did_you_mean;
use crate::text::escape_invisible;

/// Reads the raw routine out of TOML text, or reports why it cannot.
pub fn parse_raw(source: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<RawRoutine> {
    let (root, errors) = DeTable::parse_recoverable(source);
    if !errors.is_empty() {
        diagnostics.extend(errors.iter().map(|e| syntax_error(e, source)));
        return None;
    }
    let root_span = root.span();
    let mut root = root.into_inner();
    check_keys(&mut root, ROOT_KEYS, "at the top level", diagnostics);
    for (name, keys) in [
        ("breathing", BREATHING_KEYS),
        ("safety", SAFETY_KEYS),
        ("plan", PLAN_KEYS),
    ] {
        if let Some(table) = root.get_mut(name).and_then(|v| table_mut(v.get_mut())) {
            check_keys(table, keys, &format!("in [{name}]"), diagnostics);
        }
    }
    let steps = root
        .remove("step")
        .map(|value| read_steps(value, diagnostics))
        .unwrap_or_default();
    let top = Spanned::new(root_span, DeValue::Table(root));
    let mut raw: RawRoutine = read_table(top, diagnostics)?;
    raw.step = steps;
    Some(raw)
}

/// Deserializes a table, reporting every value of the wrong type: the
/// offending key is dropped and the table read again, so one bad value does
/// not hide the next. A table with any bad value yields nothing, so that a
/// dropped key is never also reported as missing.
pub(crate) fn read_table<T: DeserializeOwned>(
    mut value: Spanned<DeValue<'_>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<T> {
    let mut clean = true;
    loop {
        let error = match T::deserialize(ValueDeserializer::from(value.clone())) {
            Ok(read) => return clean.then_some(read),
            Err(error) => error,
        };
        diagnostics.push(value_error(&error));
        clean = false;
        let culprit = error.span().and_then(|span| {
            let table = table_mut(value.get_mut())?;
            table
                .iter()
                .find(|(key, v)| contains(&v.span(), &span) || contains(&key.span(), &span))
                .map(|(key, _)| key.get_ref().to_string())
        });
        match (culprit, table_mut(value.get_mut())) {
            (Some(key), Some(table)) => {
                table.remove(key.as_str());
            }
            _ => return None,
        }
    }
}

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// Reads every `[[step]]`, each on its own so one bad step hides no other.
/// Steps that cannot be read are reported and left out.
fn read_steps(
    value: Spanned<DeValue<'_>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Spanned<RawStep>> {
    let span = value.span();
    let DeValue::Array(items) = value.into_inner() else {
        diagnostics.push(
            Diagnostic::error(span, "`step` must be a list of steps")
                .with_help("write each step as a `[[step]]` table"),
        );
        return Vec::new();
    };
    let mut steps = Vec::with_capacity(items.len());
    for mut item in items.iter().cloned() {
        let item_span = item.span();
        let Some(table) = table_mut(item.get_mut()) else {
            diagnostics.push(Diagnostic::error(item_span, "each step must be a table"));
            continue;
        };
        check_keys(table, STEP_KEYS, "in a step", diagnostics);
        if let Some(breathing) = table
            .get_mut("breathing")
            .and_then(|v| table_mut(v.get_mut()))
        {
            check_keys(
                breathing,
                BREATHING_KEYS,
                "in [step.breathing]",
                diagnostics,
            );
        }
        steps.extend(read_table::<Spanned<RawStep>>(item, diagnostics));
    }
    steps
}

pub(crate) fn table_mut<'a, 'i>(value: &'a mut DeValue<'i>) -> Option<&'a mut DeTable<'i>> {
    match value {
        DeValue::Table(table) => Some(table),
        _ => None,
    }
}

/// Reports every key not in `allowed` and removes it, so deserialization
/// reports only the problems that remain. A near miss of a key the table
/// lacks keeps its value under that key, so the value is still checked.
pub(crate) fn check_keys(
    table: &mut DeTable<'_>,
    allowed: &[&'static str],
    place: &str,
    out: &mut Vec<Diagnostic>,
) {
    let unknown: Vec<(String, Range<usize>)> = table
        .iter()
        .filter(|(key, _)| !allowed.contains(&key.get_ref().as_ref()))
        .map(|(key, _)| (key.get_ref().to_string(), key.span()))
        .collect();
    for (name, span) in unknown {
        let value = table.remove(name.as_str());
        // A zero-width character must show, or "unknown key `title`, did
        // you mean `title`?" leaves the author nothing to fix.
        let shown = escape_invisible(&name);
        let diagnostic = Diagnostic::error(span.clone(), format!("unknown key `{shown}` {place}"));
        out.push(match did_you_mean(&name, allowed) {
            Some(known) => {
                // Read the value as the key the author meant, so a typo such
                // as `duraton` is not also reported as a missing `duration`.
                if let Some(value) = value.filter(|_| !table.contains_key(known)) {
                    table.insert(Spanned::new(span, known.into()), value);
                }
                diagnostic.with_help(format!("did you mean `{known}`?"))
            }
            None => diagnostic.with_help(format!("known keys here: {}", allowed.join(", "))),
        });
    }
}

pub(crate) fn syntax_error(error: &toml::de::Error, source: &str) -> Diagnostic {
    let message = format!("invalid TOML: {}", first_line(error.message()));
    if let Some(span) = error.span() {
        return Diagnostic::error(span, message);
    }
    // The parser gives a dotted key nested too deeply no place: find it.
    match deep_key(source).filter(|_| error.message().contains("recursion limit")) {
        Some(span) => Diagnostic::error(
            span,
            format!("invalid TOML: a dotted key with more than {MAX_KEY_PARTS} parts"),
        )
        .with_help("nest tables less deeply"),
        None => Diagnostic::file_error(message),
    }
}

/// The most parts a dotted key may have (the TOML parser's own limit).
const MAX_KEY_PARTS: usize = 80;

/// The first key (a `[table]` header or the key of a `key = value` line)
/// with more than [`MAX_KEY_PARTS`] parts, as a byte range.
fn deep_key(source: &str) -> Option<Range<usize>> {
    let mut start = 0;
    for line in source.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        let key = key_part(&line[indent..]);
        if dotted_parts(key) > MAX_KEY_PARTS {
            let from = start + indent;
            return Some(from..from + key.trim_end().len());
        }
        start += line.len();
    }
    None
}

/// The key at the start of a line: up to `=`, or a header up to its `]`,
/// skipping what is quoted.
fn key_part(line: &str) -> &str {
    let mut quote = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '=' | ']' | '\n') if i > 0 => return &line[..i],
            _ => {}
        }
    }
    line
}

/// The number of parts in a dotted key: dots outside quotes, plus one.
fn dotted_parts(key: &str) -> usize {
    let mut quote = None;
    let mut parts = 1;
    for c in key.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '.') => parts += 1,
            _ => {}
        }
    }
    parts
}

fn value_error(error: &toml::de::Error) -> Diagnostic {
    let message = plain_words(first_line(error.message()));
    match error.span() {
        Some(span) => Diagnostic::error(span, message),
        None => Diagnostic::file_error(message),
    }
}

fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or(message).trim()
}

/// Turns serde's type names into the words a routine author uses.
fn plain_words(message: &str) -> String {
    const WORDS: &[(&str, &str)] = &[
        ("expected i64", "expected a whole number"),
        ("expected u32", "expected a whole number"),
        (
            "expected a sequence",
            "expected a list, like [\"a\", \"b\"]",
        ),
        (
            "expected struct RawBreathing",
            "expected a table of breathing phases",
        ),
        ("expected struct RawSafety", "expected a [safety] table"),
        ("expected struct RawPlan", "expected a [plan] table"),
        ("expected struct RawStep", "expected a [[step]] table"),
        ("expected struct RawRoutine", "expected a routine"),
        ("invalid type: ", "wrong type: "),
        // Integers beyond 64 bits: serde names its wide type.
        (" as i128", ""),
        (" as u128", ""),
    ];
    WORDS.iter().fold(message.to_owned(), |text, (from, to)| {
        text.replace(from, to)
    })
}
