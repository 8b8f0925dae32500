//! `check_in = true` on a setup, rest or breathe step: the check-in at its
//! end, as after a hold (heat-cold-wind-down's skin check is one).

use std::time::Instant;

use knead::routine::Step;
use knead::session::{Asked, Command, Cue, Mode, Outcome, Plan};

use super::fixtures::{
    asked, breathe, check_ins_asked, major, rest, routine, running, secs, setup,
};

/// A step marked `check_in = true`.
fn checked(step: Step) -> Step {
    Step {
        check_in: true,
        ..step
    }
}

#[test]
fn a_rest_step_with_check_in_asks_and_a_yes_stops() {
    let t0 = Instant::now();
    let r = routine(vec![checked(rest(20)), setup(10)]);
    let (mut s, _) = running(&r, t0);
    let cues = s.advance(t0 + secs(3600));
    // Time alone never gets past the question.
    assert_eq!(check_ins_asked(&cues), [asked(0)]);
    assert_eq!(
        s.status(t0 + secs(3600)).mode,
        Mode::Asking(Asked::CheckIn { halfway: false })
    );
    let cues = s.handle(Command::Answer(true), t0 + secs(3601));
    assert_eq!(cues.last(), Some(&Cue::Finished(Outcome::StoppedForSafety)));
    assert_eq!(s.outcome(), Some(Outcome::StoppedForSafety));
    assert_eq!(s.summary().steps_done(), 1);
}

#[test]
fn a_no_goes_on_to_the_next_step() {
    let t0 = Instant::now();
    let r = routine(vec![checked(breathe(30)), checked(setup(10))]);
    let (mut s, _) = running(&r, t0);
    s.advance(t0 + secs(30));
    let cues = s.handle(Command::Answer(false), t0 + secs(31));
    assert!(
        major(&cues)
            .iter()
            .any(|c| matches!(c, Cue::StepStarted { index: 1, .. }))
    );
    let cues = s.advance(t0 + secs(41));
    assert_eq!(check_ins_asked(&cues), [asked(1)]);
}

#[test]
fn only_marked_steps_check_in_and_none_gets_a_halfway_mark() {
    let r = routine(vec![checked(rest(300)), rest(20), checked(setup(10))]);
    let plan = Plan::new(&r);
    let asks: Vec<bool> = plan.steps().iter().map(|s| s.checks_in()).collect();
    assert_eq!(asks, [true, false, true]);
    // The halfway mark and halfway check-in belong to pressure steps.
    assert!(plan.steps().iter().all(|s| !s.marks_halfway()));
}
