//! Limits a clinician would set (issue 19, review S4 and S5), through the
//! real binary: a new strain limits only the routines that work where it
//! is, and allows cold there, never heat; a past clot or past cancer leaves
//! gentle movement open; cancer now never meets heat or pressure; pregnancy
//! leaves breathing open and keeps the low back, the belly and lying on the
//! back closed even after a clinician's OK. Every refusal and offer names
//! the routine by its title and says why in one line. What knead cannot
//! tell from a file (an odd area, no area, a heat pack beside a ball)
//! counts as the strictest case.

use knead::safety::{Answers, Tier};

use crate::support::sandbox::Sandbox;

mod pregnancy;

/// `knead run ROUTINE` in plain mode, `answers` piped in: what it printed
/// and its exit code.
fn run(sandbox: &Sandbox, routine: &str, answers: &str) -> (String, Option<i32>) {
    let output = sandbox
        .run_fast(routine, answers)
        .output()
        .expect("knead runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code(),
    )
}

/// A routine file in the sandbox, run like a bundled one.
fn run_file(sandbox: &Sandbox, text: &str, answers: &str) -> (String, Option<i32>) {
    let path = sandbox.scratch_file("limits.toml", text);
    run(sandbox, path.to_str().expect("a UTF-8 path"), answers)
}

/// A sandbox remembering `yes` among the long-standing conditions, with a
/// clinician's OK to those in `cleared`, answered just now.
fn remembering(yes: &[&str], cleared: &[&str]) -> Sandbox {
    let sandbox = Sandbox::new();
    let set = |ids: &[&str]| ids.iter().map(|id| (*id).to_owned()).collect();
    let answers = Answers {
        yes: set(yes),
        cleared: set(cleared),
        review_due: false,
    };
    knead::remembered::save(&sandbox.conditions_path(), &answers, jiff::Timestamp::now())
        .expect("conditions remembered");
    sandbox
}

/// A file with these top lines (`tools`, `areas`) and one step of `kind`
/// with these extra lines.
fn routine(top: &str, kind: &str, step: &str) -> String {
    format!(
        "format = 1\ntitle = \"Odd one\"\n{top}\n\n[[step]]\nkind = \"{kind}\"\n\
         title = \"Do it\"\ncue = \"Take your time.\"\nduration = \"30s\"\n{step}\n"
    )
}

/// The answers to today's list that choose a new strain where you'll work.
fn strain_today() -> String {
    let group = 1 + Tier::ALL
        .iter()
        .position(|t| *t == Tier::Strain)
        .expect("a tier");
    format!("y\n{group}\nn\n")
}

#[track_caller]
fn assert_ran(what: &str, out: &str) {
    assert!(out.contains("STEP: 1."), "{what} did not run:\n{out}");
}

/// Refused at the screening, the refusal naming `title` and why.
#[track_caller]
fn assert_refused(what: &str, title: &str, why: &str, out: &str, code: Option<i32>) {
    assert!(!out.contains("STEP:"), "{what} reached a step:\n{out}");
    assert_eq!(code, Some(3), "{what}:\n{out}");
    let line = format!("STOPPED: {title}: {why}, ruled out by ");
    assert!(out.contains(&line), "{what}: no line {line:?}\n{out}");
}

/// The titles offered instead, in order.
fn offered(out: &str) -> Vec<&str> {
    out.lines()
        .filter_map(|l| l.strip_prefix("STOPPED: Fits today: "))
        .map(|l| l.split(" (").next().unwrap_or(l))
        .collect()
}

#[test]
fn a_new_strain_limits_only_the_routines_that_work_where_it_is() {
    let sandbox = Sandbox::new();
    let (out, code) = run(&sandbox, "piriformis-tennis-ball", &strain_today());
    let title = "Tennis-ball glute holds";
    assert_refused(
        "the buttock ball",
        title,
        "it presses with a ball",
        &out,
        code,
    );
    // The chest is not where a buttock strain is: it stays open.
    let offers = offered(&out);
    assert!(
        offers.contains(&"Chest opener on a foam roller"),
        "{offers:?}"
    );
    assert!(
        out.contains("(it works away from the strain): knead run chest-opener-roller"),
        "{out}"
    );
    // Anything on the buttock or hips is not.
    for here in ["Standing wall-ball glute holds", "Foam roll the glutes"] {
        assert!(!offers.contains(&here), "{here}: {offers:?}");
    }
}

#[test]
fn a_new_strain_allows_cold_there_and_never_heat() {
    let sandbox = Sandbox::new();
    let strain = strain_today();
    let (out, _) = run(&sandbox, "heat-cold-wind-down", &strain);
    assert_ran("the pack routine", &out);
    assert!(
        out.contains(
            "NOTICE: Where the strain is, for 3 days: a wrapped cold pack and breathing \
             only, no pressure or heat. Elsewhere, as usual."
        ),
        "{out}"
    );
    let (out, _) = run(&sandbox, "gentle-movement", &strain);
    // The refusal says the rule is about that area only (the offers go on
    // to routines that work elsewhere).
    assert!(
        out.contains("STOPPED: Where the strain is, for 3 days:")
            && out.contains("Elsewhere, as usual."),
        "{out}"
    );
    assert!(
        out.contains("Heat or cold wind-down (a cold pack only, never heat)"),
        "{out}"
    );
    let breathe = |tools: &str| {
        routine(
            &format!("tools = [{tools}]\nareas = [\"glutes\"]"),
            "breathe",
            "",
        )
    };
    let (out, code) = run_file(&sandbox, &breathe("\"heat pack\", \"towel\""), &strain);
    assert_refused("a heat pack", "Odd one", "it uses heat", &out, code);
    let (out, code) = run_file(
        &sandbox,
        &breathe("\"hot-water bottle\", \"cold pack\""),
        &strain,
    );
    assert_refused(
        "a bottle and a cold pack",
        "Odd one",
        "it uses heat",
        &out,
        code,
    );
    let (out, _) = run_file(&sandbox, &breathe("\"cold pack\", \"towel\""), &strain);
    assert_ran("a cold pack", &out);
}

