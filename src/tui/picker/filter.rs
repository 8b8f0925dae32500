//! Which routines the picker shows: a fuzzy `/` filter over title, id,
//! areas and tools, and "what I have", which hides routines needing a tool
//! the person does not have.

use std::collections::BTreeSet;

use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::entry::Entry;
use crate::routine::vocabulary;

/// The tools a person has ticked, compared without case or outer spaces.
pub type Have = BTreeSet<String>;

/// How a tool is compared: by its name in the tool vocabulary, so "Tennis
/// ball " is "tennis ball" and "mat or bed" is "mat".
pub fn tool_key(tool: &str) -> String {
    vocabulary::tool(tool).map_or_else(|| tool.trim().to_lowercase(), |t| t.name.to_owned())
}

/// Every tool the valid routines name, once each, in name order.
pub fn all_tools(entries: &[Entry]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut tools: Vec<String> = entries
        .iter()
        .flat_map(Entry::tools)
        .map(|tool| tool_key(tool))
        .filter(|key| seen.insert(key.clone()))
        .collect();
    tools.sort_by_key(|tool| tool_key(tool));
    tools
}

/// Whether the person has every tool `entry` needs. Nothing ticked means
/// the filter is off; a broken file (tools unknown) is never hidden by it.
pub fn has_tools(entry: &Entry, have: &Have) -> bool {
    have.is_empty()
        || entry
            .tools()
            .iter()
            .all(|tool| have.contains(&tool_key(tool)))
}

/// The entries to show, as indices into `entries`: every one passing the
/// tools filter, and with a `query`, only those it matches, best first
/// (ties keep the list's order).
pub fn shown(entries: &[Entry], query: &str, have: &Have) -> Vec<usize> {
    let pattern = Pattern::new(
        query,
        CaseMatching::Ignore,
        Normalization::Smart,
        AtomKind::Fuzzy,
    );
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buffer = Vec::new();
    let mut scored: Vec<(u32, usize)> = entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| has_tools(entry, have))
        .filter_map(|(n, entry)| {
            let score = score(&pattern, entry, &mut matcher, &mut buffer)?;
            Some((score, n))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, n)| n).collect()
}

/// Each word of the query must match one of the entry's texts on its own,
/// so "ball glute" finds a tool and a title, and letters are never strung
/// across two texts; the score is the sum of each word's best, where the
/// title and id count double: "foam roll" is the routine called so before
/// the one that needs a foam roller.
fn score(
    pattern: &Pattern,
    entry: &Entry,
    matcher: &mut Matcher,
    buffer: &mut Vec<char>,
) -> Option<u32> {
    pattern.atoms.iter().try_fold(0u32, |total, atom| {
        let best = entry
            .fields()
            .enumerate()
            .filter_map(|(n, field)| {
                let score = u32::from(atom.score(Utf32Str::new(field, buffer), matcher)?);
                Some(if n < 2 { score * 2 } else { score })
            })
            .max()?;
        Some(total + best)
    })
}

#[cfg(test)]
mod tests {
    use super::tool_key;

    #[test]
    fn one_tool_is_one_key_however_a_routine_spells_it() {
        assert_eq!(tool_key("mat or bed"), tool_key("mat"));
        assert_eq!(tool_key("Pillows "), "pillow");
        assert_eq!(tool_key("foam roller (soft or medium)"), "foam roller");
        assert_ne!(tool_key("tennis ball"), tool_key("mat"));
    }
}
