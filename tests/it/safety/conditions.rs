//! Screening that fits the person (issue 11): long-standing conditions are
//! asked once, remembered and reconfirmed after a week; answers adapt what
//! runs (the light routines, heat or cold only, going ahead without an
//! area) instead of only blocking; each "yes" shows its own advice.

use std::fs;

use knead::safety::{self, Answers, CONDITIONS, Tier};
use knead::session::{Ask, Asked, Command, Conditions, Cue, Mode, Outcome, Session};

use super::support::{Engine, ROUTINE, valid};
use crate::support::sandbox::Sandbox;

/// Answers to a bundled firm routine's questions: no to today's warning
/// signs, then "no" to every long-standing condition.
const NO_TO_ALL: &str = "n\nn\nn\nn\nn\nn\nn\nn\nn\n";

/// `knead run ID` in plain mode, fast and silent, `answers` on stdin.
fn run(sandbox: &Sandbox, id: &str, answers: &str, extra: &[&str]) -> (String, Option<i32>) {
    let output = sandbox
        .run_fast(id, answers)
        .args(extra)
        .output()
        .expect("knead runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code(),
    )
}

fn screen_lines(out: &str) -> Vec<&str> {
    out.lines().filter(|l| l.starts_with("SCREEN:")).collect()
}

#[test]
fn the_first_session_asks_each_condition_once_and_then_remembers() {
    let sandbox = Sandbox::first_launch();
    let (out, _) = run(&sandbox, "heat-cold-wind-down", NO_TO_ALL, &[]);
    assert!(out.contains("STEP: 1."), "{out}");
    for condition in CONDITIONS {
        let asked = format!("SCREEN: {} [y/n]", condition.text);
        assert_eq!(out.matches(&asked).count(), 1, "{asked}\n{out}");
    }
    // Asked after today's warning signs, before the first step.
    let first_condition = out.find(CONDITIONS[0].text).expect("asked");
    let today = out.find(safety::SCREENING_ASK).expect("asked");
    let first_step = out.find("STEP: 1.").expect("a step ran");
    assert!(today < first_condition && first_condition < first_step);
    let remembered = fs::read_to_string(sandbox.conditions_path()).expect("remembered");
    assert!(remembered.contains("yes = []"), "{remembered}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(sandbox.conditions_path())
            .expect("there")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The next session asks only today's warning signs.
    let (again, _) = run(&sandbox, "heat-cold-wind-down", "n\n", &[]);
    assert!(!again.contains(CONDITIONS[0].text), "{again}");
    assert!(again.contains("STEP: 1."), "{again}");
    // Not asked again, so not saved again: the answers keep their date.
    let still = fs::read_to_string(sandbox.conditions_path()).expect("remembered");
    assert_eq!(still, remembered);
    // Each session records the answers it ran under (review S11): asked
    // the first time, remembered the second.
    let journal = fs::read_to_string(sandbox.journal_path()).expect("a journal");
    assert_eq!(journal.matches("\"event\":\"conditions\"").count(), 2);
}

#[test]
fn answers_older_than_a_week_are_reconfirmed_with_one_question() {
    let sandbox = Sandbox::new();
    let old = "answered = \"2026-01-01T09:00:00Z\"\nyes = [\"C2\"]\n";
    fs::write(sandbox.conditions_path(), old).expect("written");
    // "n": nothing has changed since.
    let (out, _) = run(&sandbox, "piriformis-tennis-ball", "n\nn\n", &[]);
    assert!(out.contains("STEP: 1."), "{out}");
    let screens = screen_lines(&out);
    let still = screens
        .iter()
        .find(|l| l.contains("Since you last answered"))
        .expect("reconfirmed");
    assert!(still.contains("fragile bones"), "{still}");
    assert!(!out.contains(CONDITIONS[0].text), "{out}");
    // Fragile bones allow a ball on the buttock: it goes ahead, advised.
    assert!(out.contains("NOTICE: Fragile bones: No roller"), "{out}");
    assert!(out.contains("STEP: 1."), "{out}");
    let remembered = fs::read_to_string(sandbox.conditions_path()).expect("there");
    assert!(
        !remembered.contains("2026-01-01"),
        "confirmed anew: {remembered}"
    );
}

#[test]
fn yes_something_changed_asks_every_question_again() {
    let sandbox = Sandbox::new();
    let old = "answered = \"2026-01-01T09:00:00Z\"\nyes = [\"C5\"]\n";
    fs::write(sandbox.conditions_path(), old).expect("written");
    let answers = format!("n\ny\n{NO_TO_ALL}");
    let (out, _) = run(
        &sandbox,
        "piriformis-tennis-ball",
        &answers[..answers.len() - 2],
        &[],
    );
    assert!(out.contains("STEP: 1."), "{out}");
    assert!(out.contains(CONDITIONS[6].text), "{out}");
    let remembered = fs::read_to_string(sandbox.conditions_path()).expect("there");
    assert!(remembered.contains("yes = []"), "{remembered}");
}

/// Review M2: "yes" means "I have it", at the reconfirmation too. A person
/// who started blood thinners answers "y" and is asked again; nothing is
/// saved as "none applies".
#[test]
fn yes_at_the_reconfirmation_never_saves_none() {
    let sandbox = Sandbox::new();
    let old = "answered = \"2026-01-01T09:00:00Z\"\nyes = []\n";
    fs::write(sandbox.conditions_path(), old).expect("written");
    // Today's list: no; changed: yes; then blood thinners: yes.
    let (out, _) = run(
        &sandbox,
        "piriformis-tennis-ball",
        "n\ny\ny\nn\nn\nn\nn\nn\nn\nn\n",
        &[],
    );
    let asked = screen_lines(&out)
        .into_iter()
        .find(|l| l.contains("Since you last answered"))
        .expect("reconfirmed");
    assert!(asked.contains("blood thinners"), "{asked}");
    assert!(out.contains(CONDITIONS[0].text), "asked again: {out}");
    assert!(
        !out.contains("STEP: 1."),
        "the ball routine is not light: {out}"
    );
    let remembered = fs::read_to_string(sandbox.conditions_path()).expect("there");
    assert!(remembered.contains("C1"), "{remembered}");
}

/// Review S5/S6: a clinician's OK is asked again at each reconfirmation; a
/// "no" puts the limit back.
#[test]
fn the_clinicians_ok_is_asked_again_at_the_reconfirmation() {
    let sandbox = Sandbox::new();
    let old = "answered = \"2026-01-01T09:00:00Z\"\nyes = [\"C3\"]\nclinician_ok = [\"C3\"]\n";
    fs::write(sandbox.conditions_path(), old).expect("written");
    let (out, _) = run(&sandbox, "piriformis-tennis-ball", "n\nn\nn\n", &[]);
    assert!(out.contains(safety::CLINICIAN_QUESTION), "{out}");
    assert!(!out.contains("STEP: 1."), "no OK now: {out}");
    let remembered = fs::read_to_string(sandbox.conditions_path()).expect("there");
    assert!(
        !remembered.contains("clinician_ok = [\"C3\"]"),
        "{remembered}"
    );
    // With the OK given again, it goes ahead.
    fs::write(sandbox.conditions_path(), old).expect("written");
    let (out, _) = run(&sandbox, "piriformis-tennis-ball", "n\nn\ny\n", &[]);
    assert!(out.contains("STEP: 1."), "{out}");
}

#[test]
fn review_conditions_asks_them_again_on_request() {
    let sandbox = Sandbox::new();
    let (out, _) = run(
        &sandbox,
        "heat-cold-wind-down",
        NO_TO_ALL,
        &["--review-conditions"],
    );
    assert!(out.contains(CONDITIONS[0].text), "{out}");
}

#[test]
fn c_at_todays_list_asks_them_again() {
    let sandbox = Sandbox::new();
    sandbox.remember_conditions(&["C1"]);
    let (out, _) = run(&sandbox, "gentle-flare-up", &format!("c\n{NO_TO_ALL}"), &[]);
    assert!(
        out.contains(
            "SCREEN: Your long-standing conditions: blood thinners or a \
             bleeding disorder. To change them, type c."
        ),
        "{out}"
    );
    assert!(
        out.contains("NOTICE: Long-standing conditions are asked after this list"),
        "{out}"
    );
    assert!(out.contains(CONDITIONS[0].text), "{out}");
    // Answered "no" this time: forgotten.
    let remembered = fs::read_to_string(sandbox.conditions_path()).expect("there");
    assert!(remembered.contains("yes = []"), "{remembered}");
}

#[test]
fn blood_thinners_offer_the_light_routines_and_never_a_pressure_routine() {
    let sandbox = Sandbox::new();
    sandbox.remember_conditions(&["C1"]);
    for firm in [
        "piriformis-tennis-ball",
        "foam-roll-glutes",
        "trigger-point-holds",
    ] {
        let (out, code) = run(&sandbox, firm, "n\n", &[]);
        assert_eq!(code, Some(3), "{firm}: {out}");
        assert!(!out.contains("STEP:"), "{firm}: {out}");
        assert!(
            out.contains("STOPPED: This routine will not start today."),
            "{out}"
        );
        assert!(out.contains("STOPPED: Blood thinners"), "{out}");
        // Each offer names the routine by title (issue 19).
        for offer in [
            "Gentle flare-up routine (light pressure with your hands): knead run gentle-flare-up",
            "Five minutes of gentle movement (gentle movement, nothing presses): \
             knead run gentle-movement",
            "Heat or cold wind-down (a pack and slow breathing, nothing presses): \
             knead run heat-cold-wind-down",
        ] {
            assert!(
                out.contains(&format!("STOPPED: Fits today: {offer}")),
                "{out}"
            );
        }
    }
    let (light, _) = run(&sandbox, "gentle-flare-up", "n\n", &[]);
    assert!(light.contains("NOTICE: Blood thinners"), "{light}");
    assert!(light.contains("STEP: 1."), "{light}");
}

#[test]
fn a_clots_yes_waits_for_a_clinician_and_a_clinician_yes_is_remembered() {
    let sandbox = Sandbox::first_launch();
    // No to C1, C2; yes to C3, no to the clinician; no to the rest.
    let (out, code) = run(
        &sandbox,
        "piriformis-tennis-ball",
        "n\nn\nn\ny\nn\nn\nn\nn\nn\nn\n",
        &[],
    );
    assert_eq!(code, Some(3), "{out}");
    assert!(out.contains(safety::CLINICIAN_QUESTION), "{out}");
    assert!(
        out.contains("STOPPED: A blood clot: No pressure routines"),
        "{out}"
    );
    assert!(out.contains("knead run heat-cold-wind-down"), "{out}");
    // Reviewed with a clinician's yes: the routine goes ahead.
    let (out, code) = run(
        &sandbox,
        "piriformis-tennis-ball",
        "n\nn\nn\ny\ny\nn\nn\nn\nn\nn\n",
        &["--review-conditions"],
    );
    assert!(out.contains("STEP: 1."), "{code:?} {out}");
    let remembered = fs::read_to_string(sandbox.conditions_path()).expect("there");
    assert!(
        remembered.contains("clinician_ok = [\"C3\"]"),
        "{remembered}"
    );
}

#[test]
fn a_broken_memory_is_said_and_every_question_asked_again() {
    let sandbox = Sandbox::new();
    fs::write(sandbox.conditions_path(), "yes = 3\n").expect("written");
    let (out, _) = run(&sandbox, "heat-cold-wind-down", NO_TO_ALL, &[]);
    assert!(
        out.contains("NOTICE: Your remembered answers could not be read"),
        "{out}"
    );
    assert!(out.contains(CONDITIONS[0].text), "{out}");
}

#[test]
fn the_area_group_goes_ahead_with_its_advice() {
    let sandbox = Sandbox::new();
    let local = 1 + Tier::ALL
        .iter()
        .position(|t| *t == Tier::Local)
        .expect("a tier");
    let (out, _) = run(
        &sandbox,
        "piriformis-tennis-ball",
        &format!("y\n{local}\nn\n"),
        &[],
    );
    let advice = format!("NOTICE: {}", Tier::Local.guidance(""));
    assert!(out.contains(&advice), "{out}");
    assert!(out.contains("STEP: 1."), "{out}");
}

#[test]
fn severe_pain_today_offers_the_light_routines_or_goes_ahead_with_one() {
    let sandbox = Sandbox::new();
    let severe = 1 + Tier::ALL
        .iter()
        .position(|t| *t == Tier::Severe)
        .expect("a tier");
    let answers = format!("y\n{severe}\nn\n");
    let (out, code) = run(&sandbox, "foam-roll-glutes", &answers, &[]);
    assert_eq!(code, Some(3), "{out}");
    assert!(out.contains("knead run gentle-flare-up"), "{out}");
    let (out, _) = run(&sandbox, "gentle-flare-up", &answers, &[]);
    assert!(out.contains("STEP: 1."), "{out}");
    assert!(out.contains("STEP: 1."), "{out}");
}

#[test]
fn a_new_strain_allows_heat_or_cold_only() {
    let sandbox = Sandbox::new();
    let strain = 1 + Tier::ALL
        .iter()
        .position(|t| *t == Tier::Strain)
        .expect("a tier");
    let answers = format!("y\n{strain}\nn\n");
    let (out, code) = run(&sandbox, "gentle-movement", &answers, &[]);
    assert_eq!(code, Some(3), "{out}");
    // Cold only inside 72 hours (issue 19): the pack routine, never heat.
    assert!(
        out.contains(
            "STOPPED: Fits today: Heat or cold wind-down (a cold pack only, never heat): \
             knead run heat-cold-wind-down"
        ),
        "{out}"
    );
    let (out, _) = run(&sandbox, "heat-cold-wind-down", &answers, &[]);
    assert!(out.contains("STEP: 1."), "{out}");
}

#[test]
fn the_engine_asks_conditions_only_after_a_no_to_todays_signs() {
    let routine = valid(ROUTINE);
    let session = Session::new(&routine).with_conditions(Conditions {
        answers: Answers::default(),
        ask: Ask::Every,
    });
    let mut engine = Engine::from_session(session);
    let cues = engine.handle(Command::Answer(false));
    assert_eq!(
        cues[1],
        Cue::ConditionAsked {
            index: 0,
            clinician: false
        }
    );
    assert_eq!(engine.mode(), Mode::Asking(Asked::Condition));
    // Time never answers it; Stop still ends the session.
    assert_eq!(engine.wait(super::support::hours(3)), []);
    let cues = engine.handle(Command::Stop);
    assert_eq!(cues.last(), Some(&Cue::Finished(Outcome::StoppedByPerson)));
}
