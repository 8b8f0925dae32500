//! The input rules of the full screen (issues 19 and 20), with the bytes a
//! terminal really sends: the stop key always works, nothing a terminal
//! replies or a person pastes is read as keys, and a key held down or typed
//! ahead answers no safety question.

use std::thread;
use std::time::Duration;

use portable_pty::CommandBuilder;

use super::{Knead, ROUTINE};
use crate::support::pty::Pty;

const ASK: &str = "Does any of these apply to you today?";

/// Longer than knead waits for the rest of an escape sequence.
fn pause() {
    thread::sleep(Duration::from_millis(300));
}

/// The screen still shows `text` after a pause.
#[track_caller]
fn still_shows(knead: &Knead, text: &str) -> String {
    pause();
    let screen = knead.screen();
    assert!(screen.contains(text), "{screen}");
    screen
}

#[test]
fn x_q_and_esc_work_right_after_an_unfinished_escape_sequence() {
    let mut knead = Knead::start("1");
    knead.say_no_to_the_screening();
    knead.wait_for("Get ready");
    // ESC [ ? opens a reply that never ends; the keys after it still work.
    knead.press("\x1b[?");
    pause();
    knead.press("q");
    knead.wait_for("Quit? The session will be recorded as stopped.");
    knead.press("\x1b[?");
    pause();
    knead.press("\x1b");
    let deadline = std::time::Instant::now() + crate::support::pty::PATIENCE;
    while knead.screen().contains("Quit?") {
        assert!(std::time::Instant::now() < deadline, "{}", knead.screen());
        thread::sleep(Duration::from_millis(50));
    }
    knead.press("\x1b[?");
    pause();
    knead.press("x");
    let (code, journal) = knead.exit_code_after_leaving();
    assert_eq!(code, 3);
    assert!(
        journal.contains(r#""outcome":"stopped_by_person""#),
        "{journal}"
    );
}

#[test]
fn a_terminal_reply_or_a_paste_answers_nothing() {
    let mut knead = Knead::start("1");
    knead.wait_for(ASK);
    // An OSC 52 reply (with a `?` and a `y` inside), device attributes,
    // and a `y` read in the same breath as the reply.
    knead.press("\x1b]52;c;?y\x07y");
    knead.press("\x1b[?62;22c");
    // A paste, marked by the terminal, and a paste it did not mark.
    knead.press("\x1b[200~y\ry\x1b[201~");
    knead.press("yyyy");
    let screen = still_shows(&knead, ASK);
    assert!(!screen.contains("Which of these applies"), "{screen}");
    assert!(!screen.contains("help"), "{screen}");
    // A "y" a person types is still an answer.
    knead.press("y");
    knead.wait_for("Which of these applies");
    knead.press("x");
    knead.wait_for("Enter leave");
    knead.press("\r");
    knead.exit_code();
}

/// knead at a first session: nothing remembered of the long-standing
/// conditions.
fn first_session() -> Knead {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let routine = dir.path().join("terminal-test.toml");
    std::fs::write(&routine, ROUTINE).expect("routine written");
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_knead"));
    command.args(["run", "--mute", "--speed", "1"]);
    command.arg(&routine);
    command.env("TERM", "xterm-256color");
    command.env("XDG_DATA_HOME", &data);
    command.env("XDG_CONFIG_HOME", dir.path().join("config"));
    command.cwd(dir.path());
    Knead {
        pty: Pty::spawn(command, 30, 100),
        _dir: dir,
        data,
    }
}

#[test]
fn forty_n_presses_30_ms_apart_answer_no_question() {
    // Clinician review M1: at a first session this answered the screening
    // and every long-standing question, remembered for a week.
    let mut knead = first_session();
    knead.wait_for(ASK);
    for _ in 0..40 {
        knead.press("n");
        thread::sleep(Duration::from_millis(30));
    }
    let screen = still_shows(&knead, ASK);
    assert!(!screen.contains("Get ready"), "{screen}");
    let remembered = knead.data.join("knead/conditions.toml");
    assert!(!remembered.exists(), "the burst answered the conditions");
    knead.press("x");
    knead.wait_for("Enter leave");
    knead.press("\r");
    let (_, journal) = knead.exit_code();
    assert!(!journal.contains("step_started"), "{journal}");
}

#[test]
fn no_is_taken_only_once_the_whole_screening_has_been_on_screen() {
    let mut knead = Knead::start("1");
    // 30 rows do not hold the whole list: the first "n" turns the page.
    let first = knead.wait_for(ASK);
    assert!(first.contains("↓ more"), "{first}");
    knead.press("n");
    let screen = knead.wait_for("Read to the end first");
    assert!(screen.contains(ASK), "{screen}");
    knead.say_no_to_the_screening();
    knead.wait_for("Get ready");
    knead.press("x");
    knead.exit_code_after_leaving();
}
