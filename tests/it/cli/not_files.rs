//! Files that are not files (issue 14): a FIFO where a routine, a template
//! or the routine folder's entries should be, and a settings file linked to
//! `/dev/zero`. Each is refused at once with a located, one-line error that
//! keeps the path and the reason; none hangs or fills memory.
//!
//! Every run has a timeout: before the fix these runs never ended.
#![cfg(unix)]

use std::path::Path;
use std::process::Command as StdCommand;
use std::time::Duration;

use crate::support::sandbox::Sandbox;

/// Long enough for a slow shared machine, far shorter than forever.
const PATIENCE: Duration = Duration::from_secs(20);

fn mkfifo(path: &Path) {
    let made = StdCommand::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {path:?}");
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn check_refuses_a_fifo_at_once() {
    let sandbox = Sandbox::new();
    let fifo = sandbox.scratch_dir().join("f.toml");
    mkfifo(&fifo);
    let output = sandbox
        .knead_in_scratch()
        .args(["check", "f.toml"])
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with(
            "f.toml: error: cannot read: it is a FIFO (named pipe), not a regular file\n"
        ),
        "{}",
        stderr(&output)
    );
}

#[test]
fn run_refuses_a_fifo_at_once() {
    let sandbox = Sandbox::new();
    let fifo = sandbox.scratch_dir().join("f.toml");
    mkfifo(&fifo);
    let output = sandbox
        .knead_in_scratch()
        .args(["run", "f.toml", "--plain"])
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("f.toml: error: cannot read: it is a FIFO"));
}

#[test]
fn new_force_refuses_to_write_into_a_fifo() {
    let sandbox = Sandbox::new();
    let fifo = sandbox.scratch_dir().join("f.toml");
    mkfifo(&fifo);
    let output = sandbox
        .knead_in_scratch()
        .args(["new", "f.toml", "--force"])
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "knead: error: cannot write f.toml: it is a FIFO (named pipe), not a regular file\n"
    );
}

#[test]
fn a_fifo_in_the_routine_folder_is_listed_as_broken() {
    let sandbox = Sandbox::new();
    let good = sandbox.user_routine("mine.toml", "format = 1\n");
    let fifo = good.with_file_name("pipe.toml");
    mkfifo(&fifo);
    let output = sandbox
        .knead()
        .arg("list")
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let listed = String::from_utf8_lossy(&output.stdout);
    let line = listed
        .lines()
        .find(|l| l.starts_with("pipe "))
        .unwrap_or_else(|| panic!("no pipe entry in {listed}"));
    assert!(
        line.contains("it is a FIFO (named pipe), not a regular file"),
        "{line}"
    );
    // `knead` alone reads the same folder before offering a choice.
    let picked = sandbox
        .knead()
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    assert_ne!(picked.status.code(), None, "killed by the timeout");
}

/// A session run with the settings file replaced by what `put` makes at
/// its path: everything it printed, and its exit code.
fn session_with_settings_replaced(put: impl FnOnce(&Path)) -> (String, Option<i32>) {
    let sandbox = Sandbox::new();
    sandbox.write_config("");
    let config = sandbox.config_path();
    std::fs::remove_file(&config).expect("removed");
    put(&config);
    let output = sandbox
        .run_fast("tests/routines/plain-session.toml", "y\n")
        .timeout(PATIENCE)
        .output()
        .expect("knead ran");
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(&output)
    );
    (all, output.status.code())
}

#[test]
fn settings_linked_to_dev_zero_are_refused_with_the_reason() {
    let (all, code) = session_with_settings_replaced(|config| {
        std::os::unix::fs::symlink("/dev/zero", config).expect("linked");
    });
    assert!(
        all.contains(
            "config.toml: error: cannot read: it is a device, not a regular file; this session uses the default settings"
        ),
        "{all}"
    );
    assert_eq!(code, Some(3), "{all}");
}

#[test]
fn settings_that_are_a_fifo_are_refused_with_the_reason() {
    let (all, _) = session_with_settings_replaced(mkfifo);
    assert!(
        all.contains(
            "config.toml: error: cannot read: it is a FIFO (named pipe), not a regular file; this session uses the default settings"
        ),
        "{all}"
    );
}

#[test]
fn a_journal_that_is_a_fifo_or_a_device_is_refused_by_name() {
    let sandbox = Sandbox::new();
    sandbox.write_journal("");
    let journal = sandbox.journal_path();
    std::fs::remove_file(&journal).expect("removed");
    mkfifo(&journal);
    let run = || {
        let output = sandbox
            .run_fast("tests/routines/plain-session.toml", "y\n1\n")
            .timeout(PATIENCE)
            .output()
            .expect("knead ran");
        assert_eq!(output.status.code(), Some(3), "{output:?}");
        format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            stderr(&output)
        )
    };
    let all = run();
    assert!(
        all.contains("journal.jsonl: it is a FIFO (named pipe), not a regular file"),
        "{all}"
    );
    assert!(!all.contains("Invalid argument"), "{all}");
    std::fs::remove_file(&journal).expect("removed");
    std::os::unix::fs::symlink("/dev/null", &journal).expect("linked");
    let all = run();
    assert!(
        all.contains("journal.jsonl: it is a device, not a regular file"),
        "{all}"
    );
}

#[test]
fn a_time_zone_naming_a_device_or_a_fifo_is_refused_and_utc_shown() {
    let sandbox = Sandbox::new();
    let fifo = sandbox.scratch_dir().join("zone");
    mkfifo(&fifo);
    let fifo = fifo.to_str().expect("UTF-8").to_owned();
    for (tz, why) in [
        ("/dev/zero", "it is a device"),
        (fifo.as_str(), "it is a FIFO (named pipe)"),
    ] {
        let output = sandbox
            .knead()
            .env("TZ", tz)
            .args(["report", "--json"])
            .timeout(PATIENCE)
            .output()
            .expect("knead ran");
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(
            stderr(&output),
            format!(
                "knead: warning: the time zone file `{tz}` (TZ) cannot be read: {why}, not a regular file: times are shown in UTC\n"
            )
        );
        let report = String::from_utf8_lossy(&output.stdout);
        assert!(report.contains("\"zone\": \"UTC"), "{report}");
    }
}
