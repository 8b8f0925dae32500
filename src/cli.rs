//! The command line: arguments as clap reads them, nothing more.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, ValueEnum};
use clap_complete::ArgValueCompleter;

pub mod complete;

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
/// The session flags (--mute, --voice, --speed...) apply to the routine picked.
#[derive(Debug, Parser)]
#[command(name = "knead", version = VERSION, about)]
// knead's own `help` also knows the guides (`knead help format`).
#[command(disable_help_subcommand = true)]
// clap prints help and usage errors before `--color` is parsed, so it reads
// the choice from the raw arguments itself; the environment still applies to auto.
#[command(color = clap_color(std::env::args_os()))]
#[command(mut_arg("color", |arg| arg.help(
    "When to use colour: auto (on a terminal; follows NO_COLOR, CLICOLOR, CLICOLOR_FORCE and TERM), always or never",
)))]
#[command(
    after_help = "Examples:\n  knead run piriformis-tennis-ball\n  knead check my-routine.toml\n  knead list"
)]
pub struct Cli {
    /// `--color` (colorchoice-clap's flag, the help text knead's own).
    #[command(flatten)]
    pub color: colorchoice_clap::Color,
    /// The session flags for `knead` alone, applied to the routine picked;
    /// before `run` (`knead --mute run ID`) they count as `run`'s own.
    #[command(flatten)]
    pub session: SessionArgs,
    /// Print long output (the history table, `knead help format`) straight to
    /// the terminal instead of through a pager (KNEAD_PAGER, PAGER, else
    /// `less -FRX`).
    #[arg(long, global = true)]
    pub no_pager: bool,
    /// With no command: offer the routines as a numbered list read from
    /// stdin, not full-screen (also in a pipe or with TERM=dumb).
    #[arg(long)]
    pub plain: bool,
    /// What to do; with none, knead offers the routines to pick from.
    #[command(subcommand)]
    pub command: Option<Subcommand>,
}

/// What `--version` prints after the name: the version, and whether sound
/// was built in (a build without ALSA is silent, and a report should say so).
#[cfg(feature = "sound")]
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (sound: yes)");
/// What `--version` prints after the name: the version, and whether sound
/// was built in (a build without ALSA is silent, and a report should say so).
#[cfg(not(feature = "sound"))]
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (sound: no)");

/// When output is coloured: auto, always or never (`--color`).
pub use colorchoice_clap::ColorChoice;

/// How `knead check` prints the problems it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Located messages with the source line and a caret, on stderr.
    Human,
    /// One JSON object per problem and line, on stdout, for editors.
    Json,
}

