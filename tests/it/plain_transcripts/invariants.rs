//! Plain mode's promises (README, "Commands"; docs/decisions.md, "Plain
//! mode"), checked on every transcript the suite produces.

use knead::safety;
use knead::sound::Clip;

use super::support::Ran;

/// Every tag a session in plain mode may start a line with, as the README
/// lists them (`PICK:` is the picker's, not a session's).
const TAGS: &[&str] = &[
    "ROUTINE", "BEFORE", "SCREEN", "STEP", "CUE", "BREATHE", "SPOT", "HALFWAY", "CHECKIN",
    "PRESSURE", "STOPPED", "DONE", "NOTICE", "AFTER",
];

/// The answer hints a question may end in (`[1-5]`: the test routine has
/// five screening groups).
const HINTS: &[&str] = &[" [y/n]", " [0-10]", " [b/s/w]", " [1-6]"];

/// The screening question's line.
pub fn screening_question() -> String {
    format!("SCREEN: {} [y/n]", safety::SCREENING_ASK)
}

/// Checks every promise plain mode makes about its lines and sounds.
pub fn assert_well_formed(ran: &Ran) {
    every_line_is_tagged(ran);
    one_step_line_per_started_step(ran);
    one_line_per_question(ran);
    questions_end_in_their_hint(ran);
    sounds_agree_with_lines(ran);
}

fn every_line_is_tagged(ran: &Ran) {
    for line in ran.lines() {
        let tag = line.split_once(": ").map(|(tag, _)| tag);
        assert!(
            tag.is_some_and(|tag| TAGS.contains(&tag)),
            "a line without a known tag: {line:?}"
        );
        assert_eq!(line, line.trim_end(), "trailing space");
    }
}

/// Each started step: one step-start sound and one STEP line, numbered once
/// each, in order from 1.
fn one_step_line_per_started_step(ran: &Ran) {
    let steps = ran.tagged("STEP");
    assert_eq!(steps.len(), ran.count(Clip::StepStart), "{}", ran.text);
    for (n, line) in steps.iter().enumerate() {
        assert!(line.starts_with(&format!("STEP: {}. ", n + 1)), "{line}");
    }
}

/// Each question: one bell and one line, asked once however often the person
/// answered it wrongly.
fn one_line_per_question(ran: &Ran) {
    let screening = ran
        .lines()
        .iter()
        .filter(|l| **l == screening_question())
        .count();
    assert!(screening <= 1, "the screening is asked once");
    let questions = screening + ran.tagged("CHECKIN").len() + ran.tagged("PRESSURE").len();
    assert_eq!(questions, ran.count(Clip::CheckIn), "{}", ran.text);
}

/// Whatever waits for an answer ends in its answer hint, except the
/// find-spot line (any line continues), a request for a valid answer and a
/// reminder.
fn questions_end_in_their_hint(ran: &Ran) {
    for (tag, hint) in [
        ("CHECKIN", " [y/n]"),
        ("PRESSURE", " [0-10]"),
        ("AFTER", " [b/s/w]"),
    ] {
        for line in ran.tagged(tag) {
            assert!(line.ends_with(hint), "{line}");
        }
    }
    for prompt in &ran.prompts {
        let allowed = HINTS.iter().any(|hint| prompt.ends_with(hint))
            || prompt.starts_with("SPOT: ")
            || prompt.starts_with("NOTICE: Please answer")
            || prompt.starts_with("NOTICE: Type a number")
            || prompt
                == "NOTICE: Still waiting for your answer. Ease off the pressure while you decide, then answer y or n (x stops).";
        assert!(allowed, "waits for an answer after {prompt:?}");
    }
}

/// Breath sounds only with breath lines (or none at all when turned off),
/// and one end sound when the session ended on screen.
fn sounds_agree_with_lines(ran: &Ran) {
    let breaths = ran.tagged("BREATHE");
    let breathe_in = breaths
        .iter()
        .filter(|l| l.starts_with("BREATHE: Breathe in "))
        .count();
    let breathe_out = breaths
        .iter()
        .filter(|l| l.starts_with("BREATHE: Breathe out "))
        .count();
    let heard = (ran.count(Clip::Inhale), ran.count(Clip::Exhale));
    assert!(
        heard == (breathe_in, breathe_out) || heard == (0, 0),
        "breath sounds {heard:?} for {breathe_in} in and {breathe_out} out"
    );
    let ended = !ran.tagged("DONE").is_empty() || !ran.tagged("STOPPED").is_empty();
    assert_eq!(ran.count(Clip::SessionEnd), usize::from(ended));
}
