//! The full-screen coach end to end: the real binary in a pseudo-terminal,
//! its output parsed into a screen (vt100) and answered with key presses as
//! a person would. Each wait has a deadline and prints the screen when it
//! fails; after every exit the terminal must be given back: alternate
//! screen left, cursor shown, canonical mode with echo.

use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, MasterPty};
use tempfile::TempDir;

use crate::support::pty::{PATIENCE, Pty};

mod faces;
mod format_page;
mod history;
mod history_table;
mod input_rules;
mod picker_flags;
mod picker_plan;
mod suspend;

/// A setup, a short hold, a long hold and a rest, with pressure ratings off.
pub(crate) const ROUTINE: &str = r#"
format = 1
title = "Terminal test"
# A ball, so a stop says to roll off it.
tools = ["tennis ball"]

[[step]]
kind = "setup"
title = "Get ready"
cue = "Sit down."
duration = "2s"

[[step]]
kind = "hold"
title = "Short hold"
cue = "Lean in."
duration = "6s"

[[step]]
kind = "hold"
title = "Long hold"
cue = "Stay with it."
duration = "1m"

[[step]]
kind = "rest"
duration = "30s"
"#;

/// knead running in a pseudo-terminal of its own, its folders in `_dir`.
struct Knead {
    _dir: TempDir,
    data: PathBuf,
    pty: Pty,
}

impl Deref for Knead {
    type Target = Pty;

    fn deref(&self) -> &Pty {
        &self.pty
    }
}

impl DerefMut for Knead {
    fn deref_mut(&mut self) -> &mut Pty {
        &mut self.pty
    }
}

/// A person who answered the long-standing questions just now, none
/// applying: these tests are about the session, not those questions.
fn remember_no_conditions(data: &Path) {
    let path = data.join("knead").join("conditions.toml");
    let answers = knead::safety::Answers::default();
    knead::remembered::save(&path, &answers, jiff::Timestamp::now()).expect("remembered");
}

impl Knead {
    /// Starts `knead run ROUTINE` at `speed` in a 100x30 terminal.
    pub(crate) fn start(speed: &str) -> Self {
        Self::launch((30, 100), |command, dir| {
            let routine = dir.join("terminal-test.toml");
            std::fs::write(&routine, ROUTINE).expect("routine written");
            command.args(["run", "--mute", "--speed", speed]);
            command.arg(&routine);
        })
    }

    /// Starts `knead` with the arguments `arguments` adds, in a folder of
    /// its own (the config and data folders inside it), in a terminal of
    /// `rows` x `cols`.
    pub(crate) fn launch(
        (rows, cols): (u16, u16),
        arguments: impl FnOnce(&mut CommandBuilder, &Path),
    ) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        remember_no_conditions(&data);
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_knead"));
        arguments(&mut command, dir.path());
        command.env("TERM", "xterm-256color");
        command.env("XDG_DATA_HOME", &data);
        command.env("XDG_CONFIG_HOME", dir.path().join("config"));
        command.env_remove("NO_COLOR");
        command.cwd(dir.path());
        Self {
            pty: Pty::spawn(command, rows, cols),
            _dir: dir,
            data,
        }
    }

    pub(crate) fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("a pid");
        let sent = Command::new("kill")
            .args([format!("-{name}"), pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success());
    }

    /// Waits for knead to exit and checks the terminal was given back; the
    /// exit code and the journal it left.
    pub(crate) fn exit_code(mut self) -> (u32, String) {
        let deadline = Instant::now() + PATIENCE;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "knead did not exit; the screen shows:\n{}",
                self.screen()
            );
            thread::sleep(Duration::from_millis(50));
        };
        thread::sleep(Duration::from_millis(200));
        let raw = self.raw.lock().map(|r| r.clone()).unwrap_or_default();
        let tail = String::from_utf8_lossy(&raw);
        let left = tail.rfind("\x1b[?1049l");
        assert!(left.is_some(), "the alternate screen was never left");
        assert!(
            tail.rfind("\x1b[?25h") > tail.rfind("\x1b[?25l"),
            "the cursor was left hidden"
        );
        assert_canonical_with_echo(&*self.master);
        (status.exit_code(), journal(&self.data))
    }
}

/// The terminal is back in canonical mode with echo, as a shell expects.
pub(crate) fn assert_canonical_with_echo(master: &dyn MasterPty) {
    let tty = master.tty_name().expect("the terminal's name");
    let settings = Command::new("stty")
        .arg("-a")
        .arg("-F")
        .arg(&tty)
        .output()
        .expect("stty runs");
    let text = String::from_utf8_lossy(&settings.stdout);
    let flags: Vec<&str> = text.split_whitespace().collect();
    assert!(flags.contains(&"icanon"), "not canonical: {text}");
    assert!(flags.contains(&"echo"), "no echo: {text}");
}

fn journal(data: &Path) -> String {
    std::fs::read_to_string(data.join("knead/journal.jsonl")).unwrap_or_default()
}

