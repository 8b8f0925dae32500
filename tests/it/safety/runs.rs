//! The real binary run in a sandbox (see `support/sandbox.rs`): plain mode,
//! fast and silent, answered all at once or live.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use crate::support::sandbox::Sandbox;
use crate::support::transcript;

/// A bundled routine with holds and rolls (a pressure routine).
pub const PRESSURE_ROUTINE: &str = "foam-roll-glutes";

/// A bundled routine of setup and breathe steps only.
pub const BREATHING_ROUTINE: &str = "heat-cold-wind-down";

/// How one run ended and what it printed.
pub struct Ran {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    /// The position of the first line starting with `prefix`.
    pub fn position(&self, prefix: &str) -> Option<usize> {
        self.lines().iter().position(|l| l.starts_with(prefix))
    }

    /// The position of the first `SCREEN:` line, which must be there.
    #[track_caller]
    pub fn first_screen(&self) -> usize {
        match self.position("SCREEN: ") {
            Some(n) => n,
            None => panic!("no SCREEN line:\n{}", self.stdout),
        }
    }

    /// The position of the line `NOTICE: {text}`, if printed.
    pub fn notice(&self, text: &str) -> Option<usize> {
        let line = format!("NOTICE: {text}");
        self.lines().iter().position(|l| *l == line)
    }

    /// The lines starting with `TAG: `.
    pub fn tagged(&self, tag: &str) -> Vec<&str> {
        transcript::tagged(&self.stdout, tag)
    }
}

impl Sandbox {
    /// `knead run ROUTINE --plain --speed 1000 --mute` with these answers
    /// on stdin, then end of input.
    pub fn run(&self, routine: &str, answers: &str) -> Ran {
        let output = self
            .run_fast(routine, answers)
            .output()
            .expect("knead runs");
        Ran {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Starts `knead run ROUTINE` with stdin kept open, for answering live.
    pub fn live(&self, routine: &str) -> Live {
        self.live_at(routine, "1000")
    }

    /// Like [`Sandbox::live`], with time `speed` times faster.
    pub fn live_at(&self, routine: &str, speed: &str) -> Live {
        let mut child = self
            .std_knead()
            .arg("run")
            .arg(routine)
            .args(["--plain", "--speed", speed, "--mute"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("knead starts");
        let stdout = child.stdout.take().expect("stdout");
        let (send, lines) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Live {
            stdin: child.stdin.take(),
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Writes a routine file in the scratch folder; returns its path.
    pub fn routine_file(&self, name: &str, text: &str) -> String {
        self.scratch_file(name, text).display().to_string()
    }
}

/// A knead process answered line by line as its output arrives.
pub struct Live {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    /// Every line read so far.
    pub seen: Vec<String>,
}

impl Live {
    /// Reads lines until one starts with `prefix`; panics after 10 s.
    #[track_caller]
    pub fn wait_for(&mut self, prefix: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.seen.last().is_some_and(|l| l.starts_with(prefix)) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => self.seen.push(line),
                Err(_) => panic!("no {prefix:?} line; read:\n{}", self.seen.join("\n")),
            }
        }
    }

    /// Lets `real` wall-clock time pass, keeping what is printed meanwhile.
    pub fn idle(&mut self, real: Duration) {
        thread::sleep(real);
        self.seen.extend(self.lines.try_iter());
    }

    /// Types one answer.
    pub fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin still open");
        writeln!(stdin, "{line}").expect("knead reads its input");
        stdin.flush().expect("flushed");
    }

    /// Closes stdin, waits for the exit and reads the rest of the output.
    pub fn end_input(mut self) -> (Option<i32>, Vec<String>) {
        drop(self.stdin.take());
        let status = self.child.wait().expect("knead exits");
        // The reader thread ends with the pipe; collect everything it sent.
        while let Ok(line) = self.lines.recv_timeout(Duration::from_secs(5)) {
            self.seen.push(line);
        }
        (status.code(), std::mem::take(&mut self.seen))
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        // Only a test that failed midway gets here with knead still running.
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
