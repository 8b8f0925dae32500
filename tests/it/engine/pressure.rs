//! Pressure ratings (review S7, S13): asked once per side unless the
//! routine asks at every hold; 8 ends that spot, 9 or 10 ends that side.

use knead::routine::{Routine, Side, Step};
use knead::safety::{PressureAdvice, Tool};
use knead::session::{Asked, Command, Cue, Ending, Mode, Outcome, Session};

use crate::support::engine::Engine;

use super::fixtures::{hold, hold_within, rating, rating_per_side, rest, roll, setup};

/// A step on one side, repeated `repeat` times, with a cue that says to
/// sink in further, as a routine's hold may.
fn on(side: Side, step: Step, repeat: u32) -> Step {
    Step {
        side: Some(side),
        repeat,
        cue: Some("Let your hip sink a little each time you breathe out.".to_owned()),
        ..step
    }
}

/// Two sides of three 30 s holds each, with a rest between: the shape of
/// the tennis-ball routine.
fn two_sides(routine: fn(Vec<Step>) -> Routine) -> Routine {
    let mut r = routine(vec![
        on(Side::Left, hold(30), 3),
        rest(5),
        on(Side::Right, hold(30), 3),
    ]);
    r.tools = vec!["tennis ball".to_owned(), "mat".to_owned()];
    r
}

/// Runs to each question, answering "no" to check-ins and `rate` to
/// ratings, until the session ends; the ratings asked, by step.
fn ratings_asked(engine: &mut Engine, rate: impl Fn(usize) -> Option<u8>) -> Vec<usize> {
    let mut asked = Vec::new();
    loop {
        engine.run_to_question();
        let command = match engine.mode() {
            Mode::Asking(Asked::CheckIn { .. }) => Command::Answer(false),
            Mode::Asking(Asked::Pressure) => {
                let index = engine.session.status(engine.now).number.saturating_sub(1);
                asked.push(index);
                Command::Rate(rate(index))
            }
            Mode::Asking(Asked::FindSpot) => Command::FoundIt,
            _ => return asked,
        };
        engine.handle(command);
    }
}

fn started(routine: &Routine) -> Engine {
    let mut engine = Engine::start(routine);
    engine.handle(Command::Answer(false));
    engine
}

fn steps_started(engine: &Engine) -> Vec<usize> {
    let started = |c: &Cue| match c {
        Cue::StepStarted { index, .. } => Some(*index),
        _ => None,
    };
    engine.cues.iter().filter_map(started).collect()
}

#[test]
fn true_asks_the_pressure_at_the_first_hold_of_each_side_only() {
    // Plan: 0-2 left holds, 3 rest, 4-6 right holds.
    let mut engine = started(&two_sides(rating_per_side));
    let asked = ratings_asked(&mut engine, |_| Some(4));
    assert_eq!(asked, [0, 4], "one rating a side, not six");
    assert_eq!(engine.session.outcome(), Some(Outcome::Completed));
    assert_eq!(steps_started(&engine), [0, 1, 2, 3, 4, 5, 6]);
}

#[test]
fn every_hold_asks_after_every_hold_as_true_did() {
    let mut engine = started(&two_sides(rating));
    let asked = ratings_asked(&mut engine, |_| Some(4));
    assert_eq!(asked, [0, 1, 2, 4, 5, 6]);
}

#[test]
fn steps_without_a_side_are_each_asked_about_once() {
    let r = rating_per_side(vec![
        Step {
            repeat: 2,
            ..hold(30)
        },
        setup(5),
        roll(30, None),
    ]);
    let mut engine = started(&r);
    assert_eq!(ratings_asked(&mut engine, |_| Some(3)), [0, 3]);
}

