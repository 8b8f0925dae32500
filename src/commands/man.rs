//! `knead man`: the man page, generated from the clap definition so it
//! always matches the real arguments. One SYNOPSIS with a line per command,
//! then a COMMANDS section with a subsection per command: its summary,
//! usage, arguments and examples.

use clap::{Arg, Command, CommandFactory};

use crate::cli::Cli;
use crate::error::Error;
use crate::exit::Exit;
use crate::output;

/// What the man page adds after the generated sections.
const EXIT_STATUS: &str = "0 done; 1 runtime failure; 2 invalid routine or usage; \
3 stopped early (a screening answer, a pain report, the stop key, or a question left unanswered); \
128 + the signal for a signal: 130 Ctrl-C (SIGINT), 143 SIGTERM, 129 SIGHUP, 131 SIGQUIT.";

/// The environment variables knead reads, for the man page.
const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "NO_COLOR",
        "When set and not empty, no colour unless --color always is given.",
    ),
    (
        "CLICOLOR",
        "When 0, no colour unless --color always is given or CLICOLOR_FORCE is set.",
    ),
    (
        "CLICOLOR_FORCE",
        "When set and not 0, colour even into a pipe (NO_COLOR still wins).",
    ),
    (
        "TERM",
        "When dumb, no colour on the terminal and no full screen: plain lines.",
    ),
    (
        "KNEAD_REDUCE_MOTION",
        "When set and not 0, as --reduce-motion; when 0, overrides reduce_motion in config.toml.",
    ),
    (
        "VISUAL, EDITOR",
        "The editor knead config --edit opens (VISUAL first), split into words as a shell would; with neither set, the first of editor, vi and nano on PATH.",
    ),
    (
        "KNEAD_PAGER, PAGER",
        "The pager for long output at a terminal (KNEAD_PAGER first; default less -FRX, with LESS=FRX when LESS is unset). Empty or cat: no pager, as --no-pager.",
    ),
    (
        "COMPLETE",
        "Set to a shell (bash, zsh, fish, elvish, powershell), knead prints that shell's script for completing commands, flags and routine ids, and exits.",
    ),
    (
        "TZ",
        "The time zone knead history and knead report show times in (an IANA name such as Europe/Paris); unset, the system's. Unknown: UTC, said once.",
    ),
    (
        "TZDIR",
        "Where the time zone database is (default /usr/share/zoneinfo).",
    ),
    (
        "XDG_CONFIG_HOME",
        "Where knead/config.toml and knead/routines/ live (default ~/.config).",
    ),
    (
        "XDG_DATA_HOME",
        "Where the session journal knead/journal.jsonl lives (default ~/.local/share).",
    ),
    (
        "PATH",
        "Where --voice looks for a speech program: espeak-ng, then spd-say (say first on macOS).",
    ),
    (
        "KNEAD_SOUND_LOG",
        "A file to note when the audio device opens and closes and when each clip is sent, for measuring.",
    ),
];

/// The keys of config.toml, for the man page.
const SETTINGS: &[(&str, &str)] = &[
    (
        "sound = true",
        "Sound at all; false is --mute for every session.",
    ),
    ("volume = 100", "Loudness in percent, 0 to 100."),
    (
        "breath_sounds = true",
        "The inhale and exhale sounds; false is --no-breath-sounds.",
    ),
    (
        "voice = false",
        "Speak cues through the system's speech program (espeak-ng, spd-say, say).",
    ),
    (
        "theme = \"default\"",
        "The full screen's colours: default, high-contrast (as --high-contrast) or monochrome (as NO_COLOR).",
    ),
    (
        "reduce_motion = false",
        "The breathing pacer in words and numbers, no moving shapes; true is --reduce-motion.",
    ),
    (
        "emergency_number = \"112, 999 or 911\"",
        "The number guidance tells you to call in an emergency.",
    ),
    (
        "[breathing]",
        "inhale, exhale (1s to 15s), hold_in, hold_out (0s or 1s to 15s): the breathing of routines without a [breathing] of their own; default 4s in, 6s out.",
    ),
];

/// How settings and flags combine, after the keys.
const SETTINGS_NOTE: &str = "Every key is optional. Flags override the file for one session; \
a file with any problem is reported (located, as knead check reports a routine) and the \
session runs on the defaults, saying so once.";

/// The files knead reads and writes, for the man page.
const FILES: &[(&str, &str)] = &[
    (
        "~/.config/knead/routines/*.toml",
        "Your own routines; one shadows a bundled routine of the same id.",
    ),
    (
        "~/.config/knead/config.toml",
        "Your settings (see SETTINGS); knead config shows them, knead config --edit opens them.",
    ),
    (
        "~/.local/share/knead/journal.jsonl",
        "The session journal, one JSON line per event, read by knead history and knead report.",
    ),
    (
        "~/.local/share/knead/tools-you-have.toml",
        "The tools you ticked in the picker (t), so it opens filtered as you left it.",
    ),
    (
        "~/.local/share/knead/conditions.toml",
        "Your answers about long-standing conditions, reconfirmed after 7 days; delete it, or run \
         with --review-conditions, to be asked again.",
    ),
];

/// Prints the man page.
pub fn run() -> Result<Exit, Error> {
    output::print(&page()?)?;
    Ok(Exit::Done)
}

