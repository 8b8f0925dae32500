//! `knead list`: the bundled routines and the user's, valid or not.

use serde::Serialize;

use crate::error::Error;
use crate::exit::Exit;
use crate::library::{self, Loaded, Origin};
use crate::output;
use crate::routine::duration::format as show;
use crate::text::{display_name, display_path};

/// One routine as `list --json` prints it.
#[derive(Debug, Serialize)]
pub struct Listed {
    /// The id `knead run` takes, as it is: JSON escapes what a terminal
    /// would act on.
    pub id: String,
    /// The title, or null when the file has errors.
    pub title: Option<String>,
    /// One line about the routine.
    pub summary: Option<String>,
    /// Total planned time in seconds.
    pub seconds: Option<u64>,
    /// Tools needed.
    pub tools: Vec<String>,
    /// Body areas.
    pub areas: Vec<String>,
    /// How often to do it, as the author wrote it.
    pub frequency: Option<String>,
    /// Sessions a week the routine aims for.
    pub per_week: Option<u8>,
    /// bundled, user or path.
    pub source: String,
    /// Where the file is.
    pub path: String,
    /// The first error, for a broken user routine or one that cannot be
    /// run by its id.
    pub error: Option<String>,
    /// Whether this user routine takes the place of a bundled one.
    pub shadows_bundled: bool,
}

impl Listed {
    /// The view of one loaded routine: its first error, whether it shadows
    /// a bundled one, and every text safe for a terminal but the id and the
    /// path, kept exact for JSON (a table shows them with `display_name`).
    pub fn from_loaded(loaded: &Loaded) -> Self {
        let routine = loaded.checked.routine.as_ref();
        let path = display_name(&loaded.display);
        let unrunnable = library::unrunnable_id(&loaded.id).map(|why| {
            format!("{path}: cannot be run by id: {why}; rename the file, or run it by its path")
        });
        let error = unrunnable.or_else(|| {
            loaded
                .checked
                .diagnostics
                .iter()
                .find(|d| d.is_error())
                .map(|d| d.headline(&loaded.display, &loaded.text))
        });
        Self {
            id: loaded.id.clone(),
            title: routine.map(|r| r.title.clone()),
            summary: routine.and_then(|r| r.summary.clone()),
            seconds: routine.map(|r| r.planned_time().as_secs()),
            tools: routine.map(|r| r.tools.clone()).unwrap_or_default(),
            areas: routine.map(|r| r.areas.clone()).unwrap_or_default(),
            frequency: routine.and_then(|r| r.frequency.clone()),
            per_week: routine.and_then(|r| r.per_week),
            source: loaded.origin.to_string(),
            path: loaded.display.clone(),
            error,
            shadows_bundled: loaded.origin == Origin::User && library::is_bundled(&loaded.id),
        }
    }
}

/// Prints the routines as a table or as JSON.
pub fn run(json: bool) -> Result<Exit, Error> {
    // A user routine shadows the bundled one of its id, broken or not: one
    // entry per id, as `knead run ID` would find it.
    let users = library::user_routines();
    let mut all: Vec<Loaded> = library::bundled()
        .into_iter()
        .filter(|b| !users.iter().any(|u| u.id == b.id))
        .collect();
    all.extend(users);
    let listed: Vec<Listed> = all.iter().map(Listed::from_loaded).collect();
    let text = if json {
        format!(
            "{}\n",
            serde_json::to_string_pretty(&listed).unwrap_or_default()
        )
    } else {
        table(&listed)
    };
    output::print(&text)?;
    Ok(Exit::Done)
}

fn table(listed: &[Listed]) -> String {
    let ids: Vec<String> = listed.iter().map(|l| display_name(&l.id)).collect();
    let width = ids.iter().map(|id| id.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for (entry, id) in listed.iter().zip(&ids) {
        let id = format!("{id:width$}");
        let source = if entry.shadows_bundled {
            format!("{}, shadows bundled", entry.source)
        } else {
            entry.source.clone()
        };
        match (&entry.title, &entry.error) {
            (Some(title), None) => {
                let time = entry
                    .seconds
                    .map(|s| show(std::time::Duration::from_secs(s)))
                    .unwrap_or_default();
                out.push_str(&format!("{id}  {time:>6}  {title}  [{source}]\n"));
                out.push_str(&format!(
                    "{:width$}          tools: {}; areas: {}\n",
                    "",
                    or_none(&entry.tools),
                    or_none(&entry.areas)
                ));
                if let Some(frequency) = &entry.frequency {
                    out.push_str(&format!("{:width$}          how often: {frequency}\n", ""));
                }
            }
            (_, error) => out.push_str(&format!(
                "{id}  {:>6}  {}  [{source}]\n",
                "-",
                error.as_deref().unwrap_or("cannot be read"),
            )),
        }
    }
    if let Some(dir) = library::user_dir() {
        out.push_str(&format!("\nYour routines go in {}\n", display_path(&dir)));
    }
    out
}

fn or_none(items: &[String]) -> String {
    if items.is_empty() {
        "-".into()
    } else {
        items.join(", ")
    }
}
