//! Screening, and ending a session from every state.

use std::time::Instant;

use knead::session::{Asked, Command, Cue, Ending, Mode, Outcome, Session};

use super::fixtures::{hold, hold_spot, major, rating, routine, running, secs, setup};

#[test]
fn nothing_starts_before_the_screening_is_answered() {
    let t0 = Instant::now();
    let mut s = Session::new(&routine(vec![setup(10)]));
    assert_eq!(s.start(t0), [Cue::ScreeningAsked]);
    assert_eq!(s.start(t0), [], "start only once");
    assert_eq!(s.next_deadline(), None);
    let later = t0 + secs(36_000);
    assert_eq!(s.advance(later), []);
    for ignored in [
        Command::Next,
        Command::FoundIt,
        Command::TogglePause,
        Command::Rate(Some(3)),
    ] {
        assert_eq!(s.handle(ignored, later), [], "{ignored:?}");
    }
    let status = s.status(later);
    assert_eq!(status.mode, Mode::Asking(Asked::Screening));
    assert_eq!(
        status.question.as_deref(),
        Some(knead::safety::SCREENING_ASK)
    );
    assert_eq!(status.total_left, secs(10));
}

#[test]
fn yes_at_the_screening_stops_before_any_step() {
    let t0 = Instant::now();
    let mut s = Session::new(&routine(vec![setup(10)]));
    s.start(t0);
    assert_eq!(
        s.handle(Command::Answer(true), t0 + secs(5)),
        [
            Cue::ScreeningAnswered { yes: true },
            Cue::Finished(Outcome::StoppedAtScreening)
        ]
    );
    assert_eq!(s.outcome(), Some(Outcome::StoppedAtScreening));
    assert!(s.summary().steps.is_empty());
    assert_eq!(s.summary().screening, Some(true));
    assert_eq!(s.handle(Command::Answer(false), t0 + secs(6)), []);
}

/// A session brought to each state a person can stop in, and a moment at
/// which it is still in that state.
fn in_every_state(t0: Instant) -> Vec<(&'static str, Session, Instant)> {
    let r = rating(vec![hold_spot(30), hold(150), setup(10)]);
    let fresh = Session::new(&r);
    let mut screening = fresh.clone();
    screening.start(t0);
    let (waiting, _) = running(&r, t0);
    let mut counting = waiting.clone();
    counting.handle(Command::FoundIt, t0);
    let mut paused = counting.clone();
    paused.handle(Command::Pause, t0 + secs(5));
    let mut check_in = counting.clone();
    check_in.advance(t0 + secs(30));
    let mut rating_stage = check_in.clone();
    rating_stage.handle(Command::Answer(false), t0 + secs(31));
    let mut halfway = rating_stage.clone();
    halfway.handle(Command::Rate(None), t0 + secs(31));
    halfway.advance(t0 + secs(31 + 75));
    let later = t0 + secs(200);
    vec![
        ("not started", fresh, later),
        ("screening", screening, later),
        ("waiting for spot", waiting, later),
        ("running", counting, t0 + secs(10)),
        ("paused", paused, later),
        ("check-in", check_in, later),
        ("pressure rating", rating_stage, later),
        ("halfway check-in", halfway, later),
    ]
}

#[test]
fn stop_works_in_every_state() {
    let t0 = Instant::now();
    let states = in_every_state(t0);
    let expected = [
        Mode::NotStarted,
        Mode::Asking(Asked::Screening),
        Mode::Asking(Asked::FindSpot),
        Mode::Running,
        Mode::Paused,
        Mode::Asking(Asked::CheckIn { halfway: false }),
        Mode::Asking(Asked::Pressure),
        Mode::Asking(Asked::CheckIn { halfway: true }),
    ];
    for ((name, mut s, now), mode) in states.into_iter().zip(expected) {
        s.advance(now);
        assert_eq!(s.status(now).mode, mode, "{name}");
        let cues = s.handle(Command::Stop, now);
        assert_eq!(
            cues.last(),
            Some(&Cue::Finished(Outcome::StoppedByPerson)),
            "{name}"
        );
        assert_eq!(s.outcome(), Some(Outcome::StoppedByPerson), "{name}");
        assert_eq!(s.handle(Command::Stop, now), [], "{name}: already finished");
        assert_eq!(s.next_deadline(), None, "{name}");
    }
}

#[test]
fn stopping_a_step_reports_the_time_it_was_held() {
    let t0 = Instant::now();
    let (mut s, _) = running(&routine(vec![hold(60)]), t0);
    let cues = major(&s.handle(Command::Stop, t0 + secs(25)));
    assert_eq!(
        cues,
        [
            Cue::StepFinished {
                index: 0,
                held: secs(25),
                ending: Ending::Stopped
            },
            Cue::Finished(Outcome::StoppedByPerson)
        ]
    );
    assert_eq!(s.summary().active_time(), secs(25));
    assert_eq!(s.summary().steps_done(), 0);
}

#[test]
fn end_of_input_stops_only_where_an_answer_is_awaited() {
    let t0 = Instant::now();
    for (name, mut s, now) in in_every_state(t0) {
        s.advance(now);
        let awaits = !matches!(
            s.status(now).mode,
            Mode::NotStarted | Mode::Running | Mode::Paused
        );
        let cues = s.handle(Command::Unanswered, now);
        if awaits {
            assert_eq!(
                cues.last(),
                Some(&Cue::Finished(Outcome::Unanswered)),
                "{name}"
            );
        } else {
            assert_eq!(cues, [], "{name}");
        }
    }
}

#[test]
fn a_signal_interrupts_any_state() {
    let t0 = Instant::now();
    for (name, mut s, now) in in_every_state(t0) {
        let cues = s.handle(Command::Interrupted, now);
        assert_eq!(
            cues.last(),
            Some(&Cue::Finished(Outcome::Interrupted)),
            "{name}"
        );
    }
}

#[test]
fn outcomes_map_to_the_documented_exit_codes() {
    let code = |outcome| knead::commands::run::exit_for(outcome).code();
    assert_eq!(code(Outcome::Completed), 0);
    assert_eq!(code(Outcome::Interrupted), 130);
    for stopped in [
        Outcome::StoppedForSafety,
        Outcome::StoppedAtScreening,
        Outcome::StoppedByPerson,
        Outcome::Unanswered,
    ] {
        assert_eq!(code(stopped), 3, "{stopped:?}");
    }
}
