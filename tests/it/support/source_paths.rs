//! What the files under `src/` name from the crate and from `std`, read from
//! their text, for tests about how the modules depend on each other.
//!
//! A text scan, not a parser: it reads `crate::a::b`, `use crate::{a, b::c}`
//! and the same with `std`, and skips lines that are comments.

use std::fs;
use std::path::{Path, PathBuf};

/// The crate's `src/` directory.
pub fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, sorted so reports are stable.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    collect(dir, &mut found);
    found.sort();
    found
}

fn collect(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            collect(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// The files of one top-level module: `src/<name>.rs` and all of `src/<name>/`.
pub fn module_files(name: &str) -> Vec<PathBuf> {
    let src = src_dir();
    let mut files = vec![src.join(format!("{name}.rs"))];
    let dir = src.join(name);
    if dir.is_dir() {
        files.extend(rust_files(&dir));
    }
    files
}

/// The top-level module a file belongs to: `routine` for `src/routine.rs`
/// and `src/routine/convert/step.rs`; none for the crate roots.
pub fn top_level_module(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_owned())
}

/// One path a file names: the segment right after the root, and its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// The first segment after `root::`, such as `journal` in `crate::journal::Event`.
    pub first: String,
    /// The 1-based line it is on.
    pub line: usize,
}

/// Every path under `root` (`crate` or `std`) that the text names.
pub fn named_under(text: &str, root: &str) -> Vec<Named> {
    let code = without_comment_lines(text);
    let needle = format!("{root}::");
    let mut found = Vec::new();
    for (at, _) in code.match_indices(&needle) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let line = code[..at].matches('\n').count() + 1;
        let rest = &code[at + needle.len()..];
        for first in first_segments(rest) {
            found.push(Named { first, line });
        }
    }
    found
}

/// The first segments of what follows `root::`: one name, or each item of a
/// `{...}` group.
fn first_segments(rest: &str) -> Vec<String> {
    let Some(group) = rest.strip_prefix('{') else {
        return ident(rest).into_iter().collect();
    };
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut item_start = true;
    for (at, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => item_start = true,
            c if item_start && !c.is_whitespace() => {
                items.extend(ident(&group[at..]));
                item_start = false;
            }
            _ => {}
        }
    }
    items
}

fn ident(text: &str) -> Option<String> {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    (end > 0).then(|| text[..end].to_owned())
}

/// The text with comment lines blanked, so line numbers still hold; docs
/// may name any module without depending on it.
fn without_comment_lines(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.trim_start().starts_with("//") {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
