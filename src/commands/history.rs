//! `knead history`: past sessions from the journal, as a table, JSON, CSV,
//! or the full-screen view.

use std::io::IsTerminal;

use jiff::Timestamp;

use crate::cli::{ColorChoice, HistoryArgs};
use crate::error::Error;
use crate::exit::Exit;
use crate::journal::history::{self, Aims, Filter, HistoryFormat, Order, Perspective, Query};
use crate::journal::{self, Journal, JournalError, SessionRecord};
use crate::library;
use crate::local_time::Zone;
use crate::output;
use crate::pager;
use crate::settings::ThemeName;

use super::run;
use crate::tui::history::{Closed, HistoryView};
use crate::tui::input::Live;
use crate::tui::terminal::FullScreen;
use crate::tui::{self, Theme};

/// Prints the journal's sessions (or shows them full-screen); skipped
/// lines are warned about on stderr. At a terminal the table fits its
/// width and, when `pager` allows, a long one goes through the pager.
pub fn run(args: &HistoryArgs, color: ColorChoice, pager: bool) -> Result<Exit, Error> {
    let zone = if args.utc {
        Zone::utc()
    } else {
        Zone::system()
    };
    if let Some(fallback) = zone.fallback() {
        output::eprint(&format!("knead: warning: {fallback}\n"));
    }
    let now = Timestamp::now();
    let filter = Filter::new(args.routine.as_deref(), args.since.as_deref(), &zone, now)?;
    let (records, skipped) = read_journal(true)?;
    let aims = aims();
    if args.view {
        if run::can_draw() {
            let records: Vec<SessionRecord> =
                records.into_iter().filter(|r| filter.matches(r)).collect();
            let mut view = HistoryView::build(&records, &zone, now, &aims, theme(args, color));
            view.notice = view.notice.or(skipped_notice(skipped));
            return show(&mut view);
        }
        output::eprint("knead: note: --view needs a terminal; printing the table\n");
    }
    let format = match (args.json, args.csv) {
        (true, _) => HistoryFormat::Json,
        (_, true) => HistoryFormat::Csv,
        _ => HistoryFormat::Table,
    };
    let query = Query {
        filter,
        limit: args.limit,
        order: if args.reverse {
            Order::NewestFirst
        } else {
            Order::OldestFirst
        },
    };
    let perspective = Perspective {
        zone: &zone,
        now,
        aims: &aims,
        columns: terminal_columns(),
    };
    let text = history::report(records, &query, format, perspective)?;
    if format == HistoryFormat::Table {
        pager::page(&text, pager)?;
    } else {
        output::print(&text)?;
    }
    Ok(Exit::Done)
}

/// The width of the terminal stdout shows, when it is one.
fn terminal_columns() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    ratatui::crossterm::terminal::size()
        .ok()
        .map(|(columns, _)| usize::from(columns))
        .filter(|columns| *columns > 0)
}

/// The history view of the whole journal, for a full screen that is
/// already set up (the picker's `h`); nothing is printed, so a journal
/// that cannot be read is an empty history with a notice.
pub fn load_view(zone: &Zone, theme: Theme, now: Timestamp) -> HistoryView {
    let (records, notice) = match read_journal(false) {
        Ok((records, skipped)) => (records, skipped_notice(skipped)),
        Err(_) => (Vec::new(), Some("the journal cannot be read".to_owned())),
    };
    let mut view = HistoryView::build(&records, zone, now, &aims(), theme);
    view.notice = view.notice.or(notice);
    view
}

/// Each routine's `per_week`, by id, from the routines a person can run.
pub fn aims() -> Aims {
    library::all()
        .into_iter()
        .filter_map(|loaded| {
            let per_week = loaded.checked.routine.as_ref()?.per_week?;
            Some((loaded.id, per_week))
        })
        .collect()
}

/// The sessions and how many lines were skipped, each skipped line warned
/// about on stderr when `say`.
pub(super) fn read_journal(say: bool) -> Result<(Vec<SessionRecord>, usize), JournalError> {
    let path = Journal::default_path()?;
    let (records, warnings) = journal::read(&path)?;
    if say {
        for warning in &warnings {
            output::eprint(&format!("knead: warning: {}: {warning}\n", path.display()));
        }
    }
    Ok((records, warnings.len()))
}

fn skipped_notice(skipped: usize) -> Option<String> {
    (skipped > 0).then(|| crate::text::count(skipped, "journal line") + " could not be read")
}

/// Runs the view on a full screen of its own.
fn show(view: &mut HistoryView) -> Result<Exit, Error> {
    let mut events = Live::start(1.0).map_err(Error::NoFullScreen)?;
    let mut screen = FullScreen::enter().map_err(Error::NoFullScreen)?;
    let closed = tui::history::show(&mut screen, &mut events, view);
    // The terminal is the shell's again before anything is printed.
    drop(screen);
    match closed? {
        Closed::Back => Ok(Exit::Done),
        Closed::Interrupted => Ok(Exit::Interrupted),
    }
}

/// High contrast when asked; no colour when `NO_COLOR` or `--color never` says so.
fn theme(args: &HistoryArgs, color: ColorChoice) -> Theme {
    let name = if args.high_contrast {
        ThemeName::HighContrast
    } else {
        ThemeName::Default
    };
    run::theme_for(name, color)
}