/// The commands knead knows.
#[derive(Debug, clap::Subcommand)]
pub enum Subcommand {
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
    /// Check routine files and add them to your routines (from a therapist, say).
    #[command(
        after_help = "Every file is checked first, as `knead check` does: when any has errors, none is added. A routine you already have is replaced only after a question at a terminal, or with --force; elsewhere knead refuses and exits 2.\n\nExamples:\n  knead add knee-plan.toml\n  knead add --force ~/Downloads/*.toml"
    )]
    Add {
        /// Routine files to add; each one's id is its file name without `.toml`.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Replace routines you already have without asking.
        #[arg(long)]
        force: bool,
    },
    /// Remove one of your routines (a bundled routine cannot be removed).
    #[command(after_help = "Examples:\n  knead remove knee-plan")]
    Remove {
        /// The id of a routine you added.
        #[arg(value_name = "ID", add = ArgValueCompleter::new(complete::routine))]
        id: String,
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
    /// Print a handout of a routine: Markdown, or an HTML page to print (--html).
    #[command(
        after_help = "Examples:\n  knead print piriformis-tennis-ball > handout.md\n  knead print ./my-routine.toml\n  knead print foam-roll-glutes --html --therapist \"A. Physio\" --phone \"020 7946 0000\" > handout.html"
    )]
    Print {
        /// A bundled routine id, one of your routine ids, or a path to a file.
        #[arg(add = ArgValueCompleter::new(complete::routine))]
        routine: String,
        /// Write one HTML page (styles inside, no scripts, nothing fetched)
        /// that prints on two A4 or US Letter pages, instead of Markdown.
        #[arg(long)]
        html: bool,
        /// The therapist's name, written on the handout's line for it.
        #[arg(long, value_name = "NAME")]
        therapist: Option<String>,
        /// The therapist's phone number, written on the handout's line for it.
        #[arg(long, value_name = "NUMBER")]
        phone: Option<String>,
    },
    /// Show past sessions: date, routine, time, outcome, reports, and
    /// this week's sessions per routine.
    #[command(
        after_help = "Times are in your time zone (TZ, or the system's); --utc shows UTC. JSON and CSV keep UTC timestamps with their offset. Weeks run Monday to Sunday.\n\nExamples:\n  knead history\n  knead history --since 7d --reverse\n  knead history --limit 10 --routine foam-roll-glutes\n  knead history --view\n  knead history --csv > sessions.csv"
    )]
    History(HistoryArgs),
    /// Show your settings (config.toml) and where each comes from, or edit them.
    #[command(
        after_help = "Prints the settings file's path, then every setting in force, each marked `default` or `file`. Command-line flags apply to one session and are not shown. Exits 2 when the file has problems (they are shown on stderr; sessions then use the defaults).\n\nExamples:\n  knead config\n  knead config --edit\n  EDITOR=nano knead config --edit"
    )]
    Config {
        /// Open the settings file in $VISUAL or $EDITOR (else editor, vi or
        /// nano, the first on PATH), first writing a commented template
        /// (every key at its default) when there is none.
        #[arg(long)]
        edit: bool,
    },
    /// Print a progress report for a therapist: adherence, pressure, stops.
    #[command(
        after_help = "Examples:\n  knead report --html > report.html\n  knead report --since 2026-11-01 --routine foam-roll-glutes --html > report.html\n  knead report --json",
        // One of the two, and a missing one names both.
        group(clap::ArgGroup::new("format").required(true).args(["html", "json"]))
    )]
    Report {
        /// Write one HTML page (styles inside, no scripts, nothing fetched), to print or open.
        #[arg(long)]
        html: bool,
        /// Print the same content as one JSON object.
        #[arg(long)]
        json: bool,
        /// Only sessions from this date (2026-11-01) or timestamp (2026-11-01T07:30:00Z) on, UTC.
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Only sessions of this routine id.
        #[arg(long, value_name = "ID", add = ArgValueCompleter::new(complete::routine))]
        routine: Option<String>,
        /// Make the report as at this moment (RFC 3339), for tests.
        #[arg(long, hide = true, value_name = "TIMESTAMP")]
        now: Option<String>,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "These scripts complete commands and flags. To complete routine ids too, install the script `COMPLETE=SHELL knead` prints instead (bash, zsh, fish, elvish, powershell): it asks knead for the ids as you type.\n\nExamples:\n  knead completions bash > ~/.local/share/bash-completion/completions/knead\n  COMPLETE=bash knead > ~/.local/share/bash-completion/completions/knead\n  echo 'source <(COMPLETE=zsh knead)' >> ~/.zshrc"
    )]
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the help of a command, or a guide: `knead help format` explains routine files.
    #[command(
        after_help = "Guides:\n  format  every key of a routine file, its limits, the tools and areas\n\nExamples:\n  knead help format\n  knead help run"
    )]
    Help {
        /// A command (`run`, `history`...) or a guide (`format`).
        #[arg(value_name = "TOPIC")]
        topic: Vec<String>,
    },
    /// Print the man page (roff).
    #[command(
        after_help = "Examples:\n  knead man > ~/.local/share/man/man1/knead.1\n  knead man | man -l -"
    )]
    Man,
}

