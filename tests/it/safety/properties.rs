//! The engine's safety invariants over random routines and random command
//! sequences: any command at any moment, time jumps from milliseconds to
//! hours, commands before the session even starts.

use std::cell::RefCell;
use std::time::Duration;

use knead::session::{Asked, Command, Cue, Ending, HALFWAY_CHECK_IN_FROM, Mode, Outcome};
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};

use super::generate::{
    Action, RoutineDef, StepDef, Trace, routine_def, script, waits_for_person, walk,
};

/// Promise 1: no step starts before the screening is answered "no", and
/// none after a "yes"; nothing but the screening is asked before it.
fn screening_comes_first(trace: &Trace) -> Result<(), TestCaseError> {
    let mut asked = false;
    let mut cleared = false;
    let mut refused = false;
    for batch in &trace.batches {
        for cue in &batch.cues {
            match *cue {
                Cue::ScreeningAsked => asked = true,
                Cue::ScreeningAnswered { yes } => {
                    prop_assert!(asked, "answered a screening never asked");
                    prop_assert!(!cleared && !refused, "the screening was answered twice");
                    cleared = !yes;
                    refused = yes;
                }
                Cue::StepStarted { index, .. } => {
                    prop_assert!(cleared, "step {index} started without the screening");
                    prop_assert!(!refused, "step {index} started after a yes");
                }
                Cue::WaitingForSpot { .. }
                | Cue::CheckInAsked { .. }
                | Cue::PressureAsked { .. }
                | Cue::Halfway { .. } => {
                    prop_assert!(cleared, "{cue:?} before the screening was answered no");
                }
                _ => {}
            }
        }
        if !cleared {
            prop_assert!(
                matches!(
                    batch.after,
                    Mode::NotStarted | Mode::Asking(Asked::Screening) | Mode::Finished(_)
                ),
                "{:?} before the screening was answered no",
                batch.after
            );
        }
    }
    Ok(())
}

/// Promise 2: every hold or roll that starts asks its end check-in before
/// any later step starts (also when left with Next or Previous), unless the
/// session ends first; a hold that runs its full time of 2 min or more has
/// also checked in halfway.
fn every_press_checks_in(trace: &Trace) -> Result<(), TestCaseError> {
    // The hold or roll started last and still owed its end check-in.
    let mut owed: Option<usize> = None;
    // The step running: its index, its length as adjusted, halfway asked.
    let mut current: Option<(usize, Duration, bool)> = None;
    for cue in trace.cues() {
        match *cue {
            Cue::StepStarted {
                index, duration, ..
            } => {
                prop_assert_eq!(owed, None, "step {} started before the check-in", index);
                owed = trace.presses(index).then_some(index);
                current = Some((index, duration, false));
            }
            Cue::HoldAdjusted { index, duration } => {
                if let Some((i, d, _)) = current.as_mut()
                    && *i == index
                {
                    *d = duration;
                }
            }
            Cue::CheckInAsked { index, halfway } => {
                prop_assert!(trace.presses(index), "check-in for step {}", index);
                let running = current.map(|(i, ..)| i);
                prop_assert_eq!(running, Some(index), "check-in for another step");
                if halfway {
                    if let Some((_, _, asked)) = current.as_mut() {
                        prop_assert!(!*asked, "two halfway check-ins for step {}", index);
                        *asked = true;
                    }
                } else {
                    prop_assert_eq!(owed.take(), Some(index));
                }
            }
            Cue::StepFinished {
                index,
                ending: Ending::Completed,
                ..
            } => {
                if let Some((i, duration, asked)) = current
                    && i == index
                    && trace.plan.get(index).and_then(|s| s.hold()).is_some()
                    && duration >= HALFWAY_CHECK_IN_FROM
                {
                    prop_assert!(
                        asked,
                        "a {:?} hold ran out with no halfway check-in",
                        duration
                    );
                }
            }
            // A pressure of 8 or more at the halfway check-in ends the hold
            // there (review S7): that check-in was its check-in.
            Cue::StepFinished {
                index,
                ending: Ending::Released,
                ..
            } => {
                let asked = current.is_some_and(|(i, _, asked)| i == index && asked);
                prop_assert!(asked, "step {} released with no halfway check-in", index);
                owed = None;
            }
            Cue::Finished(_) => owed = None,
            _ => {}
        }
    }
    Ok(())
}

