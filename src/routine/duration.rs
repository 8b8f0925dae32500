//! Durations as routine files write them: `"45s"`, `"2m"`, `"1m30s"`, or whole seconds.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::time::Duration;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};

/// A duration read from a routine file, in whole seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DurationSpec(pub Duration);

/// Parses the text form of a duration: `"45s"`, `"2m"`, `"1m30s"`, `"1m 30s"`.
pub fn parse(text: &str) -> Result<Duration, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err("a duration cannot be empty: write it like \"45s\" or \"1m30s\"".into());
    }
    if trimmed.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "\"{trimmed}\" has no unit: write \"{trimmed}s\", or the number without quotes"
        ));
    }
    let parsed = humantime::parse_duration(trimmed).map_err(|_| {
        format!("\"{trimmed}\" is not a duration: write it like \"45s\", \"2m\" or \"1m30s\"")
    })?;
    // humantime reads "1.5m", but the format counts whole units, as the
    // schema's pattern and the docs say: refuse, naming the whole-unit form.
    if parsed.subsec_nanos() != 0 {
        return Err(format!(
            "\"{trimmed}\" is not a whole number of seconds: write whole units, like \"1m30s\""
        ));
    }
    if trimmed.contains('.') {
        return Err(format!(
            "\"{trimmed}\" has a fraction: durations are written in whole units; write \"{}\"",
            format(parsed)
        ));
    }
    if let Some(unit) = repeated_unit(trimmed) {
        return Err(format!(
            "\"{trimmed}\" names `{unit}` twice: write each unit once, like \"{}\"",
            format(parsed)
        ));
    }
    Ok(parsed)
}

/// The first unit written twice ("30s30s", "1m 2min"), which humantime
/// would silently add up. Units are compared by what one of them lasts, so
/// `s` and `sec` are the same unit.
fn repeated_unit(text: &str) -> Option<&str> {
    let mut seen = Vec::new();
    let units = text
        .split(|c: char| c.is_ascii_digit() || c.is_whitespace())
        .filter(|unit| !unit.is_empty());
    for unit in units {
        let one = humantime::parse_duration(&format!("1{unit}")).ok()?;
        if seen.contains(&one) {
            return Some(unit);
        }
        seen.push(one);
    }
    None
}

/// Formats a duration the way files and screens write it: `45s`, `2m`, `1m30s`, `1h5m`.
pub fn format(duration: Duration) -> String {
    let mut out = String::with_capacity(8);
    push(&mut out, duration);
    out
}

/// Appends a duration as [`format`] writes it: the one place the spelling
/// lives, for text built in one string (the history of a large journal).
pub fn push(out: &mut String, duration: Duration) {
    let total = duration.as_secs();
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    let start = out.len();
    // Writing to a String cannot fail.
    if h > 0 {
        let _ = write!(out, "{h}h");
    }
    if m > 0 {
        let _ = write!(out, "{m}m");
    }
    if s > 0 || out.len() == start {
        let _ = write!(out, "{s}s");
    }
}

impl<'de> de::Deserialize<'de> for DurationSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DurationVisitor)
    }
}

struct DurationVisitor;

impl Visitor<'_> for DurationVisitor {
    type Value = DurationSpec;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a duration such as \"45s\", \"1m30s\", or whole seconds")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        u64::try_from(v)
            .map(|secs| DurationSpec(Duration::from_secs(secs)))
            .map_err(|_| E::custom("a duration cannot be negative"))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(DurationSpec(Duration::from_secs(v)))
    }

    // TOML integers beyond 64 bits arrive here; without these serde would
    // say "integer as i128", which means nothing to an author.
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Self::Value, E> {
        u64::try_from(v)
            .map_err(|_| E::custom(too_long(v < 0)))
            .and_then(|secs| self.visit_u64(secs))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Self::Value, E> {
        u64::try_from(v)
            .map_err(|_| E::custom(too_long(false)))
            .and_then(|secs| self.visit_u64(secs))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Err(E::custom(
            "durations are whole seconds: write 90 or \"1m30s\", not a fraction",
        ))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        parse(v).map(DurationSpec).map_err(E::custom)
    }
}

