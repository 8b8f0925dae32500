//! The whole routine, every question answered: the transcript, the sounds
//! and the journal.

use crate::support::scripted::Lines;
use std::time::Instant;

use knead::journal::{self, CheckPoint, Feeling, PressureRating, Rating, YesNo};
use knead::session::Outcome;
use knead::sound::Clip;

use super::support::{Journaled, Setup, all_answers, run_driver, session};

#[test]
fn a_completed_session() {
    let ran = session(&all_answers("b"));
    assert_eq!(ran.outcome(), Outcome::Completed);
    insta::assert_snapshot!(ran.text);

    assert_eq!(
        ran.lines()[0],
        "ROUTINE: Plain mode test routine (8 steps, about 3m47s)"
    );
    assert_eq!(ran.tagged("STEP").len(), 8);
    let check_ins = ran.tagged("CHECKIN");
    assert_eq!(check_ins.len(), 5);
    let halfway = check_ins
        .iter()
        .filter(|l| l.starts_with("CHECKIN: Halfway check: "))
        .count();
    assert_eq!(halfway, 1);
    assert_eq!(ran.tagged("SPOT").len(), 2);
    assert_eq!(
        ran.tagged("DONE"),
        [
            "DONE: Routine complete: 8 steps, 3m47s of practice. 5 check-ins, all clear. Pressure: 3, 4, 5, 6."
        ]
    );
    assert_eq!(
        ran.prompts.len(),
        14,
        "one wait per answer: {:?}",
        ran.prompts
    );
}

#[test]
fn a_completed_session_sounds_every_change() {
    let ran = session(&all_answers("b"));
    // A bell for the screening, each check-in and each rating; every step
    // starts and ends with its sound; the last three seconds tick; each
    // find-spot wait rings softly and "found it" ticks.
    assert_eq!(ran.count(Clip::CheckIn), 1 + 5 + 5);
    assert_eq!(ran.count(Clip::StepStart), 8);
    assert_eq!(ran.count(Clip::StepEnd), 8);
    assert_eq!(ran.count(Clip::SwitchSides), 1);
    assert_eq!(ran.count(Clip::Countdown), 8 * 3 + 2);
    assert_eq!(ran.count(Clip::Reminder), 2);
    assert_eq!(ran.count(Clip::SessionEnd), 1);
    assert_eq!(ran.clips.first(), Some(&Clip::CheckIn));
    assert_eq!(ran.clips.last(), Some(&Clip::SessionEnd));
    let breaths = ran.tagged("BREATHE");
    let breathe_in = breaths
        .iter()
        .filter(|l| l.starts_with("BREATHE: Breathe in "))
        .count();
    assert!(breathe_in > 0);
    assert_eq!(ran.count(Clip::Inhale), breathe_in);
    assert_eq!(ran.count(Clip::Exhale), breaths.len() - breathe_in);
}

