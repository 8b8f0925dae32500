//! From the settings file's text to settings, with the routine reader's
//! machinery: every unknown key reported with a "did you mean", every value
//! of the wrong type or out of range located.

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Settings, ThemeName};
use crate::routine::Diagnostic;
use crate::routine::shared::{
    BREATHING_KEYS, RawBreathing, breathing, check_keys, in_count, read_table, syntax_error,
    table_mut,
};
use crate::routine::suggest;
use crate::text::single_line;

/// The keys a settings file may hold at the top level.
pub const KEYS: &[&str] = &[
    "sound",
    "volume",
    "breath_sounds",
    "voice",
    "breathing",
    "theme",
    "reduce_motion",
    "emergency_number",
];

/// The settings file as written, every value with its place.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    #[serde(default)]
    sound: Option<Spanned<bool>>,
    #[serde(default)]
    volume: Option<Spanned<i64>>,
    #[serde(default)]
    breath_sounds: Option<Spanned<bool>>,
    #[serde(default)]
    voice: Option<Spanned<bool>>,
    #[serde(default)]
    breathing: Option<Spanned<RawBreathing>>,
    #[serde(default)]
    theme: Option<Spanned<String>>,
    #[serde(default)]
    reduce_motion: Option<Spanned<bool>>,
    #[serde(default)]
    emergency_number: Option<Spanned<String>>,
}

/// Reads settings from the text of a settings file: the settings and the
/// keys the file set, or every problem found.
pub fn parse(source: &str) -> Result<(Settings, Vec<&'static str>), Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let (root, errors) = DeTable::parse_recoverable(source);
    if !errors.is_empty() {
        return Err(errors.iter().map(|e| syntax_error(e, source)).collect());
    }
    let span = root.span();
    let mut root = root.into_inner();
    check_keys(&mut root, KEYS, "in the settings", &mut problems);
    if let Some(table) = root
        .get_mut("breathing")
        .and_then(|v| table_mut(v.get_mut()))
    {
        check_keys(table, BREATHING_KEYS, "in [breathing]", &mut problems);
    }
    let raw: Option<RawSettings> =
        read_table(Spanned::new(span, DeValue::Table(root)), &mut problems);
    let read = raw.map(|raw| convert(&raw, &mut problems));
    problems.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    match read {
        Some(read) if problems.is_empty() => Ok(read),
        _ => Err(problems),
    }
}

/// Checks each value and notes which keys the file set.
fn convert(raw: &RawSettings, out: &mut Vec<Diagnostic>) -> (Settings, Vec<&'static str>) {
    let mut settings = Settings::default();
    let mut set = Vec::new();
    let mut flag = |value: &Option<Spanned<bool>>, key: &'static str, into: &mut bool| {
        if let Some(value) = value {
            *into = *value.get_ref();
            set.push(key);
        }
    };
    flag(&raw.sound, "sound", &mut settings.sound);
    flag(
        &raw.breath_sounds,
        "breath_sounds",
        &mut settings.breath_sounds,
    );
    flag(&raw.voice, "voice", &mut settings.voice);
    flag(
        &raw.reduce_motion,
        "reduce_motion",
        &mut settings.reduce_motion,
    );
    if let Some(volume) = &raw.volume {
        if let Some(n) = in_count(volume, 0, 100, "`volume` (a percentage)", out) {
            settings.volume = u8::try_from(n).unwrap_or(100);
        }
        set.push("volume");
    }
    if let Some(pattern) = &raw.breathing {
        let pattern = pattern.get_ref();
        settings.breathing = breathing(pattern, out);
        for (value, key) in [
            (&pattern.inhale, "breathing.inhale"),
            (&pattern.exhale, "breathing.exhale"),
            (&pattern.hold_in, "breathing.hold_in"),
            (&pattern.hold_out, "breathing.hold_out"),
        ] {
            if value.is_some() {
                set.push(key);
            }
        }
    }
    if let Some(theme) = &raw.theme {
        settings.theme = theme_name(theme, out).unwrap_or(ThemeName::Default);
        set.push("theme");
    }
    if let Some(number) = &raw.emergency_number {
        // Shown in guidance on a terminal: one line, no escape sequences.
        let number = single_line(number.get_ref()).trim().to_owned();
        if !number.is_empty() {
            settings.emergency_number = number;
            set.push("emergency_number");
        }
    }
    (settings, set)
}

