//! What each kind of step announces, and when.

use std::time::{Duration, Instant};

use knead::routine::{Side, Step};
use knead::session::{
    Asked, BodySide, BreathPhase, Command, Cue, Mode, Pass, RollDirection, Session,
};

use super::fixtures::{
    asked, breathe, finished, hold, hold_spot, rest, roll, routine, running, secs, setup,
};

use BreathPhase::{Exhale, Inhale};
use Cue::{Breath, Countdown, Direction};

/// The cues due by `now`, each with its offset from `t0`.
fn due(session: &mut Session, t0: Instant, now: Instant) -> Vec<(Duration, Cue)> {
    let timed = session.advance_timed(now);
    timed.into_iter().map(|t| (t.at - t0, t.cue)).collect()
}

fn started(index: usize, side: Option<BodySide>, seconds: u64) -> Cue {
    Cue::StepStarted {
        index,
        source: 0,
        side,
        pass: Pass { number: 1, of: 1 },
        duration: secs(seconds),
    }
}

#[test]
fn a_setup_step_counts_down_and_ends_without_breathing_or_check_in() {
    let t0 = Instant::now();
    let (mut s, cues) = running(&routine(vec![setup(5)]), t0);
    assert_eq!(
        cues,
        [
            Cue::ScreeningAsked,
            Cue::ScreeningAnswered { yes: false },
            started(0, None, 5)
        ]
    );
    assert_eq!(s.next_deadline(), Some(t0 + secs(2)));
    assert_eq!(
        due(&mut s, t0, t0 + secs(5)),
        [
            (secs(2), Countdown(3)),
            (secs(3), Countdown(2)),
            (secs(4), Countdown(1)),
            (secs(5), finished(0, 5)),
            (secs(5), Cue::Finished(knead::session::Outcome::Completed)),
        ]
    );
    assert_eq!(s.next_deadline(), None);
}

#[test]
fn a_breathe_step_cues_every_phase_change_but_not_one_at_its_end() {
    let t0 = Instant::now();
    let (mut s, cues) = running(&routine(vec![breathe(20)]), t0);
    assert_eq!(
        cues.last(),
        Some(&Breath(Inhale)),
        "the first breath starts with the step"
    );
    let cues = due(&mut s, t0, t0 + secs(20));
    assert_eq!(
        cues[..6],
        [
            (secs(4), Breath(Exhale)),
            (secs(10), Breath(Inhale)),
            (secs(14), Breath(Exhale)),
            (secs(17), Countdown(3)),
            (secs(18), Countdown(2)),
            (secs(19), Countdown(1)),
        ]
    );
    assert_eq!(cues[6], (secs(20), finished(0, 20)));
}

#[test]
fn a_rest_paces_breathing_too() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![rest(12)]), t0);
    let breaths: Vec<_> = due(&mut s, t0, t0 + secs(12))
        .into_iter()
        .filter(|(_, cue)| matches!(cue, Breath(_)))
        .collect();
    assert_eq!(
        breaths,
        [(secs(4), Breath(Exhale)), (secs(10), Breath(Inhale))]
    );
}

#[test]
fn a_hold_breathes_marks_halfway_and_ends_in_a_check_in() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold(30), setup(5)]), t0);
    assert_eq!(
        due(&mut s, t0, t0 + secs(30)),
        [
            (secs(4), Breath(Exhale)),
            (secs(10), Breath(Inhale)),
            (secs(14), Breath(Exhale)),
            (secs(15), Cue::Halfway { index: 0 }),
            (secs(20), Breath(Inhale)),
            (secs(24), Breath(Exhale)),
            (secs(27), Countdown(3)),
            (secs(28), Countdown(2)),
            (secs(29), Countdown(1)),
            (secs(30), finished(0, 30)),
            (secs(30), asked(0)),
        ]
    );
    assert_eq!(
        s.status(t0 + secs(31)).mode,
        Mode::Asking(Asked::CheckIn { halfway: false })
    );
}

#[test]
fn a_paced_roll_changes_direction_every_tempo_and_does_not_breathe() {
    let t0 = Instant::now();
    let (mut s, cues) = running(&routine(vec![roll(10, Some(3))]), t0);
    assert!(!cues.iter().any(|c| matches!(c, Breath(_))));
    assert_eq!(
        due(&mut s, t0, t0 + secs(10)),
        [
            (secs(3), Direction(RollDirection::Back)),
            (secs(5), Cue::Halfway { index: 0 }),
            (secs(6), Direction(RollDirection::Out)),
            (secs(7), Countdown(3)),
            (secs(8), Countdown(2)),
            (secs(9), Direction(RollDirection::Back)),
            (secs(9), Countdown(1)),
            (secs(10), finished(0, 10)),
            (secs(10), asked(0)),
        ]
    );
    let status = s.status(t0 + secs(10));
    assert!(status.roll.is_none(), "no marker while the check-in waits");
}

#[test]
fn an_unpaced_roll_has_no_direction_cues() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![roll(20, None)]), t0);
    let cues = s.advance(t0 + secs(20));
    assert!(!cues.iter().any(|c| matches!(c, Direction(_))));
    assert!(cues.contains(&asked(0)));
}

#[test]
fn both_sides_switch_between_them() {
    let t0 = Instant::now();
    let both = Step {
        side: Some(Side::Both),
        ..setup(5)
    };
    let (mut s, _) = running(&routine(vec![both]), t0);
    let cues = super::fixtures::major(&s.advance(t0 + secs(20)));
    let switch = Cue::StepStarted {
        index: 1,
        source: 0,
        side: None,
        pass: Pass { number: 1, of: 1 },
        duration: secs(10),
    };
    assert_eq!(
        cues,
        [
            finished(0, 5),
            switch,
            Cue::SwitchSides,
            finished(1, 10),
            started(2, Some(BodySide::Right), 5),
            finished(2, 5),
            Cue::Finished(knead::session::Outcome::Completed),
        ]
    );
}

#[test]
fn repeats_run_one_pass_after_another() {
    let t0 = Instant::now();
    let twice = Step {
        repeat: 2,
        ..setup(5)
    };
    let (mut s, _) = running(&routine(vec![twice]), t0);
    let cues = s.advance(t0 + secs(5));
    let second = Cue::StepStarted {
        index: 1,
        source: 0,
        side: None,
        pass: Pass { number: 2, of: 2 },
        duration: secs(5),
    };
    assert_eq!(cues.last(), Some(&second));
}

#[test]
fn a_find_spot_hold_waits_for_found_it_before_counting() {
    let t0 = Instant::now();
    let (mut s, cues) = running(&routine(vec![hold_spot(30)]), t0);
    assert_eq!(
        cues[2..],
        [started(0, None, 30), Cue::WaitingForSpot { index: 0 }]
    );
    assert_eq!(s.next_deadline(), None);
    let hour = t0 + secs(3600);
    assert_eq!(s.advance(hour), []);
    let status = s.status(hour);
    assert_eq!(status.mode, Mode::Asking(Asked::FindSpot));
    assert_eq!(status.time_left, secs(30));
    assert_eq!(
        s.handle(Command::FoundIt, hour),
        [Cue::SpotFound { index: 0 }, Breath(Inhale)]
    );
    assert_eq!(s.handle(Command::FoundIt, hour), [], "found only once");
    assert_eq!(s.next_deadline(), Some(hour + secs(4)));
    let cues = s.advance(hour + secs(30));
    assert!(cues.contains(&finished(0, 30)));
    assert_eq!(cues.last(), Some(&asked(0)));
}