/// Promise 3: "yes" at a check-in stops the session at once; "yes" at the
/// screening ends it before anything starts; after the end nothing happens.
fn yes_stops_and_the_end_is_final(trace: &Trace) -> Result<(), TestCaseError> {
    let cues: Vec<Cue> = trace.cues().copied().collect();
    if let Some(end) = cues.iter().position(|c| matches!(c, Cue::Finished(_))) {
        prop_assert_eq!(
            end,
            cues.len() - 1,
            "cues after the end: {:?}",
            &cues[end..]
        );
        let ended = trace
            .batches
            .iter()
            .position(|b| b.cues.contains(&cues[end]));
        for batch in &trace.batches[ended.unwrap_or(0) + 1..] {
            prop_assert_eq!(batch.reminders, 0, "a reminder after the end");
            prop_assert_eq!(batch.after, batch.before, "the outcome changed");
        }
    }
    for (i, cue) in cues.iter().enumerate() {
        let rest = &cues[i + 1..];
        match *cue {
            Cue::CheckInAnswered {
                index, yes: true, ..
            } => {
                let finish = Cue::Finished(Outcome::StoppedForSafety);
                let ok = match rest {
                    [last] => *last == finish,
                    [
                        Cue::StepFinished {
                            index: i,
                            ending: Ending::Stopped,
                            ..
                        },
                        last,
                    ] => *i == index && *last == finish,
                    _ => false,
                };
                prop_assert!(ok, "after a yes at a check-in: {:?}", rest);
            }
            Cue::ScreeningAnswered { yes: true } => {
                prop_assert_eq!(rest, &[Cue::Finished(Outcome::StoppedAtScreening)][..]);
            }
            _ => {}
        }
    }
    Ok(())
}

/// Promise 4: time alone never gets past a question, a find-spot wait or a
/// pause (only reminders sound); "no answer" at a question ends the session
/// as unanswered and elsewhere changes nothing.
fn time_alone_never_answers(trace: &Trace) -> Result<(), TestCaseError> {
    for batch in &trace.batches {
        let timed = matches!(
            batch.action,
            Action::Wait(_) | Action::ToDeadline | Action::UntilAsked
        );
        if timed && waits_for_person(batch.before) {
            prop_assert_eq!(batch.after, batch.before, "time moved on from a wait");
            prop_assert_eq!(&batch.cues, &Vec::<Cue>::new(), "time did something");
        }
        if batch.reminders > 0 {
            let checking = matches!(batch.before, Mode::Asking(Asked::CheckIn { .. }))
                || matches!(batch.after, Mode::Asking(Asked::CheckIn { .. }));
            prop_assert!(checking, "a reminder outside a check-in");
        }
        if batch.action == Action::Do(Command::Unanswered) {
            if super::support::asks(batch.before) {
                prop_assert_eq!(batch.after, Mode::Finished(Outcome::Unanswered));
                prop_assert_eq!(batch.cues.last(), Some(&Cue::Finished(Outcome::Unanswered)));
            } else {
                prop_assert_eq!(&batch.cues, &Vec::<Cue>::new(), "no question was open");
            }
        }
    }
    Ok(())
}

/// Promise 9, in every state a script reaches: stop (or a signal) ends the
/// session at once, and a finished session stays as it ended.
fn stop_works_everywhere(trace: &Trace) -> Result<(), TestCaseError> {
    for batch in &trace.batches {
        let Action::Do(command @ (Command::Stop | Command::Interrupted)) = batch.action else {
            continue;
        };
        let outcome = if command == Command::Stop {
            Outcome::StoppedByPerson
        } else {
            Outcome::Interrupted
        };
        if let Mode::Finished(_) = batch.before {
            prop_assert!(batch.cues.is_empty(), "a finished session spoke again");
            prop_assert_eq!(batch.after, batch.before);
        } else {
            prop_assert_eq!(batch.after, Mode::Finished(outcome));
            prop_assert_eq!(batch.cues.last(), Some(&Cue::Finished(outcome)));
        }
    }
    Ok(())
}

/// What the random scripts reached, so that a generator gone tame (every
/// session ending at its screening, say) fails loudly instead of proving
/// nothing.
#[derive(Debug, Default)]
struct Reached {
    steps_started: usize,
    end_check_ins: usize,
    halfway_check_ins: usize,
    pressure_ratings: usize,
    spot_waits: usize,
    pain_stops: usize,
    screening_yes: usize,
    left_early: usize,
    adjusted: usize,
    completed: usize,
    unanswered: usize,
    stopped: usize,
    long_waits_at_questions: usize,
}

