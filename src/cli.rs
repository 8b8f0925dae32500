//! The command line: arguments as clap reads them, nothing more.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// A terminal coach for home self-massage: timed holds, breathing cues and
/// safety check-ins.
///
/// knead is a relaxation and self-care aid: it does not diagnose or treat any
/// condition. Before every session it asks about warning signs, and it stops
/// at the first report of sharp or shooting pain, numbness or tingling.
///
/// With no command, at a terminal, knead opens the picker: your routines and
/// the bundled ones beside a preview (steps, times, sides, the routine's own
/// safety questions and stop signs). / filters as you type (fuzzy, over
/// title, id, areas and tools), t ticks the tools you have and hides
/// routines needing anything else, p shows the whole preview, Enter starts
/// the session in the same screen, ? lists the keys, q quits. The routine
/// run last is selected. A broken routine file is listed with its first
/// error. In a pipe, with TERM=dumb or with --plain: a numbered list instead.
#[derive(Debug, Parser)]
#[command(name = "knead", version = VERSION, about)]
// clap prints help and usage errors before `--color` is parsed, so it reads
// the choice from the raw arguments itself; the environment still applies to auto.
#[command(color = clap_color(std::env::args_os()))]
#[command(
    after_help = "Examples:\n  knead run piriformis-tennis-ball\n  knead check my-routine.toml\n  knead list"
)]
pub struct Cli {
    /// When to use colour: auto (on a terminal; follows NO_COLOR, CLICOLOR, CLICOLOR_FORCE and TERM), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    /// With no command: offer the routines as a numbered list read from
    /// stdin, not full-screen (also in a pipe or with TERM=dumb).
    #[arg(long)]
    pub plain: bool,
    /// What to do; with none, knead offers the routines to pick from.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What `--version` prints after the name: the version, and whether sound
/// was built in (a build without ALSA is silent, and a report should say so).
#[cfg(feature = "sound")]
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (sound: yes)");
/// What `--version` prints after the name: the version, and whether sound
/// was built in (a build without ALSA is silent, and a report should say so).
#[cfg(not(feature = "sound"))]
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (sound: no)");

/// When output is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal, as NO_COLOR, CLICOLOR, CLICOLOR_FORCE and TERM allow.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// How `knead check` prints the problems it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Located messages with the source line and a caret, on stderr.
    Human,
    /// One JSON object per problem and line, on stdout, for editors.
    Json,
}

