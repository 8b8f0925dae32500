//! Each warning sign has one urgency wherever a person reads it: the
//! screening, the words after a stop, after a session and on the handout
//! (docs/safety.md, "Urgent red flags" decides).

use crate::support::sandbox::{Sandbox, quiet_stdout};

/// The lines of `text` after the line starting `heading`, up to a blank line
/// after at least one item.
fn section<'a>(text: &'a str, heading: &str) -> Vec<&'a str> {
    text.lines()
        .skip_while(|line| !line.contains(heading))
        .skip(1)
        .skip_while(|line| line.trim().is_empty())
        .take_while(|line| !line.trim().is_empty())
        .collect()
}

#[test]
fn the_handout_puts_chest_pain_and_a_weakening_leg_under_call_now_only() {
    let sandbox = Sandbox::new();
    let mut command = sandbox.knead();
    command.args(["print", "piriformis-tennis-ball"]);
    let sheet = quiet_stdout(command);
    let now = section(&sheet, "or go to A&E now if you notice:").join("\n");
    let today = section(&sheet, "Get medical advice today if you notice:").join("\n");
    assert!(
        now.contains("chest pain") && now.contains("a leg that is getting weaker"),
        "{sheet}"
    );
    assert!(!today.is_empty(), "{sheet}");
    assert!(!today.contains("chest pain"), "{today}");
    assert!(!today.contains("weak"), "{today}");
}

#[test]
fn a_weakening_leg_is_call_now_after_a_stop_and_after_a_session() {
    let sandbox = Sandbox::new();
    // "n" to the screening, then "y" at the first check-in.
    let stopped = sandbox
        .run_fast("gentle-movement", "n\ny\n\n")
        .output()
        .expect("knead runs");
    let stopped = String::from_utf8_lossy(&stopped.stdout);
    assert!(
        stopped.contains(
            "STOPPED: If it has not settled within 30 minutes, or a leg feels weak, get medical \
             advice today; if the leg keeps getting weaker, call now (see below)."
        ),
        "{stopped}"
    );
    assert!(
        stopped.contains("STOPPED: - a leg that is getting weaker"),
        "{stopped}"
    );
    // The bad-sore words after any session that ran give the same time frames.
    assert!(
        stopped.contains(
            "see a GP or physio: today for new numbness or weakness; a leg getting weaker, \
             call the emergency number now."
        ),
        "{stopped}"
    );
}
