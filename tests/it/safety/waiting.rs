//! Promise 4: no answer never continues. Time alone, however long, never
//! gets past a screening, a check-in, a pressure rating or a find-spot wait;
//! no answer at all (end of input) ends the session as unanswered.

use std::time::Duration;

use knead::journal;
use knead::plain::driver::Wake;
use knead::safety::{self, Tool};
use knead::session::{Asked, Command, Cue, Mode, Outcome, REMINDER_EVERY};

use super::support::{Engine, PROMPTS, ROUTINE, hours, plain, plain_with, secs, typed};
use crate::support::sandbox::Sandbox;

/// The suite's routine presses with a tennis ball.
const RELEASE_NOW: &str = Tool::Ball.release_now();

#[test]
fn hours_pass_at_every_question_and_nothing_moves_on() {
    for prompt in PROMPTS {
        let mut engine = Engine::at(prompt);
        let started = engine.cues.len();
        let name = prompt.name;
        for _ in 0..3 {
            let cues = engine.wait(hours(8));
            assert!(
                cues.iter().all(|c| *c == Cue::Reminder),
                "{name}: time did {cues:?}"
            );
            assert_eq!(engine.mode(), prompt.mode, "{name}");
        }
        let reminders = engine.cues.len() - started;
        if matches!(prompt.mode, Mode::Asking(Asked::CheckIn { .. })) {
            // A soft reminder every 15 s, and nothing else, for all 24 hours.
            let expected = hours(24).as_secs() / REMINDER_EVERY.as_secs();
            assert_eq!(reminders as u64, expected, "{name}");
        } else {
            assert_eq!(reminders, 0, "{name}");
            assert_eq!(engine.session.next_deadline(), None, "{name}");
        }
    }
}

#[test]
fn a_pause_lasts_until_the_person_resumes() {
    let mut engine = Engine::at(&PROMPTS[1]);
    engine.handle(Command::FoundIt);
    engine.wait(secs(5));
    engine.handle(Command::Pause);
    assert_eq!(engine.wait(hours(10)), []);
    assert_eq!(engine.mode(), Mode::Paused);
    assert_eq!(engine.session.status(engine.now).elapsed, secs(5));
}

#[test]
fn no_answer_at_any_question_ends_the_session_as_unanswered() {
    for prompt in PROMPTS {
        let mut engine = Engine::at(prompt);
        engine.wait(hours(1));
        let cues = engine.handle(Command::Unanswered);
        assert_eq!(
            cues.last(),
            Some(&Cue::Finished(Outcome::Unanswered)),
            "{}: {cues:?}",
            prompt.name
        );
        assert!(!cues.iter().any(|c| matches!(c, Cue::StepStarted { .. })));
        assert_eq!(engine.wait(hours(1)), []);
    }
}

#[test]
fn in_plain_mode_end_of_input_at_every_question_stops_unanswered() {
    let unanswered = format!("STOPPED: {RELEASE_NOW} No answer came, so the session stopped.");
    // The screening comes before the first step: nothing to release there,
    // and no session to record (`cli_run::endings`, `plain_transcripts`).
    for prompt in &PROMPTS[1..] {
        let ran = plain(prompt.before);
        let name = prompt.name;
        assert_eq!(ran.outcome, Outcome::Unanswered, "{name}");
        assert!(
            ran.question_before_stop().starts_with(prompt.line),
            "{name}: {}",
            ran.question_before_stop()
        );
        assert_eq!(ran.first_stopped(), unanswered, "{name}");
        assert_eq!(
            ran.record.outcome,
            journal::RecordedOutcome::Unanswered,
            "{name}"
        );
        // Nobody answered, so nobody is asked how they feel either.
        assert!(ran.tagged("AFTER").is_empty(), "{name}");
    }
}

#[test]
fn in_plain_mode_a_signal_at_a_question_ends_it_with_release_guidance() {
    // After the first step started; before it, see `cli_run::endings`.
    for prompt in &PROMPTS[1..] {
        let mut inputs = typed(prompt.before);
        inputs.push(Wake::Signal);
        let ran = plain_with(ROUTINE, inputs, safety::DEFAULT_EMERGENCY_NUMBER);
        assert_eq!(ran.outcome, Outcome::Interrupted, "{}", prompt.name);
        assert!(ran.first_stopped().contains(RELEASE_NOW), "{}", prompt.name);
    }
}

#[test]
fn the_binary_exits_3_when_input_ends_at_any_question() {
    let sandbox = Sandbox::new();
    let path = sandbox.routine_file("safety.toml", ROUTINE);
    for prompt in PROMPTS {
        let answers: String = prompt.before.iter().map(|l| format!("{l}\n")).collect();
        let ran = sandbox.run(&path, &answers);
        let name = prompt.name;
        assert_eq!(ran.code, Some(3), "{name}:\n{}{}", ran.stdout, ran.stderr);
        let lines = ran.lines();
        let stop = ran.position("STOPPED: ").expect("a STOPPED line");
        let question = lines[..stop]
            .iter()
            .rev()
            .find(|l| !l.starts_with("NOTICE: "))
            .expect("a question");
        assert!(question.starts_with(prompt.line), "{name}: {question}");
        if prompt.before.is_empty() {
            // Before the first step: nothing pressed, nothing recorded.
            assert_eq!(
                lines[stop], "STOPPED: No answer came, so the session did not start.",
                "{name}"
            );
            assert_eq!(sandbox.journal(), "", "{name}");
            continue;
        }
        assert_eq!(
            lines[stop],
            format!("STOPPED: {RELEASE_NOW} No answer came, so the session stopped."),
            "{name}"
        );
        assert!(
            sandbox
                .journal()
                .lines()
                .last()
                .is_some_and(|l| l.contains(r#""outcome":"unanswered""#)),
            "{name}"
        );
    }
}

#[test]
fn the_binary_waits_at_a_check_in_however_long_nobody_answers() {
    // A setup, then a roll: after "n" at the screening they run, then the
    // roll's check-in asks.
    let sandbox = Sandbox::new();
    let mut live = sandbox.live(super::runs::PRESSURE_ROUTINE);
    live.wait_for("SCREEN: Does any of these apply to you today? [y/n]");
    // Half a second at --speed 1000 is over 8 minutes of session time.
    live.idle(Duration::from_millis(500));
    assert!(
        !live.seen.iter().any(|l| l.starts_with("STEP: ")),
        "{:#?}",
        live.seen
    );
    live.send("n");
    live.wait_for("CHECKIN: ");
    let asked = live.seen.len();
    let steps_then = live.seen.iter().filter(|l| l.starts_with("STEP: ")).count();
    live.idle(Duration::from_millis(1500));
    // Reminders come every 15 s of real time, whatever the speed, so 1.5 s
    // may bring none; whatever comes is a reminder and nothing moves on.
    let meanwhile: Vec<&String> = live.seen[asked..].iter().collect();
    assert!(
        meanwhile
            .iter()
            .all(|l| l.starts_with("NOTICE: Still waiting for your answer")),
        "{meanwhile:#?}"
    );
    let (code, seen) = live.end_input();
    assert_eq!(code, Some(3));
    let steps = seen.iter().filter(|l| l.starts_with("STEP: ")).count();
    assert_eq!(steps, steps_then, "{seen:#?}");
    assert_eq!(
        seen.last().map(String::as_str),
        Some(
            format!(
                "STOPPED: {} No answer came, so the session stopped.",
                // foam-roll-glutes presses with a roller.
                Tool::Roller.release_now()
            )
            .as_str()
        )
    );
}
