//! Lints: advice printed as located warnings, never errors.

use knead::routine;

use crate::support::diagnostics::{headlines, manifest_path};

#[test]
fn every_lint_is_a_located_warning() {
    let path = "tests/lints/every-lint.toml";
    let (text, checked) = routine::check_file(&manifest_path(path));
    assert!(
        checked.routine.is_some(),
        "warnings never make a routine invalid"
    );
    let headlines = headlines(&checked, path, &text);
    assert_eq!(
        headlines,
        [
            format!("{path}:3:17: warning: \"fixes sciatica\" is a claim knead never makes"),
            format!("{path}:4:20: warning: this area names the spine, an area never to press"),
            format!(
                "{path}:8:9: warning: this step names the back of the knee, an area never to press"
            ),
            format!("{path}:9:8: warning: \"no pain, no gain\" is a claim knead never makes"),
            format!("{path}:10:12: warning: a hold over 5 minutes"),
        ]
    );
}

#[test]
fn a_step_without_a_cue_is_pointed_at_its_header() {
    let text = "format = 1\ntitle = \"x\"\n\n[[step]]\nkind = \"rest\"\nduration = \"20s\"\n";
    let checked = routine::check_str(text);
    let headlines = headlines(&checked, "r.toml", text);
    assert_eq!(headlines, ["r.toml:4:1: warning: this step has no cue"]);
}

#[test]
fn cautions_in_cues_and_stop_signs_are_not_area_warnings() {
    // Saying where not to press is exactly what a careful cue does.
    let text = "format = 1\ntitle = \"x\"\n\n[safety]\nstop_signs = [\"pain near the spine\"]\n\n[[step]]\nkind = \"hold\"\ntitle = \"Beside the muscles\"\ncue = \"Keep the ball off the spine.\"\nduration = \"45s\"\n";
    let checked = routine::check_str(text);
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
}
