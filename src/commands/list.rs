//! `knead list`: the bundled routines and the user's, valid or not.

use serde::Serialize;

use crate::exit::Exit;
use crate::library::{self, Loaded};
use crate::output;
use crate::routine::duration::format as show;
use crate::text::sanitize;

/// One routine as `list --json` prints it.
#[derive(Debug, Serialize)]
pub struct Listed {
    /// The id `knead run` takes.
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
    /// bundled, user or path.
    pub source: String,
    /// Where the file is.
    pub path: String,
    /// The first error, for a broken user routine.
    pub error: Option<String>,
}

impl Listed {
    fn from_loaded(loaded: &Loaded) -> Self {
        let routine = loaded.checked.routine.as_ref();
        let error = loaded
            .checked
            .diagnostics
            .iter()
            .find(|d| d.is_error())
            .map(|d| d.headline(&loaded.display, &loaded.text));
        Self {
            id: sanitize(&loaded.id),
            title: routine.map(|r| r.title.clone()),
            summary: routine.and_then(|r| r.summary.clone()),
            seconds: routine.map(|r| r.planned_time().as_secs()),
            tools: routine.map(|r| r.tools.clone()).unwrap_or_default(),
            areas: routine.map(|r| r.areas.clone()).unwrap_or_default(),
            frequency: routine.and_then(|r| r.frequency.clone()),
            source: loaded.origin.to_string(),
            path: sanitize(&loaded.display),
            error,
        }
    }
}

/// Prints the routines as a table or as JSON.
pub fn run(json: bool) -> std::io::Result<Exit> {
    let mut all = library::bundled();
    all.extend(library::user_routines());
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
    let width = listed
        .iter()
        .map(|l| l.id.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for entry in listed {
        let id = format!("{:width$}", entry.id);
        match (&entry.title, &entry.error) {
            (Some(title), _) => {
                let time = entry
                    .seconds
                    .map(|s| show(std::time::Duration::from_secs(s)))
                    .unwrap_or_default();
                out.push_str(&format!("{id}  {time:>6}  {title}  [{}]\n", entry.source));
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
            (None, error) => out.push_str(&format!(
                "{id}  {:>6}  {}  [{}]\n",
                "-",
                error.as_deref().unwrap_or("cannot be read"),
                entry.source
            )),
        }
    }
    if let Some(dir) = library::user_dir() {
        out.push_str(&format!("\nYour routines go in {}\n", dir.display()));
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
