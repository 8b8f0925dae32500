//! Check-ins: time cannot skip them, "yes" stops, ratings follow "no".

use std::time::Instant;

use knead::session::{Asked, Command, Cue, Ending, Mode, Outcome};

use super::fixtures::{
    asked, asked_halfway, check_ins_asked, finished, hold, major, rating, rest, roll, routine,
    running, secs, setup,
};

#[test]
fn a_check_in_waits_for_ever_with_a_reminder_every_15_seconds() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold(30), setup(5)]), t0);
    s.advance(t0 + secs(30));
    let asked = t0 + secs(30);
    assert_eq!(s.next_deadline(), Some(asked + secs(15)));
    assert_eq!(s.advance(asked + secs(14)), []);
    assert_eq!(s.advance(asked + secs(15)), [Cue::Reminder]);
    assert_eq!(s.advance(asked + secs(29)), []);
    assert_eq!(s.advance(asked + secs(45)), [Cue::Reminder, Cue::Reminder]);
    assert_eq!(s.next_deadline(), Some(asked + secs(60)));
    let ten_hours = asked + secs(36_000);
    let cues = s.advance(ten_hours);
    assert_eq!(cues.len(), 2400 - 3);
    assert!(cues.iter().all(|c| *c == Cue::Reminder));
    let status = s.status(ten_hours);
    assert_eq!(status.mode, Mode::Asking(Asked::CheckIn { halfway: false }));
    assert_eq!(
        status.question.as_deref(),
        Some(
            "Anything new or worse since you started: sharp pain, numbness, tingling, \
             or spreading pain?"
        )
    );
    assert_eq!(status.number, 1);
    assert_eq!(status.time_left, secs(0));
    for ignored in [
        Command::Next,
        Command::Previous,
        Command::TogglePause,
        Command::Extend,
    ] {
        assert_eq!(s.handle(ignored, ten_hours), [], "{ignored:?}");
    }
    let cues = s.handle(Command::Answer(false), ten_hours);
    assert_eq!(
        cues[0],
        Cue::CheckInAnswered {
            index: 0,
            halfway: false,
            yes: false
        }
    );
    assert!(matches!(cues[1], Cue::StepStarted { index: 1, .. }));
}

#[test]
fn a_long_jump_stops_at_the_first_check_in_it_reaches() {
    let t0 = Instant::now();
    let r = routine(vec![
        setup(20),
        rest(15),
        roll(30, Some(3)),
        rest(10),
        hold(30),
    ]);
    let (mut s, _) = running(&r, t0);
    let asleep = t0 + secs(36_000);
    let cues = major(&s.advance(asleep));
    let ended: Vec<usize> = cues
        .iter()
        .filter_map(|c| match c {
            Cue::StepFinished { index, .. } => Some(*index),
            _ => None,
        })
        .collect();
    assert_eq!(ended, [0, 1, 2]);
    assert!(cues.contains(&asked(2)));
    assert!(
        !cues
            .iter()
            .any(|c| matches!(c, Cue::StepStarted { index: 3, .. }))
    );
    assert_eq!(
        s.status(asleep).mode,
        Mode::Asking(Asked::CheckIn { halfway: false })
    );
}

#[test]
fn a_two_minute_hold_also_checks_in_halfway_and_its_clock_waits() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold(120), setup(5)]), t0);
    let cues = s.advance(t0 + secs(60));
    assert_eq!(
        cues[cues.len() - 2..],
        [Cue::Halfway { index: 0 }, asked_halfway(0)]
    );
    let answered = t0 + secs(360);
    assert_eq!(
        s.status(answered).mode,
        Mode::Asking(Asked::CheckIn { halfway: true })
    );
    assert_eq!(
        s.status(answered).time_left,
        secs(60),
        "the hold's clock waited"
    );
    let cues = s.handle(Command::Answer(false), answered);
    assert_eq!(cues[..20], [Cue::Reminder; 20]);
    assert_eq!(
        cues[20..],
        [Cue::CheckInAnswered {
            index: 0,
            halfway: true,
            yes: false
        }]
    );
    assert_eq!(s.status(answered).mode, Mode::Running);
    let cues = major(&s.advance(answered + secs(60)));
    assert_eq!(cues, [finished(0, 120), asked(0)]);
}

