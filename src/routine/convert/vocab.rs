//! The rules for `areas`, `tools` and a step's `tools`: every word must be
//! an entry of its vocabulary, because the limits are decided from them.

use toml::Spanned;

use super::super::diagnostic::Diagnostic;
use super::super::vocabulary::{self, AREAS, TOOLS, ToolEntry, ToolKind};
use crate::text::single_line;

/// Reports every area the vocabulary does not know.
pub(super) fn areas(raw: &[Spanned<String>], out: &mut Vec<Diagnostic>) {
    for area in raw {
        if vocabulary::area(area.get_ref()).is_none() {
            let names: Vec<&str> = AREAS.iter().map(|a| a.name).collect();
            let near = vocabulary::suggest_area(area.get_ref());
            out.push(unknown(area, "area", near, &names));
        }
    }
}

/// The entries of the routine's `tools`, reporting every word the
/// vocabulary does not know; `None` when there was one, so steps are not
/// also told that the tool they name is missing.
pub(super) fn tools(
    raw: &[Spanned<String>],
    out: &mut Vec<Diagnostic>,
) -> Option<Vec<&'static ToolEntry>> {
    let mut known = Vec::with_capacity(raw.len());
    for word in raw {
        match vocabulary::tool(word.get_ref()) {
            Some(entry) => known.push(entry),
            None => out.push(unknown_tool(word)),
        }
    }
    (known.len() == raw.len()).then_some(known)
}

/// The names of the tools a step uses: each must be one the routine lists
/// (`None` when its list has a word knead does not know), or the person's
/// hands, which every routine may use.
pub(super) fn step_tools(
    raw: &[Spanned<String>],
    listed: Option<&[&'static ToolEntry]>,
    out: &mut Vec<Diagnostic>,
) -> Vec<&'static str> {
    let mut names = Vec::with_capacity(raw.len());
    for word in raw {
        let Some(entry) = vocabulary::tool(word.get_ref()) else {
            out.push(unknown_tool(word));
            continue;
        };
        let unlisted = listed.is_some_and(|listed| !listed.iter().any(|t| t.name == entry.name));
        if entry.kind != ToolKind::Hands && unlisted {
            out.push(
                Diagnostic::error(
                    word.span(),
                    format!(
                        "this step uses `{}`, which the routine's `tools` do not list",
                        entry.name
                    ),
                )
                .with_help(format!(
                    "add \"{}\" to `tools` at the top of the file",
                    entry.name
                )),
            );
            continue;
        }
        names.push(entry.name);
    }
    names
}

/// A tool word the vocabulary does not know, with the nearest one or the list.
fn unknown_tool(word: &Spanned<String>) -> Diagnostic {
    let names: Vec<&str> = TOOLS.iter().map(|t| t.name).collect();
    unknown(
        word,
        "tool",
        vocabulary::suggest_tool(word.get_ref()),
        &names,
    )
}

fn unknown(word: &Spanned<String>, what: &str, near: Option<&str>, names: &[&str]) -> Diagnostic {
    let shown = single_line(word.get_ref());
    let diagnostic = Diagnostic::error(word.span(), format!("unknown {what} `{shown}`"));
    match near {
        Some(near) => diagnostic.with_help(format!("did you mean `{near}`?")),
        None => diagnostic.with_help(format!(
            "knead knows these {what}s (and their plurals): {}",
            names.join(", ")
        )),
    }
}
