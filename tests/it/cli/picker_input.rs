//! `knead` alone reads its answer from anything (issue 14): bytes that are
//! not UTF-8 are a wrong answer, asked again, and a stream with no line
//! break cannot fill memory.
#![cfg(target_os = "linux")]

use std::process::Stdio;
use std::time::Duration;

use crate::support::sandbox::Sandbox;

#[test]
fn an_undecodable_answer_is_asked_again() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .knead_in_scratch()
        .write_stdin(b"\xe9\nx\n".to_vec())
        .timeout(Duration::from_secs(20))
        .output()
        .expect("knead ran");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(3), "{stdout}");
    assert!(
        stdout.contains("NOTICE: Type a number from 1 to "),
        "{stdout}"
    );
}

/// The resident memory of a process, in KiB, from /proc.
fn resident_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn an_endless_line_does_not_fill_memory() {
    let sandbox = Sandbox::new();
    let zero = std::fs::File::open("/dev/zero").expect("/dev/zero");
    let mut child = sandbox
        .std_command_in_scratch(env!("CARGO_BIN_EXE_knead"))
        .stdin(zero)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("knead starts");
    std::thread::sleep(Duration::from_millis(1500));
    let resident = resident_kib(child.id());
    let _ = child.kill();
    let _ = child.wait();
    let resident = resident.expect("the picker was still reading");
    assert!(resident < 256 * 1024, "{resident} KiB after 1.5 s of zeros");
}
