//! A later session's screening list (issue 19, review M6): folded into a
//! few lines, with nothing the first list asked left out and nothing
//! answered from the first session's answers.

use knead::safety::{BUILTIN_QUESTIONS, short_form};
use knead::words::screening_list;

use crate::support::routines::valid;
use crate::support::sandbox::Sandbox;

const ALL_NO: &str = "n\nn\nn\nn\nn\nn\nn\nn\nn\nn\nn\nn\n";

/// The `SCREEN:` lines before the first step.
fn list(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .take_while(|line| !line.starts_with("STEP: "))
        .filter_map(|line| line.strip_prefix("SCREEN: "))
        .collect()
}

fn run(sandbox: &Sandbox, routine: &str) -> String {
    let output = sandbox
        .run_fast(routine, ALL_NO)
        .output()
        .expect("knead runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn every_sign_on_the_first_list_is_on_the_later_one() {
    for routine in [
        "piriformis-tennis-ball",
        "gentle-movement",
        "foam-roll-glutes",
    ] {
        let sandbox = Sandbox::first_launch();
        let first = run(&sandbox, routine);
        let later = run(&sandbox, routine);
        assert!(later.contains("\nSTEP: 1."), "{later}");
        let (first, later) = (list(&first), list(&later).join("\n"));
        for question in BUILTIN_QUESTIONS {
            let asked = first.contains(&format!("- {}", question.text).as_str());
            let short = short_form(&question.id).expect("every built-in has one");
            // A line's first sign starts with a capital.
            assert_eq!(
                asked,
                later.to_lowercase().contains(short),
                "{routine}: {} ({short}) on one list only:\n{later}",
                question.id
            );
        }
        // The routine's own questions, each in full or in its short form.
        let own = first
            .iter()
            .skip_while(|line| **line != "From this routine:")
            .skip(1)
            .map_while(|line| line.strip_prefix("- "));
        for question in own {
            let folded = later.contains(question) || later.contains("\nThis routine: ");
            assert!(folded, "{routine}: {question} left out:\n{later}");
        }
        // No headings, and the same question is asked.
        assert!(!later.contains("Emergency signs"), "{later}");
        assert!(later.ends_with("Does any of these apply to you today? [y/n]"));
    }
    let sandbox = Sandbox::first_launch();
    run(&sandbox, "piriformis-tennis-ball");
    let later = run(&sandbox, "piriformis-tennis-ball");
    assert!(
        list(&later).contains(&"This routine: hip precautions; floor hard to reach."),
        "{later}"
    );
}

#[test]
fn a_routine_on_the_legs_folds_the_veins_into_the_area_line() {
    let routine = valid(
        "format = 1\ntitle = \"Calf\"\ntools = [\"tennis ball\"]\nareas = [\"calf\"]\n\n[[step]]\nkind = \"hold\"\ntitle = \"Calf\"\ncue = \"Lean in.\"\nduration = \"30s\"\n",
    );
    let items: Vec<String> = screening_list(&routine, true)
        .into_iter()
        .flat_map(|group| group.items)
        .collect();
    let area = items
        .iter()
        .find(|item| item.starts_with("Where you'll work:"))
        .expect("the area line");
    assert_eq!(
        area,
        "Where you'll work: new strain; wound, rash, hot swelling, numb skin; varicose veins."
    );
}

#[test]
fn a_routine_question_without_a_short_form_is_read_in_full() {
    let routine = valid(
        "format = 1\ntitle = \"x\"\n\n[safety]\nscreening = [\n  \"Is your knee swollen today?\",\n  { ask = \"Told not to bend your hip deeply?\", short = \"hip precautions\" },\n  \"Did you sleep on the floor?\",\n]\n\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"20s\"\n",
    );
    let items: Vec<String> = screening_list(&routine, true)
        .into_iter()
        .flat_map(|group| group.items)
        .collect();
    let own: Vec<&str> = items.iter().skip(3).map(String::as_str).collect();
    assert_eq!(
        own,
        [
            "Is your knee swollen today?",
            "This routine: hip precautions.",
            "Did you sleep on the floor?",
        ]
    );
}

#[test]
fn after_a_yes_at_a_later_session_each_group_names_its_signs() {
    // The folded list has no headings: the group question says which
    // group each sign is in, so "fever" leads to "Get advice first".
    let sandbox = Sandbox::first_launch();
    run(&sandbox, "piriformis-tennis-ball");
    let output = sandbox
        .run_fast("piriformis-tennis-ball", "y\n2\nn\n")
        .output()
        .expect("knead runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    for expected in [
        "SCREEN: 1. Emergency signs: new numbness around genitals or bottom; new bladder or bowel trouble; new or worsening pain, numbness or weakness in both legs; one leg weakening; chest pain; sudden breathlessness; serious accident",
        "SCREEN: 2. Get advice first: fever or chills; night or new upper-back pain rest doesn't ease; minor fall; newly swollen, warm calf or thigh",
        // A strain was read under "Where you'll work": its group says so,
        // beside the other area signs, so a strain is not put with them.
        "SCREEN: 4. Where you'll work: new strain",
        "SCREEN: 5. Where you'll work: wound, rash, hot swelling, numb skin",
        "SCREEN: 6. From this routine: hip precautions; floor hard to reach",
    ] {
        assert!(lines.contains(&expected), "no {expected:?}:\n{stdout}");
    }
    assert!(stdout.contains("STOPPED: Don't start today."), "{stdout}");
    assert!(!stdout.contains("STEP:"), "{stdout}");
}
