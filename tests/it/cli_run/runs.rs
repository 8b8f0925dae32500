//! Fast runs of a bundled routine in a sandbox, and reading what they left:
//! the journal's lines and `knead history --json`.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::sandbox::Sandbox;

/// The bundled routine most tests run: a roll, a find-spot hold and a roll
/// on each side, with pressure ratings; 6 min 50 s, under half a second at
/// `--speed 1000`.
pub const ROUTINE: &str = "foam-roll-glutes";

/// Every answer `foam-roll-glutes` asks for, in order: the pressure only
/// after the first roll of each side (review S13).
pub const ANSWERS: &str = concat!(
    "n\n",    // screening
    "n\n5\n", // left roll: check-in, pressure
    "\nn\n",  // left hold: found it, check-in
    "n\n",    // left roll again
    "n\n4\n", // right roll: check-in, pressure
    "\nn\n",  // right hold
    "n\n",    // right roll again
    "b\n",    // feeling better
);

impl Sandbox {
    /// Runs the bundled routine to the end, every question answered.
    pub fn completed_run(&self) {
        self.run_fast(ROUTINE, ANSWERS).assert().code(0);
    }

    /// The journal's lines, each parsed as JSON.
    pub fn journal_lines(&self) -> Vec<Value> {
        self.journal()
            .lines()
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