#[test]
fn shorter_holds_and_rolls_check_in_only_at_the_end() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold(119), roll(240, None)]), t0);
    let cues = s.advance(t0 + secs(119));
    assert_eq!(check_ins_asked(&cues), [asked(0)]);
    s.handle(Command::Answer(false), t0 + secs(119));
    let cues = s.advance(t0 + secs(119 + 240));
    assert_eq!(check_ins_asked(&cues), [asked(1)]);
}

#[test]
fn yes_at_a_check_in_stops_for_safety() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold(30), setup(5)]), t0);
    s.advance(t0 + secs(30));
    assert_eq!(
        s.handle(Command::Answer(true), t0 + secs(32)),
        [
            Cue::CheckInAnswered {
                index: 0,
                halfway: false,
                yes: true
            },
            Cue::Finished(Outcome::StoppedForSafety)
        ]
    );
    assert_eq!(s.outcome(), Some(Outcome::StoppedForSafety));
    assert_eq!(s.next_deadline(), None);
    assert_eq!(s.advance(t0 + secs(3600)), []);
    let summary = s.summary();
    assert_eq!(summary.steps_done(), 1);
    assert_eq!(summary.check_ins.len(), 1);
    assert!(summary.check_ins[0].yes);
}

#[test]
fn yes_at_a_halfway_check_in_records_the_time_held_so_far() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold(180)]), t0);
    s.advance(t0 + secs(90));
    let cues = s.handle(Command::Answer(true), t0 + secs(95));
    assert_eq!(
        cues,
        [
            Cue::CheckInAnswered {
                index: 0,
                halfway: true,
                yes: true
            },
            Cue::StepFinished {
                index: 0,
                held: secs(90),
                ending: Ending::Stopped
            },
            Cue::Finished(Outcome::StoppedForSafety)
        ]
    );
}

#[test]
fn a_pressure_rating_follows_each_no_when_the_routine_asks() {
    let t0 = Instant::now();
    let (mut s, _) = running(&rating(vec![hold(30), hold(30)]), t0);
    s.advance(t0 + secs(30));
    let now = t0 + secs(31);
    assert_eq!(
        s.handle(Command::Answer(false), now),
        [
            Cue::CheckInAnswered {
                index: 0,
                halfway: false,
                yes: false
            },
            Cue::PressureAsked { index: 0 }
        ]
    );
    assert_eq!(s.status(now).mode, Mode::Asking(Asked::Pressure));
    assert_eq!(s.next_deadline(), None);
    assert_eq!(s.handle(Command::Rate(Some(11)), now), [], "out of range");
    assert_eq!(s.handle(Command::Answer(false), now), []);
    let cues = s.handle(Command::Rate(Some(4)), now);
    assert_eq!(
        cues[0],
        Cue::PressureRated {
            index: 0,
            rating: Some(4),
            advice: None,
        }
    );
    assert!(matches!(cues[1], Cue::StepStarted { index: 1, .. }));
    s.advance(now + secs(30));
    s.handle(Command::Answer(false), now + secs(30));
    let cues = s.handle(Command::Rate(None), now + secs(30));
    assert_eq!(
        cues,
        [
            Cue::PressureRated {
                index: 1,
                rating: None,
                advice: None,
            },
            Cue::Finished(Outcome::Completed)
        ]
    );
    let ratings: Vec<_> = s
        .summary()
        .ratings
        .iter()
        .map(|r| (r.index, r.rating))
        .collect();
    assert_eq!(ratings, [(0, Some(4)), (1, None)]);
}