#[test]
fn a_strain_where_knead_cannot_tell_is_everywhere() {
    let sandbox = Sandbox::new();
    for (what, top) in [
        ("no areas", "tools = [\"tennis ball\"]"),
        (
            "the whole body",
            "tools = [\"tennis ball\"]\nareas = [\"body\"]",
        ),
        (
            "a heat pack beside a ball",
            "tools = [\"heat pack\", \"tennis ball\"]\nareas = [\"glutes\"]",
        ),
    ] {
        let text = routine(top, "hold", "");
        let (out, code) = run_file(&sandbox, &text, &strain_today());
        assert_refused(what, "Odd one", "it presses with a ball", &out, code);
        if what != "a heat pack beside a ball" {
            // A strain that may be anywhere leaves only cold, never a press.
            assert_eq!(offered(&out), ["Heat or cold wind-down"], "{what}:\n{out}");
        }
    }
}

#[test]
fn a_past_clot_or_past_cancer_leaves_gentle_movement_open() {
    for id in ["C3", "U2"] {
        let sandbox = remembering(&[id], &[]);
        let (out, _) = run(&sandbox, "gentle-movement", "n\n");
        assert_ran(id, &out);
        let said = out.to_lowercase();
        assert!(
            said.contains("gentle movement and breathing are fine"),
            "{out}"
        );
        let (out, code) = run(&sandbox, "piriformis-tennis-ball", "n\n");
        let title = "Tennis-ball glute holds";
        assert_refused(id, title, "it presses with a ball", &out, code);
        assert!(
            offered(&out).contains(&"Five minutes of gentle movement"),
            "{out}"
        );
    }
}

#[test]
fn cancer_now_never_meets_heat_or_pressure() {
    let sandbox = remembering(&["C6"], &[]);
    let (out, code) = run(&sandbox, "heat-cold-wind-down", "n\n");
    let title = "Heat or cold wind-down";
    assert_refused("the pack", title, "it may use heat", &out, code);
    let (out, code) = run(&sandbox, "piriformis-tennis-ball", "n\n");
    assert_refused(
        "the ball",
        "Tennis-ball glute holds",
        "it presses with a ball",
        &out,
        code,
    );
    assert_eq!(offered(&out), ["Five minutes of gentle movement"], "{out}");
    let (out, _) = run(&sandbox, "gentle-movement", "n\n");
    assert_ran("movement", &out);
    // The cancer team's OK opens pressure, never heat.
    let cleared = remembering(&["C6"], &["C6"]);
    let (out, code) = run(&cleared, "heat-cold-wind-down", "n\n");
    assert_refused("the pack after an OK", title, "it may use heat", &out, code);
    assert!(!offered(&out).contains(&title), "{out}");
    let (out, _) = run(&cleared, "piriformis-tennis-ball", "n\n");
    assert_ran("the ball after an OK", &out);
    // A heat pack beside a ball, on a sacrum: the strictest reading.
    let text = routine(
        "tools = [\"tennis ball\", \"heat pack\"]\nareas = [\"sacrum\"]",
        "hold",
        "",
    );
    let (out, code) = run_file(&cleared, &text, "n\n");
    assert_refused(
        "a pack beside a ball",
        "Odd one",
        "it uses heat",
        &out,
        code,
    );
}

#[test]
fn every_refusal_and_offer_names_the_routine_by_title() {
    for (yes, routine) in [
        ("C1", "foam-roll-glutes"),
        ("C2", "chest-opener-roller"),
        ("C3", "trigger-point-holds"),
        ("L4", "gentle-movement"),
    ] {
        let sandbox = remembering(&[yes], &[]);
        let (out, _) = run(&sandbox, routine, "n\n");
        let lines: Vec<&str> = out.lines().collect();
        let at = lines
            .iter()
            .position(|l| *l == "STOPPED: This routine will not start today.")
            .unwrap_or_else(|| panic!("{yes} {routine}:\n{out}"));
        let why = lines.get(at + 1).copied().unwrap_or_default();
        let title = knead::library::bundled()
            .into_iter()
            .find(|l| l.id == routine)
            .and_then(|l| l.checked.routine)
            .map(|r| r.title)
            .expect("bundled");
        assert!(why.starts_with(&format!("STOPPED: {title}: it ")), "{why}");
        assert!(why.contains(", ruled out by "), "{why}");
        for offer in lines
            .iter()
            .filter(|l| l.starts_with("STOPPED: Fits today: "))
        {
            assert!(offer.contains("): knead run "), "{offer}");
            assert!(!offer.contains(&format!("knead run {routine}")), "{offer}");
        }
    }
}
