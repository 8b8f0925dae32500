//! Limits that hold against any routine file (issue 19): how firmly a
//! routine presses is read from closed vocabularies of tools and areas, the
//! firmest over its tools and steps, so no wording of a file slips a ball
//! or roller past a "yes" to a clot, cancer, a strain, blood thinners or
//! fragile bones. Each file here ran a step on the code before.

use knead::safety::{CONDITIONS, Tier};

use crate::support::sandbox::Sandbox;

/// A file's top lines (`tools`, `areas`, `[safety]`...) and one hold step
/// with these extra lines.
fn routine(top: &str, step: &str) -> String {
    format!(
        "format = 1\ntitle = \"Hostile\"\n{top}\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold a spot\"\n\
         cue = \"Lean into it.\"\nduration = \"30s\"\n{step}\n"
    )
}

/// Every hostile file, by what it tries. Each is firm, and each is a roller
/// or on the trunk, so every limit below refuses it.
fn hostile() -> Vec<(&'static str, String)> {
    vec![
        (
            "a pack beside a ball",
            routine(
                "tools = [\"heat pack\", \"tennis ball\"]\nareas = [\"upper back\"]",
                "",
            ),
        ),
        (
            "a hot-water bottle beside a ball",
            routine(
                "tools = [\"tennis ball\", \"hot-water bottle\", \"mat\"]\nareas = [\"lower back\"]",
                "",
            ),
        ),
        ("no tools key", routine("areas = [\"upper back\"]", "")),
        ("no tools or areas", routine("", "")),
        (
            "a massage gun",
            routine("tools = [\"massage gun\"]\nareas = [\"upper back\"]", ""),
        ),
        (
            "a roller with a cold pack",
            routine(
                "tools = [\"cold pack\", \"foam roller\"]\nareas = [\"glutes\"]",
                "",
            ),
        ),
        (
            "a rolled towel and pillows",
            routine(
                "tools = [\"pillows\", \"rolled towel\"]\nareas = [\"glutes\"]",
                "",
            ),
        ),
        (
            "lumbar",
            routine("tools = [\"tennis ball\"]\nareas = [\"lumbar\"]", ""),
        ),
        (
            "thoracic",
            routine("tools = [\"tennis ball\"]\nareas = [\"thoracic\"]", ""),
        ),
        (
            "shoulder blades",
            routine(
                "tools = [\"lacrosse ball\", \"wall\"]\nareas = [\"shoulder blades\"]",
                "",
            ),
        ),
        (
            "a step naming only the pack",
            routine(
                "tools = [\"heat pack\", \"tennis ball\"]\nareas = [\"ribs\"]",
                "tools = [\"heat pack\"]",
            ),
        ),
        (
            "a step naming only the mat",
            routine(
                "tools = [\"Tennis Balls\", \"mat\"]\nareas = [\"mid back\"]",
                "tools = [\"mat\"]",
            ),
        ),
        (
            "a step naming only hands",
            routine(
                "tools = [\"peanut ball\"]\nareas = [\"back\"]",
                "tools = [\"hands\"]",
            ),
        ),
        (
            "a pressure cap of 3",
            routine(
                "tools = [\"massage ball\"]\nareas = [\"lumbar\"]\n\n[safety]\nrate_pressure = true\npressure_cap = 3",
                "",
            ),
        ),
    ]
}

/// The remembered conditions that must refuse every hostile file.
const CONDITION_IDS: &[&str] = &["C1", "C2", "C3", "C6"];

/// Runs `text` as a routine file in plain mode, `answers` piped in; what
/// it printed and its exit code.
fn run(sandbox: &Sandbox, text: &str, answers: &str) -> (String, Option<i32>) {
    let path = sandbox.scratch_file("hostile.toml", text);
    let path = path.to_str().expect("a UTF-8 path");
    let output = sandbox
        .run_fast(path, answers)
        .output()
        .expect("knead runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code(),
    )
}

