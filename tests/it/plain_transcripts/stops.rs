//! Sessions that stop early for safety or at the person's word: a "yes" at
//! a check-in or at the screening, and `x` (or `stop`) at a prompt.

use knead::journal::{self, CheckPoint, Feeling, YesNo};
use knead::safety::{self, Group, Tier};
use knead::session::Outcome;
use knead::sound::Clip;

use super::support::{EMERGENCY, Journaled, session};

#[test]
fn yes_at_a_check_in_stops_for_safety() {
    let ran = session(&["n", "", "y", "s"]);
    assert_eq!(ran.outcome(), Outcome::StoppedForSafety);
    insta::assert_snapshot!(ran.text);
    let stopped = ran.tagged("STOPPED");
    // Release first, then what it may mean, then when to call for help.
    assert_eq!(
        stopped[0],
        format!("STOPPED: {}", safety::Tool::Ball.release_now())
    );
    assert!(
        stopped
            .iter()
            .any(|l| l.contains(&format!("Call {EMERGENCY} or go to A&E now")))
    );
    assert!(ran.tagged("DONE").is_empty());
    assert_eq!(ran.tagged("STEP").len(), 2);
    assert_eq!(ran.count(Clip::StepEnd), 2);
    assert_eq!(ran.count(Clip::SessionEnd), 1);
    assert_eq!(ran.tagged("AFTER").len(), 1);
}

#[test]
fn yes_at_the_halfway_check_in_stops_mid_hold() {
    let log = Journaled::new();
    let answers = ["n", "", "n", "3", "", "n", "4", "n", "", "y"];
    let ran = log.answer(&answers);
    assert_eq!(ran.outcome(), Outcome::StoppedForSafety);
    let record = log.record();
    assert_eq!(record.outcome, journal::RecordedOutcome::StoppedForSafety);
    let last = record.steps.last().expect("the long hold is recorded");
    assert_eq!(
        (last.index, last.seconds, last.planned_seconds),
        (5, 60, 120)
    );
    let check_in = record.check_ins.last().expect("the halfway answer");
    assert_eq!(
        (check_in.step, check_in.point, check_in.answer),
        (5, CheckPoint::Halfway, YesNo::Yes)
    );
    assert_eq!(record.stopped_at_step, Some(5));
    // Ended with no answer to how the person feels now.
    assert_eq!(record.post_check, None);
}

#[test]
fn yes_at_screening_then_the_emergency_group() {
    let log = Journaled::new();
    let ran = log.answer(&["y", "1"]);
    assert_eq!(ran.outcome(), Outcome::StoppedAtScreening);
    insta::assert_snapshot!(ran.text);
    // The emergency number comes first in what the person reads last.
    let guidance = ran.lines().last().copied().unwrap_or_default();
    assert!(
        guidance.starts_with(&format!("STOPPED: Call {EMERGENCY} now")),
        "{guidance}"
    );
    assert!(ran.tagged("STEP").is_empty());
    assert_eq!(ran.count(Clip::StepStart), 0);
    let record = log.record();
    assert_eq!(record.outcome, journal::RecordedOutcome::StoppedAtScreening);
    let screening = record.screening.expect("the screening answer");
    assert_eq!(screening.answer, YesNo::Yes);
    assert_eq!(screening.group.as_deref(), Some("emergency"));
}

#[track_caller]
fn group_case(number: &str, group: Group, word: Option<&str>) {
    let log = Journaled::new();
    let ran = log.answer(&["y", number]);
    assert_eq!(ran.outcome(), Outcome::StoppedAtScreening);
    let expected = format!("STOPPED: {}", safety::group_guidance(group, EMERGENCY));
    assert_eq!(ran.lines().last().copied(), Some(expected.as_str()));
    let screening = log.record().screening.expect("screening");
    assert_eq!(screening.group.as_deref(), word);
}

#[test]
fn each_screening_group_that_ends_the_session_gets_its_own_guidance() {
    group_case("1", Group::Builtin(Tier::Emergency), Some("emergency"));
    group_case(" 2 ", Group::Builtin(Tier::Urgent), Some("urgent"));
    group_case("6", Group::Routine, Some("routine"));
    // Nobody says which: the most serious guidance, and no group recorded.
    group_case("", Group::Builtin(Tier::Emergency), None);
}