/// The commands knead knows.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a routine: screening, timed steps, check-ins, summary.
    #[command(
        after_help = "Examples:\n  knead run piriformis-tennis-ball\n  knead run ./my-routine.toml --plain\n  knead run foam-roll-glutes --plain --speed 100 --mute"
    )]
    Run(RunArgs),

    /// List the bundled routines and your own.
    #[command(after_help = "Examples:\n  knead list\n  knead list --json")]
    List {
        /// Print a JSON array (id, title, seconds, tools, areas, source, ...).
        #[arg(long)]
        json: bool,
    },
    /// Validate routine files: errors and warnings located as FILE:LINE:COL.
    #[command(
        after_help = "Exits 0 when no file has errors, 2 when any has.\n\nExamples:\n  knead check my-routine.toml\n  knead check --deny-warnings routines/*.toml\n  knead check --format json - < my-routine.toml"
    )]
    Check {
        /// Routine files to check, `-` for standard input; every file is
        /// checked and every problem reported.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Treat warnings as errors (exit 2 when any file has a warning).
        #[arg(long)]
        deny_warnings: bool,
        /// How to print problems: human (on stderr) or json (one JSON object
        /// per line on stdout: file, line, column, severity, message, help).
        #[arg(long, value_enum, default_value_t = CheckFormat::Human, value_name = "FORMAT")]
        format: CheckFormat,
    },
    /// Write a commented template routine to start from.
    #[command(
        after_help = "Examples:\n  knead new my-routine.toml\n  knead new my-routine.toml --force"
    )]
    New {
        /// Where to write the template.
        path: PathBuf,
        /// Overwrite the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Print the JSON Schema of the routine format, for editor completion.
    #[command(
        after_help = "Examples:\n  knead schema > knead.schema.json\n  (then start a routine file with `#:schema ./knead.schema.json`)"
    )]
    Schema,
    /// Print a Markdown handout of a routine, for printing or sharing.
    #[command(
        after_help = "Examples:\n  knead print piriformis-tennis-ball > handout.md\n  knead print ./my-routine.toml"
    )]
    Print {
        /// A bundled routine id, one of your routine ids, or a path to a file.
        routine: String,
    },
    /// Show past sessions: date, routine, time, outcome, reports.
    #[command(
        after_help = "Examples:\n  knead history\n  knead history --since 2026-11-01 --routine foam-roll-glutes\n  knead history --csv > sessions.csv"
    )]
    History {
        /// Print a JSON array of session objects, oldest first.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV with a header row, one row per session.
        #[arg(long)]
        csv: bool,
        /// Only sessions of this routine id.
        #[arg(long, value_name = "ID")]
        routine: Option<String>,
        /// Only sessions from this date (2026-11-01) or timestamp (2026-11-01T07:30:00Z) on, UTC.
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  knead completions bash > ~/.local/share/bash-completion/completions/knead\n  knead completions zsh > ~/.zfunc/_knead\n  knead completions fish > ~/.config/fish/completions/knead.fish"
    )]
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    #[command(
        after_help = "Examples:\n  knead man > ~/.local/share/man/man1/knead.1\n  knead man | man -l -"
    )]
    Man,
}

/// Options of `knead run`.
#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    /// A bundled routine id, one of your routine ids, or a path to a file.
    pub routine: String,
    /// Line-by-line mode: no full-screen display; questions are answered on stdin.
    #[arg(long)]
    pub plain: bool,
    /// Make time run this many times faster (1 to 1000), for previews and tests.
    #[arg(long, value_name = "F", default_value_t = 1.0, value_parser = parse_speed)]
    pub speed: f64,
    /// No sound.
    #[arg(long)]
    pub mute: bool,
    /// No inhale and exhale sounds; the other sounds stay.
    #[arg(long)]
    pub no_breath_sounds: bool,
    /// No moving shapes on the full screen: the breathing pacer in words and
    /// numbers (also KNEAD_REDUCE_MOTION=1).
    #[arg(long)]
    pub reduce_motion: bool,
    /// A high-contrast colour theme for the full screen.
    #[arg(long)]
    pub high_contrast: bool,
}

/// The `--color` choice as written on a command line (the last one before
/// `--`), for clap's own help and error messages. Auto when there is none or
/// the value is not valid (clap then reports the value itself).
pub fn clap_color(args: impl IntoIterator<Item = OsString>) -> clap::ColorChoice {
    let mut choice = ColorChoice::Auto;
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let value = match arg.to_str() {
            Some("--") => break,
            Some("--color") => args.next(),
            Some(other) => other.strip_prefix("--color=").map(OsString::from),
            None => None,
        };
        if let Some(parsed) = value
            .as_ref()
            .and_then(|v| v.to_str())
            .and_then(|v| ColorChoice::from_str(v, false).ok())
        {
            choice = parsed;
        }
    }
    match choice {
        ColorChoice::Auto => clap::ColorChoice::Auto,
        ColorChoice::Always => clap::ColorChoice::Always,
        ColorChoice::Never => clap::ColorChoice::Never,
    }
}

fn parse_speed(text: &str) -> Result<f64, String> {
    let speed: f64 = text
        .parse()
        .map_err(|_| format!("`{text}` is not a number"))?;
    if (1.0..=1000.0).contains(&speed) {
        Ok(speed)
    } else {
        Err(format!("speed must be from 1 to 1000, not {text}"))
    }
}
