//! The modules of `src/` depend on each other in one direction only, at
//! the top level and inside every folder: a cycle means two modules can no
//! longer change, or be understood, apart. The graph is read from the
//! `crate::` and `super::` paths of every file.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use std::path::Path;

use crate::support::source_paths::{named_under, rust_files, src_dir, top_level_module};

/// An edge of the graph and one place that makes it, for the report.
type Graph = BTreeMap<String, BTreeMap<String, String>>;

/// Which top-level module uses which, with the first file and line that does.
fn module_graph() -> Graph {
    let src = src_dir();
    let files = rust_files(&src);
    let modules: BTreeSet<String> = files
        .iter()
        .filter_map(|file| top_level_module(&src, file))
        .collect();
    let mut graph = Graph::new();
    for file in &files {
        let Some(from) = top_level_module(&src, file) else {
            continue;
        };
        let text = fs::read_to_string(file).expect("a readable source file");
        let targets = graph.entry(from.clone()).or_default();
        for named in named_under(&text, "crate") {
            if named.first != from && modules.contains(&named.first) {
                let place = format!("{}:{}", file.display(), named.line);
                targets.entry(named.first).or_insert(place);
            }
        }
    }
    graph
}

/// The first cycle found, as the modules along it, the first repeated at the end.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    let mut done = BTreeSet::new();
    for start in graph.keys() {
        let mut path = Vec::new();
        if let Some(cycle) = visit(graph, start, &mut path, &mut done) {
            return Some(cycle);
        }
    }
    None
}

fn visit(
    graph: &Graph,
    node: &str,
    path: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(at) = path.iter().position(|n| n == node) {
        let mut cycle = path[at..].to_vec();
        cycle.push(node.to_owned());
        return Some(cycle);
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.to_owned());
    for next in graph.get(node).into_iter().flat_map(BTreeMap::keys) {
        if let Some(cycle) = visit(graph, next, path, done) {
            return Some(cycle);
        }
    }
    path.pop();
    done.insert(node.to_owned());
    None
}

/// The cycle in words, with the line that makes each step of it.
fn describe(graph: &Graph, cycle: &[String]) -> String {
    let mut text = cycle.join(" -> ");
    for pair in cycle.windows(2) {
        let place = &graph[&pair[0]][&pair[1]];
        text.push_str(&format!("\n  {} -> {} at {place}", pair[0], pair[1]));
    }
    text
}

#[test]
fn no_top_level_modules_depend_on_each_other_in_a_cycle() {
    let graph = module_graph();
    // A scan that found nothing would pass for the wrong reason.
    let commands = graph.get("commands").expect("src/commands.rs is read");
    assert!(commands.contains_key("routine"), "{graph:#?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("import cycle: {}", describe(&graph, &cycle));
    }
}

/// A file's module path: `["session", "machine"]` for `src/session/machine.rs`.
fn module_path(src: &Path, file: &Path) -> Option<Vec<String>> {
    let relative = file.strip_prefix(src).ok()?.with_extension("");
    let path: Vec<String> = relative
        .components()
        .filter_map(|c| c.as_os_str().to_str().map(str::to_owned))
        .collect();
    (!matches!(path.as_slice(), [root] if root == "lib" || root == "main")).then_some(path)
}

/// Every `crate::` and `super::` path in `text`, made absolute from
/// `module`, with its line: `use super::{a, b::c}` gives two.
fn absolute_paths(text: &str, module: &[String]) -> Vec<(Vec<String>, usize)> {
    let code: String = text
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("//") {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    for root in ["crate::", "super::"] {
        for (at, _) in code.match_indices(root) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let mut rest = &code[at + root.len()..];
            let mut base: Vec<String> = if root == "crate::" {
                Vec::new()
            } else {
                module[..module.len().saturating_sub(1)].to_vec()
            };
            while let Some(more) = rest.strip_prefix("super::") {
                base.pop();
                rest = more;
            }
            let line = code[..at].matches('\n').count() + 1;
            for tail in tails(rest) {
                let mut path = base.clone();
                path.extend(tail);
                found.push((path, line));
            }
        }
    }
    found
}

/// The paths a `use` tail names: `a::b`, or each item of `a::{b, c::d}`.
fn tails(rest: &str) -> Vec<Vec<String>> {
    let mut head = Vec::new();
    let mut rest = rest;
    loop {
        if let Some(group) = rest.strip_prefix('{') {
            let mut out = Vec::new();
            for item in split_group(group) {
                for tail in tails(item.trim_start()) {
                    let mut path = head.clone();
                    path.extend(tail);
                    out.push(path);
                }
            }
            return out;
        }
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if end == 0 {
            return vec![head];
        }
        head.push(rest[..end].to_owned());
        match rest[end..].strip_prefix("::") {
            Some(more) => rest = more,
            None => return vec![head],
        }
    }
}

