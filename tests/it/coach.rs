//! The shared session loop, driven by a scripted face that records what it
//! was shown: no plain-mode code involved, so any face gets the same
//! session, journal and questions.

use std::collections::VecDeque;
use std::io;
use std::time::Instant;

use crate::support::clock::ManualClock;
use knead::coach::{self, Face, Heard, Moment};
use knead::journal::{self, Feeling as JournalFeeling, YesNo};
use knead::safety::{Answers, Group, PressureAdvice, Reason, Tier, Tool};
use knead::session::{Ask, Asked, Command, Conditions, Cue, Feeling, Mode, Outcome, Session};
use knead::sound::{self, Silent};

use crate::support::clock::jump;
use crate::support::routines::valid;
use crate::support::session;

const ROUTINE: &str = r#"
format = 1
title = "Coach test"

[safety]
rate_pressure = true

[[step]]
kind = "setup"
title = "Get ready"
duration = "5s"

[[step]]
kind = "hold"
title = "Hold"
tools = ["hands"]
find_spot = true
duration = "30s"

[[step]]
kind = "rest"
duration = "5s"
"#;

/// A face that answers each question from a script, records every cue and
/// mode it saw, and jumps time straight to each deadline.
struct ScriptedFace {
    clock: ManualClock,
    answers: VecDeque<Command>,
    cues: Vec<Cue>,
    asked_in: Vec<Mode>,
    questions_shown: usize,
    openings: usize,
}

impl ScriptedFace {
    fn new(answers: &[Command]) -> Self {
        Self {
            clock: ManualClock::at(Instant::now()),
            answers: answers.iter().copied().collect(),
            cues: Vec::new(),
            asked_in: Vec::new(),
            questions_shown: 0,
            openings: 0,
        }
    }
}

impl Face for ScriptedFace {
    fn show(&mut self, moment: &Moment<'_>) -> io::Result<()> {
        self.openings += usize::from(moment.opening.is_some());
        self.cues.extend(moment.cues.iter().map(|t| t.cue));
        Ok(())
    }

    fn wait(&mut self, until: Option<Instant>, now: Instant, session: &Session) -> Heard {
        if session.awaits_input() {
            self.asked_in.push(session.status(now).mode);
            return match self.answers.pop_front() {
                Some(command) => Heard::Command(command),
                None => Heard::Closed,
            };
        }
        if jump(
            &self.clock,
            until.map(|at| at.saturating_duration_since(now)),
        ) {
            Heard::Due
        } else {
            Heard::Closed
        }
    }

    fn question_shown(&mut self) {
        self.questions_shown += 1;
    }
}

struct Ran {
    outcome: Outcome,
    face: ScriptedFace,
    record: journal::SessionRecord,
}

fn run(answers: &[Command]) -> Ran {
    run_with(answers, Conditions::default()).0
}

/// A session through the loop, knowing `conditions`; also the journal's text.
fn run_with(answers: &[Command], conditions: Conditions) -> (Ran, String) {
    let routine = valid(ROUTINE);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal.jsonl");
    let player = sound::with_player(Box::new(Silent), true);
    let mut prepared =
        session::prepared("coach-test", &routine, ROUTINE, "112", Some(&path), player);
    prepared.notices = vec!["first notice".into()];
    prepared.session = prepared.session.clone().with_conditions(conditions);
    let mut face = ScriptedFace::new(answers);
    let clock = face.clock.clone();
    let outcome = coach::run(&mut prepared, &mut face, &clock).expect("the face never fails");
    let (mut records, warnings) = journal::read(&path).expect("the journal reads");
    assert_eq!(warnings, []);
    assert_eq!(records.len(), 1);
    let text = std::fs::read_to_string(&path).expect("the journal reads");
    let ran = Ran {
        outcome,
        face,
        record: records.remove(0),
    };
    (ran, text)
}

