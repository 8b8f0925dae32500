//! `knead completions` and `knead man`: generated from the clap definition,
//! so they always match the real arguments.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::exit::Exit;
use crate::output;

/// What the man page adds after the generated sections.
const EXIT_STATUS: &str = "0 done; 1 runtime failure; 2 invalid routine or usage; \
3 stopped early (a screening answer, a pain report, the stop key, or a question left unanswered); \
130 interrupted by a signal.";

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
        "XDG_CONFIG_HOME",
        "Where knead/config.toml and knead/routines/ live (default ~/.config).",
    ),
    (
        "XDG_DATA_HOME",
        "Where the session journal knead/journal.jsonl lives (default ~/.local/share).",
    ),
];

/// The files knead reads and writes, for the man page.
const FILES: &[(&str, &str)] = &[
    (
        "~/.config/knead/routines/*.toml",
        "Your own routines; one shadows a bundled routine of the same id.",
    ),
    (
        "~/.config/knead/config.toml",
        "Settings: emergency_number = \"999\" sets the number guidance names.",
    ),
    (
        "~/.local/share/knead/journal.jsonl",
        "The session journal, one JSON line per event, read by knead history.",
    ),
];

/// Prints a completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> std::io::Result<Exit> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "knead", &mut script);
    output::print(&String::from_utf8_lossy(&script))?;
    Ok(Exit::Done)
}

/// Prints the man page: the main page, each subcommand's section, exit status.
pub fn man() -> std::io::Result<Exit> {
    let command = Cli::command();
    let mut page = Vec::new();
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        page.extend_from_slice(
            format!(".SH \"KNEAD {}\"\n", sub.get_name().to_uppercase()).as_bytes(),
        );
        clap_mangen::Man::new(sub.clone().bin_name(format!("knead {}", sub.get_name())))
            .render_synopsis_section(&mut page)?;
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        page.extend_from_slice(format!(".PP\n{}\n", roff_escape(&about)).as_bytes());
        clap_mangen::Man::new(sub.clone()).render_options_section(&mut page)?;
    }
    page.extend_from_slice(
        format!(".SH \"EXIT STATUS\"\n{}\n", roff_escape(EXIT_STATUS)).as_bytes(),
    );
    for (heading, items) in [("ENVIRONMENT", ENVIRONMENT), ("FILES", FILES)] {
        page.extend_from_slice(format!(".SH {heading}\n").as_bytes());
        for (name, text) in items {
            let item = format!(
                ".TP\n\\fB{}\\fR\n{}\n",
                roff_escape(name),
                roff_escape(text)
            );
            page.extend_from_slice(item.as_bytes());
        }
    }
    man.render_version_section(&mut page)?;
    output::print(&String::from_utf8_lossy(&page))?;
    Ok(Exit::Done)
}

/// Escapes the characters roff treats specially at the start of a line or anywhere.
fn roff_escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('-', "\\-");
    match escaped.chars().next() {
        Some('.' | '\'') => format!("\\&{escaped}"),
        _ => escaped,
    }
}
