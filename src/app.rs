//! Dispatch: turns parsed arguments into a command run and an exit.

use crate::cli::{Cli, Subcommand};
use crate::commands::{self, print, report};
use crate::error::Error;
use crate::exit::Exit;
use crate::library::{self, Loaded, Origin};
use crate::output;
use crate::routine::Routine;
use crate::text::display_name;

/// Runs the command line: how it ended, or why it failed (`main` shows it).
pub fn run(cli: Cli) -> Result<Exit, Error> {
    // Anything written through anstream follows `--color` too.
    cli.color.write_global();
    let color = cli.color.color;
    let err_color = output::stderr_color(color);
    match cli.command {
        None => commands::pick::run(color, cli.plain, cli.session),
        Some(Subcommand::Run(mut args)) => {
            let (loaded, routine) = valid(&args.routine, err_color)?;
            // `knead --voice run ...` asks for the voice as clearly as `run --voice`.
            args.session = args.session.with(&cli.session);
            commands::run::run(&loaded, &routine, &args, color)
        }
        Some(Subcommand::List { json }) => commands::list::run(json),
        Some(Subcommand::Check {
            files,
            deny_warnings,
            format,
        }) => commands::check::run(&files, deny_warnings, format, err_color),
        Some(Subcommand::Add { files, force }) => commands::add::add(&files, force, err_color),
        Some(Subcommand::Remove { id }) => commands::add::remove(&id),
        Some(Subcommand::New { path, force }) => commands::new::run(&path, force),
        Some(Subcommand::Schema) => commands::schema::run(),
        Some(Subcommand::History(args)) => commands::history::run(&args, color, !cli.no_pager),
        Some(Subcommand::Config { edit: false }) => commands::config::show(err_color),
        Some(Subcommand::Config { edit: true }) => commands::config::edit(err_color),
        Some(Subcommand::Completions { shell }) => commands::shell::completions(shell),
        Some(Subcommand::Man) => commands::man::run(),
        Some(Subcommand::Help { topic }) => commands::help::run(&topic, color, !cli.no_pager),
        Some(Subcommand::Print {
            routine,
            html,
            therapist,
            phone,
        }) => {
            let (_, routine) = valid(&routine, err_color)?;
            let format = if html {
                print::HandoutFormat::Html
            } else {
                print::HandoutFormat::Markdown
            };
            let therapist = print::Therapist {
                name: therapist,
                phone,
            };
            commands::print::run(&routine, format, therapist)
        }
        Some(Subcommand::Report {
            html,
            json: _,
            since,
            routine,
            now,
        }) => {
            let format = if html {
                report::ReportFormat::Html
            } else {
                report::ReportFormat::Json
            };
            let filter = report::Choice {
                since: since.as_deref(),
                routine: routine.as_deref(),
                now: now.as_deref(),
            };
            commands::report::run(format, &filter)
        }
    }
}

/// Finds a routine and insists that it is valid; when not, the error
/// holds its diagnostics (coloured when stderr shows `color`).
fn valid(name: &str, color: bool) -> Result<(Loaded, Routine), Error> {
    let loaded = library::resolve(name)?;
    let Some(routine) = loaded.checked.routine.clone() else {
        let mut report = String::new();
        for diagnostic in loaded.checked.diagnostics.iter().filter(|d| d.is_error()) {
            report.push_str(&diagnostic.render(&loaded.display, &loaded.text, color));
            report.push_str("\n\n");
        }
        if loaded.origin == Origin::User && library::is_bundled(&loaded.id) {
            report.push_str(&format!(
                "knead: note: your routine {} shadows the bundled routine `{}`: fix it, or rename or remove it to run the bundled one\n",
                display_name(&loaded.display),
                loaded.id
            ));
        }
        return Err(Error::Rejected { report });
    };
    Ok((loaded, routine))
}
