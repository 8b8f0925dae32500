//! Promises 2 and 3: every hold and roll is followed by its check-in, even
//! when left early, and "y" at any check-in stops the session with release
//! guidance first.

use knead::journal::{self, YesNo};
use knead::safety::{self, RED_FLAGS_EMERGENCY, RED_FLAGS_URGENT, Tool};
use knead::session::{Asked, Command, Cue, Ending, Mode, Outcome};

use super::support::{
    Engine, PROMPTS, ROUTINE, check_in_prompts, hours, plain, plain_with, then, typed, valid,
};

/// The suite's routine presses with a tennis ball.
const RELEASE_NOW: &str = Tool::Ball.release_now();

/// The step a cue starts, if it starts one.
fn started(cue: &Cue) -> Option<usize> {
    match cue {
        Cue::StepStarted { index, .. } => Some(*index),
        _ => None,
    }
}

#[test]
fn leaving_a_hold_or_roll_early_still_asks_its_check_in_first() {
    // Plan: 0 setup, 1 find-spot hold, 2 roll, 3 long hold, 4 rest.
    for (step, command) in [
        (1, Command::Next),
        (1, Command::Previous),
        (2, Command::Next),
        (2, Command::Previous),
        (3, Command::Next),
        (3, Command::Previous),
    ] {
        let mut engine = Engine::start(&valid(ROUTINE));
        engine.handle(Command::Answer(false));
        // Skip ahead to `step` with Next, answering each check-in "no".
        while engine.session.status(engine.now).number != step + 1 {
            engine.handle(Command::Next);
            match engine.mode() {
                Mode::Asking(Asked::CheckIn { .. }) => {
                    engine.handle(Command::Answer(false));
                }
                Mode::Asking(Asked::Pressure) => {
                    engine.handle(Command::Rate(None));
                }
                _ => {}
            }
        }
        if engine.mode() == Mode::Asking(Asked::FindSpot) {
            engine.handle(Command::FoundIt);
        }
        engine.wait(super::support::secs(3));
        let cues = engine.handle(command);
        let what = format!("{command:?} during step {step}: {cues:?}");
        assert_eq!(
            cues.first(),
            Some(&Cue::StepFinished {
                index: step,
                held: super::support::secs(3),
                ending: Ending::Skipped,
            }),
            "{what}"
        );
        assert_eq!(
            cues.get(1),
            Some(&Cue::CheckInAsked {
                index: step,
                halfway: false
            }),
            "{what}"
        );
        assert!(cues.iter().all(|c| started(c).is_none()), "{what}");
        assert_eq!(
            engine.mode(),
            Mode::Asking(Asked::CheckIn { halfway: false }),
            "{what}"
        );
        // Only the answer moves on, and then to the step asked for.
        engine.handle(Command::Answer(false));
        let cues = engine.handle(Command::Rate(Some(4)));
        let expected = if command == Command::Next {
            step + 1
        } else {
            step - 1
        };
        assert_eq!(cues.iter().find_map(started), Some(expected), "{what}");
    }
}

#[test]
fn a_routine_run_straight_through_checks_in_after_every_hold_and_roll() {
    let mut engine = Engine::start(&valid(ROUTINE));
    for line in ["n", "", "n", "4", "n", "4", "n", "4", "n", "4"] {
        engine.answer(line);
    }
    engine.run_to_question();
    assert_eq!(engine.session.outcome(), Some(Outcome::Completed));
    let asked: Vec<(usize, bool)> = engine
        .cues
        .iter()
        .filter_map(|c| match c {
            Cue::CheckInAsked { index, halfway } => Some((*index, *halfway)),
            _ => None,
        })
        .collect();
    // The hold, the roll, the long hold halfway and at its end; never the
    // setup or the rest.
    assert_eq!(asked, [(1, false), (2, false), (3, true), (3, false)]);
}