/// The top-level items of a `{...}` group, up to its closing brace.
fn split_group(group: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (at, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..at]);
                return items;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    items
}

/// Which module uses which among siblings (modules with the same parent,
/// top-level ones included), with the first file and line that does. A
/// module naming its own parent or child is not an edge: a parent re-exports
/// what its children define.
fn nested_graph() -> Graph {
    let src = src_dir();
    let files = rust_files(&src);
    let modules: BTreeSet<Vec<String>> = files
        .iter()
        .filter_map(|file| module_path(&src, file))
        .collect();
    let mut graph = Graph::new();
    for file in &files {
        // A module's tests (`tests.rs`, or the end of a file) may use anything.
        let Some(from) = module_path(&src, file).filter(|m| !m.ends_with(&["tests".to_owned()]))
        else {
            continue;
        };
        let text = fs::read_to_string(file).expect("a readable source file");
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (path, line) in absolute_paths(text, &from) {
            let Some(to) = (1..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|p| modules.contains(p))
            else {
                continue;
            };
            let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if common == from.len() || common == to.len() {
                continue;
            }
            let (a, b) = (from[..=common].join("::"), to[..=common].join("::"));
            let place = format!("{}:{line}", file.display());
            graph.entry(a).or_default().entry(b).or_insert(place);
        }
    }
    graph
}

#[test]
fn no_modules_inside_a_folder_depend_on_each_other_in_a_cycle() {
    let graph = nested_graph();
    // A scan that found nothing would pass for the wrong reason.
    let table = graph
        .get("session::engine")
        .expect("src/session/engine.rs is read");
    assert!(table.contains_key("session::machine"), "{graph:#?}");
    let top = graph.get("commands").expect("src/commands.rs is read");
    assert!(top.contains_key("routine"), "{graph:#?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("import cycle: {}", describe(&graph, &cycle));
    }
}

#[test]
fn nested_paths_are_made_absolute() {
    let module = ["tui".to_owned(), "picker".to_owned(), "run".to_owned()];
    let text = "use super::{keys::action_for, state::{Picked, Picker}};\n\
                use super::super::page;\n\
                // use crate::sound;\n\
                let x = crate::safety::CONDITIONS;\n";
    let found: Vec<(String, usize)> = absolute_paths(text, &module)
        .into_iter()
        .map(|(path, line)| (path.join("::"), line))
        .collect();
    let expected = [
        ("safety::CONDITIONS", 4),
        ("tui::picker::keys::action_for", 1),
        ("tui::picker::state::Picked", 1),
        ("tui::picker::state::Picker", 1),
        ("tui::page", 2),
    ];
    let expected: Vec<(String, usize)> = expected
        .iter()
        .map(|(path, line)| ((*path).to_owned(), *line))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn a_cycle_is_found_and_named() {
    let edge = |from: &str, to: &str| (from.to_owned(), to.to_owned());
    let mut graph = Graph::new();
    for (from, to) in [
        edge("a", "b"),
        edge("b", "c"),
        edge("c", "d"),
        edge("d", "b"),
    ] {
        let place = format!("src/{from}.rs:1");
        graph.entry(from).or_default().insert(to, place);
    }
    let cycle = find_cycle(&graph).expect("b -> c -> d -> b");
    assert_eq!(cycle, ["b", "c", "d", "b"]);
    assert_eq!(
        describe(&graph, &cycle).lines().next(),
        Some("b -> c -> d -> b")
    );
    graph.get_mut("d").expect("d").clear();
    assert_eq!(find_cycle(&graph), None);
}

#[test]
fn grouped_and_nested_imports_are_read() {
    let text = "use crate::{journal::{self, Event}, routine};\n\
                // use crate::sound;\n\
                let x = crate::safety::check_in_question(&[]);\n\
                use mycrate::plain;\n";
    let firsts: Vec<(String, usize)> = named_under(text, "crate")
        .into_iter()
        .map(|n| (n.first, n.line))
        .collect();
    let expected = [("journal", 1), ("routine", 1), ("safety", 3)];
    let expected: Vec<(String, usize)> = expected
        .iter()
        .map(|(name, line)| ((*name).to_owned(), *line))
        .collect();
    assert_eq!(firsts, expected);
}
