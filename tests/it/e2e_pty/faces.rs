//! Issue 19 on the full screen of the real binary: a muted pack routine
//! says before the first step what to watch instead of the end sound
//! (review S14, as plain mode does in `cli_run::end_sound`), and the
//! check-in at 40x12 scrolls to every stop sign, through a resize; and a
//! page key on the refusal at 40x12 turns a page.

use std::thread;
use std::time::{Duration, Instant};

use super::Knead;
use crate::support::pty::PATIENCE;

const HEAT: &str = include_str!("../../../routines/heat-cold-wind-down.toml");

#[test]
fn a_muted_pack_routine_says_what_to_watch_on_the_page_before_the_first_step() {
    let mut knead = Knead::launch((30, 100), |command, dir| {
        let routine = dir.join("heat-cold-wind-down.toml");
        std::fs::write(&routine, HEAT).expect("routine written");
        command.args(["run", "--mute"]);
        command.arg(&routine);
    });
    let screen = knead.wait_for("Sound is off, so nothing sounds when the pack's time is up");
    assert!(
        screen.contains("Does any of these apply to you today?"),
        "{screen}"
    );
    assert!(screen.contains("set a timer for 15 minutes"), "{screen}");
    knead.press("x");
    knead.wait_for("Enter leave");
    knead.press("\r");
    let (code, _) = knead.exit_code();
    assert_eq!(code, 3);
}

/// A setup, then one hold, with three stop signs too long for a 40x12 box.
const THREE_SIGNS: &str = r#"format = 1
title = "Three signs"
tools = ["tennis ball"]

[safety]
stop_signs = [
  "new or worse pain spreading below the knee",
  "an electric or burning feeling in the buttock or leg",
  "pain you cannot breathe or relax into",
]

[[step]]
kind = "setup"
title = "Get ready"
duration = "1s"

[[step]]
kind = "hold"
title = "Hold"
duration = "5s"
"#;

#[test]
fn the_check_in_at_40x12_scrolls_to_every_sign_through_a_resize() {
    let mut knead = Knead::launch((12, 40), |command, dir| {
        let routine = dir.join("three-signs.toml");
        std::fs::write(&routine, THREE_SIGNS).expect("routine written");
        command.args(["run", "--mute", "--speed", "1"]);
        command.arg(&routine);
    });
    // At 40 columns the screening's question wraps: "n" until the list
    // is gone, read a page at a time.
    let deadline = Instant::now() + PATIENCE;
    // The signs show as the hold starts too: the box is known by its title.
    while !knead.screen().contains("Check-in") {
        assert!(Instant::now() < deadline, "{}", knead.screen());
        if knead.screen().contains("n no, start") {
            knead.press("n");
        }
        thread::sleep(Duration::from_millis(400));
    }
    let small = knead.screen();
    assert!(small.contains("↓ more"), "{small}");
    assert!(!small.contains("breathe or relax"), "{small}");
    // A larger window shows every sign at once, with no mark.
    knead.resize(30, 100);
    let large = knead.wait_for("pain you cannot breathe or relax into");
    assert!(!large.contains("more"), "{large}");
    knead.resize(12, 40);
    knead.wait_for("↓ more");
    // "n" before the last sign was on screen shows it and says why.
    knead.answer("n");
    let read = knead.wait_for("Read to the end, then answer");
    assert!(read.contains("breathe or relax"), "{read}");
    knead.answer("n");
    let (code, journal) = knead.exit_code_after_leaving();
    assert_eq!(code, 0, "{journal}");
    assert!(journal.contains(r#""outcome":"completed""#), "{journal}");
}

/// "Worse" answered late on the full screen (review S15): the question
/// about new numbness, weakness or spreading pain follows on its own page,
/// and a yes puts advice today and the gentle routine first on the page
/// before today's session; the answer joins the earlier session.
#[test]
fn worse_answered_late_asks_about_new_symptoms_and_offers_the_gentle_routine_now() {
    let mut knead = Knead::launch((30, 100), |command, dir| {
        let routine = dir.join("terminal-test.toml");
        std::fs::write(&routine, super::ROUTINE).expect("routine written");
        // An earlier session whose question after it went unanswered.
        let answers = dir.join("answers");
        std::fs::write(&answers, "n\nn\nn\nn\n").expect("answers written");
        let data = dir.join("data");
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_knead"))
            .args(["run", "--plain", "--mute", "--speed", "1000"])
            .arg(&routine)
            .env("XDG_DATA_HOME", &data)
            .env("XDG_CONFIG_HOME", dir.join("config"))
            .stdin(std::fs::File::open(&answers).expect("answers"))
            .stdout(std::process::Stdio::null())
            .status()
            .expect("knead runs");
        assert!(status.success(), "{status}");
        // Counted as the person's own session, not a preview.
        let journal = data.join("knead/journal.jsonl");
        let text = std::fs::read_to_string(&journal).expect("journal");
        std::fs::write(&journal, text.replace(",\"preview\":true", "")).expect("journal");
        command.args(["run", "--mute"]);
        command.arg(&routine);
    });
    knead.wait_for("About your last session, Terminal test");
    knead.answer("w");
    knead.wait_for("New numbness, weakness or spreading pain?");
    knead.answer("y");
    let screen = knead.wait_for("Start with the gentle routine first");
    assert!(screen.contains("get advice today"), "{screen}");
    assert!(
        screen.contains("Does any of these apply to you today?"),
        "{screen}"
    );
    knead.answer("x");
    knead.wait_for("Enter leave");
    knead.press("\r");
    let (_, journal) = knead.exit_code();
    assert!(
        journal.contains(r#""event":"new_symptoms","answer":"yes""#),
        "{journal}"
    );
}

#[test]
fn page_down_on_the_refusal_at_40x12_turns_a_page_less_a_line() {
    let mut knead = Knead::launch((12, 40), |command, dir| {
        let routine = dir.join("terminal-test.toml");
        std::fs::write(&routine, super::ROUTINE).expect("routine written");
        command.args(["run", "--mute", "--speed", "1"]);
        command.arg(&routine);
    });
    knead.wait_for("y yes");
    knead.answer("y");
    knead.wait_for("Press its");
    knead.answer("4");
    knead.wait_for("another group");
    knead.answer("n");
    let before = knead.wait_for("↓ more");
    let rows: Vec<&str> = before.lines().collect();
    let mark = rows
        .iter()
        .position(|row| row.contains("↓ more"))
        .expect("the mark");
    // The last line above the mark is the first the next page shows, or
    // the page ends: it moved one line once (the refusal lingers, and
    // there a page key scrolled as an arrow did).
    let last = rows[mark - 1].trim().to_owned();
    assert!(!last.is_empty(), "{before}");
    knead.press("\x1b[6~");
    let deadline = Instant::now() + PATIENCE;
    loop {
        let screen = knead.screen();
        let top = screen.lines().nth(2).unwrap_or_default().trim().to_owned();
        if top == last || (screen.contains("↑ more above") && screen.contains(&last)) {
            break;
        }
        assert!(Instant::now() < deadline, "{before}\n---\n{screen}");
        thread::sleep(Duration::from_millis(100));
    }
    knead.press("\r");
    // The session never started: it ends as a stopped one does.
    let (code, _) = knead.exit_code();
    assert_eq!(code, 3);
}
