//! A sandbox per test: config and data folders of its own, a scratch
//! folder, and ways to run knead in it and read what it recorded.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// The bundled routine most tests run: a roll, a find-spot hold and a roll
/// on each side, with pressure ratings; 6 min 50 s, under half a second at
/// `--speed 1000`.
pub const ROUTINE: &str = "foam-roll-glutes";

/// Every answer `foam-roll-glutes` asks for, in order.
pub const ANSWERS: &str = concat!(
    "n\n",      // screening
    "n\n5\n",   // left roll: check-in, pressure
    "\nn\n4\n", // left hold: found it, check-in, pressure
    "n\n3\n",   // left roll again
    "n\n5\n",   // right roll
    "\nn\n4\n", // right hold
    "n\n3\n",   // right roll again
    "b\n",      // feeling better
);

/// The flags of a fast, silent plain-mode run.
pub const FAST: [&str; 4] = ["--plain", "--speed", "1000", "--mute"];

pub struct Sandbox {
    config: TempDir,
    data: TempDir,
    scratch: TempDir,
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

    /// `knead` with this sandbox's folders, for `assert_cmd`.
    pub fn knead(&self) -> Command {
        Command::from_std(self.std_knead())
    }

    /// `knead` with this sandbox's folders, for spawning by hand.
    pub fn std_knead(&self) -> StdCommand {
        self.std_knead_env(StdCommand::new(env!("CARGO_BIN_EXE_knead")))
    }

    /// Any command (a shell running knead) with this sandbox's folders, run
    /// from the crate root with no input.
    pub fn std_knead_env(&self, mut command: StdCommand) -> StdCommand {
        command
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("XDG_CONFIG_HOME", self.config.path())
            .env("XDG_DATA_HOME", self.data.path())
            .env_remove("NO_COLOR")
            .stdin(Stdio::null());
        command
    }

    /// `knead run ROUTINE --plain --speed 1000 --mute`, answers on stdin.
    pub fn run_fast(&self, routine: &str, answers: &str) -> Command {
        let mut command = self.knead();
        command
            .arg("run")
            .arg(routine)
            .args(FAST)
            .write_stdin(answers.to_owned())
            .timeout(Duration::from_secs(20));
        command
    }

    /// Runs the bundled routine to the end, every question answered.
    pub fn completed_run(&self) {
        self.run_fast(ROUTINE, ANSWERS).assert().code(0);
    }

    /// Where knead keeps its journal in this sandbox.
    pub fn journal_path(&self) -> PathBuf {
        self.data.path().join("knead").join("journal.jsonl")
    }

    /// The journal's lines, each parsed as JSON.
    pub fn journal_lines(&self) -> Vec<Value> {
        let text = fs::read_to_string(self.journal_path()).unwrap_or_default();
        text.lines()
            .map(|line| serde_json::from_str(line).expect("a JSON line"))
            .collect()
    }

    /// `knead history --json` plus extra arguments, parsed; stderr must be empty.
    pub fn history_json(&self, extra: &[&str]) -> Vec<Value> {
        let output = self
            .knead()
            .args(["history", "--json"])
            .args(extra)
            .output()
            .expect("knead history runs");
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(String::from_utf8_lossy(&output.stderr), "");
        match serde_json::from_slice(&output.stdout).expect("history JSON") {
            Value::Array(sessions) => sessions,
            other => panic!("not an array: {other}"),
        }
    }

    /// Writes a file in the scratch folder.
    pub fn scratch_file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.scratch.path().join(name);
        fs::write(&path, text).expect("write file");
        path
    }
}

/// The test routine of the plain-mode transcripts, as a path from the crate root.
pub fn test_routine() -> &'static Path {
    Path::new("tests/routines/plain-session.toml")
}

/// Polls `done` every 20 ms until it holds or `timeout` passes.
pub fn wait_until(timeout: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    done()
}

/// The `event` word of each journal line.
pub fn events(lines: &[Value]) -> Vec<&str> {
    lines
        .iter()
        .map(|line| line["event"].as_str().expect("an event word"))
        .collect()
}