#[test]
fn long_standing_conditions_are_asked_through_the_loop_and_adapt_what_runs() {
    let no = Command::Answer(false);
    let yes = Command::Answer(true);
    // Today: no. C1, C2: no. C3 (a clot): yes; a clinician's yes: no. Rest: no.
    let answers = [no, no, no, yes, no, no, no, no, no, no];
    let conditions = Conditions {
        answers: Answers::default(),
        ask: Ask::Every,
    };
    let (ran, journal) = run_with(&answers, conditions);
    // Hands-only pressure (the hold names its tool) is still pressure: the
    // clot rules it out.
    assert_eq!(ran.outcome, Outcome::StoppedAtScreening);
    let asked = ran.face.asked_in.iter();
    assert_eq!(
        asked
            .filter(|m| **m == Mode::Asking(Asked::Condition))
            .count(),
        9
    );
    assert!(
        ran.face
            .cues
            .iter()
            .any(|c| matches!(c, Cue::NotFit { .. }))
    );
    assert!(
        journal.contains(r#""event":"conditions","yes":["C3"]"#),
        "{journal}"
    );
    assert_eq!(
        ran.record.outcome,
        journal::RecordedOutcome::StoppedAtScreening
    );
    // Remembered blood thinners allow this light routine: it goes ahead,
    // with the advice, and nothing is asked about conditions.
    let thinners = Conditions {
        answers: Answers {
            yes: ["C1".to_owned()].into(),
            cleared: Default::default(),
            review_due: false,
        },
        ask: Ask::Nothing,
    };
    let (ran, _) = run_with(&[no, Command::Stop], thinners);
    assert!(
        !ran.face
            .asked_in
            .iter()
            .any(|m| matches!(m, Mode::Asking(Asked::Condition | Asked::StillTrue)))
    );
    let advised = Cue::Advised {
        reason: Reason::Condition(0),
    };
    assert!(ran.face.cues.contains(&advised), "{:?}", ran.face.cues);
}

#[test]
fn a_whole_session_runs_through_the_shared_loop_with_its_questions_after() {
    let ran = run(&[
        Command::Answer(false),
        Command::FoundIt,
        Command::Answer(false),
        Command::Rate(Some(4)),
        Command::Feel(Feeling::Better),
    ]);
    assert_eq!(ran.outcome, Outcome::Completed);
    assert_eq!(
        ran.face.asked_in,
        [
            Mode::Asking(Asked::Screening),
            Mode::Asking(Asked::FindSpot),
            Mode::Asking(Asked::CheckIn { halfway: false }),
            Mode::Asking(Asked::Pressure),
            Mode::Asking(Asked::Feeling { late: false }),
        ]
    );
    assert_eq!(ran.face.openings, 1);
    assert_eq!(ran.face.questions_shown, 4);
    let finished = ran
        .face
        .cues
        .iter()
        .position(|c| matches!(c, Cue::Finished(_)));
    let asked = ran
        .face
        .cues
        .iter()
        .position(|c| *c == Cue::FeelingAsked { late: false });
    assert!(finished < asked, "{:?}", ran.face.cues);
    // Every answer reached the journal through its cue.
    assert_eq!(ran.record.outcome, journal::RecordedOutcome::Completed);
    assert_eq!(ran.record.post_check, Some(JournalFeeling::Better));
    assert_eq!(ran.record.steps.len(), 3);
}

#[test]
fn a_yes_at_the_screening_asks_the_group_before_the_session_ends() {
    let ran = run(&[Command::Answer(true), Command::Choose(1)]);
    assert_eq!(ran.outcome, Outcome::StoppedAtScreening);
    assert_eq!(
        ran.face.asked_in,
        [
            Mode::Asking(Asked::Screening),
            Mode::Asking(Asked::Group { count: 5 })
        ]
    );
    let chosen = Cue::GroupChosen {
        group: Some(Group::Builtin(Tier::Urgent)),
    };
    assert_eq!(
        ran.face.cues[ran.face.cues.len() - 2..],
        [chosen, Cue::Finished(Outcome::StoppedAtScreening)]
    );
    let screening = ran.record.screening.expect("screening recorded");
    assert_eq!(screening.answer, YesNo::Yes);
    assert_eq!(screening.group.as_deref(), Some("urgent"));
    // Nothing ran, so nothing asks how it went.
    assert!(!ran.face.cues.contains(&Cue::FeelingAsked { late: false }));
}

#[test]
fn stopping_at_the_screening_asks_nothing_after() {
    let ran = run(&[Command::Stop]);
    assert_eq!(ran.outcome, Outcome::StoppedByPerson);
    assert_eq!(ran.face.asked_in, [Mode::Asking(Asked::Screening)]);
    assert!(!ran.face.cues.contains(&Cue::FeelingAsked { late: false }));
}

#[test]
fn a_signal_at_the_question_after_still_ends_as_interrupted() {
    struct Signalled(ScriptedFace);
    impl Face for Signalled {
        fn show(&mut self, moment: &Moment<'_>) -> io::Result<()> {
            self.0.show(moment)
        }
        fn wait(&mut self, until: Option<Instant>, now: Instant, session: &Session) -> Heard {
            if matches!(
                session.status(now).mode,
                Mode::Asking(Asked::Feeling { .. })
            ) {
                return Heard::Signal;
            }
            self.0.wait(until, now, session)
        }
    }
    let routine = valid(ROUTINE);
    let player = sound::with_player(Box::new(Silent), true);
    let mut prepared = session::prepared("coach-test", &routine, ROUTINE, "112", None, player);
    let answers = [
        Command::Answer(false),
        Command::FoundIt,
        Command::Answer(false),
        Command::Rate(None),
    ];
    let mut face = Signalled(ScriptedFace::new(&answers));
    let clock = face.0.clock.clone();
    let outcome = coach::run(&mut prepared, &mut face, &clock).expect("no IO error");
    assert_eq!(outcome, Outcome::Interrupted);
    // The session itself completed; only the exit says a signal came.
    assert_eq!(prepared.session.outcome(), Some(Outcome::Completed));
}

#[test]
fn a_pressure_of_8_is_answered_with_release_through_the_shared_loop() {
    let ran = run(&[
        Command::Answer(false),
        Command::FoundIt,
        Command::Answer(false),
        Command::Rate(Some(8)),
        Command::Feel(Feeling::Same),
    ]);
    assert_eq!(ran.outcome, Outcome::Completed);
    let rated = ran
        .face
        .cues
        .iter()
        .find(|c| matches!(c, Cue::PressureRated { .. }))
        .expect("the rating");
    let release = PressureAdvice::Release {
        cap: None,
        tool: Tool::Hands,
    };
    assert_eq!(rated.pressure_advice(), Some(release));
    // Review S7: off at once, and the next spot lighter.
    assert_eq!(
        release.text(),
        "Lift your hands away. Next spot: press more lightly, 3 to 6 out of 10."
    );
    // The rating itself still reaches the journal.
    let rated: Vec<u8> = ran.record.pressures().map(|p| p.get()).collect();
    assert_eq!(rated, [8]);
}
