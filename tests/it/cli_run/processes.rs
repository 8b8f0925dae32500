//! knead as a process among others: Ctrl-C (SIGINT) mid-session, `kill -9`,
//! and a reader that goes away (`| head -3`).

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command as StdCommand, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use super::runs::{ANSWERS, ROUTINE, events, wait_until};
use crate::support::sandbox::Sandbox;

/// Long enough for a loaded machine, short enough to fail fast.
const PATIENCE: Duration = Duration::from_secs(15);

/// A knead process started by a test; killed on drop if still running, so a
/// failing test leaves nothing behind.
pub(crate) struct Spawned {
    child: Child,
    pub(crate) stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    pub(crate) seen: Vec<String>,
}

impl Spawned {
    /// `knead run ROUTINE --plain --speed SPEED --mute`, stdin kept open.
    pub(crate) fn run(sandbox: &Sandbox, speed: &str) -> Self {
        let mut child = sandbox
            .std_knead()
            .args(["run", ROUTINE, "--plain", "--mute", "--speed", speed])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("knead starts");
        let stdout = child.stdout.take().expect("stdout");
        let (sender, lines) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let stdin = child.stdin.take();
        Self {
            child,
            stdin,
            lines,
            seen: Vec::new(),
        }
    }

    pub(crate) fn send(&mut self, text: &str) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        stdin.write_all(text.as_bytes()).expect("write answers");
        stdin.flush().expect("flush answers");
    }

    /// Reads stdout until a line starts with `prefix`; false on timeout.
    pub(crate) fn wait_for_line(&mut self, prefix: &str) -> bool {
        let deadline = Instant::now() + PATIENCE;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let found = line.starts_with(prefix);
                    self.seen.push(line);
                    if found {
                        return true;
                    }
                }
                Err(_) => return false,
            }
        }
        false
    }

    /// Sends a signal the way a person's shell would: `kill -SIG PID`.
    pub(crate) fn signal(&self, signal: &str) {
        let status = StdCommand::new("kill")
            .arg(format!("-{signal}"))
            .arg(self.child.id().to_string())
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill -{signal} failed");
    }

    /// Waits for the process to end; returns its status, every stdout line
    /// and its stderr.
    pub(crate) fn finish(mut self) -> (ExitStatus, Vec<String>, String) {
        let mut status = None;
        let ended = wait_until(PATIENCE, || {
            status = self.child.try_wait().expect("try_wait");
            status.is_some()
        });
        assert!(ended, "knead did not end; stdout so far: {:?}", self.seen);
        let status = status.expect("ended");
        while let Ok(line) = self.lines.recv_timeout(PATIENCE) {
            self.seen.push(line);
        }
        let mut stderr = String::new();
        if let Some(mut pipe) = self.child.stderr.take() {
            pipe.read_to_string(&mut stderr).expect("stderr");
        }
        (status, std::mem::take(&mut self.seen), stderr)
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[test]
fn sigint_mid_session_is_130_and_recorded_as_interrupted() {
    let sandbox = Sandbox::new();
    // At speed 10 the first step (30 s) takes 3 s: time enough to send a
    // signal while it runs, even on a loaded machine.
    let mut knead = Spawned::run(&sandbox, "10");
    assert!(knead.wait_for_line("SCREEN: Does any"), "{:?}", knead.seen);
    knead.send("n\n");
    assert!(knead.wait_for_line("STEP: 1. "), "{:?}", knead.seen);
    knead.signal("INT");
    let (status, lines, stderr) = knead.finish();
    assert_eq!(status.code(), Some(130), "{lines:?}");
    assert_eq!(stderr, "");
    assert_eq!(
        lines.last().map(String::as_str),
        Some("STOPPED: Release the pressure now: roll off the roller. Interrupted.")
    );
    assert!(!lines.iter().any(|l| l.starts_with("AFTER: ")));
    let sessions = sandbox.history_json(&[]);
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["outcome"], "interrupted");
    assert_eq!(sessions[0]["stopped_at_step"], 0);
    let held = sessions[0]["steps"][0]["seconds"].as_u64();
    assert!(held.is_some_and(|s| s < 30), "cut short: {held:?}");
}

#[test]
fn x_typed_during_a_step_stops_it_at_once() {
    let sandbox = Sandbox::new();
    // At speed 10 the first step (30 s) takes 3 s; without an immediate stop
    // the x would wait for the roll's check-in, 9 s of wall time later.
    let mut knead = Spawned::run(&sandbox, "10");
    assert!(knead.wait_for_line("SCREEN: Does any"), "{:?}", knead.seen);
    knead.send("n\n");
    assert!(knead.wait_for_line("STEP: 1. "), "{:?}", knead.seen);
    knead.send("x\n");
    // Then end of input, which leaves the better / same / worse question.
    knead.stdin = None;
    let (status, lines, stderr) = knead.finish();
    assert_eq!(status.code(), Some(3), "{lines:?}");
    assert_eq!(stderr, "");
    assert!(
        !lines.iter().any(|l| l.starts_with("STEP: 2. ")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with(
            "STOPPED: Release the pressure now: roll off the roller. You stopped the session."
        )),
        "{lines:?}"
    );
    let sessions = sandbox.history_json(&[]);
    assert_eq!(sessions[0]["outcome"], "stopped_by_person");
    let held = sessions[0]["steps"][0]["seconds"].as_u64();
    assert!(held.is_some_and(|s| s < 30), "cut short: {held:?}");
}

