//! Promise 9: stop now. `Command::Stop` ends the session from every state,
//! and `x` (or `stop`) at every plain prompt does, saying to release the
//! pressure first.

use knead::journal;
use knead::safety::Tool;
use knead::session::{Asked, Command, Cue, Ending, Mode, Outcome, Session};

use super::support::{Engine, PROMPTS, ROUTINE, hours, plain, secs, then, valid};
use crate::support::sandbox::Sandbox;

/// The suite's routine presses with a tennis ball.
const RELEASE_NOW: &str = Tool::Ball.release_now();

/// The suite's routine in every state a session can be in, and whether a
/// step is in progress there (its time held is then recorded).
fn every_state() -> Vec<(&'static str, Engine, bool)> {
    let mut states = Vec::new();
    let mut not_started = Engine::start(&valid(ROUTINE));
    not_started.session = Session::new(&valid(ROUTINE));
    states.push(("not started", not_started, false));
    states.push(("screening", Engine::start(&valid(ROUTINE)), false));
    let mut setup = Engine::start(&valid(ROUTINE));
    setup.handle(Command::Answer(false));
    setup.wait(secs(2));
    states.push(("running setup", setup, true));
    for prompt in PROMPTS.iter().skip(1) {
        // A find-spot hold has begun; a halfway check-in interrupts one.
        let in_progress = matches!(
            prompt.mode,
            Mode::Asking(Asked::FindSpot) | Mode::Asking(Asked::CheckIn { halfway: true })
        );
        states.push((prompt.name, Engine::at(prompt), in_progress));
    }
    let mut holding = Engine::at(&PROMPTS[1]);
    holding.handle(Command::FoundIt);
    holding.wait(secs(4));
    states.push(("holding", holding, true));
    let mut paused = Engine::at(&PROMPTS[1]);
    paused.handle(Command::FoundIt);
    paused.wait(secs(4));
    paused.handle(Command::Pause);
    states.push(("paused", paused, true));
    // Past the roll's check-in, 30 s into the long hold.
    let mut long_hold = Engine::at(&PROMPTS[4]);
    long_hold.handle(Command::Answer(false));
    long_hold.handle(Command::Rate(Some(5)));
    long_hold.wait(secs(30));
    assert_eq!(long_hold.mode(), Mode::Running);
    states.push(("holding the long hold", long_hold, true));
    states
}

#[test]
fn stop_ends_the_session_from_every_state() {
    let states = every_state();
    let modes: Vec<Mode> = states.iter().map(|(_, e, _)| e.mode()).collect();
    for mode in [
        Mode::NotStarted,
        Mode::Asking(Asked::Screening),
        Mode::Running,
        Mode::Asking(Asked::FindSpot),
        Mode::Paused,
        Mode::Asking(Asked::CheckIn { halfway: false }),
        Mode::Asking(Asked::CheckIn { halfway: true }),
        Mode::Asking(Asked::Pressure),
    ] {
        assert!(modes.contains(&mode), "no state in {mode:?}");
    }
    for (name, mut engine, in_progress) in states {
        let cues = engine.handle(Command::Stop);
        assert_eq!(
            cues.last(),
            Some(&Cue::Finished(Outcome::StoppedByPerson)),
            "{name}: {cues:?}"
        );
        let held = cues
            .iter()
            .filter(|c| {
                matches!(
                    c,
                    Cue::StepFinished {
                        ending: Ending::Stopped,
                        ..
                    }
                )
            })
            .count();
        assert_eq!(held, usize::from(in_progress), "{name}: {cues:?}");
        assert!(!cues.iter().any(|c| matches!(c, Cue::StepStarted { .. })));
        assert_eq!(engine.mode(), Mode::Finished(Outcome::StoppedByPerson));
        assert_eq!(engine.wait(hours(3)), [], "{name}");
        assert_eq!(engine.handle(Command::Answer(false)), [], "{name}");
    }
}

