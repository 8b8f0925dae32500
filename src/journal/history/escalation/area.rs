//! Which past pain stops count before a session (review M7): before a
//! routine firmer than the light ones, a stop on any routine working the
//! same body region counts; before a light one, only its own stops. A
//! routine no longer found counts as working every region. The session
//! and `knead report` both ask here, so they count alike.

use std::collections::HashMap;

use crate::routine::Routine;
use crate::routine::vocabulary::Region;
use crate::safety::Limit;

/// The body regions every routine knead can find works, by id.
#[derive(Debug, Clone, Default)]
pub struct Areas {
    known: HashMap<String, Vec<Region>>,
}

/// Which past routines' pain stops count before one session.
#[derive(Debug, Clone)]
pub enum SameArea<'a> {
    /// A light routine: its own stops only.
    Own(&'a str),
    /// A firmer one: stops on every routine sharing one of its regions.
    Regions {
        /// The routine's id: its own stops always count.
        id: &'a str,
        /// The regions it works.
        here: Vec<Region>,
        /// Every routine's regions.
        areas: &'a Areas,
    },
    /// A routine no longer found: every stop counts.
    Everything,
}

impl Areas {
    /// The regions of each `(id, routine)` given: the routines knead finds.
    pub fn new<'r>(routines: impl IntoIterator<Item = (&'r str, &'r Routine)>) -> Self {
        let known = routines
            .into_iter()
            .map(|(id, routine)| (id.to_owned(), regions(routine)))
            .collect();
        Self { known }
    }

    /// What counts before a session of `id`, whose file is `routine` (`None`
    /// when it can no longer be found: it counts as every region).
    pub fn before<'a>(&'a self, id: &'a str, routine: Option<&Routine>) -> SameArea<'a> {
        match routine {
            None => SameArea::Everything,
            Some(routine) if !by_region(routine) => SameArea::Own(id),
            Some(routine) => SameArea::Regions {
                id,
                here: regions(routine),
                areas: self,
            },
        }
    }
}

impl SameArea<'_> {
    /// Whether a pain stop on routine `past` counts.
    pub fn counts(&self, past: &str) -> bool {
        match self {
            SameArea::Own(id) => past == *id,
            SameArea::Regions { id, here, areas } => {
                past == *id
                    || areas
                        .known
                        .get(past)
                        .is_none_or(|theirs| theirs.iter().any(|g| here.contains(g)))
            }
            SameArea::Everything => true,
        }
    }
}

/// Whether stops count by body region before this routine: it presses
/// harder than the light routines do. Before a light one, knead need not
/// read every routine to count.
pub fn by_region(routine: &Routine) -> bool {
    !Limit::LightOnly.allows(routine.load())
}

/// The regions a routine works; one with no area works them all.
fn regions(routine: &Routine) -> Vec<Region> {
    Region::ALL
        .iter()
        .copied()
        .filter(|g| routine.reaches(*g))
        .collect()
}
