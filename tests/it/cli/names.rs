//! Names that must not mislead (issue 14): routine ids a person can type,
//! a user routine that shadows a bundled one, paths with spaces or line
//! breaks, a relative `HOME`, and counts in good English.

use crate::support::tools;

use serde_json::Value;

use crate::support::sandbox::{self, Sandbox};

/// A valid one-step routine.
const ONE_STEP: &str = "format = 1\ntitle = \"One\"\n\n[[step]]\nkind = \"rest\"\ntitle = \"Rest\"\ncue = \"Breathe.\"\nduration = \"2s\"\n";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn list_json(sandbox: &Sandbox) -> Vec<Value> {
    let output = sandbox
        .knead()
        .args(["list", "--json"])
        .output()
        .expect("knead ran");
    let listed: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    listed.as_array().expect("an array").clone()
}

#[test]
fn a_broken_user_routine_shadowing_a_bundled_one_is_listed_once() {
    let sandbox = Sandbox::new();
    sandbox.user_routine("foam-roll-glutes.toml", "format = 1\ntitle = \"Mine\"\n");
    let output = sandbox.knead().arg("list").output().expect("knead ran");
    let stdout = text(&output.stdout);
    let lines: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("foam-roll-glutes "))
        .collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert!(
        lines[0].contains("error: a routine needs at least one step")
            && lines[0].ends_with("[user, shadows bundled]"),
        "{}",
        lines[0]
    );

    let listed = list_json(&sandbox);
    let mine: Vec<&Value> = listed
        .iter()
        .filter(|r| r["id"] == "foam-roll-glutes")
        .collect();
    assert_eq!(mine.len(), 1, "{listed:?}");
    assert_eq!(mine[0]["source"], "user");
    assert_eq!(mine[0]["shadows_bundled"], true);
    let mut ids: Vec<&str> = listed.iter().filter_map(|r| r["id"].as_str()).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate ids in {listed:?}");

    let run = sandbox
        .run_fast("foam-roll-glutes", "")
        .output()
        .expect("knead ran");
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("shadows the bundled routine `foam-roll-glutes`"),
        "{}",
        text(&run.stderr)
    );
}

#[test]
fn a_file_name_with_escape_sequences_is_listed_and_refused_as_not_runnable_by_id() {
    let sandbox = Sandbox::new();
    sandbox.user_routine("a\u{1b}[31mb.toml", ONE_STEP);
    let stdout = text(&sandbox.knead().arg("list").output().expect("ran").stdout);
    assert!(!stdout.contains('\u{1b}'), "{stdout:?}");
    let line = stdout
        .lines()
        .find(|l| l.starts_with("\"a\\u{1b}[31mb\""))
        .unwrap_or_else(|| panic!("not listed escaped:\n{stdout}"));
    assert!(line.contains("cannot be run by id"), "{line}");
    let listed = list_json(&sandbox);
    let entry = listed
        .iter()
        .find(|r| r["source"] == "user")
        .expect("the user routine");
    // A JSON string, not a Rust debug string: a script gets the real name.
    assert_eq!(entry["id"], "a\u{1b}[31mb");
    assert!(
        entry["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("a\u{1b}[31mb.toml"))
    );
    assert!(
        entry["error"]
            .as_str()
            .is_some_and(|e| e.contains("cannot be run by id"))
    );
    // `run` agrees with `list`: refused by id, saying why, never echoed raw.
    let run = sandbox
        .run_fast("a\u{1b}[31mb", "")
        .output()
        .expect("knead ran");
    let stderr = text(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    assert!(
        stderr.contains("cannot be run by id: its file name holds control or invisible characters"),
        "{stderr}"
    );
}

#[test]
fn a_relative_home_is_ignored_like_a_relative_xdg_folder() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .knead_in_scratch()
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_DATA_HOME")
        .env("HOME", "relative-home")
        .arg("list")
        .output()
        .expect("knead ran");
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0));
    assert!(!stdout.contains("relative-home"), "{stdout}");
}

#[test]
fn one_step_is_one_step() {
    let sandbox = Sandbox::new();
    let path = sandbox.scratch_file("one.toml", ONE_STEP);
    let output = sandbox
        .run_fast(path.to_str().expect("UTF-8"), "n\ns\n")
        .output()
        .expect("knead ran");
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("DONE: Routine complete: 1 step, 2s of practice."),
        "{stdout}"
    );
}

#[test]
fn new_quotes_a_path_with_a_space_in_the_commands_it_suggests() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .knead_in_scratch()
        .args(["new", "a b.toml"])
        .output()
        .expect("knead ran");
    assert_eq!(
        text(&output.stderr),
        "wrote a b.toml: edit it, then `knead check 'a b.toml'` and `knead run 'a b.toml'`\n"
    );
}

#[test]
fn a_line_break_in_a_file_name_cannot_forge_a_line() {
    let sandbox = Sandbox::new();
    let name = "x\nDONE: forged.toml";
    let created = sandbox
        .knead_in_scratch()
        .args(["new", name])
        .output()
        .expect("ran");
    let stderr = text(&created.stderr);
    assert!(
        stderr.starts_with("wrote \"x\\nDONE: forged.toml\": "),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    std::fs::write(sandbox.scratch_dir().join(name), "format = 1\n").expect("written");
    let checked = sandbox
        .knead_in_scratch()
        .args(["check", name])
        .output()
        .expect("ran");
    let stderr = text(&checked.stderr);
    assert!(
        stderr.starts_with("\"x\\nDONE: forged.toml\":1:1: error: missing `title`"),
        "{stderr}"
    );
    assert!(!stderr.lines().any(|l| l.starts_with("DONE")), "{stderr}");
}

#[test]
fn a_failed_write_keeps_its_place_and_its_cause() {
    let sandbox = Sandbox::new();
    let missing = sandbox
        .knead_in_scratch()
        .args(["new", "no-such-folder/x.toml"])
        .output()
        .expect("ran");
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing.stderr).starts_with(
            "knead: error: cannot write no-such-folder/x.toml: No such file or directory"
        ),
        "{}",
        text(&missing.stderr)
    );
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        tools::skip("no /dev/full");
        return;
    };
    let output = sandbox
        .std_command_in_scratch(env!("CARGO_BIN_EXE_knead"))
        .arg("schema")
        .stdout(full)
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr)
            .starts_with("knead: error: cannot write to standard output: No space left on device"),
        "{}",
        text(&output.stderr)
    );
    let path = sandbox.scratch_file("one.toml", ONE_STEP);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let session = sandbox
        .std_command_in_scratch(env!("CARGO_BIN_EXE_knead"))
        .arg("run")
        .arg(&path)
        .args(sandbox::FAST)
        .stdout(full)
        .output()
        .expect("ran");
    assert_eq!(session.status.code(), Some(1));
    assert!(
        text(&session.stderr)
            .starts_with("knead: error: cannot write to standard output: No space left on device"),
        "{}",
        text(&session.stderr)
    );
}

#[test]
fn an_unknown_id_with_a_line_break_is_shown_escaped() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .knead_in_scratch()
        .args(["run", "x\nDONE: forged", "--plain"])
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        text(&output.stderr),
        "knead: error: no routine named `x\\nDONE: forged` (see `knead list`)\n"
    );
}