#[test]
fn yes_at_any_check_in_stops_at_once_and_nothing_more_runs() {
    for prompt in check_in_prompts() {
        let mut engine = Engine::at(prompt);
        let cues = engine.handle(Command::Answer(true));
        let name = prompt.name;
        assert_eq!(
            cues.last(),
            Some(&Cue::Finished(Outcome::StoppedForSafety)),
            "{name}: {cues:?}"
        );
        assert!(cues.iter().all(|c| started(c).is_none()), "{name}");
        assert_eq!(engine.mode(), Mode::Finished(Outcome::StoppedForSafety));
        // Neither time nor any command starts anything again.
        assert_eq!(engine.wait(hours(5)), [], "{name}");
        for command in [
            Command::Answer(false),
            Command::Next,
            Command::Previous,
            Command::FoundIt,
            Command::TogglePause,
            Command::Rate(Some(3)),
        ] {
            assert_eq!(engine.handle(command), [], "{name}: {command:?}");
        }
        assert_eq!(engine.session.next_deadline(), None, "{name}");
    }
}

#[test]
fn yes_at_a_halfway_check_in_ends_the_hold_where_it_was() {
    let prompt = PROMPTS
        .iter()
        .find(|p| p.mode == Mode::Asking(Asked::CheckIn { halfway: true }))
        .expect("a halfway prompt");
    let mut engine = Engine::at(prompt);
    let cues = engine.handle(Command::Answer(true));
    assert_eq!(
        cues,
        [
            Cue::CheckInAnswered {
                index: 3,
                halfway: true,
                yes: true
            },
            Cue::StepFinished {
                index: 3,
                held: super::support::secs(60),
                ending: Ending::Stopped
            },
            Cue::Finished(Outcome::StoppedForSafety),
        ]
    );
}

#[test]
fn in_plain_mode_y_at_a_check_in_says_release_first_then_when_to_get_help() {
    for prompt in check_in_prompts() {
        let ran = plain(&then(prompt.before, "y"));
        let name = prompt.name;
        assert_eq!(ran.outcome, Outcome::StoppedForSafety, "{name}");
        assert!(
            ran.question_before_stop().starts_with(prompt.line),
            "{name}"
        );
        // The first thing said after the "y": release the pressure.
        let answered = ran.position("STOPPED: ").expect("stopped");
        assert_eq!(ran.lines()[answered], format!("STOPPED: {RELEASE_NOW}"));
        let stopped = ran.tagged("STOPPED");
        // When to seek care, then the red flags with the number to call.
        assert!(
            stopped.iter().any(|l| l.contains("see a GP or physio")),
            "{name}: {stopped:#?}"
        );
        let call = format!(
            "STOPPED: Call {} or go to A&E now if you notice:",
            safety::DEFAULT_EMERGENCY_NUMBER
        );
        assert!(stopped.contains(&call.as_str()), "{name}: {stopped:#?}");
        for flag in RED_FLAGS_EMERGENCY.iter().chain(RED_FLAGS_URGENT) {
            let line = format!("STOPPED: - {flag}");
            assert!(stopped.contains(&line.as_str()), "{name}: no {flag:?}");
        }
        // Nothing runs after it: no step, no further question.
        let after: Vec<&str> = ran.lines()[answered..].to_vec();
        for tag in ["STEP: ", "CHECKIN: ", "PRESSURE: ", "SPOT: ", "DONE: "] {
            assert!(
                after.iter().all(|l| !l.starts_with(tag)),
                "{name}: {tag} after the stop"
            );
        }
        // The journal says why it ended, and which answer it was.
        assert_eq!(
            ran.record.outcome,
            journal::RecordedOutcome::StoppedForSafety
        );
        let last = ran.record.check_ins.last().expect("the answer");
        assert_eq!(last.answer, YesNo::Yes, "{name}");
        assert_eq!(ran.record.pain_stops(), 1, "{name}");
    }
}

#[test]
fn stop_guidance_names_the_configured_emergency_number() {
    let ran = plain_with(ROUTINE, typed(&["n", "", "y"]), "999");
    let stopped = ran.tagged("STOPPED");
    assert!(
        stopped.contains(&"STOPPED: Call 999 or go to A&E now if you notice:"),
        "{stopped:#?}"
    );
    assert!(!ran.text.contains(safety::DEFAULT_EMERGENCY_NUMBER));
}