impl Reached {
    fn count(&mut self, trace: &Trace) {
        for batch in &trace.batches {
            if matches!(batch.action, Action::Wait(by) if by.as_secs() >= 3600)
                && super::support::asks(batch.before)
            {
                self.long_waits_at_questions += 1;
            }
            for cue in &batch.cues {
                match cue {
                    Cue::StepStarted { .. } => self.steps_started += 1,
                    Cue::CheckInAsked { halfway: false, .. } => self.end_check_ins += 1,
                    Cue::CheckInAsked { halfway: true, .. } => self.halfway_check_ins += 1,
                    Cue::PressureAsked { .. } => self.pressure_ratings += 1,
                    Cue::WaitingForSpot { .. } => self.spot_waits += 1,
                    Cue::CheckInAnswered { yes: true, .. } => self.pain_stops += 1,
                    Cue::ScreeningAnswered { yes: true } => self.screening_yes += 1,
                    Cue::StepFinished {
                        ending: Ending::Skipped,
                        ..
                    } => self.left_early += 1,
                    Cue::HoldAdjusted { .. } => self.adjusted += 1,
                    Cue::Finished(Outcome::Completed) => self.completed += 1,
                    Cue::Finished(Outcome::Unanswered) => self.unanswered += 1,
                    Cue::Finished(Outcome::StoppedByPerson) => self.stopped += 1,
                    _ => {}
                }
            }
        }
    }

    #[track_caller]
    fn assert_broad(&self) {
        let counts = [
            self.steps_started,
            self.end_check_ins,
            self.halfway_check_ins,
            self.pressure_ratings,
            self.spot_waits,
            self.pain_stops,
            self.screening_yes,
            self.left_early,
            self.adjusted,
            self.completed,
            self.unanswered,
            self.stopped,
            self.long_waits_at_questions,
        ];
        assert!(
            counts.iter().all(|n| *n > 0),
            "the scripts missed a case: {self:?}"
        );
    }
}

#[test]
fn safety_invariants_hold_for_any_routine_and_any_commands() {
    let reached = RefCell::new(Reached::default());
    let mut runner = TestRunner::new(ProptestConfig::with_cases(256));
    let result = runner.run(&(routine_def(), script()), |(def, script)| {
        let routine = def.routine();
        let trace = walk(&routine, &script);
        screening_comes_first(&trace)?;
        every_press_checks_in(&trace)?;
        yes_stops_and_the_end_is_final(&trace)?;
        time_alone_never_answers(&trace)?;
        stop_works_everywhere(&trace)?;
        reached.borrow_mut().count(&trace);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    reached.borrow().assert_broad();
}

/// Extending and shortening a long hold around its middle, in small time
/// steps: random scripts rarely land in the few seconds where a change
/// moves the middle past the time already held.
fn around_the_middle() -> impl Strategy<Value = (RoutineDef, Vec<Action>)> {
    let hold = (120u64..=300).prop_map(|seconds| RoutineDef {
        steps: vec![StepDef::Hold {
            seconds,
            min: 60,
            max: 600,
            find_spot: false,
            side: None,
            repeat: 1,
        }],
        rate_pressure: false,
        screening: vec![],
        stop_signs: vec![],
    });
    let action = prop_oneof![
        4 => (0u64..8_000).prop_map(|ms| Action::Wait(Duration::from_millis(ms))),
        2 => Just(Action::Do(Command::Shorten)),
        2 => Just(Action::Do(Command::Extend)),
        1 => Just(Action::Respond),
    ];
    let script = proptest::collection::vec(action, 0..80).prop_map(|middle| {
        let mut all = vec![Action::Start, Action::Respond];
        all.extend(middle);
        // Then let it run out, answering whatever is asked.
        all.extend([Action::Respond; 12]);
        all
    });
    (hold, script)
}

#[test]
fn adjusting_a_long_hold_never_skips_its_halfway_check_in() {
    let mut runner = TestRunner::new(ProptestConfig::with_cases(128));
    let result = runner.run(&around_the_middle(), |(def, script)| {
        let trace = walk(&def.routine(), &script);
        every_press_checks_in(&trace)?;
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
