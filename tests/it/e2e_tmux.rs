//! End to end in a pseudo-terminal: the real binary in a detached tmux
//! session of fixed size, answered with key presses as a person would, and
//! read back from the screen with `capture-pane`.
//!
//! Skipped, saying so, when `tmux` is not on PATH. Each test runs its own
//! tmux server on a private socket, killed at the end even when the test
//! fails, so no other tmux server is touched.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::support::tools;

/// The terminal's size: columns and rows.
const SIZE: (&str, &str) = ("100", "30");

/// How long any one thing may take to appear on screen.
const PATIENCE: Duration = Duration::from_secs(15);

/// A private tmux server; `kill-server` on drop.
struct Tmux {
    dir: TempDir,
}

impl Tmux {
    /// None when tmux is not installed.
    fn start() -> Option<Self> {
        Command::new("tmux").arg("-V").output().ok()?;
        let dir = tempfile::tempdir().expect("temp dir");
        // Keep the pane (and its text) after knead exits.
        fs::write(dir.path().join("tmux.conf"), "set -g remain-on-exit on\n").expect("tmux.conf");
        Some(Self { dir })
    }

    fn socket(&self) -> PathBuf {
        self.dir.path().join("socket")
    }

    fn tmux(&self, args: &[&str]) -> Output {
        let conf = self.dir.path().join("tmux.conf");
        Command::new("tmux")
            .arg("-S")
            .arg(self.socket())
            .arg("-f")
            .arg(conf)
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("tmux runs")
    }

    /// Starts `command` in a detached session named `knead`.
    fn new_session(&self, command: &str) {
        let (width, height) = SIZE;
        let output = self.tmux(&[
            "new-session",
            "-d",
            "-s",
            "knead",
            "-x",
            width,
            "-y",
            height,
            command,
        ]);
        assert!(output.status.success(), "{output:?}");
    }

    /// Types text, then Enter.
    fn type_line(&self, text: &str) {
        let mut args = vec!["send-keys", "-t", "knead"];
        if !text.is_empty() {
            args.extend(["-l", text]);
            let output = self.tmux(&args);
            assert!(output.status.success(), "{output:?}");
            args.truncate(3);
        }
        args.push("Enter");
        let output = self.tmux(&args);
        assert!(output.status.success(), "{output:?}");
    }