/// Options of `knead history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Print a JSON array of session objects, oldest first (UTC timestamps).
    #[arg(long, conflicts_with_all = ["csv", "view"])]
    pub json: bool,
    /// Print CSV with a header row, one row per session (UTC timestamps).
    #[arg(long, conflicts_with = "view")]
    pub csv: bool,
    /// Only sessions of this routine id (the table's ID column).
    #[arg(long, value_name = "ID", add = ArgValueCompleter::new(complete::routine))]
    pub routine: Option<String>,
    /// Only sessions from this local date (2026-11-01), span back from today
    /// (7d, 2w) or timestamp (2026-11-01T07:30:00Z) on.
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// Only the N most recent sessions.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Newest first (the default is oldest first, as the journal is written).
    #[arg(long)]
    pub reverse: bool,
    /// Show times in UTC instead of your time zone.
    #[arg(long)]
    pub utc: bool,
    /// Full screen: sessions a week over 12 weeks, pressure and reports,
    /// and the table, scrollable; `q` closes. Not at a terminal: the table.
    #[arg(long)]
    pub view: bool,
    /// A high-contrast colour theme for the full screen.
    #[arg(long)]
    pub high_contrast: bool,
}

/// Options of `knead run`.
#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    /// A bundled routine id, one of your routine ids, or a path to a file.
    #[arg(add = ArgValueCompleter::new(complete::routine))]
    pub routine: String,
    /// Line-by-line mode: no full-screen display; questions are answered on stdin.
    #[arg(long)]
    pub plain: bool,
    /// How the session sounds, looks and paces itself.
    #[command(flatten)]
    pub session: SessionArgs,
    /// Ask the long-standing questions again (blood thinners, pregnancy...),
    /// to change what knead remembers; otherwise asked once and checked weekly.
    #[arg(long)]
    pub review_conditions: bool,
}

/// The flags that shape a session, the same for `knead run` and for
/// `knead` alone (where they apply to the routine picked).
#[derive(Debug, Clone, PartialEq, Args)]
pub struct SessionArgs {
    /// Make time run this many times faster (1 to 1000), for previews and tests.
    #[arg(long, value_name = "F", default_value_t = 1.0, value_parser = parse_speed)]
    pub speed: f64,
    /// No sound.
    #[arg(long)]
    pub mute: bool,
    /// No inhale and exhale sounds; the other sounds stay.
    #[arg(long)]
    pub no_breath_sounds: bool,
    /// Speak each step's title and side, "switch sides", the last three
    /// seconds, the check-in question and the stop words, through the
    /// system's speech program (espeak-ng, spd-say, or say on macOS).
    #[arg(long)]
    pub voice: bool,
    /// No moving shapes on the full screen: the breathing pacer in words and
    /// numbers (also KNEAD_REDUCE_MOTION=1).
    #[arg(long)]
    pub reduce_motion: bool,
    /// A high-contrast colour theme for the full screen.
    #[arg(long)]
    pub high_contrast: bool,
}

impl Default for SessionArgs {
    fn default() -> Self {
        Self {
            speed: 1.0,
            mute: false,
            no_breath_sounds: false,
            voice: false,
            reduce_motion: false,
            high_contrast: false,
        }
    }
}

impl SessionArgs {
    /// These flags with those given before the subcommand (`knead --mute
    /// run ID`) added: a switch set in either place is on, and a speed
    /// given only there applies.
    pub fn with(self, before: &SessionArgs) -> SessionArgs {
        let speed = if self.speed == 1.0 {
            before.speed
        } else {
            self.speed
        };
        SessionArgs {
            speed,
            mute: self.mute || before.mute,
            no_breath_sounds: self.no_breath_sounds || before.no_breath_sounds,
            voice: self.voice || before.voice,
            reduce_motion: self.reduce_motion || before.reduce_motion,
            high_contrast: self.high_contrast || before.high_contrast,
        }
    }
}

/// The `--color` choice as written on a command line (the last one before
/// `--`), for clap's own help and error messages. Auto when there is none or
/// the value is not valid (clap then reports the value itself).
pub fn clap_color(args: impl IntoIterator<Item = OsString>) -> ColorChoice {
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
    choice
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
