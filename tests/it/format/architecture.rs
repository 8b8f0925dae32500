//! The top-level modules of `src/` depend on each other in one direction
//! only: a cycle means two modules can no longer change, or be understood,
//! apart. The graph is read from the `crate::` paths of every file.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

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