fn theme_name(word: &Spanned<String>, out: &mut Vec<Diagnostic>) -> Option<ThemeName> {
    let found = ThemeName::from_word(word.get_ref());
    if found.is_none() {
        let shown = single_line(word.get_ref());
        let diagnostic = Diagnostic::error(word.span(), format!("unknown theme `{shown}`"));
        out.push(match suggest(word.get_ref(), &ThemeName::WORDS) {
            Some(near) => diagnostic.with_help(format!("did you mean `{near}`?")),
            None => diagnostic.with_help(format!("one of: {}", ThemeName::WORDS.join(", "))),
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::parse;
    use crate::safety::DEFAULT_EMERGENCY_NUMBER;
    use crate::settings::{Settings, TEMPLATE, ThemeName};

    fn problems(text: &str) -> Vec<String> {
        match parse(text) {
            Ok(read) => panic!("{text:?} read as {read:?}"),
            Err(found) => found
                .iter()
                .map(|d| {
                    let help = d.help.as_deref().unwrap_or("");
                    format!(
                        "{}: {} | {help}",
                        d.headline("c.toml", text),
                        d.label.as_deref().unwrap_or("")
                    )
                })
                .collect(),
        }
    }

    #[test]
    fn reads_every_key() {
        let text = "sound = false\nvolume = 40\nbreath_sounds = false\nvoice = true\n\
            theme = \"monochrome\"\nreduce_motion = true\nemergency_number = \"999\"\n\
            [breathing]\ninhale = \"5s\"\nexhale = 7\n";
        let (settings, set) = parse(text).expect("valid");
        assert!(!settings.sound && !settings.breath_sounds);
        assert!(settings.voice && settings.reduce_motion);
        assert_eq!(settings.volume, 40);
        assert_eq!(settings.theme, ThemeName::Monochrome);
        assert_eq!(settings.emergency_number, "999");
        assert_eq!(settings.breathing.inhale, Duration::from_secs(5));
        assert_eq!(settings.breathing.exhale, Duration::from_secs(7));
        assert_eq!(settings.breathing.hold_in, Duration::ZERO);
        assert!(set.contains(&"breathing.exhale") && !set.contains(&"breathing.hold_in"));
        assert_eq!(set.len(), 9);
    }

    #[test]
    fn an_empty_file_and_the_template_are_the_defaults() {
        assert_eq!(parse("").map(|r| r.0), Ok(Settings::default()));
        assert_eq!(parse(TEMPLATE).map(|r| r.0), Ok(Settings::default()));
    }

    #[test]
    fn every_commented_line_of_the_template_is_valid_uncommented() {
        let uncommented: String = TEMPLATE
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest) if rest.contains(" = ") || rest.starts_with('[') => rest,
                _ => line,
            })
            .map(|line| format!("{line}\n"))
            .collect();
        let (settings, set) = parse(&uncommented).expect("the template's keys are valid");
        assert_eq!(settings, Settings::default());
        assert_eq!(
            set.len(),
            11,
            "every key, every breathing phase:\n{uncommented}"
        );
    }

    #[test]
    fn the_emergency_number_is_one_clean_line() {
        let read = |text: &str| parse(text).map(|r| r.0.emergency_number);
        assert_eq!(
            read("emergency_number = \"\\u001b[2J 112\""),
            Ok("112".into())
        );
        assert_eq!(
            read("emergency_number = \"\""),
            Ok(DEFAULT_EMERGENCY_NUMBER.into())
        );
    }

    #[test]
    fn problems_are_located_with_suggestions() {
        assert_eq!(
            problems("volum = 20\n"),
            ["c.toml:1:1: error: unknown key `volum` in the settings:  | did you mean `volume`?"]
        );
        assert_eq!(
            problems("volume = 101\n"),
            ["c.toml:1:10: error: `volume` (a percentage) must be 0 to 100, not 101:  | "]
        );
        assert_eq!(
            problems("theme = \"high_contrast\"\n"),
            ["c.toml:1:9: error: unknown theme `high_contrast`:  | did you mean `high-contrast`?"]
        );
        assert_eq!(
            problems("sound = \"no\"\nvolume = 5.5\n"),
            [
                "c.toml:1:9: error: wrong type: string \"no\", expected a boolean:  | ",
                "c.toml:2:10: error: wrong type: floating point `5.5`, expected a whole number:  | "
            ]
        );
        assert_eq!(
            problems("[breathing]\ninhal = \"4s\"\nexhale = \"20s\"\n"),
            [
                "c.toml:2:1: error: unknown key `inhal` in [breathing]:  | did you mean `inhale`?",
                "c.toml:3:10: error: `exhale` must last 1s to 15s, not 20s: allowed: 1s to 15s | "
            ]
        );
        assert_eq!(
            problems("sound = \n"),
            [
                "c.toml:1:9: error: invalid TOML: string values must be quoted, expected literal string:  | "
            ]
        );
    }
}
