//! The full-screen picker: the routines as entries, the last one run
//! selected, and Enter starting the session in the same window.

use jiff::Timestamp;

use crate::cli::{ColorChoice, RunArgs};
use crate::commands::history;
use crate::commands::list::Listed;
use crate::commands::run;
use crate::error::Error;
use crate::exit::Exit;
use crate::journal::{self, Journal};
use crate::library::{self, Loaded};
use crate::local_time::Zone;
use crate::output;
use crate::settings;
use crate::tui;
use crate::tui::history::Closed;
use crate::tui::picker::{self, Entry, Picked, Picker};

use super::tools_file;
use crate::tui::launch::SetUpFailed;
use crate::tui::window::Window;

/// Runs the picker full-screen; a terminal that cannot be set up falls back
/// to the numbered list, saying why.
pub fn run(args: &RunArgs, color: ColorChoice) -> Result<Exit, Error> {
    let loaded = library::all_for_picking();
    let last = Journal::default_path()
        .ok()
        .and_then(|path| journal::last_routine(&path));
    let loaded_settings = settings::load();
    let look = run::look(args, &loaded_settings.settings, color);
    let ticks = tools_file::path();
    let ticked = ticks.as_deref().map(tools_file::load).unwrap_or_default();
    let mut picker =
        Picker::new(entries(&loaded), last.as_deref(), look.theme).with_ticked(&ticked);
    let mut window = match Window::open(args.session.speed) {
        Ok(window) => window,
        Err(SetUpFailed(e)) => {
            output::eprint(&format!(
                "knead: the full screen could not start ({e}): using plain lines\n"
            ));
            return super::lines::run(args, color);
        }
    };
    loop {
        let picked = picker::pick(&mut picker, &mut window.screen, &mut window.events)?;
        let now_ticked = picker.ticked();
        if let Some(path) = ticks.as_deref().filter(|_| now_ticked != ticked) {
            // Only a convenience: a failure means ticking again next time,
            // and nothing may be written over the full screen.
            let _ = tools_file::save(path, &now_ticked);
        }
        match picked {
            Picked::Start(n) => {
                let Some(loaded) = loaded.get(n) else {
                    continue;
                };
                let Some(routine) = &loaded.checked.routine else {
                    continue;
                };
                let args = RunArgs {
                    routine: loaded.id.clone(),
                    ..args.clone()
                };
                return run::run_in(window, loaded, routine, &args, &loaded_settings, color);
            }
            // The history page is shown here, in the same window, before
            // the picker reopens with its filter and selection kept.
            Picked::History => {
                let zone = Zone::system();
                let mut view = history::load_view(&zone, look.theme, Timestamp::now());
                let closed = tui::history::show(&mut window.screen, &mut window.events, &mut view)?;
                if closed == Closed::Interrupted {
                    return Ok(Exit::Interrupted);
                }
            }
            Picked::Quit => return Ok(Exit::Stopped),
            Picked::Interrupted => return Ok(Exit::Interrupted),
        }
    }
}

/// The picker's entries for `loaded`, in the same order.
pub fn entries(loaded: &[Loaded]) -> Vec<Entry> {
    loaded.iter().map(entry).collect()
}

/// One routine as the picker shows it: `list`'s view of it (error,
/// shadowing, safe id and path) with the routine for the preview.
pub fn entry(loaded: &Loaded) -> Entry {
    let listed = Listed::from_loaded(loaded);
    Entry {
        id: crate::text::display_name(&listed.id),
        path: crate::text::display_name(&listed.path),
        origin: loaded.origin,
        shadows_bundled: listed.shadows_bundled,
        problem: listed.error,
        routine: loaded.checked.routine.clone(),
    }
}