#[test]
fn x_at_the_group_question_leaves_it_with_the_emergency_guidance() {
    let log = Journaled::new();
    // The "2" after it is never read: `x` left the question.
    let ran = log.answer(&["y", "x", "2"]);
    let emergency = safety::group_guidance(Group::Builtin(Tier::Emergency), EMERGENCY);
    assert_eq!(ran.tail(1), format!("STOPPED: {emergency}"));
    // Nothing but how to stop, said at the start: no soreness advice.
    let how_to_stop = format!("NOTICE: {}", knead::words::HOW_TO_STOP_TYPED);
    assert_eq!(ran.tagged("NOTICE"), [how_to_stop.as_str()]);
    assert_eq!(log.record().screening.and_then(|s| s.group), None);
}

#[test]
fn a_group_number_out_of_range_is_asked_again() {
    let ran = session(&["y", "0", "six", "2"]);
    insta::assert_snapshot!(ran.tail(12), @r"
    SCREEN: Which group applies? If several do, choose one now and the next after.
    SCREEN: 1. Emergency signs
    SCREEN: 2. Get advice first
    SCREEN: 3. Worse than usual today
    SCREEN: 4. A new strain
    SCREEN: 5. Where you'll work
    SCREEN: 6. From this routine
    SCREEN: Type its number. [1-6]
    NOTICE: Type a number from 1 to 6.
    NOTICE: Type a number from 1 to 6.
    STOPPED: The session will not start today.
    STOPPED: Don't start today. Get medical advice today: call your GP or a health advice line (111 in the UK). A newly swollen, warm calf or thigh: get it checked today; with breathlessness or chest pain, treat it as an emergency.
    ");
    assert_eq!(
        ran.tagged("SCREEN")
            .iter()
            .filter(|l| l.ends_with("[1-6]"))
            .count(),
        1
    );
}

#[test]
fn x_at_a_check_in_stops_by_person() {
    let ran = session(&["n", "", "x", "s"]);
    assert_eq!(ran.outcome(), Outcome::StoppedByPerson);
    insta::assert_snapshot!(ran.text);
    assert_eq!(ran.tagged("CHECKIN").len(), 1);
    assert!(ran.tagged("PRESSURE").is_empty());
}

#[test]
fn x_at_the_spot_prompt_stops_by_person() {
    let log = Journaled::new();
    let ran = log.answer(&["n", "stop", "s"]);
    assert_eq!(ran.outcome(), Outcome::StoppedByPerson);
    insta::assert_snapshot!(ran.tail(10), @r"
    STEP: 2. Hold a tender spot (hold 20s, left side)
    CUE: Let your weight sink in. A good hurt, never sharp.
    CUE: Stop if you notice: pain spreading below the knee.
    SPOT: Find a tender spot, then press Enter to start the count.
    STOPPED: Release the pressure now: roll off the ball. You stopped the session.
    NOTICE: Good sore: a dull ache or tenderness in the muscle you worked, like after exercise. It usually settles in a day or two, and can peak one to three days later.
    NOTICE: Bad sore: pain that is sharp, shooting or strong and doesn't fade; your usual symptoms getting worse, such as leg pain or tingling; or new numbness or weakness. If so, pause pressure routines and see a GP or physio: today for new numbness or weakness; a leg getting weaker, call the emergency number now.
    NOTICE: See a GP or physio if your pain is no better after a few weeks of looking after it, is getting worse, stops you doing normal things, or has lasted more than about six weeks.
    NOTICE: Keep moving gently through the day; long spells of sitting or lying still don't help.
    AFTER: Compared with before, do you feel better, the same or worse? [b/s/w]
    ");
    let record = log.record();
    assert_eq!(record.outcome, journal::RecordedOutcome::StoppedByPerson);
    assert_eq!(record.stopped_at_step, Some(1));
    let last = record.steps.last().expect("the hold is recorded");
    assert_eq!((last.index, last.seconds), (1, 0));
    assert_eq!(record.post_check, Some(Feeling::Same));
}
