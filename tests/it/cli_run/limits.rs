//! A file-size limit (`ulimit -f`, issue 14): the journal's write fails,
//! knead says so and the session carries on, instead of SIGXFSZ killing it
//! silently mid-hold.

use std::time::Duration;

use assert_cmd::Command;

use super::runs::{ANSWERS, ROUTINE};
use crate::support::sandbox::Sandbox;

#[test]
fn a_file_size_limit_costs_the_journal_not_the_session() {
    let sandbox = Sandbox::new();
    // 1000 of the 1024 bytes `ulimit -f 1` allows: the first event's line
    // goes past the limit.
    sandbox.write_journal(&"\n".repeat(1000));
    let script = format!(r#"ulimit -f 1; exec "$0" run {ROUTINE} --plain --speed 1000 --mute"#);
    let mut shell = sandbox.std_command("bash");
    shell.args(["-c", &script, env!("CARGO_BIN_EXE_knead")]);
    let output = Command::from_std(shell)
        .write_stdin(ANSWERS)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert!(
        stdout.contains("NOTICE: the journal cannot be written ("),
        "{stdout}"
    );
    assert!(stdout.contains("File too large"), "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("DONE: ")), "{stdout}");
}
