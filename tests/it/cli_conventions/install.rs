//! The command-line conventions: a self-contained binary.

use std::fs;
use std::path::Path;
use std::process::Output;

use serde_json::Value;

use super::{bundled_ids, knead_path, text};
use crate::support::sandbox::Sandbox;

/// Runs a copy of the binary, retrying while the copy is "text file busy":
/// another test thread may fork while the copy's write handle is open, and
/// the child holds it until it execs.
fn run_installed(sandbox: &Sandbox, installed: &Path, args: &[&str]) -> Output {
    let mut tries = 0;
    loop {
        match sandbox
            .std_command_in_scratch(installed)
            .args(args)
            .output()
        {
            Ok(output) => {
                assert_eq!(
                    output.status.code(),
                    Some(0),
                    "{args:?}; stderr:\n{}",
                    String::from_utf8_lossy(&output.stderr)
                );
                return output;
            }
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(e) => panic!("the copied binary does not run: {e}"),
        }
    }
}

#[test]
fn the_binary_needs_nothing_beside_it() {
    let sandbox = Sandbox::new();
    let install = tempfile::tempdir().expect("temp dir");
    let installed = install.path().join("knead");
    fs::copy(knead_path(), &installed).expect("copy the binary");
    assert!(
        !sandbox.scratch_dir().join("routines").exists(),
        "the working folder has no routines/"
    );

    let output = run_installed(&sandbox, &installed, &["list", "--json"]);
    let listed: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let mut ids: Vec<String> = listed
        .as_array()
        .expect("an array")
        .iter()
        .filter(|entry| entry["source"] == "bundled")
        .map(|entry| {
            assert!(
                entry["error"].is_null(),
                "a broken bundled routine: {entry}"
            );
            entry["id"].as_str().expect("an id").to_owned()
        })
        .collect();
    ids.sort();
    assert_eq!(ids, bundled_ids());
    assert_eq!(ids.len(), 10, "ten bundled routines");

    let shown = text(&run_installed(&sandbox, &installed, &["list"]).stdout);
    for id in &ids {
        assert!(shown.contains(id.as_str()), "`list` shows {id}: {shown}");
    }

    let output = run_installed(&sandbox, &installed, &["print", "piriformis-tennis-ball"]);
    assert!(text(&output.stdout).starts_with("# "), "a Markdown handout");
    assert!(output.stderr.is_empty(), "stderr: {}", text(&output.stderr));
}
