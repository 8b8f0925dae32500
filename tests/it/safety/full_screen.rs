//! The session-level promises through the full-screen face: random routines
//! run in-process on a test screen, answered by keys a cooperative person
//! presses when asked, over a clock that jumps to each wake-up.

use crate::support::test_screen::TestScreen;
use std::cell::Cell;
use std::io;
use std::rc::Rc;
use std::time::Instant;

use crate::support::clock::ManualClock;
use knead::coach::{self, Face, Heard, Moment};
use knead::safety::{Answers, CONDITIONS, CONDITIONS_HEADING};
use knead::session::{Ask, Asked, Conditions, Cue, Mode, Outcome, Session};
use knead::sound::{self, Silent};
use knead::tui::Theme;
use knead::tui::build::Fixed;
use knead::tui::face::TuiFace;
use knead::tui::input::{Events, Input, Wait};
use knead::tui::view::Flags;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::generate::{RoutineDef, routine_def};

/// Presses the key a cooperative person would for what is asked, and "y"
/// at the check-in numbered `yes_at` (from 1), if any.
struct Person {
    clock: ManualClock,
    /// What the session asks, as the watching face last saw it.
    asked: Rc<Cell<Option<Asked>>>,
    check_ins: usize,
    yes_at: Option<usize>,
    /// Whether a rating was typed and waits for Enter.
    typed: bool,
}

impl Events for Person {
    fn next(&mut self, wait: &Wait) -> Option<Input> {
        let key = match self.asked.get() {
            Some(Asked::Screening | Asked::Condition | Asked::StillTrue) => 'n',
            Some(Asked::FindSpot) => ' ',
            Some(Asked::CheckIn { .. }) => {
                self.check_ins += 1;
                if Some(self.check_ins) == self.yes_at {
                    'y'
                } else {
                    'n'
                }
            }
            // A digit, then Enter to give it.
            Some(Asked::Pressure) if !self.typed => {
                self.typed = true;
                '4'
            }
            Some(Asked::Pressure) => {
                self.typed = false;
                return Some(Input::Key(KeyEvent::from(KeyCode::Enter)));
            }
            Some(Asked::Feeling { .. }) => 's',
            Some(_) => 'x',
            None => {
                self.clock.advance(wait.deadline?);
                return None;
            }
        };
        Some(Input::Key(KeyEvent::from(KeyCode::Char(key))))
    }
}

/// What the face was asked to show, and what each wait brought.
struct Watched<F> {
    face: F,
    cues: Vec<Cue>,
    /// The mode before each wait, and what the wait heard.
    waits: Vec<(Mode, Heard)>,
    /// The screen at each long-standing question.
    condition_pages: Vec<String>,

    /// The screen's text.
    page: fn(&F) -> String,
    /// What the session asks, for the person pressing keys.
    asked: Rc<Cell<Option<Asked>>>,
}

impl<F: Face> Face for Watched<F> {
    fn show(&mut self, moment: &Moment<'_>) -> io::Result<()> {
        self.cues.extend(moment.cues.iter().map(|t| t.cue));
        self.face.show(moment)
    }

    fn wait(&mut self, until: Option<Instant>, now: Instant, session: &Session) -> Heard {
        self.asked.set(session.asked());
        let mode = session.status(now).mode;
        if matches!(mode, Mode::Asking(Asked::Condition | Asked::StillTrue)) {
            self.condition_pages.push((self.page)(&self.face));
        }

        let heard = self.face.wait(until, now, session);
        self.waits.push((mode, heard.clone()));
        heard
    }
}

/// What a run left: the outcome, the cues, the waits and the last screen.
struct Ran {
    outcome: Outcome,
    cues: Vec<Cue>,
    waits: Vec<(Mode, Heard)>,
    screen: String,
    condition_pages: Vec<String>,
}

/// Runs `def` on an 80x24 test screen.
fn run(def: &RoutineDef, yes_at: Option<usize>) -> Ran {
    run_knowing(def, yes_at, Conditions::default())
}