#[test]
fn sigterm_while_a_check_in_waits_is_143() {
    let sandbox = Sandbox::new();
    let mut knead = Spawned::run(&sandbox, "1000");
    knead.send("n\n");
    assert!(knead.wait_for_line("CHECKIN: "), "{:?}", knead.seen);
    knead.signal("TERM");
    let (status, _, stderr) = knead.finish();
    // 128 + 15, as a shell reports a process SIGTERM ended.
    assert_eq!(status.code(), Some(143));
    assert_eq!(stderr, "");
    assert_eq!(sandbox.history_json(&[])[0]["outcome"], "interrupted");
}

#[test]
fn sigquit_mid_step_is_131_with_the_stop_line() {
    // Ctrl-\ is a key a person can hit; it must not kill the session
    // without a stop line or leave the journal saying "unfinished".
    let sandbox = Sandbox::new();
    let mut knead = Spawned::run(&sandbox, "10");
    assert!(knead.wait_for_line("SCREEN: Does any"), "{:?}", knead.seen);
    knead.send("n\n");
    assert!(knead.wait_for_line("STEP: 1. "), "{:?}", knead.seen);
    knead.signal("QUIT");
    let (status, lines, _) = knead.finish();
    assert_eq!(status.code(), Some(131), "{lines:?}");
    assert!(
        lines
            .last()
            .is_some_and(|l| l.starts_with("STOPPED: Release the pressure now")),
        "{lines:?}"
    );
    assert_eq!(sandbox.history_json(&[])[0]["outcome"], "interrupted");
}

#[test]
fn a_preview_reminds_a_waiting_question_in_real_time() {
    let sandbox = Sandbox::new();
    let mut knead = Spawned::run(&sandbox, "1000");
    knead.send("n\n");
    assert!(knead.wait_for_line("CHECKIN: "), "{:?}", knead.seen);
    // 15 s of session time is 15 ms at speed 1000: reminders every 15 ms
    // would flood the second this waits.
    thread::sleep(Duration::from_secs(1));
    knead.send("x\n");
    knead.stdin = None;
    let (status, lines, _) = knead.finish();
    assert_eq!(status.code(), Some(3), "{lines:?}");
    let reminders = lines
        .iter()
        .filter(|l| l.starts_with("NOTICE: Still waiting"))
        .count();
    assert_eq!(reminders, 0, "{lines:?}");
}

#[test]
fn kill_9_mid_session_still_leaves_the_record() {
    let sandbox = Sandbox::new();
    let mut knead = Spawned::run(&sandbox, "50");
    knead.send("n\n");
    let journal = sandbox.journal_path();
    let stepped = wait_until(PATIENCE, || {
        std::fs::read_to_string(&journal).is_ok_and(|text| text.contains(r#""event":"step""#))
    });
    assert!(stepped, "no step line in the journal: {:?}", knead.seen);
    knead.signal("KILL");
    let (status, _, _) = knead.finish();
    assert_eq!(status.code(), None, "killed by the signal");
    // Everything written before the kill is there, and nothing more.
    let lines = sandbox.journal_lines();
    assert_eq!(
        events(&lines)[..4],
        ["start", "screening", "conditions", "step"]
    );
    assert!(!events(&lines).contains(&"end"));
    let sessions = sandbox.history_json(&[]);
    assert_eq!(sessions.len(), 1);
    let session = &sessions[0];
    assert_eq!(session["outcome"], "unfinished");
    assert_eq!(session["ended"], serde_json::Value::Null);
    assert_eq!(session["steps"][0]["kind"], "setup");
    assert_eq!(session["steps"][0]["seconds"], 30);
    let table = sandbox.knead().arg("history").output().expect("history");
    assert!(String::from_utf8_lossy(&table.stdout).contains("unfinished"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let sandbox = Sandbox::new();
    let answers = sandbox.scratch_file("answers.txt", ANSWERS);
    // `$?` of knead goes to stderr, so stderr shows knead's exit code and
    // anything knead itself wrote there.
    let script = r#"{ "$0" run foam-roll-glutes --plain --speed 1000 --mute < "$1"; echo "knead exited $?" >&2; } | head -3"#;
    let output = sandbox
        .std_command("sh")
        .args(["-c", script, env!("CARGO_BIN_EXE_knead")])
        .arg(&answers)
        .output()
        .expect("sh runs");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert_eq!(
        lines[0],
        "ROUTINE: Foam roll the glutes (10 steps, about 6m50s)"
    );
    // The routine's lines to read before starting come first.
    assert!(lines[1].starts_with("BEFORE: "), "{stdout}");
    assert!(lines[2].starts_with("BEFORE: "), "{stdout}");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "knead exited 0\n");
    // Normally the reader is gone before the first step: nothing was done,
    // so no session is saved. On a very slow machine later lines may fit in
    // the pipe first: then the journal says how the session ended.
    let sessions = sandbox.history_json(&[]);
    assert!(sessions.len() <= 1, "{sessions:?}");
    if let Some(session) = sessions.first() {
        let outcome = session["outcome"].as_str().unwrap_or_default();
        assert!(["interrupted", "completed"].contains(&outcome), "{outcome}");
    }
}

#[test]
fn ctrl_c_at_the_after_session_question_is_130() {
    let sandbox = Sandbox::new();
    let mut knead = Spawned::run(&sandbox, "1000");
    // Every answer but the last: the session completes, then asks how it went.
    knead.send(ANSWERS.trim_end_matches("b\n"));
    assert!(knead.wait_for_line("AFTER: "), "{:?}", knead.seen);
    knead.signal("INT");
    let (status, lines, stderr) = knead.finish();
    assert_eq!(status.code(), Some(130), "{lines:?}");
    assert_eq!(stderr, "");
    // The session itself completed; only its last question was interrupted.
    assert_eq!(sandbox.history_json(&[])[0]["outcome"], "completed");
}
