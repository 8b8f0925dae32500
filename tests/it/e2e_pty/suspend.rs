//! Suspend and resume (`kill -TSTP`, then `fg` or `kill -CONT`): the shell
//! gets its terminal back while knead is stopped, and knead takes it again,
//! in raw mode with the whole screen drawn, when it continues.

use std::thread;
use std::time::{Duration, Instant};

use super::{Knead, assert_canonical_with_echo};
use crate::support::pty::PATIENCE;

impl Knead {
    /// Waits until the process is stopped (state `T` in `/proc`).
    fn wait_until_stopped(&self) {
        let pid = self.child.process_id().expect("a pid");
        let deadline = Instant::now() + PATIENCE;
        loop {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // The state follows the command name in parentheses.
            let state = stat
                .rsplit(") ")
                .next()
                .and_then(|rest| rest.chars().next());
            if state == Some('T') {
                return;
            }
            assert!(Instant::now() < deadline, "knead never stopped: {stat}");
            thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn a_suspended_session_gives_the_terminal_back_and_takes_it_again() {
    let mut knead = Knead::start("1");
    // The screening waits for the person: no timer draws it again.
    knead.wait_for("Does any of these apply to you today?");
    knead.signal("TSTP");
    knead.wait_until_stopped();
    // Stopped, the shell has its terminal as it expects it.
    assert_canonical_with_echo(&*knead.master);
    let raw = knead.raw.lock().map(|r| r.clone()).unwrap_or_default();
    let tail = String::from_utf8_lossy(&raw);
    assert!(
        tail.rfind("\x1b[?1049l") > tail.rfind("\x1b[?1049h"),
        "the alternate screen was not left before stopping"
    );
    let before = raw.len();
    knead.signal("CONT");
    // The whole screen is drawn again, though nothing in it changed.
    let deadline = Instant::now() + PATIENCE;
    loop {
        let raw = knead.raw.lock().map(|r| r.clone()).unwrap_or_default();
        let after = String::from_utf8_lossy(&raw[before..]).into_owned();
        if after.contains("\x1b[?1049h") && after.contains("apply to you today?") {
            break;
        }
        assert!(Instant::now() < deadline, "not drawn again: {after:?}");
        thread::sleep(Duration::from_millis(50));
    }
    // Raw mode again: `x` acts at once, with no Enter after it.
    knead.press("x");
    knead.wait_for("You stopped before the first step.");
    knead.press("\r");
    let (code, _) = knead.exit_code();
    assert_eq!(code, 3);
}

#[test]
fn plain_mode_at_a_terminal_reads_answers_after_a_suspend() {
    let mut knead = Knead::launch((30, 100), |command, dir| {
        let routine = dir.join("terminal-test.toml");
        std::fs::write(&routine, super::ROUTINE).expect("routine written");
        command.args(["run", "--plain", "--mute", "--speed", "1"]);
        command.arg(&routine);
    });
    knead.wait_for("SCREEN: Does any");
    // knead leads the terminal's session here, so the kernel drops a
    // SIGTSTP it would act on under a shell; SIGSTOP is that same stop.
    knead.signal("STOP");
    knead.wait_until_stopped();
    knead.signal("CONT");
    knead.press("n\r");
    knead.wait_for("STEP: 1. Get ready");
    knead.press("x\r");
    knead.wait_for("STOPPED: ");
}

#[test]
fn q_at_the_question_after_a_session_leaves_it_unanswered() {
    let mut knead = Knead::start("1");
    knead.say_no_to_the_screening();
    knead.wait_for("Get ready");
    knead.press("x");
    knead.wait_for("better, the same or worse");
    knead.press("q");
    knead.wait_for("Enter leave");
    knead.press("\r");
    let (code, journal) = knead.exit_code();
    assert_eq!(code, 3);
    assert!(!journal.contains("post_check"), "{journal}");
}
