//! After "worse" and new numbness, weakness or spreading pain (review S15):
//! advice today, and the next session, after a restart, offers the gentle
//! routine first.

use super::runs::{ANSWERS, ROUTINE};
use crate::support::sandbox::Sandbox;

/// The notice before the next session, with new symptoms reported.
const OFFER: &str = "NOTICE: Last time you felt worse after your session with new numbness, \
                     weakness or spreading pain; if you have not had advice yet, get it today. \
                     Start with the gentle routine first: Gentle flare-up routine (knead run \
                     gentle-flare-up).";

/// Runs the bundled routine to the end, answering "worse" then `symptoms`.
fn worse_then(sandbox: &Sandbox, symptoms: &str) -> String {
    let answers = format!("{}w\n{symptoms}\n", ANSWERS.trim_end_matches("b\n"));
    let output = sandbox
        .run_fast(ROUTINE, &answers)
        .output()
        .expect("knead runs");
    assert_eq!(output.status.code(), Some(0));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The journal's sessions counted as the person's own, not previews.
fn as_real_sessions(sandbox: &Sandbox) {
    let journal = std::fs::read_to_string(sandbox.journal_path()).expect("journal");
    std::fs::write(
        sandbox.journal_path(),
        journal.replace(",\"preview\":true", ""),
    )
    .expect("journal written");
}

/// What the next run of `routine` prints before its screening is answered.
fn next_launch(sandbox: &Sandbox, routine: &str) -> String {
    next_launch_with(sandbox, routine, "x\n")
}

/// What the next run of `routine` prints, given `answers`.
fn next_launch_with(sandbox: &Sandbox, routine: &str, answers: &str) -> String {
    let output = sandbox
        .run_fast(routine, answers)
        .output()
        .expect("knead runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn new_numbness_after_worse_gets_advice_today_and_the_gentle_routine_first_next_time() {
    let sandbox = Sandbox::new();
    let text = worse_then(&sandbox, "y");
    let advice = text
        .lines()
        .skip_while(|l| !l.starts_with("SCREEN: New numbness, weakness or spreading pain? [y/n]"))
        .nth(1);
    assert!(
        advice.is_some_and(|l| l.starts_with(
            "NOTICE: New numbness, weakness or spreading pain \
                                               after a session: get advice today"
        )),
        "{text}"
    );
    let lines = sandbox.journal_lines();
    let last: Vec<(&str, &str)> = lines[lines.len() - 2..]
        .iter()
        .map(|l| {
            (
                l["event"].as_str().unwrap_or(""),
                l["answer"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(last, [("post_check", "worse"), ("new_symptoms", "yes")]);
    // A preview (`--speed 1000`) is an author trying a routine: no offer.
    assert!(!next_launch(&sandbox, ROUTINE).contains(OFFER));
    as_real_sessions(&sandbox);
    // A new process reads it from the journal: first, before the screening.
    let text = next_launch(&sandbox, "piriformis-tennis-ball");
    let lines: Vec<&str> = text.lines().collect();
    let offer = lines.iter().position(|l| *l == OFFER);
    let screening = lines.iter().position(|l| l.starts_with("SCREEN: "));
    assert!(offer.is_some() && offer < screening, "{text}");
    // The gentle routine itself, and the other light ones, need no offer.
    for light in ["gentle-flare-up", "gentle-movement"] {
        assert!(
            !next_launch(&sandbox, light).contains("NOTICE: Last time"),
            "{light}"
        );
    }
}

#[test]
fn worse_without_new_symptoms_still_offers_the_gentle_routine_first() {
    let sandbox = Sandbox::new();
    let text = worse_then(&sandbox, "n");
    assert!(!text.contains("get advice today"), "{text}");
    as_real_sessions(&sandbox);
    let text = next_launch(&sandbox, ROUTINE);
    assert!(
        text.contains(
            "NOTICE: Last time you felt worse after your session. Start with the gentle \
             routine first: Gentle flare-up routine (knead run gentle-flare-up).\n"
        ),
        "{text}"
    );
}

#[test]
fn better_last_time_offers_nothing() {
    let sandbox = Sandbox::new();
    sandbox.completed_run();
    as_real_sessions(&sandbox);
    assert!(!next_launch(&sandbox, ROUTINE).contains("NOTICE: Last time"));
}

/// A session of the bundled routine whose better / same / worse question
/// went unanswered (input ended there), counted as the person's own.
fn unanswered(sandbox: &Sandbox) {
    let output = sandbox
        .run_fast(ROUTINE, ANSWERS.trim_end_matches("b\n"))
        .output()
        .expect("knead runs");
    assert!(String::from_utf8_lossy(&output.stdout).contains("\nAFTER: "));
    as_real_sessions(sandbox);
}

#[test]
fn worse_answered_late_asks_about_new_symptoms_and_offers_the_gentle_routine_now() {
    let sandbox = Sandbox::new();
    unanswered(&sandbox);
    // "worse" about the earlier session, "yes" to new symptoms, then
    // today's session stopped at its screening.
    let output = sandbox
        .run_fast(ROUTINE, "w\ny\nx\n")
        .output()
        .expect("knead runs");
    let text = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("AFTER: About your last session, "),
        "{text}"
    );
    assert!(lines[1].starts_with("NOTICE: Bad sore"), "{text}");
    assert_eq!(
        lines[2], "SCREEN: New numbness, weakness or spreading pain? [y/n]",
        "{text}"
    );
    assert!(
        lines[3].starts_with(
            "NOTICE: New numbness, weakness or spreading pain after a session: get advice today"
        ),
        "{text}"
    );
    // The offer applies to the session starting now: first, before its
    // screening, as it would stand at the next launch.
    let offer = lines.iter().position(|l| *l == OFFER);
    let routine = lines.iter().position(|l| l.starts_with("ROUTINE: "));
    let list = routine.and_then(|at| {
        let after = lines[at..].iter().position(|l| l.starts_with("SCREEN: "));
        after.map(|n| at + n)
    });
    assert!(routine < offer && offer < list, "{text}");
    // Both answers belong to the earlier session.
    let sessions = sandbox.history_json(&[]);
    assert_eq!(sessions[0]["post_check"], "worse");
    assert_eq!(sessions[0]["new_symptoms"], "yes");
    let lines = sandbox.journal_lines();
    let earlier = &lines[0]["session"];
    let answered: Vec<(&str, &str)> = lines
        .iter()
        .filter(|l| l["session"] == *earlier)
        .map(|l| {
            (
                l["event"].as_str().unwrap_or(""),
                l["answer"].as_str().unwrap_or(""),
            )
        })
        .skip_while(|(event, _)| *event != "post_check")
        .collect();
    assert_eq!(answered, [("post_check", "worse"), ("new_symptoms", "yes")]);
}

#[test]
fn worse_answered_late_without_new_symptoms_offers_the_gentle_routine_without_advice() {
    let sandbox = Sandbox::new();
    unanswered(&sandbox);
    let output = sandbox
        .run_fast(ROUTINE, "w\nn\nx\n")
        .output()
        .expect("knead runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(!text.contains("get advice today"), "{text}");
    assert!(
        text.contains(
            "NOTICE: Last time you felt worse after your session. Start with the gentle \
             routine first: Gentle flare-up routine (knead run gentle-flare-up).\n"
        ),
        "{text}"
    );
    let sessions = sandbox.history_json(&[]);
    assert_eq!(sessions[0]["new_symptoms"], "no");
    // Before the gentle routine itself, no offer; the question is asked.
    let sandbox = Sandbox::new();
    unanswered(&sandbox);
    let text = next_launch_with(&sandbox, "gentle-flare-up", "w\nn\nx\n");
    assert!(text.contains("SCREEN: New numbness"), "{text}");
    assert!(!text.contains("NOTICE: Last time"), "{text}");
}

/// Review S15: a "yes" to new numbness, weakness or spreading pain limits
/// every session to the light routines until "seen a GP or physio since?"
/// is answered "yes", however many sessions come in between.
#[test]
fn new_numbness_keeps_pressure_routines_closed_until_a_clinician_was_seen() {
    let sandbox = Sandbox::new();
    worse_then(&sandbox, "y");
    as_real_sessions(&sandbox);
    let question = format!("SCREEN: {} [y/n]", knead::safety::SEEN_QUESTION);
    let run = |routine: &str, answers: &str| {
        let output = sandbox
            .run_fast(routine, answers)
            .output()
            .expect("knead runs");
        as_real_sessions(&sandbox);
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    // One "n" (the screening) no longer starts the tennis-ball holds: the
    // question comes first, and "no" refuses it, offering the gentle
    // routine by title.
    let refused = run("piriformis-tennis-ball", "n\nn\n");
    assert!(refused.contains(&question), "{refused}");
    assert!(!refused.contains("STEP:"), "{refused}");
    assert!(
        refused.contains("Gentle flare-up routine")
            && refused.contains("knead run gentle-flare-up"),
        "{refused}"
    );
    // A light routine runs, and stopping it a moment in changes nothing.
    let light = run("gentle-flare-up", "n\nn\nx\n");
    assert!(light.contains("STEP: 1."), "{light}");
    // Its after-session question comes late, at the next launch: "same".
    let again = run("piriformis-tennis-ball", "s\nn\nn\n");
    assert!(
        again.contains("NOTICE: You had new numbness, weakness or spreading pain"),
        "{again}"
    );
    assert!(
        again.contains("NOTICE: Start with the gentle routine first: Gentle flare-up routine"),
        "{again}"
    );
    assert!(
        again.contains(&question) && !again.contains("STEP:"),
        "{again}"
    );
    // Once seen, the pressure routine runs, and the question stops.
    let seen = run("piriformis-tennis-ball", "n\ny\nx\n");
    assert!(seen.contains("STEP: 1."), "{seen}");
    let after = run("piriformis-tennis-ball", "n\nx\n");
    assert!(!after.contains(&question), "{after}");
    assert!(!after.contains("new numbness"), "{after}");
}