    /// Everything the pane has shown, scrollback included, wrapped lines joined.
    fn everything(&self) -> String {
        let output = self.tmux(&["capture-pane", "-p", "-J", "-S", "-", "-t", "knead"]);
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// The screen as it is now: `SIZE` rows of at most `SIZE` columns.
    fn screen(&self) -> String {
        let output = self.tmux(&["capture-pane", "-p", "-t", "knead"]);
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Polls the pane until `done` holds; panics with the pane on timeout.
    fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let text = self.everything();
            if done(&text) {
                return text;
            }
            assert!(start.elapsed() < PATIENCE, "no {what} on screen:\n{text}");
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

/// Quotes a path for `sh`.
fn quoted(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', r"'\''"))
}

/// knead in a terminal: a tmux server, and the folders knead writes to.
struct Terminal {
    tmux: Tmux,
    _config: TempDir,
    data: TempDir,
}

impl Terminal {
    /// Starts `knead run foam-roll-glutes --plain --speed 100 --mute` in a
    /// fresh terminal; the shell prints knead's exit code after it. None when
    /// tmux is not installed.
    fn start() -> Option<Self> {
        Self::start_at("100")
    }

    /// The same at another speed.
    fn start_at(speed: &str) -> Option<Self> {
        let Some(tmux) = Tmux::start() else {
            tools::skip("tmux is not on PATH");
            return None;
        };
        let config = tempfile::tempdir().expect("temp dir");
        let data = tempfile::tempdir().expect("temp dir");
        // Answered just now, none applying: these tests are about the session.
        let remembered = data.path().join("knead").join("conditions.toml");
        let answers = knead::safety::Answers::default();
        knead::remembered::save(&remembered, &answers, jiff::Timestamp::now()).expect("remembered");
        tmux.new_session(&format!(
            "cd {} && XDG_CONFIG_HOME={} XDG_DATA_HOME={} {} run foam-roll-glutes --plain --speed {speed} --mute; echo \"knead exited with $?\"",
            quoted(Path::new(env!("CARGO_MANIFEST_DIR"))),
            quoted(config.path()),
            quoted(data.path()),
            quoted(Path::new(env!("CARGO_BIN_EXE_knead"))),
        ));
        Some(Self {
            tmux,
            _config: config,
            data,
        })
    }
}

/// The questions on screen so far, as the answer each one gets.
fn answers_due(text: &str) -> Vec<&'static str> {
    text.lines()
        .filter_map(|line| match line {
            l if l.starts_with("SPOT: ") => Some(""),
            l if l.ends_with("[y/n]") => Some("n"),
            l if l.ends_with("[0-10]") => Some("4"),
            l if l.ends_with("[b/s/w]") => Some("b"),
            _ => None,
        })
        .collect()
}

#[test]
fn a_person_runs_a_routine_in_a_terminal() {
    let Some(terminal) = Terminal::start() else {
        return;
    };
    let tmux = &terminal.tmux;
    let first = tmux.wait_for("screening question", |t| {
        t.contains("SCREEN: Does any of these apply to you today? [y/n]")
    });
    assert!(
        first.starts_with("ROUTINE: Foam roll the glutes (10 steps, about 6m50s)\n"),
        "{first}"
    );
    // Answer each question as it appears, as a person would.
    let mut answered = 0;
    let text = loop {
        let text = tmux.wait_for("next question or the end", |t| {
            answers_due(t).len() > answered || t.contains("knead exited with")
        });
        if text.contains("knead exited with") {
            break text;
        }
        for answer in &answers_due(&text)[answered..] {
            tmux.type_line(answer);
            answered += 1;
        }
    };
    // The screening, six check-ins, a rating at the first roll of each
    // side (review S13), two spots and the feeling.
    assert_eq!(answered, 1 + 6 + 2 + 2 + 1, "{text}");
    for seen in [
        "STEP: 1. Sit on the roller, lean left (setup 30s, left side)",
        "STEP: 10. Wind down (breathe 1m)",
        "SPOT: Find a tender spot, then press Enter to start the count.",
        "CHECKIN: Anything new or worse since you started",
        "PRESSURE: How strong is the pressure right now",
        "DONE: Routine complete: 10 steps, 6m50s of practice.",
        "AFTER: Compared with before, do you feel better, the same or worse? [b/s/w]",
        "knead exited with 0",
    ] {
        assert!(text.contains(seen), "missing {seen:?} in:\n{text}");
    }
    let screen = tmux.screen();
    let (width, height) = SIZE;
    let width: usize = width.parse().expect("width");
    assert!(screen.lines().count() <= height.parse().expect("height"));
    assert!(screen.lines().all(|l| l.chars().count() <= width));
    assert!(screen.contains("knead exited with 0"), "{screen}");
    let journal =
        fs::read_to_string(terminal.data.path().join("knead/journal.jsonl")).expect("journal");
    assert!(
        journal.contains(r#""event":"end","outcome":"completed""#),
        "{journal}"
    );
    assert!(
        journal.contains(r#""event":"post_check","answer":"better""#),
        "{journal}"
    );
}

#[test]
fn x_in_a_terminal_stops_the_session_with_exit_3() {
    let Some(terminal) = Terminal::start() else {
        return;
    };
    let tmux = &terminal.tmux;
    tmux.wait_for("screening question", |t| t.contains("[y/n]"));
    tmux.type_line("n");
    tmux.wait_for("check-in", |t| t.contains("CHECKIN: "));
    tmux.type_line("x");
    tmux.wait_for("post-session question", |t| t.contains("AFTER: "));
    tmux.type_line("s");
    let text = tmux.wait_for("exit", |t| t.contains("knead exited with"));
    assert!(
        text.contains(
            "STOPPED: Release the pressure now: roll off the roller. You stopped the session."
        ),
        "{text}"
    );
    assert!(text.contains("knead exited with 3"), "{text}");
    assert_eq!(text.matches("STEP: ").count(), 2, "{text}");
}

#[test]
fn an_answer_typed_before_the_check_in_appears_does_not_answer_it() {
    // At speed 20 the roll lasts 3 s: room to type before its check-in even
    // on a busy machine.
    let Some(terminal) = Terminal::start_at("20") else {
        return;
    };
    let tmux = &terminal.tmux;
    tmux.wait_for("screening question", |t| t.contains("[y/n]"));
    tmux.type_line("n");
    tmux.wait_for("the roll", |t| t.contains("STEP: 2. "));
    tmux.type_line("n");
    assert!(
        !tmux.everything().contains("CHECKIN: "),
        "typed too late to test"
    );
    tmux.wait_for("check-in", |t| t.contains("CHECKIN: "));
    // Had the early "n" counted, the pressure question would follow.
    std::thread::sleep(std::time::Duration::from_millis(400));
    let waiting = tmux.everything();
    assert!(!waiting.contains("PRESSURE: "), "{waiting}");
    tmux.type_line("x");
    tmux.wait_for("post-session question", |t| t.contains("AFTER: "));
    tmux.type_line("s");
    let text = tmux.wait_for("exit", |t| t.contains("knead exited with"));
    assert!(text.contains("knead exited with 3"), "{text}");
}
