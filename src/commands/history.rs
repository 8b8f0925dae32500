//! `knead history`: past sessions from the journal, as a table, JSON, CSV,
//! or the full-screen view.

use std::io;

use jiff::Timestamp;

use crate::cli::{ColorChoice, HistoryArgs};
use crate::exit::Exit;
use crate::journal::history::{self, Aims, Context, Filter, Format, Order, Query};
use crate::journal::{self, Journal, SessionRecord};
use crate::library;
use crate::local_time::Zone;
use crate::output;
use crate::settings::ThemeName;

use super::run;
use crate::tui::history::{Closed, HistoryView};
use crate::tui::input::Live;
use crate::tui::terminal::FullScreen;
use crate::tui::{self, Theme};

/// Prints the journal's sessions (or shows them full-screen); skipped
/// lines are warned about on stderr.
pub fn run(args: &HistoryArgs, color: ColorChoice) -> io::Result<Exit> {
    let zone = if args.utc {
        Zone::utc()
    } else {
        Zone::system()
    };
    if let Some(fallback) = zone.fallback() {
        output::eprint(&format!("knead: warning: {fallback}\n"));
    }
    let now = Timestamp::now();
    let filter = match Filter::new(args.routine.as_deref(), args.since.as_deref(), &zone, now) {
        Ok(filter) => filter,
        Err(e) => {
            output::eprint(&format!("knead: error: {e}\n"));
            return Ok(Exit::Invalid);
        }
    };
    let Some((records, skipped)) = read_journal(true) else {
        return Ok(Exit::Failure);
    };
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
        (true, _) => Format::Json,
        (_, true) => Format::Csv,
        _ => Format::Table,
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
    let context = Context {
        zone: &zone,
        now,
        aims: &aims,
    };
    match history::report(records, &query, format, context) {
        Ok(text) => output::print(&text)?,
        Err(e) => {
            output::eprint(&format!("knead: error: {e}\n"));
            return Ok(Exit::Failure);
        }
    }
    Ok(Exit::Done)
}

/// The history view of the whole journal, for a full screen that is
/// already set up (the picker's `h`); nothing is printed, so a journal
/// that cannot be read is an empty history with a notice.
pub fn load_view(zone: &Zone, theme: Theme, now: Timestamp) -> HistoryView {
    let (records, notice) = match read_journal(false) {
        Some((records, skipped)) => (records, skipped_notice(skipped)),
        None => (Vec::new(), Some("the journal cannot be read".to_owned())),
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

/// The sessions and how many lines were skipped; `None` when the journal
/// cannot be read (said on stderr when `say`).
pub(super) fn read_journal(say: bool) -> Option<(Vec<SessionRecord>, usize)> {
    let read = Journal::default_path()
        .and_then(|path| journal::read(&path).map(|(records, warnings)| (path, records, warnings)));
    match read {
        Ok((path, records, warnings)) => {
            if say {
                for warning in &warnings {
                    output::eprint(&format!("knead: warning: {}: {warning}\n", path.display()));
                }
            }
            Some((records, warnings.len()))
        }
        Err(e) => {
            if say {
                output::eprint(&format!("knead: error: {e}\n"));
            }
            None
        }
    }
}

fn skipped_notice(skipped: usize) -> Option<String> {
    (skipped > 0).then(|| crate::text::count(skipped, "journal line") + " could not be read")
}

/// Runs the view on a full screen of its own.
fn show(view: &mut HistoryView) -> io::Result<Exit> {
    let mut events = match Live::start(1.0) {
        Ok(events) => events,
        Err(e) => return set_up_failed(&e),
    };
    let mut screen = match FullScreen::enter() {
        Ok(screen) => screen,
        Err(e) => return set_up_failed(&e),
    };
    let closed = tui::history::show(&mut screen, &mut events, view);
    drop(screen);
    match closed {
        Ok(Closed::Back) => Ok(Exit::Done),
        Ok(Closed::Interrupted) => Ok(Exit::Interrupted),
        Err(e) => {
            output::eprint(&format!("knead: error: {e}\n"));
            Ok(Exit::Failure)
        }
    }
}

fn set_up_failed(error: &io::Error) -> io::Result<Exit> {
    output::eprint(&format!(
        "knead: error: the full screen could not start ({error}); `knead history` prints the table\n"
    ));
    Ok(Exit::Failure)
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