/// Runs `def` on an 80x24 test screen, knowing `conditions`.
fn run_knowing(def: &RoutineDef, yes_at: Option<usize>, conditions: Conditions) -> Ran {
    let routine = def.routine();
    let text = def.toml();
    let player = sound::with_player(Box::new(Silent), true);
    let switches = player.switches();
    let mut prepared =
        crate::support::session::prepared("generated", &routine, &text, "112", None, player);
    prepared.session = prepared.session.clone().with_conditions(conditions);
    let fixed = Fixed {
        routine: &routine,
        emergency_number: "112",
        theme: Theme::standard(),
        flags: Flags::default(),
    };
    let clock = ManualClock::at(Instant::now());
    let asked = Rc::new(Cell::new(None));
    let person = Person {
        clock: clock.clone(),
        asked: Rc::clone(&asked),
        check_ins: 0,
        yes_at,
        typed: false,
    };
    let face = TuiFace::new(TestScreen::new(80, 24), person, fixed, switches);
    let mut watched = Watched {
        face,
        cues: Vec::new(),
        waits: Vec::new(),
        condition_pages: Vec::new(),
        page: |face| face.screen().text(),
        asked,
    };
    let outcome =
        coach::run(&mut prepared, &mut watched, &clock).expect("a test screen never fails");
    Ran {
        outcome,
        screen: watched.face.screen().text(),
        cues: watched.cues,
        waits: watched.waits,
        condition_pages: watched.condition_pages,
    }
}

fn asks(mode: Mode) -> bool {
    matches!(
        mode,
        Mode::Asking(Asked::Screening)
            | Mode::Asking(Asked::CheckIn { .. })
            | Mode::Asking(Asked::Pressure)
            | Mode::Asking(Asked::FindSpot)
    )
}