/// The whole page, in roff.
pub fn page() -> std::io::Result<String> {
    let mut command = Cli::command();
    // Built, so every argument knows its value count and the help flags exist.
    command.build();
    let commands: Vec<&Command> = command
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .collect();
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    let mut text = String::from_utf8_lossy(&page).into_owned();
    // Left-aligned: justified usage lines spread their words apart.
    text.push_str(".SH SYNOPSIS\n.ad l\n");
    text.push_str(&synopsis("knead", &command));
    for sub in &commands {
        text.push_str(".br\n");
        text.push_str(&synopsis(&format!("knead {}", sub.get_name()), sub));
    }
    text.push_str(".ad\n");
    let mut page = Vec::new();
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    text.push_str(&String::from_utf8_lossy(&page));
    text.push_str(".SH COMMANDS\n");
    for sub in &commands {
        text.push_str(&subsection(sub));
    }
    text.push_str(&format!(".SH \"EXIT STATUS\"\n{}\n", escape(EXIT_STATUS)));
    for (heading, items) in [
        ("SETTINGS", SETTINGS),
        ("ENVIRONMENT", ENVIRONMENT),
        ("FILES", FILES),
    ] {
        text.push_str(&format!(".SH {heading}\n"));
        if heading == "SETTINGS" {
            text.push_str(&format!(
                ".PP\nIn ~/.config/knead/config.toml. {}\n",
                escape(SETTINGS_NOTE)
            ));
        }
        for (name, about) in items {
            text.push_str(&format!(
                ".TP\n\\fB{}\\fR\n{}\n",
                escape(name),
                escape(about)
            ));
        }
    }
    let mut page = Vec::new();
    man.render_version_section(&mut page)?;
    text.push_str(&String::from_utf8_lossy(&page));
    Ok(text)
}

/// One command's subsection: summary, usage, arguments, examples.
fn subsection(sub: &Command) -> String {
    let name = format!("knead {}", sub.get_name());
    let mut text = format!(".SS \"{}\"\n", escape(&name.to_uppercase()));
    let about = sub
        .get_long_about()
        .or(sub.get_about())
        .map(ToString::to_string)
        .unwrap_or_default();
    text.push_str(&format!(".PP\n{}\n.PP\n", escape(&about)));
    text.push_str(&synopsis(&name, sub));
    for arg in own_arguments(sub) {
        text.push_str(&format!(
            ".TP\n{}\n{}\n",
            usage(arg, false),
            escape(&describe(arg))
        ));
    }
    let after = sub
        .get_after_help()
        .map(ToString::to_string)
        .unwrap_or_default();
    let (notes, examples) = after.split_once("Examples:").unwrap_or((&after, ""));
    if !notes.trim().is_empty() {
        text.push_str(&format!(".PP\n{}\n", escape(notes.trim())));
    }
    if !examples.trim().is_empty() {
        text.push_str(".PP\nExamples:\n.RS\n.nf\n");
        for line in examples.trim().lines() {
            text.push_str(&format!("{}\n", escape(line.trim())));
        }
        text.push_str(".fi\n.RE\n");
    }
    text
}

/// A usage line: the command in bold, then every argument, value names
/// and `...` for repeatable ones kept.
fn synopsis(name: &str, command: &Command) -> String {
    let mut line = format!("\\fB{}\\fR", escape(name));
    let arguments: Vec<&Arg> = if command.get_name() == "knead" {
        command
            .get_arguments()
            .filter(|a| !a.is_hide_set())
            .collect()
    } else {
        own_arguments(command).collect()
    };
    for arg in arguments {
        line.push(' ');
        line.push_str(&usage(arg, true));
    }
    if command.has_subcommands() {
        line.push_str(" [\\fICOMMAND\\fR]");
    }
    line.push('\n');
    line
}

/// A command's own arguments: not the global `--color` and `--help`, which
/// the first synopsis line and OPTIONS show once for all.
fn own_arguments(command: &Command) -> impl Iterator<Item = &Arg> {
    command
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_global_set() && a.get_id() != "help")
}

/// How one argument is written: `[\-\-speed <F>]`, `<FILE>...`.
fn usage(arg: &Arg, bracket_optional: bool) -> String {
    let value = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), ToString::to_string);
    let repeated = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
    let mut text = if arg.is_positional() {
        format!("<\\fI{}\\fR>", escape(&value))
    } else {
        let mut names = Vec::new();
        if let Some(short) = arg.get_short() {
            names.push(format!("\\fB\\-{}\\fR", escape(&short.to_string())));
        }
        if let Some(long) = arg.get_long() {
            names.push(format!("\\fB\\-\\-{}\\fR", escape(long)));
        }
        let mut text = names.join(if bracket_optional { "|" } else { ", " });
        if arg.get_action().takes_values() {
            text.push_str(&format!(" <\\fI{}\\fR>", escape(&value)));
        }
        text
    };
    if repeated {
        text.push_str("...");
    }
    if bracket_optional && !arg.is_required_set() {
        format!("[{text}]")
    } else {
        text
    }
}

/// An argument's help, with its choices and default.
fn describe(arg: &Arg) -> String {
    let mut text = arg
        .get_long_help()
        .or(arg.get_help())
        .map(ToString::to_string)
        .unwrap_or_default();
    let choices: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !choices.is_empty() && arg.get_action().takes_values() {
        text.push_str(&format!(" [one of: {}]", choices.join(", ")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        text.push_str(&format!(" [default: {}]", defaults.join(", ")));
    }
    text
}

/// Escapes the characters roff treats specially at the start of a line or anywhere.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('-', "\\-");
    escaped
        .lines()
        .map(|line| match line.chars().next() {
            Some('.' | '\'') => format!("\\&{line}"),
            // A blank line in roff is a warning; a paragraph break is meant.
            None => ".PP".to_owned(),
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