#[track_caller]
fn assert_refused(what: &str, why: &str, out: &str, code: Option<i32>) {
    assert!(
        !out.contains("STEP:"),
        "{what} after {why} reached a step:\n{out}"
    );
    assert_eq!(code, Some(3), "{what} after {why}:\n{out}");
    assert!(
        out.contains("STOPPED: This routine will not start today."),
        "{what} after {why}:\n{out}"
    );
}

#[test]
fn every_hostile_file_is_valid_and_runs_without_a_condition() {
    let sandbox = Sandbox::new();
    for (what, text) in hostile() {
        let path = sandbox.scratch_file("hostile.toml", &text);
        sandbox.knead().arg("check").arg(&path).assert().code(0);
        // Without a condition, each runs: the refusals below are the limits'.
        let (out, _) = run(&sandbox, &text, "n\n");
        assert!(out.contains("STEP: 1."), "{what}:\n{out}");
    }
}

#[test]
fn remembered_conditions_refuse_every_hostile_file() {
    for id in CONDITION_IDS {
        let sandbox = Sandbox::new();
        sandbox.remember_conditions(&[id]);
        for (what, text) in hostile() {
            let (out, code) = run(&sandbox, &text, "n\n");
            assert_refused(what, id, &out, code);
        }
    }
}

#[test]
fn a_new_strain_today_refuses_every_hostile_file() {
    let strain = 1 + Tier::ALL
        .iter()
        .position(|t| *t == Tier::Strain)
        .expect("a tier");
    let sandbox = Sandbox::new();
    for (what, text) in hostile() {
        let (out, code) = run(&sandbox, &text, &format!("y\n{strain}\nn\n"));
        assert_refused(what, "a strain", &out, code);
    }
}

/// The first session's answers: no to today's signs, then "yes" to
/// condition `index` (and no to a clinician's OK) and no to the rest.
fn first_answers(index: usize) -> String {
    let mut lines = vec!["n"];
    for (n, condition) in CONDITIONS.iter().enumerate() {
        if n == index {
            lines.push("y");
            if condition.clinician_lifts {
                lines.push("n");
            }
        } else {
            lines.push("n");
        }
    }
    lines.join("\n") + "\n"
}

#[test]
fn conditions_answered_at_the_first_session_refuse_them_too() {
    let files = hostile();
    for id in CONDITION_IDS {
        let index = CONDITIONS
            .iter()
            .position(|c| c.id == *id)
            .expect("a condition");
        for (what, text) in files.iter().step_by(3) {
            let sandbox = Sandbox::first_launch();
            let (out, code) = run(&sandbox, text, &first_answers(index));
            assert_refused(what, id, &out, code);
        }
    }
}

#[test]
fn words_outside_the_vocabularies_are_refused_before_any_question() {
    let sandbox = Sandbox::new();
    for (top, step, word) in [
        (
            "tools = [\"heat pack tennis ball\"]",
            "",
            "heat pack tennis ball",
        ),
        (
            "tools = [\"tennis ball or heat pack\"]",
            "",
            "tennis ball or heat pack",
        ),
        ("tools = [\"kettlebell\"]", "", "kettlebell"),
        (
            "tools = [\"tennis ball\"]\nareas = [\"lumbarr\"]",
            "",
            "lumbarr",
        ),
        (
            "tools = [\"mat\"]",
            "tools = [\"tennis ball\"]",
            "tennis ball",
        ),
    ] {
        let text = routine(top, step);
        let (out, code) = run(&sandbox, &text, "n\n");
        assert!(
            !out.contains("STEP:") && !out.contains("SCREEN:"),
            "{word}:\n{out}"
        );
        assert_eq!(code, Some(2), "{word}:\n{out}");
        let path = sandbox.scratch_file("hostile.toml", &text);
        let checked = sandbox
            .knead()
            .arg("check")
            .arg(&path)
            .output()
            .expect("runs");
        let said = String::from_utf8_lossy(&checked.stderr);
        assert!(said.contains(&format!("`{word}`")), "{word}:\n{said}");
        assert!(said.contains("hostile.toml:"), "located:\n{said}");
    }
}
