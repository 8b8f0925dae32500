//! `knead history` printed to a terminal (issue 22): at 80 columns no row
//! wraps (the id and step columns go, titles and reports are cut), at a
//! wide one nothing is cut, and a table taller than the screen goes through
//! the pager (`KNEAD_PAGER`), unless `--no-pager` says not to.

use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use unicode_width::UnicodeWidthStr;

use super::Knead;
use crate::support::pty::PATIENCE;

/// Thirteen sessions with long titles, reports and a hostile name.
const JOURNAL: &str = include_str!("../../fixtures/report-journal.jsonl");

/// `knead history ARGS` in a terminal of `rows` x `cols`, with the
/// fixture journal and `env` set; what it wrote, escapes removed, once it
/// has exited.
fn history(rows: u16, cols: u16, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut knead = Knead::launch((rows, cols), |command, dir| {
        let journal = dir.join("data/knead/journal.jsonl");
        std::fs::create_dir_all(journal.parent().expect("a folder")).expect("data folder");
        std::fs::write(journal, JOURNAL).expect("journal written");
        command.arg("history");
        command.args(args);
        command.env("TZ", "UTC");
        command.env_remove("KNEAD_PAGER");
        command.env_remove("PAGER");
        for (name, value) in env {
            command.env(name, value);
        }
    });
    let deadline = Instant::now() + PATIENCE;
    while knead.child.try_wait().ok().flatten().is_none() {
        assert!(Instant::now() < deadline, "knead history did not exit");
        thread::sleep(Duration::from_millis(20));
    }
    thread::sleep(Duration::from_millis(200));
    let raw = knead.raw.lock().map(|r| r.clone()).unwrap_or_default();
    String::from_utf8_lossy(&strip_ansi_escapes::strip(raw)).replace('\r', "")
}

#[test]
fn at_80_columns_every_line_fits() {
    let shown = history(60, 80, &[], &[]);
    assert!(shown.contains("13 sessions"), "{shown}");
    let header = shown.lines().next().expect("a header");
    for column in ["Date (UTC)", "Routine", "Time", "Outcome", "Reports"] {
        assert!(header.contains(column), "{header}");
    }
    assert!(!header.contains("ID"), "the id column goes first: {header}");
    for line in shown.lines() {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
    // Cut, not lost: the start of each title and report is still there.
    assert!(shown.contains("Foam roll the"), "{shown}");
    assert!(shown.contains("pressure 4,5"), "{shown}");
    assert!(shown.contains("stopped: screening"), "{shown}");
}

#[test]
fn at_a_wide_terminal_nothing_is_cut() {
    let shown = history(60, 200, &[], &[]);
    let header = shown.lines().next().expect("a header");
    assert!(
        header.contains("ID") && header.contains("Steps"),
        "{header}"
    );
    assert!(shown.contains("Tennis-ball piriformis holds"), "{shown}");
    assert!(shown.contains("pressure 4,5; felt better"), "{shown}");
    assert_eq!(shown, piped(), "a wide terminal shows what a pipe gets");
}

/// `knead history` into a pipe, with the same journal: nothing fitted.
fn piped() -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = dir.path().join("data/knead/journal.jsonl");
    std::fs::create_dir_all(journal.parent().expect("a folder")).expect("data folder");
    std::fs::write(journal, JOURNAL).expect("journal written");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_knead"))
        .arg("history")
        .env("TZ", "UTC")
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .current_dir(dir.path())
        .output()
        .expect("knead runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A pager that copies what it is given to `seen` in `dir`.
fn fake_pager(dir: &Path) -> (String, std::path::PathBuf) {
    let seen = dir.join("seen");
    (format!("sh -c 'cat > \"{}\"'", seen.display()), seen)
}

#[test]
fn a_table_taller_than_the_screen_goes_through_the_pager() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pager, seen) = fake_pager(dir.path());
    let shown = history(10, 100, &[], &[("KNEAD_PAGER", &pager)]);
    let paged = std::fs::read_to_string(&seen).expect("the pager ran");
    assert!(paged.contains("13 sessions"), "{paged}");
    assert!(!shown.contains("13 sessions"), "printed as well: {shown}");
}

#[test]
fn no_pager_and_a_table_that_fits_print_straight_to_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pager, seen) = fake_pager(dir.path());
    let shown = history(10, 100, &["--no-pager"], &[("PAGER", &pager)]);
    assert!(shown.contains("13 sessions"), "{shown}");
    let shown = history(60, 100, &[], &[("PAGER", &pager)]);
    assert!(shown.contains("13 sessions"), "{shown}");
    assert!(!seen.exists(), "the pager ran");
}

#[test]
fn into_a_pipe_the_pager_never_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pager, seen) = fake_pager(dir.path());
    let journal = dir.path().join("data/knead/journal.jsonl");
    std::fs::create_dir_all(journal.parent().expect("a folder")).expect("data folder");
    std::fs::write(journal, JOURNAL).expect("journal written");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_knead"))
        .arg("history")
        .env("KNEAD_PAGER", &pager)
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .output()
        .expect("knead runs");
    assert!(String::from_utf8_lossy(&output.stdout).contains("13 sessions"));
    assert!(!seen.exists(), "the pager ran on a pipe");
}
