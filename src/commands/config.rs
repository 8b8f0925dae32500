//! `knead config`: the settings file's path and every setting in force,
//! each marked with where it came from; `--edit` opens the file.

mod edit;

use std::time::Duration;

use crate::error::Error;
use crate::exit::Exit;
use crate::output;
use crate::routine::duration;
use crate::settings::{self, LoadedSettings, Settings};
use crate::text::display_path;

pub use edit::edit;

/// The column where the source comment starts, so the sources line up.
const COMMENT_AT: usize = 34;

/// Prints the path and the settings in force; the file's problems go to
/// stderr and make the exit 2.
pub fn show(color: bool) -> Result<Exit, Error> {
    let loaded = settings::load();
    output::print(&describe(&loaded))?;
    Ok(report_problem(&loaded, color))
}

/// Shows the file's problem on stderr, if it has one: exit 2 then.
fn report_problem(loaded: &LoadedSettings, color: bool) -> Exit {
    match &loaded.problem {
        Some(problem) => {
            output::eprint(&problem.render(color));
            output::eprint(
                "knead: the settings file has problems: sessions use the defaults until it is fixed (`knead config --edit`)\n",
            );
            Exit::Invalid
        }
        None => Exit::Done,
    }
}

/// The settings as TOML a person could copy into the file: a comment with
/// the path, then each setting with `# default` or `# file` beside it.
pub fn describe(loaded: &LoadedSettings) -> String {
    let mut text = format!("# {}\n", headline(loaded));
    text.push_str("# Flags such as --mute override these for one session.\n");
    let s: &Settings = &loaded.settings;
    let lines = [
        ("sound", s.sound.to_string()),
        ("volume", s.volume.to_string()),
        ("breath_sounds", s.breath_sounds.to_string()),
        ("voice", s.voice.to_string()),
        ("theme", quoted(s.theme.as_str())),
        ("reduce_motion", s.reduce_motion.to_string()),
        ("emergency_number", quoted(&s.emergency_number)),
    ];
    for (key, value) in lines {
        text.push_str(&line(key, &value, loaded.is_from_file(key)));
    }
    text.push_str("\n[breathing]\n");
    let b = &s.breathing;
    for (key, phase, value) in [
        ("inhale", "breathing.inhale", b.inhale),
        ("exhale", "breathing.exhale", b.exhale),
        ("hold_in", "breathing.hold_in", b.hold_in),
        ("hold_out", "breathing.hold_out", b.hold_out),
    ] {
        text.push_str(&line(key, &seconds(value), loaded.is_from_file(phase)));
    }
    text
}

/// What the first line says: the path, and why every value may be a default.
fn headline(loaded: &LoadedSettings) -> String {
    let Some(path) = &loaded.path else {
        return "no config folder (XDG_CONFIG_HOME and HOME are unset or relative): every setting is its default".into();
    };
    let shown = display_path(path);
    match (&loaded.problem, loaded.exists) {
        (Some(_), _) => {
            format!("{shown}: has problems (listed on stderr), so every setting is its default")
        }
        (None, false) => format!(
            "{shown}: no such file yet, so every setting is its default (`knead config --edit` creates it)"
        ),
        (None, true) => shown,
    }
}

fn line(key: &str, value: &str, from_file: bool) -> String {
    let source = if from_file { "file" } else { "default" };
    let setting = format!("{key} = {value}");
    format!("{setting:<width$}  # {source}\n", width = COMMENT_AT - 2)
}

/// A string as TOML writes it, quotes and escapes included.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

fn seconds(value: Duration) -> String {
    quoted(&duration::format(value))
}
