//! One routine as the picker lists and previews it.

use std::time::Duration;

use crate::library::Origin;
use crate::routine::Routine;

/// A routine in the picker: valid (with its routine) or broken (with the
/// first error, located). Every text is already safe for a terminal.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The id as shown (invisible characters made visible).
    pub id: String,
    /// Where the file is, as shown.
    pub path: String,
    /// Bundled, or the person's own.
    pub origin: Origin,
    /// This user routine takes the place of a bundled one of the same id.
    pub shadows_bundled: bool,
    /// Why the routine cannot be started, or cannot be run by its id: the
    /// first error's headline (`PATH:LINE:COL: error: ...`).
    pub problem: Option<String>,
    /// The validated routine; `None` for a broken file.
    pub routine: Option<Routine>,
}

impl Entry {
    /// The title, or the id for a file that could not be read.
    pub fn title(&self) -> &str {
        self.routine.as_ref().map_or(&self.id, |r| &r.title)
    }

    /// The whole planned time, for a valid routine.
    pub fn time(&self) -> Option<Duration> {
        self.routine.as_ref().map(Routine::planned_time)
    }

    /// The tools it needs (none known for a broken file).
    pub fn tools(&self) -> &[String] {
        self.routine.as_ref().map_or(&[], |r| &r.tools)
    }

    /// The areas it works on (none known for a broken file).
    pub fn areas(&self) -> &[String] {
        self.routine.as_ref().map_or(&[], |r| &r.areas)
    }

    /// Whether Enter can start it.
    pub fn startable(&self) -> bool {
        self.routine.is_some()
    }

    /// The texts the `/` filter looks in: title and id first, then areas
    /// and tools.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        [self.title(), self.id.as_str()]
            .into_iter()
            .chain(self.areas().iter().map(String::as_str))
            .chain(self.tools().iter().map(String::as_str))
    }
}
