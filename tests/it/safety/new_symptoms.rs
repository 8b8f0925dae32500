//! Review S15: new numbness, weakness or spreading pain after a session
//! escalates like repeated pain stops. The journal is written as knead
//! writes it; the real binary reads it before the next session.

use jiff::{SignedDuration, Timestamp};
use knead::journal::history::Escalation;
use knead::safety::SEEN_QUESTION;

use crate::support::sandbox::Sandbox;

const DAY: i64 = 24 * 60 * 60;

/// One journal line of session `id`, `ago` seconds before now.
fn line(id: &str, ago: i64, event: &str) -> String {
    let at = Timestamp::now()
        .checked_sub(SignedDuration::from_secs(ago))
        .expect("a time in range");
    format!("{{\"at\":\"{at}\",\"session\":\"{id}\",\"event\":{event}}}\n")
}

/// A session that ran one step under `review_due` and ended `outcome`.
fn ran(id: &str, routine: &str, ago: i64, review_due: bool, outcome: &str) -> String {
    [
        format!(
            "\"start\",\"routine\":\"{routine}\",\"title\":\"T\",\"hash\":\"sha256:00\",\
             \"planned_seconds\":600"
        ),
        "\"screening\",\"answer\":\"no\"".to_owned(),
        format!("\"conditions\",\"yes\":[],\"cleared\":[],\"review_due\":{review_due}"),
        "\"step\",\"index\":0,\"kind\":\"hold\",\"title\":\"Hold\",\"side\":null,\
         \"planned_seconds\":45,\"seconds\":7"
            .to_owned(),
        format!("\"end\",\"outcome\":\"{outcome}\",\"step\":0"),
    ]
    .iter()
    .enumerate()
    .map(|(n, event)| line(id, ago - n as i64, event))
    .collect()
}

/// "Worse" and a "yes" to new symptoms two days ago, then a light session
/// interrupted after 7 seconds yesterday, with "not seen" remembered.
fn journal() -> String {
    let mut text = ran("S0", "foam-roll-glutes", 2 * DAY, false, "completed");
    text += &line("S0", 2 * DAY - 10, "\"post_check\",\"answer\":\"worse\"");
    text += &line("S0", 2 * DAY - 9, "\"new_symptoms\",\"answer\":\"yes\"");
    text += &ran("S1", "gentle-flare-up", DAY, true, "interrupted");
    text += &line("S1", DAY - 20, "\"post_check\",\"answer\":\"same\"");
    text
}

#[test]
fn new_symptoms_hold_across_a_session_in_between_until_a_clinician_was_seen() {
    let sandbox = Sandbox::new();
    sandbox.remember_conditions(&[]);
    sandbox.write_journal(&journal());
    // One "n" to today's list no longer starts the holds.
    let ran = sandbox.run("piriformis-tennis-ball", "n\nn\n");
    assert!(
        ran.notice(Escalation::NewSymptoms.notice()).is_some(),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains(
            "NOTICE: Start with the gentle routine first: Gentle flare-up routine \
             (knead run gentle-flare-up)."
        ),
        "{}",
        ran.stdout
    );
    assert!(ran.stdout.contains(SEEN_QUESTION), "{}", ran.stdout);
    assert!(!ran.stdout.contains("STEP:"), "{}", ran.stdout);
    // The light routines still run after "no".
    let light = sandbox.run("gentle-movement", "n\nn\nx\n");
    assert!(light.stdout.contains("STEP: 1."), "{}", light.stdout);
    // "Yes": the holds run.
    let seen = sandbox.run("piriformis-tennis-ball", "n\ny\nx\n");
    assert!(seen.stdout.contains("STEP: 1."), "{}", seen.stdout);
}
