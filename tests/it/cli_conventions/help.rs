//! The command-line conventions: help and version.

use clap::CommandFactory;
use knead::cli::Cli;

use super::{SUBCOMMANDS, run_ok, squeeze, text};
use crate::support::sandbox::Sandbox;

/// `knead --help` and `knead <sub> --help`, as argument lists.
fn help_invocations() -> Vec<Vec<&'static str>> {
    let mut all = vec![vec!["--help"]];
    all.extend(SUBCOMMANDS.iter().map(|sub| vec![*sub, "--help"]));
    all
}

/// clap's definition of the root command or a subcommand, built so that
/// `--help`, `--version` and the global `--color` are in it.
pub(crate) fn definition(sub: Option<&str>) -> clap::Command {
    let mut root = Cli::command();
    root.build();
    match sub {
        None => root,
        Some(name) => root
            .find_subcommand(name)
            .unwrap_or_else(|| panic!("no subcommand {name}"))
            .clone(),
    }
}

#[test]
fn every_argument_has_help_text() {
    for sub in std::iter::once(None).chain(SUBCOMMANDS.iter().copied().map(Some)) {
        let command = definition(sub);
        let about = command
            .get_about()
            .map(ToString::to_string)
            .unwrap_or_default();
        assert!(!about.trim().is_empty(), "{sub:?} has no summary");
        assert!(!about.contains('\n'), "{sub:?}: summary is not one line");
        for arg in command.get_arguments() {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            assert!(
                !help.trim().is_empty(),
                "{sub:?}: argument `{}` has no help text",
                arg.get_id()
            );
        }
    }
}

#[test]
fn help_of_every_command_has_a_summary_every_flag_and_examples() {
    let sandbox = Sandbox::new();
    for args in help_invocations() {
        let sub = (args.len() == 2).then(|| args[0]);
        let output = run_ok(sandbox.knead_in_scratch().args(&args));
        assert!(
            output.stderr.is_empty(),
            "{args:?}: {}",
            text(&output.stderr)
        );
        let help = text(&output.stdout);
        let command = definition(sub);

        let summary = command.get_about().expect("a summary").to_string();
        // The long help keeps the summary's full stop; the short one drops it.
        let first_line = help.lines().next().unwrap_or_default();
        assert_eq!(
            first_line.trim_end_matches('.'),
            summary,
            "{args:?}: the first line is the summary"
        );
        assert_eq!(
            help.lines().nth(1),
            Some(""),
            "{args:?}: one line, then a gap"
        );

        let flat = squeeze(&help);
        // A hidden argument (`report --now`, for tests) is meant not to show.
        for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
            let shown = match arg.get_long() {
                Some(long) => format!("--{long}"),
                None => format!(
                    "<{}>",
                    arg.get_value_names()
                        .and_then(|names| names.first())
                        .map(ToString::to_string)
                        .unwrap_or_else(|| arg.get_id().to_string().to_uppercase())
                ),
            };
            // An optional positional (`help [TOPIC]`) shows in brackets.
            let optional = format!("[{}]", shown.trim_start_matches('<').trim_end_matches('>'));
            assert!(
                flat.contains(&shown) || (!arg.is_required_set() && flat.contains(&optional)),
                "{args:?}: `{shown}` is not shown"
            );
            // `--help` shows the long help where there is one.
            let help = arg.get_long_help().or(arg.get_help()).expect("help text");
            let explained = squeeze(&help.to_string());
            assert!(
                flat.contains(&explained),
                "{args:?}: `{shown}` is not explained (expected \"{explained}\")"
            );
        }

        let examples = help
            .split_once("\nExamples:\n")
            .unwrap_or_else(|| panic!("{args:?}: no Examples: section\n{help}"))
            .1;
        let first_example = examples.lines().next().unwrap_or_default().trim();
        let expected_start = match sub {
            None => "knead ".to_string(),
            Some(sub) => format!("knead {sub}"),
        };
        assert!(
            first_example.starts_with(&expected_start),
            "{args:?}: the first example should run `{expected_start}`: {first_example}"
        );
    }
}

#[test]
fn version_prints_the_name_crate_version_and_sound() {
    let sandbox = Sandbox::new();
    for flag in ["--version", "-V"] {
        let output = run_ok(sandbox.knead_in_scratch().arg(flag));
        assert_eq!(
            text(&output.stdout),
            format!(
                "knead {} (sound: {})\n",
                env!("CARGO_PKG_VERSION"),
                if cfg!(feature = "sound") { "yes" } else { "no" }
            )
        );
        assert!(output.stderr.is_empty());
    }
}
