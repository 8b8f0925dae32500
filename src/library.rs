//! Where routines come from: bundled in the binary, the user's folder, or a path.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::routine::{self, Checked, Lints};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// Where a routine was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Shipped inside knead.
    Bundled,
    /// In the user's routine folder.
    User,
    /// A file named on the command line.
    Path,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Origin::Bundled => "bundled",
            Origin::User => "user",
            Origin::Path => "path",
        })
    }
}

/// A routine file, read and checked.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The routine's id: its file name without `.toml`.
    pub id: String,
    /// Where it came from.
    pub origin: Origin,
    /// The name used in messages: a path, or `bundled:ID.toml`.
    pub display: String,
    /// The file's text, for diagnostics and the journal's content hash.
    pub text: String,
    /// The validated routine or the problems found.
    pub checked: Checked,
}

/// The bundled routines, in id order.
pub fn bundled() -> Vec<Loaded> {
    embedded::BUNDLED.iter().map(load_bundled).collect()
}

fn load_bundled(entry: &(&str, &str, &str)) -> Loaded {
    load_bundled_with(entry, Lints::Run)
}

fn load_bundled_with((id, name, text): &(&str, &str, &str), lints: Lints) -> Loaded {
    Loaded {
        id: (*id).to_owned(),
        origin: Origin::Bundled,
        display: format!("routines/{name}"),
        text: (*text).to_owned(),
        checked: routine::check_str_with(text, lints),
    }
}

/// Every routine a person can run by id: theirs first, then the bundled
/// ones they have not shadowed with a routine of the same id.
pub fn all() -> Vec<Loaded> {
    let mut routines = user_routines();
    let shadowed: Vec<String> = routines.iter().map(|r| r.id.clone()).collect();
    routines.extend(bundled().into_iter().filter(|b| !shadowed.contains(&b.id)));
    offer_known_only(&mut routines);
    routines
}

/// Forgets each screening `offer` that names no routine in `routines`, so
/// a command is only ever suggested for a routine that exists (`knead
/// check` reports the others as errors).
fn offer_known_only(routines: &mut [Loaded]) {
    let ids: Vec<String> = routines.iter().map(|r| r.id.clone()).collect();
    for loaded in routines {
        forget_unknown_offers(loaded, &ids);
    }
}

fn forget_unknown_offers(loaded: &mut Loaded, known: &[String]) {
    let Some(routine) = &mut loaded.checked.routine else {
        return;
    };
    for question in &mut routine.safety.screening {
        if question
            .offer
            .as_ref()
            .is_some_and(|id| !known.contains(id))
        {
            question.offer = None;
        }
    }
}

/// What [`all`] returns, read for a face that shows no warnings and must
/// be quick (the picker): no lints, and the user's files read and checked
/// on every core.
pub fn all_for_picking() -> Vec<Loaded> {
    all_for_picking_in(user_dir().as_deref())
}

/// [`all_for_picking`] with the user's routines read from `dir` (benchmarks
/// and tests name a folder of their own).
pub fn all_for_picking_in(dir: Option<&Path>) -> Vec<Loaded> {
    let paths = dir.map(paths_in).unwrap_or_default();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = paths.len().div_ceil(threads).max(1);
    let mut routines: Vec<Loaded> = std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|p| load_path_with(p, Origin::User, Lints::Skip))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        // A worker that panicked loses its files from the list, not knead.
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    let shadowed: Vec<String> = routines.iter().map(|r| r.id.clone()).collect();
    routines.extend(
        embedded::BUNDLED
            .iter()
            .filter(|(id, ..)| !shadowed.iter().any(|s| s == id))
            .map(|entry| load_bundled_with(entry, Lints::Skip)),
    );
    offer_known_only(&mut routines);
    routines
}

/// Whether knead ships a routine with this id.
pub fn is_bundled(id: &str) -> bool {
    embedded::BUNDLED.iter().any(|(bundled, ..)| *bundled == id)
}

/// Why a routine cannot be run by typing its id, when it cannot: its file
/// name holds what a terminal would hide or change, is not UTF-8, or would
/// be read as a path.
pub fn unrunnable_id(id: &str) -> Option<&'static str> {
    if id.contains(char::REPLACEMENT_CHARACTER) {
        Some("its file name is not UTF-8")
    } else if crate::text::escape_invisible(id) != id {
        Some("its file name holds control or invisible characters")
    } else if id.is_empty() || id.ends_with(".toml") {
        Some("its id would be read as a file path")
    } else {
        None
    }
}

