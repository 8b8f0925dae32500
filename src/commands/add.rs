//! `knead add` and `knead remove`: a routine handed over (by a therapist,
//! say) goes into the person's routines folder only once it passes `knead
//! check`, and a routine of theirs can be taken out again.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::exit::Exit;
use crate::files::{self, FileError};
use crate::input;
use crate::library::{self, Loaded, NotFound, Origin};
use crate::output;
use crate::routine::{self, MaskedSource, Routine};
use crate::text::display_name;

/// A routine checked and ready to install.
struct Ready {
    loaded: Loaded,
    routine: Routine,
    target: PathBuf,
}

/// Checks every file first, then installs them all; a file with errors
/// (or one that would replace a routine unasked) installs none.
pub fn add(files: &[PathBuf], force: bool, color: bool) -> Result<Exit, Error> {
    let dir = library::user_dir().ok_or(Error::NoConfigFolder)?;
    let ready = check_all(files, &dir, color)?;
    let mut replacing = Vec::new();
    for item in &ready {
        if item.target.exists() {
            replacing.push(item.loaded.id.clone());
        }
    }
    let keep = if replacing.is_empty() || force {
        Vec::new()
    } else if io::stdin().is_terminal() {
        ask_which_to_keep(&replacing)?
    } else {
        return Err(Error::WouldReplace(replacing));
    };
    for item in ready.iter().filter(|r| !keep.contains(&r.loaded.id)) {
        install(item)?;
    }
    for id in &keep {
        output::eprint(&format!("kept your routine `{id}` as it was\n"));
    }
    Ok(Exit::Done)
}

/// Loads and checks every file; all their errors at once when any has one.
fn check_all(files: &[PathBuf], dir: &Path, color: bool) -> Result<Vec<Ready>, Error> {
    let mut known: Vec<String> = library::all().into_iter().map(|l| l.id).collect();
    known.extend(files.iter().filter_map(|p| stem(p)));
    let mut report = String::new();
    let mut ready = Vec::new();
    for path in files {
        let mut loaded = library::load_path(path, Origin::Path);
        routine::check_offers(&mut loaded.checked, &loaded.text, &known);
        let shown = MaskedSource::new(&loaded.text);
        for diagnostic in loaded.checked.diagnostics.iter().filter(|d| d.is_error()) {
            report.push_str(&diagnostic.render_in(&loaded.display, &shown, color));
            report.push_str("\n\n");
        }
        if let Some(why) = library::unrunnable_id(&loaded.id) {
            report.push_str(&format!(
                "knead: error: {} cannot be added: {why}\n",
                display_name(&loaded.display)
            ));
            continue;
        }
        if let Some(routine) = loaded.checked.routine.clone() {
            let target = dir.join(format!("{}.toml", loaded.id));
            ready.push(Ready {
                loaded,
                routine,
                target,
            });
        }
    }
    if report.is_empty() {
        Ok(ready)
    } else {
        report.push_str("knead: nothing was added: fix the files above, then add them again\n");
        Err(Error::Rejected { report })
    }
}

fn stem(path: &Path) -> Option<String> {
    path.file_stem().map(|s| s.to_string_lossy().into_owned())
}

/// Asks, for each routine that would be replaced, whether to replace it;
/// returns the ids to keep. No answer (end of input) keeps it.
fn ask_which_to_keep(ids: &[String]) -> Result<Vec<String>, Error> {
    let mut keep = Vec::new();
    let mut stdin = io::stdin().lock();
    for id in ids {
        eprint!("You already have a routine `{id}`. Replace it? [y/N] ");
        io::stderr().flush()?;
        let answer = input::read_line(&mut stdin)?.unwrap_or_default();
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
            keep.push(id.clone());
        }
    }
    Ok(keep)
}

/// Writes one routine into the folder, readable by its owner only, and
/// says what was added and who wrote it.
fn install(item: &Ready) -> Result<(), Error> {
    let today = crate::local_time::Zone::system().date(jiff::Timestamp::now());
    let text = crate::plan::with_start(&item.loaded.text, &item.routine, today);
    files::check_writable(&item.target)
        .and_then(|()| files::write_private(&item.target, text.as_bytes()).map_err(FileError::Io))
        .map_err(|source| Error::Write {
            path: item.target.clone(),
            source,
        })?;
    let id = &item.loaded.id;
    let by = crate::plan::author(&item.routine)
        .map(|who| format!(", by {who}"))
        .unwrap_or_default();
    let shadows = if library::is_bundled(id) {
        " (it shadows the bundled routine of that id)"
    } else {
        ""
    };
    output::eprint(&format!(
        "added `{id}`: {}{by}{shadows}; run it with `knead run {id}`\n",
        item.routine.title
    ));
    Ok(())
}

/// Takes one of the person's routines out of their folder.
pub fn remove(id: &str) -> Result<Exit, Error> {
    let dir = library::user_dir().ok_or(Error::NoConfigFolder)?;
    let path = dir.join(format!("{id}.toml"));
    let is_file = library::unrunnable_id(id).is_none() && !id.contains(['/', '\\']);
    if is_file && path.is_file() {
        std::fs::remove_file(&path).map_err(|e| Error::Write {
            path: path.clone(),
            source: FileError::Io(e),
        })?;
        let back = if library::is_bundled(id) {
            "; the bundled routine of that id is back"
        } else {
            ""
        };
        output::eprint(&format!("removed your routine `{id}`{back}\n"));
        return Ok(Exit::Done);
    }
    if library::is_bundled(id) {
        return Err(Error::BundledRemove(id.to_owned()));
    }
    let ids: Vec<String> = library::user_routines().into_iter().map(|l| l.id).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    Err(Error::NotFound(NotFound {
        name: crate::text::escape_invisible(id).into_owned(),
        hint: routine::suggest(id, &ids).map(str::to_owned),
        unrunnable: None,
    }))
}
