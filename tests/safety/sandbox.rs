//! The real binary in a sandbox: empty config and data folders of its own,
//! plain mode, fast and silent.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command as StdCommand, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use tempfile::TempDir;

/// The flags of a fast, silent plain-mode run.
pub const FAST: [&str; 4] = ["--plain", "--speed", "1000", "--mute"];

/// A bundled routine with holds and rolls (a pressure routine).
pub const PRESSURE_ROUTINE: &str = "foam-roll-glutes";

/// A bundled routine of setup and breathe steps only.
pub const BREATHING_ROUTINE: &str = "heat-cold-wind-down";

pub struct Sandbox {
    config: TempDir,
    data: TempDir,
    scratch: TempDir,
}

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
        let prefix = format!("{tag}: ");
        self.lines()
            .into_iter()
            .filter(|l| l.starts_with(&prefix))
            .collect()
    }
}

impl Sandbox {
    pub fn new() -> Self {
        let dir = || tempfile::tempdir().expect("temp dir");
        Self {
            config: dir(),
            data: dir(),
            scratch: dir(),
        }
    }

    fn std_knead(&self) -> StdCommand {
        let mut command = StdCommand::new(env!("CARGO_BIN_EXE_knead"));
        command
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("XDG_CONFIG_HOME", self.config.path())
            .env("XDG_DATA_HOME", self.data.path())
            .env_remove("NO_COLOR");
        command
    }

    /// `knead run ROUTINE --plain --speed 1000 --mute` with these answers
    /// on stdin, then end of input.
    pub fn run(&self, routine: &str, answers: &str) -> Ran {
        let output = Command::from_std(self.std_knead())
            .arg("run")
            .arg(routine)
            .args(FAST)
            .write_stdin(answers.to_owned())
            .timeout(Duration::from_secs(20))
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

    /// Where knead keeps its journal in this sandbox.
    pub fn journal_path(&self) -> PathBuf {
        self.data.path().join("knead").join("journal.jsonl")
    }

    /// Writes the journal as it would be after earlier sessions.
    pub fn write_journal(&self, text: &str) {
        let path = self.journal_path();
        fs::create_dir_all(path.parent().expect("a folder")).expect("data folder");
        fs::write(path, text).expect("journal written");
    }

    /// The journal's text.
    pub fn journal(&self) -> String {
        fs::read_to_string(self.journal_path()).unwrap_or_default()
    }

    /// Writes `config.toml` in knead's config folder.
    pub fn write_config(&self, text: &str) {
        let dir = self.config.path().join("knead");
        fs::create_dir_all(&dir).expect("config folder");
        fs::write(dir.join("config.toml"), text).expect("config written");
    }

    /// Writes a routine file in the scratch folder; returns its path.
    pub fn routine_file(&self, name: &str, text: &str) -> String {
        let path = self.scratch.path().join(name);
        fs::write(&path, text).expect("routine written");
        path.display().to_string()
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
