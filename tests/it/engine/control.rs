//! What the person controls: pause, adjust, skip, and commands out of place.

use std::time::Instant;

use knead::routine::Step;
use knead::session::{Asked, BreathPhase, Command, Cue, Ending, Mode, Outcome, Session};

use super::fixtures::{
    asked, asked_halfway, breathe, finished, hold, hold_within, major, ms, rating, rest, roll,
    routine, running, secs, setup,
};
use crate::support::engine::to_next_deadline;

#[test]
fn a_pause_in_the_middle_of_a_hold_moves_its_end_by_the_pause() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold(60)]), t0);
    s.advance(t0 + secs(20));
    assert_eq!(s.handle(Command::Pause, t0 + secs(20)), [Cue::Paused]);
    assert_eq!(
        s.handle(Command::Pause, t0 + secs(21)),
        [],
        "already paused"
    );
    assert_eq!(s.next_deadline(), None, "nothing is due while paused");
    let during = s.status(t0 + secs(40));
    assert_eq!((during.mode, during.time_left), (Mode::Paused, secs(40)));
    assert_eq!(
        s.handle(Command::TogglePause, t0 + secs(50)),
        [Cue::Resumed]
    );
    assert_eq!(s.status(t0 + secs(50)).time_left, secs(40));
    let cues = major(&s.advance(t0 + secs(89)));
    assert!(!cues.iter().any(|c| matches!(c, Cue::StepFinished { .. })));
    let cues = major(&s.advance(t0 + secs(90)));
    assert_eq!(cues, [finished(0, 60), asked(0)]);
}

#[test]
fn the_breath_pacer_picks_up_where_the_pause_left_it() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![breathe(60)]), t0);
    s.handle(Command::Pause, t0 + secs(2));
    s.handle(Command::Resume, t0 + secs(100));
    assert_eq!(s.next_deadline(), Some(t0 + secs(102)));
    let breath = s.status(t0 + secs(101)).breath.map(|b| (b.phase, b.left));
    assert_eq!(breath, Some((BreathPhase::Inhale, secs(1))));
    assert_eq!(
        s.advance(t0 + secs(102)),
        [Cue::Breath(BreathPhase::Exhale)]
    );
}

#[test]
fn a_hold_is_adjusted_in_15_second_steps_within_min_and_max() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold_within(45, 30, 60)]), t0);
    let adjusted = |seconds| Cue::HoldAdjusted {
        index: 0,
        duration: secs(seconds),
    };
    assert_eq!(s.handle(Command::Extend, t0), [adjusted(60)]);
    assert_eq!(s.handle(Command::Extend, t0), [], "already at max");
    assert_eq!(s.handle(Command::Shorten, t0), [adjusted(45)]);
    assert_eq!(s.handle(Command::Shorten, t0), [adjusted(30)]);
    assert_eq!(s.handle(Command::Shorten, t0), [], "already at min");
    assert_eq!(s.status(t0).time_left, secs(30));
    s.handle(Command::Extend, t0 + secs(10));
    let cues = major(&s.advance(t0 + secs(45)));
    assert_eq!(cues[0], Cue::Halfway { index: 0 });
    assert_eq!(cues[1], finished(0, 45));
}

#[test]
fn shortening_below_the_time_held_ends_the_hold_now() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold_within(60, 30, 60)]), t0);
    s.handle(Command::Shorten, t0 + secs(40));
    let cues = major(&s.handle(Command::Shorten, t0 + secs(40)));
    assert_eq!(
        cues,
        [
            Cue::HoldAdjusted {
                index: 0,
                duration: secs(40)
            },
            finished(0, 40),
            asked(0)
        ]
    );
}

#[test]
fn only_holds_can_be_adjusted() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![roll(60, None), setup(30)]), t0);
    assert_eq!(s.handle(Command::Extend, t0), []);
    assert_eq!(s.handle(Command::Shorten, t0), []);
    assert_eq!(s.status(t0).time_left, secs(60));
}

#[test]
fn next_skips_a_plain_step_at_once() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![setup(60), rest(30)]), t0);
    let cues = s.handle(Command::Next, t0 + secs(12));
    assert_eq!(
        cues[..2],
        [
            Cue::StepFinished {
                index: 0,
                held: secs(12),
                ending: Ending::Skipped
            },
            Cue::StepStarted {
                index: 1,
                source: 1,
                side: None,
                pass: knead::session::Pass { number: 1, of: 1 },
                duration: secs(30)
            },
        ]
    );
    assert_eq!(s.status(t0 + secs(12)).time_left, secs(30));
}

#[test]
fn skipping_a_hold_still_asks_its_check_in_first() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold(60), rest(30)]), t0);
    let cues = s.handle(Command::Next, t0 + secs(3));
    assert_eq!(
        cues,
        [
            Cue::StepFinished {
                index: 0,
                held: secs(3),
                ending: Ending::Skipped
            },
            asked(0)
        ]
    );
    assert_eq!(
        s.handle(Command::Next, t0 + secs(6)),
        [],
        "a check-in cannot be skipped"
    );
    let cues = s.handle(Command::Answer(false), t0 + secs(7));
    assert!(matches!(cues[1], Cue::StepStarted { index: 1, .. }));
}

