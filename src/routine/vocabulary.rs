//! The closed vocabularies of tools and areas a routine may name, and what
//! each word implies for safety: how firmly a tool presses, and which body
//! regions an area belongs to (docs/routine-format.md, "Tools" and "Areas").
//!
//! The limits a long-standing condition sets (docs/safety.md) are decided
//! from these entries, never from guessing at free words, so a word knead
//! does not know is an error in the file rather than a quiet "hands".

mod areas;
mod tools;

pub use crate::safety::Region;
use crate::safety::{Heat, Pressure, Tool};
use crate::text::single_line;

pub use areas::AREAS;
pub use tools::TOOLS;

/// What a tool is, as far as stopping and the limits go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ToolKind {
    /// A ball pressed into the body.
    Ball,
    /// A foam roller, a massage stick or a rolled towel used as one.
    Roller,
    /// A wall to lean a ball against.
    Wall,
    /// A heat or cold pack, or a hot-water bottle.
    Pack,
    /// The person's own hands.
    Hands,
    /// A powered massager, such as a massage gun.
    Device,
    /// Something to lie, sit or lean on: a mat, pillow, towel, chair.
    Support,
}

/// One tool a routine may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ToolEntry {
    /// The name knead shows and the picker lists.
    pub name: &'static str,
    /// Other spellings that mean the same tool, plurals among them.
    pub aliases: &'static [&'static str],
    /// How firmly it presses when a hold or roll uses it.
    pub class: Pressure,
    /// What it is.
    pub kind: ToolKind,
    /// Whether it warms the body (packs only).
    pub heat: Heat,
}

/// One area a routine may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AreaEntry {
    /// The name knead shows.
    pub name: &'static str,
    /// Other spellings that mean the same area, plurals among them.
    pub aliases: &'static [&'static str],
    /// The body regions it lies in.
    pub regions: &'static [Region],
}

impl ToolEntry {
    /// What a person lets go of when a session stops, for this tool alone.
    pub fn release(&self) -> Tool {
        match self.kind {
            ToolKind::Ball => Tool::Ball,
            ToolKind::Roller => Tool::Roller,
            ToolKind::Pack => Tool::Pack,
            ToolKind::Wall | ToolKind::Hands | ToolKind::Device | ToolKind::Support => Tool::Hands,
        }
    }
}

/// A word as the vocabularies compare it: without escapes, case or runs
/// of spaces, so "Tennis  Ball" is "tennis ball".
pub fn normalise(word: &str) -> String {
    single_line(word)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The tool a word names, by its name or an alias.
pub fn tool(word: &str) -> Option<&'static ToolEntry> {
    let word = normalise(word);
    TOOLS
        .iter()
        .find(|entry| entry.name == word || entry.aliases.contains(&word.as_str()))
}

/// The area a word names, by its name or an alias.
pub fn area(word: &str) -> Option<&'static AreaEntry> {
    let word = normalise(word);
    AREAS
        .iter()
        .find(|entry| entry.name == word || entry.aliases.contains(&word.as_str()))
}

/// Every word the tool vocabulary accepts: names, then aliases.
pub fn tool_words() -> Vec<&'static str> {
    words(TOOLS.iter().map(|t| (t.name, t.aliases)))
}

/// Every word the area vocabulary accepts: names, then aliases.
pub fn area_words() -> Vec<&'static str> {
    words(AREAS.iter().map(|a| (a.name, a.aliases)))
}

fn words(
    entries: impl Iterator<Item = (&'static str, &'static [&'static str])> + Clone,
) -> Vec<&'static str> {
    let names = entries.clone().map(|(name, _)| name);
    let aliases = entries.flat_map(|(_, aliases)| aliases.iter().copied());
    names.chain(aliases).collect()
}

/// The tool word (a name or an alias) closest to an unknown word, if it
/// looks like a typo.
pub fn suggest_tool(word: &str) -> Option<&'static str> {
    super::suggest::did_you_mean(&normalise(word), &tool_words())
}

/// The area word (a name or an alias) closest to an unknown word, if it
/// looks like a typo.
pub fn suggest_area(word: &str) -> Option<&'static str> {
    super::suggest::did_you_mean(&normalise(word), &area_words())
}

#[cfg(test)]
#[path = "vocabulary/tests.rs"]
mod tests;