fn too_long(negative: bool) -> &'static str {
    if negative {
        "a duration cannot be negative"
    } else {
        "this duration is far too long: write it like \"45s\" or \"1m30s\""
    }
}

/// The pattern editors check duration strings against: whole numbers with
/// units, as [`parse`] accepts them.
pub const PATTERN: &str = r"^\s*[0-9]+\s*[a-zA-Z]+(\s*[0-9]+\s*[a-zA-Z]+)*\s*$";

impl JsonSchema for DurationSpec {
    fn schema_name() -> Cow<'static, str> {
        "Duration".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A duration in whole units: \"45s\", \"2m\", \"1m30s\" (not \"1.5m\"), or whole seconds as an integer.",
            "oneOf": [
                { "type": "integer", "minimum": 0 },
                { "type": "string", "pattern": PATTERN }
            ],
            "examples": ["45s", "1m30s", 30]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{format, parse, push};
    use std::time::Duration;

    #[track_caller]
    fn ok(text: &str, secs: u64) {
        assert_eq!(parse(text), Ok(Duration::from_secs(secs)), "{text}");
    }

    #[track_caller]
    fn err(text: &str, fragment: &str) {
        let message = parse(text).expect_err(text);
        assert!(message.contains(fragment), "{text}: {message}");
    }

    #[test]
    fn reads_the_forms_files_use() {
        ok("45s", 45);
        ok("2m", 120);
        ok("1m30s", 90);
        ok("1m 30s", 90);
        ok(" 10s ", 10);
        ok("1h", 3600);
        ok("0s", 0);
    }

    #[test]
    fn explains_what_it_cannot_read() {
        err("", "cannot be empty");
        err("45", "no unit");
        err("45 secs and a bit", "not a duration");
        err("1.5s", "whole number of seconds");
        err("500ms", "whole number of seconds");
    }

    #[test]
    fn refuses_a_unit_written_twice() {
        err(
            "30s30s",
            "names `s` twice: write each unit once, like \"1m\"",
        );
        err("1m 1min", "names `min` twice");
        err("1h1m1h", "names `h` twice");
        ok("1h1m1s", 3661);
    }

    #[test]
    fn refuses_fractions_naming_the_whole_units() {
        err(
            "1.5m",
            "\"1.5m\" has a fraction: durations are written in whole units; write \"1m30s\"",
        );
        err("0.1h", "write \"6m\"");
        err(
            "1.5s",
            "not a whole number of seconds: write whole units, like \"1m30s\"",
        );
        // The schema's pattern has no room for a fraction either.
        assert!(!super::PATTERN.contains('.'));
    }

    #[test]
    fn formats_compactly() {
        assert_eq!(format(Duration::from_secs(45)), "45s");
        assert_eq!(format(Duration::from_secs(120)), "2m");
        assert_eq!(format(Duration::from_secs(90)), "1m30s");
        assert_eq!(format(Duration::from_secs(3900)), "1h5m");
        assert_eq!(format(Duration::ZERO), "0s");
        assert_eq!(format(Duration::from_secs(3600)), "1h");
        assert_eq!(format(Duration::from_secs(3605)), "1h5s");
        assert_eq!(
            format(Duration::from_secs(u64::MAX)),
            "5124095576030431h15s"
        );
    }

    #[test]
    fn appends_after_existing_text() {
        let mut text = String::from("took ");
        push(&mut text, Duration::ZERO);
        assert_eq!(text, "took 0s");
        text.push_str(", then ");
        push(&mut text, Duration::from_secs(750));
        assert_eq!(text, "took 0s, then 12m30s");
    }
}