#[test]
fn a_session_through_a_check_in_then_quit_with_confirmation() {
    let mut knead = Knead::start("4");
    knead.say_no_to_the_screening();
    knead.wait_for("Get ready");
    knead.wait_for("Check-in");
    knead.press("n");
    knead.wait_for("Long hold");
    knead.press("q");
    knead.wait_for("Quit? The session will be recorded as stopped.");
    knead.press("y");
    let screen = knead.wait_for("better, the same or worse");
    assert!(screen.contains("Release the pressure now"), "{screen}");
    knead.answer("s");
    knead.wait_for("Enter leave");
    knead.press("\r");
    let (code, journal) = knead.exit_code();
    assert_eq!(code, 3);
    assert!(
        journal.contains(r#""outcome":"stopped_by_person""#),
        "{journal}"
    );
    assert!(journal.contains(r#""answer":"same""#), "{journal}");
}

#[test]
fn a_pain_report_says_release_first_and_exits_3() {
    let mut knead = Knead::start("4");
    knead.say_no_to_the_screening();
    knead.wait_for("Check-in");
    knead.press("y");
    let screen = knead.wait_for("STOPPED");
    let first = screen
        .lines()
        .find(|l| !l.trim().is_empty() && !l.contains("STOPPED"));
    assert!(
        first.is_some_and(|l| l.starts_with("Release the pressure now")),
        "{screen}"
    );
    knead.answer("w");
    // Review S15: after "worse", one more yes/no question.
    let asked = knead.wait_for("New numbness, weakness or spreading pain?");
    assert!(asked.contains("after the session"), "{asked}");
    knead.answer("n");
    knead.wait_for("Enter leave");
    knead.press("\r");
    let (code, journal) = knead.exit_code();
    assert_eq!(code, 3);
    assert!(
        journal.contains(r#""event":"new_symptoms","answer":"no""#),
        "{journal}"
    );
    assert!(
        journal.contains(r#""outcome":"stopped_for_safety""#),
        "{journal}"
    );
}

#[test]
fn space_pauses_the_countdown_and_resumes_it() {
    let mut knead = Knead::start("1");
    knead.say_no_to_the_screening();
    knead.wait_for("Get ready");
    knead.press(" ");
    let paused = knead.wait_for("PAUSED");
    thread::sleep(Duration::from_millis(1500));
    assert_eq!(knead.screen(), paused, "the screen moved while paused");
    knead.press(" ");
    knead.wait_for("Short hold");
    knead.press("x");
    let (code, _) = knead.exit_code_after_leaving();
    assert_eq!(code, 3);
}

#[test]
fn a_tiny_window_mid_hold_asks_for_more_room_and_recovers() {
    let mut knead = Knead::start("1");
    knead.say_no_to_the_screening();
    knead.wait_for("Get ready");
    knead.resize(6, 20);
    knead.wait_for("larger");
    knead.resize(30, 100);
    knead.wait_for("Step");
    knead.press("x");
    let (code, _) = knead.exit_code_after_leaving();
    assert_eq!(code, 3);
}

#[test]
fn sigterm_and_sighup_during_a_hold_give_the_terminal_back() {
    for signal in ["TERM", "HUP"] {
        let mut knead = Knead::start("1");
        knead.say_no_to_the_screening();
        knead.wait_for("Get ready");
        knead.signal(signal);
        let (code, journal) = knead.exit_code();
        // 128 + the signal's number, as a shell reports it.
        let expected = if signal == "TERM" { 143 } else { 129 };
        assert_eq!(code, expected, "SIG{signal}");
        assert!(
            journal.contains(r#""outcome":"interrupted""#),
            "SIG{signal}: {journal}"
        );
    }
}

impl Knead {
    /// Answers "no" to the screening as a person does: one `n` at a time,
    /// each turning the page until the whole list has been on screen, and
    /// the last one starting the session.
    fn say_no_to_the_screening(&mut self) {
        const ASK: &str = "Does any of these apply to you today?";
        self.wait_for(ASK);
        let deadline = Instant::now() + PATIENCE;
        while self.screen().contains(ASK) {
            assert!(Instant::now() < deadline, "{}", self.screen());
            self.press("n");
            // Slower than a burst, so each key counts.
            thread::sleep(Duration::from_millis(400));
        }
    }

    /// Answers a question just drawn as a person does, after reading it:
    /// a key right after the one before would be a burst, and answer nothing.
    fn answer(&mut self, key: &str) {
        thread::sleep(Duration::from_millis(300));
        self.press(key);
    }

    /// After `x`: answer the question after the session, leave the last
    /// screen, and wait for the exit.
    fn exit_code_after_leaving(mut self) -> (u32, String) {
        self.wait_for("better, the same or worse");
        self.answer("s");
        self.wait_for("Enter leave");
        self.press("\r");
        self.exit_code()
    }
}

/// `knead` alone with the user's routines `mine` (id, text) in its config folder.
fn picker_with(mine: &[(&str, &str)]) -> Knead {
    Knead::launch((30, 100), |_, dir| {
        let routines = dir.join("config/knead/routines");
        std::fs::create_dir_all(&routines).expect("routine folder");
        for (id, text) in mine {
            std::fs::write(routines.join(format!("{id}.toml")), text).expect("routine written");
        }
    })
}

#[test]
fn the_picker_filters_and_enter_starts_the_match_in_the_same_screen() {
    let mut knead = picker_with(&[("terminal-test", ROUTINE)]);
    knead.wait_for("Choose a routine");
    knead.press("/termtest");
    let screen = knead.wait_for("1 of 11");
    assert!(screen.contains("Terminal test"), "{screen}");
    let before = knead.raw.lock().map(|r| r.len()).unwrap_or_default();
    knead.press("\r");
    knead.wait_for("Does any of these apply to you today?");
    knead.wait_for("Terminal test");
    // Straight from the picker to the session: the alternate screen was
    // never left in between.
    let raw = knead
        .raw
        .lock()
        .map(|r| r[before..].to_vec())
        .unwrap_or_default();
    assert!(
        !String::from_utf8_lossy(&raw).contains("\x1b[?1049l"),
        "the screen flickered back to the shell"
    );
    knead.say_no_to_the_screening();
    knead.wait_for("Get ready");
    knead.press("x");
    let (code, journal) = knead.exit_code_after_leaving();
    assert_eq!(code, 3);
    assert!(
        journal.contains(r#""routine":"terminal-test""#),
        "{journal}"
    );
}

#[test]
fn h_in_the_picker_shows_history_and_q_returns_to_the_picker() {
    let mut knead = picker_with(&[]);
    knead.wait_for("Choose a routine");
    knead.press("h");
    knead.wait_for("History · times in");
    knead.press("q");
    knead.wait_for("Choose a routine");
    knead.press("q");
    let (code, _) = knead.exit_code();
    assert_eq!(code, 3);
}

#[test]
fn the_tools_ticked_are_remembered_for_the_next_picker() {
    let mut knead = picker_with(&[]);
    knead.wait_for("10 of 10");
    // The checklist opens on its first tool: tick it, close, quit.
    knead.press("t");
    knead.wait_for("What do you have?");
    knead.press(" ");
    knead.press("t");
    // The list shrinks once the checklist closes.
    let deadline = Instant::now() + PATIENCE;
    while knead.screen().contains("10 of 10") || knead.screen().contains("What do you have?") {
        assert!(Instant::now() < deadline, "{}", knead.screen());
        thread::sleep(Duration::from_millis(50));
    }
    knead.press("q");
    let ticks = knead.data.join("knead/tools-you-have.toml");
    let deadline = Instant::now() + PATIENCE;
    while !ticks.exists() {
        assert!(Instant::now() < deadline, "the ticks were not remembered");
        thread::sleep(Duration::from_millis(50));
    }
    let remembered = std::fs::read_to_string(&ticks).expect("the ticks are readable");
    knead.exit_code();
    assert!(
        remembered.starts_with("# The tools you ticked"),
        "{remembered}"
    );
    assert!(remembered.contains("tools = ["), "{remembered}");
}

#[test]
fn remembered_ticks_open_the_picker_filtered() {
    let mut knead = Knead::launch((30, 100), |_, dir| {
        let data = dir.join("data/knead");
        std::fs::create_dir_all(&data).expect("data folder");
        std::fs::write(
            data.join("tools-you-have.toml"),
            "tools = [\"heat pack, hot-water bottle or cold pack\", \"towel\", \"pillow\"]\n",
        )
        .expect("ticks written");
    });
    let screen = knead.wait_for("Choose a routine");
    assert!(
        !screen.contains("11 of 11") && !screen.contains("10 of 10"),
        "{screen}"
    );
    assert!(screen.contains("Heat or cold"), "{screen}");
    knead.press("q");
    knead.exit_code();
}

#[test]
fn q_from_the_picker_gives_the_terminal_back() {
    let mut knead = picker_with(&[]);
    knead.wait_for("Choose a routine");
    knead.press("q");
    let (code, journal) = knead.exit_code();
    assert_eq!(code, 3);
    assert!(journal.is_empty(), "no session was started: {journal}");
}

#[test]
fn knead_plain_at_a_terminal_keeps_the_numbered_list() {
    let mut knead = Knead::launch((30, 100), |command, _| {
        command.arg("--plain");
    });
    knead.wait_for("PICK: Type its number.");
    knead.press("q\r");
    let deadline = Instant::now() + PATIENCE;
    let status = loop {
        if let Some(status) = knead.child.try_wait().expect("wait") {
            break status;
        }
        assert!(Instant::now() < deadline, "{}", knead.screen());
        thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.exit_code(), 3);
    let raw = knead.raw.lock().map(|r| r.clone()).unwrap_or_default();
    assert!(
        !String::from_utf8_lossy(&raw).contains("\x1b[?1049h"),
        "the full screen was opened"
    );
}