#[test]
fn stop_after_the_end_changes_nothing() {
    let mut engine = Engine::start(&valid(ROUTINE));
    for line in ["n", "", "n", "4", "n", "4", "n", "4", "n", "4"] {
        engine.answer(line);
    }
    engine.run_to_question();
    assert_eq!(engine.mode(), Mode::Finished(Outcome::Completed));
    assert_eq!(engine.handle(Command::Stop), []);
    assert_eq!(engine.session.outcome(), Some(Outcome::Completed));
}

#[test]
fn x_at_every_plain_prompt_stops_with_release_first() {
    for prompt in PROMPTS {
        for word in ["x", "stop", " X "] {
            let ran = plain(&then(prompt.before, word));
            let name = format!("{word:?} at the {}", prompt.name);
            assert_eq!(ran.outcome, Outcome::StoppedByPerson, "{name}");
            assert!(
                ran.question_before_stop().starts_with(prompt.line),
                "{name}: {}",
                ran.question_before_stop()
            );
            // The first line after the stop tells the person to release,
            // once anything has been pressed.
            let stop = ran.position("STOPPED: ").expect("stopped");
            assert_eq!(
                ran.lines()[stop].contains(RELEASE_NOW),
                prompt.name != "screening",
                "{name}"
            );
            for tag in ["STEP: ", "CHECKIN: ", "PRESSURE: ", "SPOT: ", "DONE: "] {
                assert!(
                    ran.lines()[stop..].iter().all(|l| !l.starts_with(tag)),
                    "{name}: {tag} after the stop"
                );
            }
            assert_eq!(
                ran.record.outcome,
                journal::RecordedOutcome::StoppedByPerson
            );
        }
    }
}

#[test]
fn x_at_every_prompt_through_the_binary_exits_3() {
    let sandbox = Sandbox::new();
    let path = sandbox.routine_file("safety.toml", ROUTINE);
    for prompt in PROMPTS {
        let answers: String = prompt
            .before
            .iter()
            .chain(&["x"])
            .map(|l| format!("{l}\n"))
            .collect();
        let ran = sandbox.run(&path, &answers);
        assert_eq!(ran.code, Some(3), "{}: {}", prompt.name, ran.stdout);
        let stop = ran.position("STOPPED: ").expect("stopped");
        assert_eq!(
            ran.lines()[stop].contains(RELEASE_NOW),
            prompt.name != "screening",
            "{}",
            prompt.name
        );
        let last = sandbox
            .journal()
            .lines()
            .last()
            .unwrap_or_default()
            .to_owned();
        assert!(
            last.contains(r#""outcome":"stopped_by_person""#),
            "{}: {last}",
            prompt.name
        );
    }
}

#[test]
fn x_typed_while_a_roll_runs_stops_it_there_and_then() {
    // A 10 min roll: at --speed 100 it would run 6 s before its check-in.
    let sandbox = Sandbox::new();
    let path = sandbox.routine_file(
        "long-roll.toml",
        "format = 1\ntitle = \"Long roll\"\n\n[[step]]\nkind = \"roll\"\n\
         title = \"Roll slowly\"\nduration = \"10m\"\n",
    );
    let mut live = sandbox.live_at(&path, "100");
    live.wait_for("SCREEN: Does any of these apply to you today? [y/n]");
    live.send("n");
    live.wait_for("STEP: 1. Roll slowly");
    let started = std::time::Instant::now();
    live.send("x");
    live.wait_for("STOPPED: ");
    assert!(started.elapsed() < std::time::Duration::from_secs(3));
    let (code, seen) = live.end_input();
    assert_eq!(code, Some(3));
    assert!(
        !seen.iter().any(|l| l.starts_with("CHECKIN: ")),
        "{seen:#?}"
    );
    let stopped = seen
        .iter()
        .find(|l| l.starts_with("STOPPED: "))
        .expect("stopped");
    // The long roll lists no tools: the hands let go.
    assert!(stopped.contains(Tool::Hands.release_now()), "{stopped}");
}