#[test]
fn a_completed_session_in_the_journal() {
    let log = Journaled::new();
    let ran = log.answer(&all_answers("b"));
    assert_eq!(ran.outcome(), Outcome::Completed);
    let record = log.record();
    assert_eq!(record.routine, "plain-session");
    assert_eq!(record.title, "Plain mode test routine");
    assert_eq!(record.outcome, journal::RecordedOutcome::Completed);
    assert_eq!(record.planned_seconds, 227);
    assert_eq!(record.screening.map(|s| s.answer), Some(YesNo::No));
    let steps: Vec<_> = record
        .steps
        .iter()
        .map(|s| {
            (
                s.kind.as_str(),
                s.side.as_deref(),
                s.planned_seconds,
                s.seconds,
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            ("setup", None, 10, 10),
            ("hold", Some("left"), 20, 20),
            ("switch", None, 10, 10),
            ("hold", Some("right"), 20, 20),
            ("roll", None, 12, 12),
            ("hold", None, 120, 120),
            ("rest", None, 15, 15),
            ("breathe", None, 20, 20),
        ]
    );
    let rated = |n| Rating::Rated(PressureRating::new(n).expect("0-10"));
    let check_ins: Vec<_> = record
        .check_ins
        .iter()
        .map(|c| (c.step, c.point, c.answer, c.pressure))
        .collect();
    assert_eq!(
        check_ins,
        [
            (1, CheckPoint::End, YesNo::No, rated(3)),
            (3, CheckPoint::End, YesNo::No, rated(4)),
            (4, CheckPoint::End, YesNo::No, Rating::Skipped),
            (5, CheckPoint::Halfway, YesNo::No, rated(5)),
            (5, CheckPoint::End, YesNo::No, rated(6)),
        ]
    );
    assert_eq!(record.stopped_at_step, Some(7));
    assert_eq!(record.post_check, Some(Feeling::Better));
}

#[test]
fn breath_sounds_off_leaves_the_breath_lines_and_every_other_sound() {
    let setup = Setup {
        breath_sounds: false,
        journal: None,
    };
    let answers = all_answers("s");
    let with = session(&answers);
    let without = run_driver(Lines::typed(Instant::now(), &answers), &setup);
    assert_eq!(without.outcome(), Outcome::Completed);
    assert_eq!(without.text, with.text);
    assert_eq!(without.count(Clip::Inhale), 0);
    assert_eq!(without.count(Clip::Exhale), 0);
    let others: Vec<Clip> = with
        .clips
        .iter()
        .copied()
        .filter(|c| !c.is_breath())
        .collect();
    assert_eq!(without.clips, others);
    assert!(with.count(Clip::Inhale) > 0);
}

#[test]
fn feeling_worse_after_gets_the_bad_sore_guidance() {
    let ran = session(&all_answers("w"));
    assert_eq!(ran.outcome(), Outcome::Completed);
    // Then the question of review S15, which input ends at.
    insta::assert_snapshot!(ran.tail(3), @r"
    AFTER: Compared with before, do you feel better, the same or worse? [b/s/w]
    NOTICE: Bad sore: pain that is sharp, shooting or strong and doesn't fade; your usual symptoms getting worse, such as leg pain or tingling; or new numbness or weakness. If so, pause pressure routines and see a GP or physio: today for new numbness or weakness; a leg getting weaker, call the emergency number now.
    SCREEN: New numbness, weakness or spreading pain? [y/n]
    ");
}

#[test]
fn worse_with_new_numbness_gets_advice_today_and_is_journaled() {
    let log = Journaled::new();
    let ran = log.answer(&[&all_answers("w")[..], &["y"]].concat());
    assert_eq!(ran.outcome(), Outcome::Completed);
    insta::assert_snapshot!(ran.tail(2), @r"
    SCREEN: New numbness, weakness or spreading pain? [y/n]
    NOTICE: New numbness, weakness or spreading pain after a session: get advice today from a GP or physio, and no pressure routines until you have. Call 112, 999 or 911 now if a leg keeps getting weaker, it reaches both legs, the area between your legs goes numb, or your bladder or bowels change.
    ");
    let record = log.record();
    assert_eq!(record.post_check, Some(journal::Feeling::Worse));
    assert_eq!(record.new_symptoms, Some(journal::YesNo::Yes));
    // A "no" says nothing more, and is journaled too.
    let log = Journaled::new();
    let ran = log.answer(&[&all_answers("w")[..], &["n"]].concat());
    assert!(
        ran.lines()
            .last()
            .is_some_and(|l| l.starts_with("SCREEN: New numbness"))
    );
    assert_eq!(log.record().new_symptoms, Some(journal::YesNo::No));
}

#[test]
fn end_of_input_at_the_post_session_question_keeps_the_completion() {
    let log = Journaled::new();
    let ran = log.answer(&all_answers("b")[..13]);
    assert_eq!(ran.outcome(), Outcome::Completed);
    assert!(ran.lines().last().is_some_and(|l| l.starts_with("AFTER: ")));
    let record = log.record();
    assert_eq!(record.outcome, journal::RecordedOutcome::Completed);
    assert_eq!(record.post_check, None);
}

#[test]
fn an_unclear_feeling_is_asked_again() {
    let ran = session(&[&all_answers("better")[..13], &["meh", "better"]].concat());
    insta::assert_snapshot!(ran.tail(2), @r"
    AFTER: Compared with before, do you feel better, the same or worse? [b/s/w]
    NOTICE: Please answer b, s or w.
    ");
    assert_eq!(ran.tagged("AFTER").len(), 1);
}

#[test]
fn x_at_the_post_session_question_leaves_it() {
    let log = Journaled::new();
    // The "b" after it is never read: `x` left the question.
    let ran = log.answer(&[&all_answers("x")[..], &["b"]].concat());
    assert_eq!(ran.outcome(), Outcome::Completed);
    assert!(ran.lines().last().is_some_and(|l| l.starts_with("AFTER: ")));
    assert_eq!(log.record().post_check, None);
}
