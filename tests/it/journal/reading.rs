//! Reading a journal that is damaged, or not a journal at all, through the
//! real `knead history`: only bad lines are lost, garbage gives one warning,
//! and a path that is not a regular file is refused at once, with its reason.

use std::fmt::Write;
use std::fs::{self, File};
use std::os::unix::fs::symlink;
use std::process::Command as StdCommand;
use std::time::Duration;

use knead::journal;
use serde_json::Value;

use crate::support::sandbox::Sandbox;

const BOM: &str = "\u{feff}";

/// A session that stopped for pain, its start line damaged by `damage`.
fn pain_stop_session(damage: impl Fn(&str) -> String) -> String {
    let start = r#"{"at":"2026-11-21T07:30:00Z","session":"pain","event":"start","routine":"piriformis-tennis-ball","title":"Piriformis release with a ball","hash":"sha256:00","planned_seconds":420}"#;
    let rest = [
        r#"{"at":"2026-11-21T07:30:05Z","session":"pain","event":"screening","answer":"no"}"#,
        r#"{"at":"2026-11-21T07:31:05Z","session":"pain","event":"step","index":0,"kind":"hold","title":"Hold","planned_seconds":60,"seconds":60}"#,
        r#"{"at":"2026-11-21T07:31:09Z","session":"pain","event":"check_in","step":0,"point":"end","answer":"yes"}"#,
        r#"{"at":"2026-11-21T07:31:09Z","session":"pain","event":"end","outcome":"stopped_for_safety","step":0}"#,
    ];
    let mut text = damage(start) + "\n";
    for line in rest {
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// A complete session on the next day.
fn calm_session() -> &'static str {
    concat!(
        r#"{"at":"2026-11-22T07:30:00Z","session":"calm","event":"start","routine":"foam-roll-glutes","title":"Foam rolling, glutes","hash":"sha256:01","planned_seconds":300}"#,
        "\n",
        r#"{"at":"2026-11-22T07:35:00Z","session":"calm","event":"end","outcome":"completed"}"#,
        "\n",
    )
}

fn history_json(sandbox: &Sandbox) -> (Vec<Value>, String) {
    let output = sandbox
        .knead()
        .args(["history", "--json"])
        .timeout(Duration::from_secs(20))
        .output()
        .expect("history runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let sessions = serde_json::from_slice(&output.stdout).expect("JSON");
    (
        sessions,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_bom_at_the_start_of_the_file_is_not_damage() {
    let text = format!(
        "{BOM}{}{}",
        pain_stop_session(str::to_string),
        calm_session()
    );
    let (records, warnings) = journal::parse(text.as_bytes());
    assert_eq!(warnings, []);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].routine, "piriformis-tennis-ball");
    assert_eq!(records[0].pain_stops(), 1);
}

#[test]
fn a_damaged_first_line_loses_that_line_only_and_keeps_the_pain_stop() {
    let sandbox = Sandbox::new();
    // An editor added a BOM and a stray byte that made the first line unreadable.
    let damaged = pain_stop_session(|start| start.replacen("{", "x{", 1));
    sandbox.write_journal(&format!("{BOM}{damaged}{}", calm_session()));

    let (sessions, stderr) = history_json(&sandbox);
    assert_eq!(sessions.len(), 2, "{sessions:?}");
    let pain = &sessions[0];
    assert_eq!(pain["outcome"], "stopped_for_safety", "{pain}");
    assert_eq!(pain["check_ins"][0]["answer"], "yes", "{pain}");
    assert_eq!(
        pain["started"], "2026-11-21T07:30:05Z",
        "its first readable line"
    );
    assert_eq!(sessions[1]["routine"], "foam-roll-glutes");
    assert!(stderr.contains("line 1: not a journal event"), "{stderr}");
    assert!(stderr.contains("no readable start line"), "{stderr}");

    let table = sandbox.knead().arg("history").output().expect("history");
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.contains("stopped: pain"), "{table}");
}

#[test]
fn a_garbage_journal_gives_one_summary_warning() {
    let sandbox = Sandbox::new();
    // Deterministic noise: 312 lines of bytes that are neither UTF-8 nor JSON.
    let mut noise = Vec::new();
    let mut x: u32 = 12_345;
    for _ in 0..312 {
        for _ in 0..40 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            noise.push(0x80 | (x >> 24) as u8);
        }
        noise.push(b'\n');
    }
    noise.extend_from_slice(calm_session().as_bytes());
    let path = sandbox.journal_path();
    fs::create_dir_all(path.parent().expect("a folder")).expect("data folder");
    fs::write(&path, &noise).expect("journal written");

    let (sessions, stderr) = history_json(&sandbox);
    assert_eq!(
        sessions.len(),
        1,
        "the good lines after the noise still count"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("skipped 312 unreadable lines"), "{stderr}");
    assert!(stderr.contains("line 1"), "where to look first: {stderr}");
}

#[test]
fn a_few_bad_lines_are_each_named() {
    let mut text = String::from(calm_session());
    for n in 0..3 {
        let _ = writeln!(text, "not json {n}");
    }
    let (_, warnings) = journal::parse(text.as_bytes());
    let lines: Vec<usize> = warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [3, 4, 5], "{warnings:?}");
}

/// `knead ARGS` with the journal path made by `make`: must end within 20 s,
/// fail, and say in one line what the path is and why it was refused.
fn refused(make: impl Fn(&std::path::Path), args: &[&str], why: &str) {
    let sandbox = Sandbox::new();
    let path = sandbox.journal_path();
    fs::create_dir_all(path.parent().expect("a folder")).expect("data folder");
    make(&path);
    let output = sandbox
        .knead()
        .args(args)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("knead runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let expected = format!("cannot read the journal {}: {why}", path.display());
    assert!(stderr.contains(&expected), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn a_fifo_as_the_journal_is_refused_not_waited_on() {
    let fifo = |path: &std::path::Path| {
        let made = StdCommand::new("mkfifo").arg(path).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    };
    refused(fifo, &["history"], "not a regular file");
}

#[test]
fn a_link_to_dev_zero_as_the_journal_is_refused() {
    let link = |path: &std::path::Path| symlink("/dev/zero", path).expect("symlink");
    refused(link, &["history"], "not a regular file");
}

#[test]
fn a_folder_as_the_journal_keeps_the_os_reason() {
    let folder = |path: &std::path::Path| fs::create_dir(path).expect("folder");
    refused(folder, &["history"], "Is a directory");
}

#[test]
fn a_journal_over_the_size_cap_is_refused_with_the_cap() {
    // Sparse: costs no disk and no time to make.
    let huge = |path: &std::path::Path| {
        let file = File::create(path).expect("create");
        file.set_len(300 << 20).expect("set length");
    };
    refused(huge, &["history"], "larger than 256 MiB");
}

#[test]
fn run_with_a_fifo_as_the_journal_does_not_hang() {
    let sandbox = Sandbox::new();
    let path = sandbox.journal_path();
    fs::create_dir_all(path.parent().expect("a folder")).expect("data folder");
    let made = StdCommand::new("mkfifo").arg(&path).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    // The timeout fails the test if the run waits on the pipe.
    let output = sandbox
        .run_fast("foam-roll-glutes", "no\n")
        .output()
        .expect("run ends");
    assert!(output.status.code().is_some(), "killed by the timeout");
    // The writer refuses a pipe by name: the session runs and says so.
    let stdout = String::from_utf8_lossy(&output.stdout);
    let notice = format!(
        "cannot open the journal {}: it is a FIFO (named pipe)",
        path.display()
    );
    assert!(stdout.contains(&notice), "{stdout}");
}
