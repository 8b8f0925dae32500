//! Promise 7: the first run shows the full notice before the screening, until
//! a screening answer acknowledges it; later runs show the short one.

use knead::safety::{FIRST_RUN_NOTICE, SESSION_NOTICE};

use super::runs::{BREATHING_ROUTINE, PRESSURE_ROUTINE, Ran};
use crate::support::sandbox::Sandbox;

#[track_caller]
fn assert_notice_before_screening(ran: &Ran, shown: &str, not_shown: &str) {
    let at = ran
        .notice(shown)
        .unwrap_or_else(|| panic!("no NOTICE: {shown}\n{}", ran.stdout));
    assert!(
        at < ran.first_screen(),
        "the notice comes after the screening"
    );
    assert_eq!(ran.notice(not_shown), None, "{}", ran.stdout);
}

#[test]
fn the_first_run_notice_shows_until_the_screening_is_answered() {
    let sandbox = Sandbox::new();
    // Input ends before the screening is answered: not acknowledged.
    let first = sandbox.run(PRESSURE_ROUTINE, "");
    assert_eq!(first.code, Some(3));
    assert_notice_before_screening(&first, FIRST_RUN_NOTICE, SESSION_NOTICE);
    // So the next run shows it again; stopping at the screening does not
    // acknowledge it either.
    let second = sandbox.run(PRESSURE_ROUTINE, "x\n");
    assert_eq!(second.code, Some(3));
    assert_notice_before_screening(&second, FIRST_RUN_NOTICE, SESSION_NOTICE);
    // Shown again, and this time the screening is answered.
    let third = sandbox.run(PRESSURE_ROUTINE, "n\n");
    assert_eq!(third.code, Some(3));
    assert_notice_before_screening(&third, FIRST_RUN_NOTICE, SESSION_NOTICE);
    // From now on, the short notice, for any routine.
    for routine in [PRESSURE_ROUTINE, BREATHING_ROUTINE] {
        let later = sandbox.run(routine, "");
        assert_eq!(later.code, Some(3));
        assert_notice_before_screening(&later, SESSION_NOTICE, FIRST_RUN_NOTICE);
    }
}

#[test]
fn a_yes_at_the_screening_also_acknowledges_the_first_run_notice() {
    let sandbox = Sandbox::new();
    let first = sandbox.run(PRESSURE_ROUTINE, "y\n1\n");
    assert_eq!(first.code, Some(3));
    assert_notice_before_screening(&first, FIRST_RUN_NOTICE, SESSION_NOTICE);
    let second = sandbox.run(PRESSURE_ROUTINE, "");
    assert_notice_before_screening(&second, SESSION_NOTICE, FIRST_RUN_NOTICE);
}

#[test]
fn the_first_run_notice_says_what_knead_is_not() {
    // docs/safety.md, "What knead is": a relaxation aid, not diagnosis or treatment, not a
    // clinician; short-term benefit; staying active matters most.
    for words in [
        "relaxation",
        "does not diagnose",
        "does not replace a clinician",
        "short-term",
        "staying active",
    ] {
        assert!(FIRST_RUN_NOTICE.contains(words), "{words}");
    }
    for words in ["not a treatment", "Stay active", "stop"] {
        assert!(SESSION_NOTICE.contains(words), "{words}");
    }
}