#[test]
fn eight_ends_that_spot_and_the_holds_left_on_the_side_are_lighter() {
    let mut engine = started(&two_sides(rating));
    let asked = ratings_asked(&mut engine, |index| Some(if index == 0 { 8 } else { 4 }));
    assert_eq!(asked, [0, 1, 2, 4, 5, 6]);
    let said: Vec<String> = engine
        .cues
        .iter()
        .filter_map(Cue::pressure_advice)
        .map(PressureAdvice::text)
        .collect();
    assert_eq!(
        said,
        ["Come off the ball. Next spot: more weight on your hands, 3 to 6 out of 10."]
    );
    // No cue about sinking in further follows on that side; the other
    // side starts afresh.
    let plan = engine.session.plan();
    let cue = |index: usize| {
        plan.get(index)
            .and_then(|s| s.cue.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        cue(0),
        "Let your hip sink a little each time you breathe out."
    );
    for index in [1, 2] {
        assert_eq!(
            cue(index),
            "Next spot: more weight on your hands, 3 to 6 out of 10."
        );
    }
    assert_eq!(
        cue(4),
        "Let your hip sink a little each time you breathe out."
    );
}

#[test]
fn eight_at_a_halfway_check_in_ends_the_hold_there() {
    let mut long = on(Side::Left, hold_within(180, 120, 240), 2);
    long.cue = None;
    let mut r = rating(vec![long, rest(5)]);
    r.tools = vec!["massage ball".to_owned()];
    let mut engine = started(&r);
    engine.run_to_question();
    assert_eq!(
        engine.mode(),
        Mode::Asking(Asked::CheckIn { halfway: true })
    );
    engine.handle(Command::Answer(false));
    let cues = engine.handle(Command::Rate(Some(8)));
    assert!(
        cues.contains(&Cue::StepFinished {
            index: 0,
            held: super::fixtures::secs(90),
            ending: Ending::Released,
        }),
        "{cues:?}"
    );
    assert!(
        cues.iter()
            .any(|c| matches!(c, Cue::StepStarted { index: 1, .. })),
        "the next spot starts at once: {cues:?}"
    );
    assert_eq!(
        engine.session.status(engine.now).number,
        2,
        "no resumed hold"
    );
}

#[test]
fn nine_or_ten_ends_that_side_the_other_side_still_runs_and_it_is_recorded() {
    for rated in [9, 10] {
        let mut engine = started(&two_sides(rating_per_side));
        let asked = ratings_asked(&mut engine, |index| {
            Some(if index == 0 { rated } else { 4 })
        });
        assert_eq!(asked, [0, 4]);
        // The left holds 1 and 2 are skipped; the rest and the right run.
        assert_eq!(steps_started(&engine), [0, 3, 4, 5, 6], "rated {rated}");
        assert_eq!(engine.session.outcome(), Some(Outcome::Completed));
        let advice = engine.cues.iter().find_map(Cue::pressure_advice);
        assert_eq!(
            advice,
            Some(PressureAdvice::EndSide {
                tool: Tool::Ball,
                sided: true
            })
        );
        assert_eq!(
            advice.map(PressureAdvice::text).as_deref(),
            Some(
                "Come off the ball. That is enough for this side today: its other steps \
                 are skipped."
            )
        );
        let ratings: Vec<_> = engine
            .session
            .summary()
            .ratings
            .iter()
            .map(|r| r.rating)
            .collect();
        assert_eq!(ratings, [Some(rated), Some(4)]);
    }
}

#[test]
fn ten_on_the_last_side_ends_the_session_as_completed() {
    let mut engine = started(&two_sides(rating_per_side));
    let asked = ratings_asked(&mut engine, |index| Some(if index == 4 { 10 } else { 3 }));
    assert_eq!(asked, [0, 4]);
    assert_eq!(steps_started(&engine), [0, 1, 2, 3, 4]);
    assert_eq!(engine.session.outcome(), Some(Outcome::Completed));
}

#[test]
fn the_words_fit_the_tool() {
    let said = |tool| PressureAdvice::for_rating(8, None, tool, true).map(PressureAdvice::text);
    assert_eq!(
        said(Tool::WallBall).as_deref(),
        Some("Step away from the wall. Next spot: lean into the wall less, 3 to 6 out of 10.")
    );
    assert_eq!(
        said(Tool::Roller).as_deref(),
        Some(
            "Come off the roller. Next spot: more weight on your hands and feet, 3 to 6 out \
             of 10."
        )
    );
    let session = Session::new(&two_sides(rating));
    assert_eq!(session.plan().len(), 7);
}

#[test]
fn the_time_left_leaves_out_the_steps_a_9_skipped() {
    let mut engine = started(&two_sides(rating_per_side));
    engine.run_to_question();
    engine.handle(Command::Answer(false));
    engine.handle(Command::Rate(Some(9)));
    // The rest (5 s) runs now; then three right holds of 30 s.
    let status = engine.session.status(engine.now);
    assert_eq!(status.number, 4);
    assert_eq!(status.total_left, super::fixtures::secs(5 + 3 * 30));
}
