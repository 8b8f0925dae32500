//! The physiotherapist's wording and limits (issue 19; the review's ids in
//! each test's name): what a person reads and what a "yes" allows.

use knead::safety::{self, BUILTIN_QUESTIONS, CONDITIONS, Tool};

use crate::support::sandbox::Sandbox;

fn builtin(id: &str) -> &'static str {
    match BUILTIN_QUESTIONS.iter().find(|q| q.id == id) {
        Some(question) => match &question.text {
            std::borrow::Cow::Borrowed(text) => text,
            std::borrow::Cow::Owned(_) => panic!("{id} is built in"),
        },
        None => panic!("no {id}"),
    }
}

#[test]
fn m3_told_to_avoid_pressure_runs_no_pressure_routine() {
    let sandbox = Sandbox::new();
    sandbox.remember_conditions(&["L4"]);
    for firm in ["piriformis-tennis-ball", "foam-roll-glutes"] {
        let output = sandbox.run_fast(firm, "n\n").output().expect("runs");
        let out = String::from_utf8_lossy(&output.stdout);
        assert!(!out.contains("STEP:"), "{firm}: {out}");
        assert!(
            out.contains("STOPPED: This routine will not start today."),
            "{out}"
        );
        assert!(out.contains("STOPPED: Advice to avoid massage"), "{out}");
    }
    let output = sandbox
        .run_fast("heat-cold-wind-down", "n\n")
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&output.stdout).contains("STEP: 1."));
}

#[test]
fn m4_the_clot_sign_is_not_ordinary_leg_pain() {
    let text = builtin("U4");
    assert!(
        text.contains("newly swollen and warm, often red (not your usual leg pain)"),
        "{text}"
    );
    assert!(!text.contains("painful"), "{text}");
    let flags = safety::red_flags("999").join("\n");
    assert!(
        flags.contains("newly swollen and warm, often red"),
        "{flags}"
    );
}

#[test]
fn s9_both_legs_is_new_or_worsening_wherever_it_is_shown() {
    assert!(builtin("E3").starts_with("New or worsening"));
    for line in safety::red_flags("999") {
        if line.contains("both legs") {
            assert!(line.contains("new or worsening"), "{line}");
        }
    }
}

#[test]
fn s1_stop_lines_say_new_or_worse_as_the_check_in_does() {
    for notice in [safety::FIRST_RUN_NOTICE, safety::SESSION_NOTICE] {
        assert!(notice.contains("new or worse"), "{notice}");
    }
}

#[test]
fn s2_a_serious_accident_is_an_emergency_and_a_minor_fall_same_day_advice() {
    assert!(builtin("E4").contains("serious accident"));
    assert!(!builtin("E4").contains("fall"));
    assert!(builtin("U8").contains("minor fall"));
    assert_eq!(builtin("U1"), "Fever or chills today?");
    for question in BUILTIN_QUESTIONS {
        assert!(!question.text.contains("constant"), "{}", question.id);
        // One sign a bullet: never several questions in one.
        assert_eq!(question.text.matches('?').count(), 1, "{}", question.id);
    }
}

#[test]
fn s3_a_flare_up_today_is_asked_and_offers_the_light_routines() {
    let flare = BUILTIN_QUESTIONS
        .iter()
        .find(|q| q.text.contains("worse than usual today"))
        .expect("asked");
    assert_eq!(flare.group, safety::Group::Builtin(safety::Tier::Severe));
    assert!(
        safety::Tier::Severe
            .guidance("999")
            .contains("gentle-flare-up")
    );
}

#[test]
fn s6_blood_thinners_are_named() {
    let c1 = CONDITIONS.iter().find(|c| c.id == "C1").expect("C1");
    for name in [
        "warfarin",
        "apixaban",
        "rivaroxaban",
        "heparin",
        "daily aspirin",
        "clopidogrel",
    ] {
        assert!(c1.text.contains(name), "{name}");
    }
}

#[test]
fn s8_stop_guidance_gives_a_time_frame() {
    let lines = safety::stop_guidance(Tool::Ball, &[], "999");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("not settled within 30 minutes, or a leg feels weak")),
        "{lines:#?}"
    );
}

#[test]
fn n1_the_chest_openers_check_in_is_not_about_legs() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .run_fast("chest-opener-roller", "n\nn\n")
        .output()
        .expect("runs");
    let out = String::from_utf8_lossy(&output.stdout);
    let check_in = out
        .lines()
        .find(|l| l.starts_with("CHECKIN:"))
        .expect("asked");
    assert!(!check_in.contains("leg"), "{check_in}");
    assert!(out.contains("tingling in your hands or arms"), "{out}");
}

#[test]
fn n5_foam_roll_glutes_warns_about_the_sciatic_nerve() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .run_fast("foam-roll-glutes", "")
        .output()
        .expect("runs");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        out.lines()
            .any(|l| l.starts_with("BEFORE:") && l.contains("sciatic nerve")),
        "{out}"
    );
}

#[test]
fn m6_area_items_are_asked_only_where_the_routine_works() {
    let ids = |text: &str| -> Vec<String> {
        let routine = crate::support::routines::valid(text);
        knead::words::screening(&routine)
            .into_iter()
            .map(|q| q.id.into_owned())
            .collect()
    };
    let glutes = ids(super::support::ROUTINE);
    assert!(glutes.contains(&"L1".to_owned()), "{glutes:?}");
    assert!(!glutes.contains(&"L2".to_owned()), "veins: {glutes:?}");
    let calves = super::support::ROUTINE.replace("[\"glutes\"]", "[\"calves\"]");
    assert!(ids(&calves).contains(&"L2".to_owned()));
    let breathing =
        "format = 1\ntitle = \"Breathe\"\n\n[[step]]\nkind = \"breathe\"\nduration = \"1m\"\n";
    let only_today = ids(breathing);
    assert!(
        !only_today
            .iter()
            .any(|id| id.starts_with('L') || id == "C7"),
        "{only_today:?}"
    );
    // Today's warning signs are asked before every routine.
    for question in BUILTIN_QUESTIONS
        .iter()
        .filter(|q| q.needs == safety::Needs::Always)
    {
        assert!(
            only_today.contains(&question.id.to_string()),
            "{}",
            question.id
        );
    }
}