#[test]
fn previous_goes_back_a_step_after_the_check_in() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![setup(10), roll(30, None), rest(20)]), t0);
    s.advance(t0 + secs(15));
    let cues = s.handle(Command::Previous, t0 + secs(15));
    assert_eq!(cues[1], asked(1));
    let cues = s.handle(Command::Answer(false), t0 + secs(16));
    assert!(matches!(cues[1], Cue::StepStarted { index: 0, .. }));
    let cues = s.handle(Command::Previous, t0 + secs(17));
    assert!(
        matches!(cues[1], Cue::StepStarted { index: 0, .. }),
        "the first step restarts"
    );
    assert_eq!(s.status(t0 + secs(17)).time_left, secs(10));
}

#[test]
fn commands_out_of_place_are_ignored() {
    let t0 = Instant::now();
    let (mut s, _) = running(&rating(vec![hold(60)]), t0);
    let before = s.clone();
    for command in [
        Command::Answer(true),
        Command::Answer(false),
        Command::FoundIt,
        Command::Resume,
        Command::Rate(Some(5)),
        Command::Unanswered,
    ] {
        assert_eq!(s.handle(command, t0 + ms(1)), [], "{command:?}");
    }
    assert_eq!(s, before, "ignored commands change nothing");
    let mut done = Session::new(&routine(vec![setup(5)]));
    done.start(t0);
    done.handle(Command::Answer(true), t0);
    for command in [Command::Next, Command::Answer(false), Command::Interrupted] {
        assert_eq!(done.handle(command, t0 + secs(1)), [], "{command:?}");
    }
    assert_eq!(done.outcome(), Some(Outcome::StoppedAtScreening));
}

#[test]
fn the_status_counts_steps_and_the_time_left_in_all_of_them() {
    let t0 = Instant::now();
    let both = Step {
        side: Some(knead::routine::Side::Both),
        ..hold(30)
    };
    let (mut s, _) = running(&routine(vec![setup(20), both, breathe(60)]), t0);
    let status = s.status(t0 + secs(5));
    assert_eq!((status.number, status.count), (1, 5));
    assert_eq!(status.elapsed, secs(5));
    assert_eq!(status.time_left, secs(15));
    assert!((status.progress - 0.25).abs() < 1e-6);
    assert_eq!(status.total_left, secs(15 + 30 + 10 + 30 + 60));
    assert_eq!(status.step.map(|p| p.title), Some("setup".to_owned()));
    s.advance(t0 + secs(26));
    let status = s.status(t0 + secs(26));
    let breath = status.breath.expect("a hold paces breathing");
    assert_eq!((breath.phase, breath.left), (BreathPhase::Exhale, secs(4)));
    assert!((breath.progress - 2.0 / 6.0).abs() < 1e-6);
}

#[test]
fn a_ten_minute_routine_runs_in_microseconds() {
    let r = rating(vec![
        setup(30),
        Step {
            side: Some(knead::routine::Side::Both),
            repeat: 2,
            ..hold(60)
        },
        roll(90, Some(3)),
        rest(30),
        breathe(200),
    ]);
    assert_eq!(r.planned_time(), secs(600));
    let wall = Instant::now();
    let t0 = wall;
    let (mut s, _) = running(&r, t0);
    let mut now = t0;
    let mut cues = 0;
    while s.outcome().is_none() {
        // Answer at once, as a plain-mode script would; otherwise sleep until due.
        let answer = match s.status(now).mode {
            Mode::Asking(Asked::CheckIn { .. }) => Command::Answer(false),
            Mode::Asking(Asked::Pressure) => Command::Rate(Some(3)),
            Mode::Running => {
                let due = to_next_deadline(&mut s, &mut now);
                cues += due.expect("a running step has a deadline").len();
                continue;
            }
            other => panic!("stuck in {other:?}"),
        };
        cues += s.handle(answer, now).len();
    }
    let took = wall.elapsed();
    assert_eq!(s.outcome(), Some(Outcome::Completed));
    assert_eq!(now - t0, secs(600), "no answer took any time");
    assert_eq!(s.summary().active_time(), secs(600));
    assert_eq!(s.summary().steps_done(), 9);
    assert!(cues > 100);
    // Microseconds in practice; the bound leaves room for a busy shared machine.
    assert!(took.as_millis() < 50, "took {took:?}");
}

#[test]
fn a_shortened_hold_never_announces_moments_already_past() {
    let t0 = Instant::now();
    let slow = Step {
        breathing: Some(super::fixtures::pattern(15, 0, 15, 0)),
        ..hold_within(60, 30, 60)
    };
    let (mut s, _) = running(&routine(vec![slow]), t0);
    s.advance(t0 + secs(44));
    assert_eq!(
        s.handle(Command::Shorten, t0 + secs(44)),
        [
            Cue::HoldAdjusted {
                index: 0,
                duration: secs(45)
            },
            Cue::Countdown(1)
        ],
        "the marks at 42 s and 43 s are past and stay unsaid"
    );
    let cues = major(&s.advance(t0 + secs(45)));
    assert_eq!(cues[0], finished(0, 45));
}

#[test]
fn shortening_a_long_hold_past_its_middle_asks_the_halfway_check_in_now() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold_within(150, 120, 150)]), t0);
    s.advance(t0 + secs(70));
    assert_eq!(
        s.handle(Command::Shorten, t0 + secs(70)),
        [
            Cue::HoldAdjusted {
                index: 0,
                duration: secs(135)
            },
            asked_halfway(0)
        ]
    );
    s.handle(Command::Answer(false), t0 + secs(80));
    assert_eq!(s.status(t0 + secs(80)).time_left, secs(65));
    let cues = major(&s.advance(t0 + secs(145)));
    assert_eq!(cues, [finished(0, 135), asked(0)]);
}