#[test]
fn the_full_screen_keeps_the_session_promises() {
    let mut runner = TestRunner::new(ProptestConfig::with_cases(48));
    let cases = (routine_def(), proptest::option::of(1usize..4));
    let result = runner.run(&cases, |(def, yes_at)| {
        let Ran {
            outcome,
            cues,
            waits,
            ..
        } = run(&def, yes_at);
        let plan = def.routine();
        let presses = |index: usize| {
            knead::session::Plan::new(&plan)
                .get(index)
                .is_some_and(|s| s.checks_in())
        };
        // 1. Nothing starts before the screening is answered "no".
        let cleared = cues
            .iter()
            .position(|c| *c == Cue::ScreeningAnswered { yes: false });
        let first_step = cues
            .iter()
            .position(|c| matches!(c, Cue::StepStarted { .. }));
        prop_assert!(first_step.is_none() || cleared < first_step);
        // 2. Every hold and roll asks its check-in before the next step.
        let mut owed = None;
        for cue in &cues {
            match *cue {
                Cue::StepStarted { index, .. } => {
                    prop_assert_eq!(owed, None, "step {} before the check-in", index);
                    owed = presses(index).then_some(index);
                }
                Cue::CheckInAsked { halfway: false, .. } | Cue::Finished(_) => owed = None,
                _ => {}
            }
        }
        // 3. "y" at a check-in stops.
        let said_yes = cues
            .iter()
            .any(|c| matches!(c, Cue::CheckInAnswered { yes: true, .. }));
        prop_assert_eq!(said_yes, outcome == Outcome::StoppedForSafety);
        // 4. Time alone never gets past a question: a wait at a question
        //    ends only by a key (or a reminder that leaves it asking).
        for (mode, heard) in &waits {
            if asks(*mode) {
                prop_assert!(
                    matches!(heard, Heard::Command(_) | Heard::Due),
                    "{:?} at {:?}",
                    heard,
                    mode
                );
            }
        }
        let answered_by_time = waits
            .windows(2)
            .any(|w| asks(w[0].0) && w[0].1 == Heard::Due && w[1].0 != w[0].0);
        prop_assert!(!answered_by_time, "time moved on from a question");
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn a_pain_report_on_the_full_screen_says_release_first() {
    let ran = run(&hands_hold(), Some(1));
    assert_eq!(ran.outcome, Outcome::StoppedForSafety);
    assert!(ran.cues.contains(&Cue::FeelingAsked { late: false }));
    // Release comes first, right under the header; a routine that lists no
    // tools is done with the hands.
    let release = ran
        .screen
        .lines()
        .position(|l| l.starts_with(knead::safety::Tool::Hands.release_now()));
    assert_eq!(release, Some(2), "{}", ran.screen);
}

/// One 30 s hold with the hands: light pressure.
fn hands_hold() -> RoutineDef {
    RoutineDef {
        steps: vec![super::generate::StepDef::Hold {
            seconds: 30,
            min: 30,
            max: 30,
            find_spot: false,
            side: None,
            repeat: 1,
        }],
        rate_pressure: false,
        screening: Vec::new(),
        stop_signs: Vec::new(),
    }
}

#[test]
fn long_standing_questions_are_pages_answered_by_one_key() {
    let every = Conditions {
        answers: Answers::default(),
        ask: Ask::Every,
    };
    let ran = run_knowing(&hands_hold(), None, every);
    assert_eq!(ran.condition_pages.len(), CONDITIONS.len());
    for (page, condition) in ran.condition_pages.iter().zip(CONDITIONS) {
        assert!(page.contains(CONDITIONS_HEADING), "{page}");
        let start: String = condition.text.chars().take(30).collect();
        assert!(page.contains(&start), "{page}");
        assert!(page.contains("y yes  n no"), "{page}");
    }
    // "n" to every one: the session ran.
    assert!(
        ran.cues
            .iter()
            .any(|c| matches!(c, Cue::StepStarted { .. }))
    );
}

#[test]
fn a_routine_that_does_not_fit_names_the_ones_that_do_on_the_full_screen() {
    let clot = Conditions {
        answers: Answers {
            yes: ["C3".to_owned()].into(),
            cleared: Default::default(),
            review_due: false,
        },
        ask: Ask::Nothing,
    };
    let ran = run_knowing(&hands_hold(), None, clot);
    assert_eq!(ran.outcome, Outcome::StoppedAtScreening);
    assert!(
        ran.screen.contains("This routine will not start today."),
        "{}",
        ran.screen
    );
    assert!(
        ran.screen.contains("knead run heat-cold-wind-down"),
        "{}",
        ran.screen
    );
}

/// Runs `def` on an 80x24 test screen with these keys, then the end of
/// input; how it ended and the cues.
fn run_keys(def: &RoutineDef, keys: Vec<Input>) -> (Outcome, Vec<Cue>) {
    let routine = def.routine();
    let text = def.toml();
    let player = sound::with_player(Box::new(Silent), true);
    let switches = player.switches();
    let mut prepared =
        crate::support::session::prepared("generated", &routine, &text, "112", None, player);
    prepared.session = prepared
        .session
        .clone()
        .with_conditions(Conditions::default());
    let fixed = Fixed {
        routine: &routine,
        emergency_number: "112",
        theme: Theme::standard(),
        flags: Flags::default(),
    };
    let clock = ManualClock::at(Instant::now());
    let face = TuiFace::new(
        TestScreen::new(80, 24),
        crate::support::scripted::Keys::new(keys),
        fixed,
        switches,
    );
    let mut watched = Watched {
        face,
        cues: Vec::new(),
        waits: Vec::new(),
        condition_pages: Vec::new(),
        page: |face| face.screen().text(),
        asked: Rc::new(Cell::new(None)),
    };
    let outcome =
        coach::run(&mut prepared, &mut watched, &clock).expect("a test screen never fails");
    (outcome, watched.cues)
}

fn char_key(c: char) -> KeyEvent {
    KeyEvent::from(KeyCode::Char(c))
}

#[test]
fn a_rushed_key_answers_no_question_but_still_scrolls_and_stops() {
    // Keys held down, typed ahead or pasted unmarked: many of each answer.
    let mut keys: Vec<Input> = Vec::new();
    for c in ['n', 'y', ' ', 'n', '1'] {
        keys.extend((0..40).map(|_| Input::Rushed(char_key(c))));
    }
    keys.push(Input::Rushed(KeyEvent::from(KeyCode::Enter)));
    keys.push(Input::Rushed(char_key('x')));
    let (outcome, cues) = run_keys(&hands_hold(), keys);
    // Only the stop key counted.
    assert_eq!(outcome, Outcome::StoppedByPerson);
    assert!(
        !cues
            .iter()
            .any(|c| matches!(c, Cue::ScreeningAnswered { .. })),
        "{cues:?}"
    );
}

#[test]
fn n_before_the_end_of_the_screening_turns_the_page() {
    // 80x24 does not hold the whole list: one "n" is not an answer (the
    // words it shows are e2e_pty::input_rules').
    let (_, cues) = run_keys(&hands_hold(), vec![Input::Key(char_key('n'))]);
    assert!(
        !cues
            .iter()
            .any(|c| matches!(c, Cue::ScreeningAnswered { .. })),
        "{cues:?}"
    );
}