/// The folder for the user's own routines (`$XDG_CONFIG_HOME/knead/routines`).
pub fn user_dir() -> Option<PathBuf> {
    crate::dirs::config_dir().map(|dir| dir.join("routines"))
}

/// The user's routines, in id order; broken ones are included with their errors.
pub fn user_routines() -> Vec<Loaded> {
    user_paths()
        .iter()
        .map(|p| load_path(p, Origin::User))
        .collect()
}

/// The files in the user's routine folder, in name order.
fn user_paths() -> Vec<PathBuf> {
    user_dir().map(|dir| paths_in(&dir)).unwrap_or_default()
}

/// The `.toml` files in `dir`, in name order.
fn paths_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
}

/// Every id a routine can be run by here: the user's, then the bundled.
fn known_ids() -> Vec<String> {
    let mut ids = user_ids();
    ids.extend(embedded::BUNDLED.iter().map(|(id, ..)| (*id).to_owned()));
    ids
}

/// The ids of the user's routines, without reading them.
fn user_ids() -> Vec<String> {
    user_paths()
        .iter()
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect()
}

/// Reads and checks a routine file.
pub fn load_path(path: &Path, origin: Origin) -> Loaded {
    load_path_with(path, origin, Lints::Run)
}

fn load_path_with(path: &Path, origin: Origin, lints: Lints) -> Loaded {
    let (text, checked) = routine::check_file_with(path, lints);
    Loaded {
        id: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        origin,
        display: path.display().to_string(),
        text,
        checked,
    }
}

/// Why a routine name could not be found.
#[derive(Debug)]
pub struct NotFound {
    /// The name asked for.
    pub name: String,
    /// The closest known id, if any is close.
    pub hint: Option<String>,
    /// Why the routine of this id cannot be run by it, when its file exists
    /// ([`unrunnable_id`]): `list` says the same.
    pub unrunnable: Option<&'static str>,
}

impl fmt::Display for NotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = &self.name;
        match (self.unrunnable, &self.hint) {
            (Some(why), _) => write!(
                f,
                "routine `{name}` cannot be run by id: {why}; rename the file, or run it by its path"
            ),
            (None, Some(hint)) => write!(f, "no routine named `{name}`: did you mean `{hint}`?"),
            (None, None) => write!(f, "no routine named `{name}` (see `knead list`)"),
        }
    }
}

impl std::error::Error for NotFound {}

/// Finds a routine by path, user id or bundled id, in that order.
///
/// An argument that names an existing file, or looks like a path (a `/` or a
/// `.toml` ending), is a path; a user's routine shadows a bundled one of the
/// same id, so a therapist's version wins.
pub fn resolve(name: &str) -> Result<Loaded, NotFound> {
    let mut loaded = find(name)?;
    forget_unknown_offers(&mut loaded, &known_ids());
    Ok(loaded)
}

/// The routine of this id, or `None` without the suggestion a person
/// would be shown: for a report over many ids that may be long gone. Its
/// offers stay as written, since a report runs none; pruning them would
/// list the user's folder once per id.
pub fn resolve_quietly(name: &str) -> Option<Loaded> {
    locate(name).ok()
}

fn find(name: &str) -> Result<Loaded, NotFound> {
    locate(name).map_err(|unrunnable| {
        // The closest id is worked out only when it will be said.
        let hint = unrunnable.is_none().then(|| {
            let ids = known_ids();
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            crate::routine::suggest(name, &ids).map(str::to_owned)
        });
        NotFound {
            name: crate::text::escape_invisible(name).into_owned(),
            hint: hint.flatten(),
            unrunnable,
        }
    })
}

/// The routine `name` names, or why its file cannot be run by id (`None`
/// when nothing has that name).
fn locate(name: &str) -> Result<Loaded, Option<&'static str>> {
    let as_path = Path::new(name);
    if as_path.is_file() || name.contains(std::path::MAIN_SEPARATOR) || name.ends_with(".toml") {
        return Ok(load_path(as_path, Origin::Path));
    }
    // Ids are file names, so only the file that matches is read and checked.
    if let Some(user) = user_dir()
        .map(|dir| dir.join(format!("{name}.toml")))
        .filter(|p| p.is_file())
    {
        // What `knead list` says cannot be run by id is not, so the two agree.
        if let Some(why) = unrunnable_id(name) {
            return Err(Some(why));
        }
        return Ok(load_path(&user, Origin::User));
    }
    match embedded::BUNDLED.iter().find(|(id, ..)| *id == name) {
        Some(entry) => Ok(load_bundled(entry)),
        None => Err(None),
    }
}
