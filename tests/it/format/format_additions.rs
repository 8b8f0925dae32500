//! The keys added after the safety review (issue 11): `frequency`, `before`,
//! `pressure_cap`, screening questions that offer another routine, and
//! `check_in` on setup, rest and breathe steps; and the lints that came with
//! them. Broken files for each are in `tests/invalid/`.

use knead::routine::{self, RatePressure, ScreeningQuestion};

use crate::support::diagnostics::{headlines, manifest_path};

const VALID: &str = "tests/valid/format-additions.toml";

#[test]
fn every_new_key_reaches_the_validated_routine() {
    let (text, checked) = routine::check_file(&manifest_path(VALID));
    assert_eq!(headlines(&checked, VALID, &text), Vec::<String>::new());
    let routine = checked.routine.expect("valid");
    assert_eq!(
        routine.frequency.as_deref(),
        Some("Once a day, 3-5 days a week; skip a day if still sore")
    );
    assert_eq!(routine.before.len(), 2);
    assert_eq!(routine.safety.pressure_cap, Some(3));
    assert_eq!(
        routine.safety.screening,
        [
            ScreeningQuestion::new("Has a surgeon told you not to cross your legs?"),
            ScreeningQuestion {
                ask: "Is getting down to the floor hard for you?".into(),
                offer: Some("wall-ball-glute-standing".into()),
                short: None,
            },
            ScreeningQuestion::new("Is your knee swollen today?"),
        ]
    );
    let check_ins: Vec<bool> = routine.steps.iter().map(|s| s.checks_in()).collect();
    assert_eq!(check_ins, [true, false, true]);
}

#[test]
fn existing_files_keep_their_meaning() {
    let text = "format = 1\ntitle = \"x\"\n\n[safety]\nscreening = [\"Sore knee?\"]\n\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"20s\"\n";
    let routine = routine::check_str(text).routine.expect("valid");
    assert_eq!(routine.frequency, None);
    assert!(routine.before.is_empty());
    assert_eq!(routine.safety.pressure_cap, None);
    assert_eq!(routine.safety.asks(), ["Sore knee?"]);
    assert!(!routine.steps[0].checks_in());
}

#[test]
fn a_pressure_cap_without_ratings_is_a_warning() {
    let text = "format = 1\ntitle = \"x\"\n\n[safety]\npressure_cap = 3\n\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"20s\"\n";
    let checked = routine::check_str(text);
    assert!(checked.routine.is_some());
    assert_eq!(
        headlines(&checked, "r.toml", text),
        ["r.toml:5:16: warning: `pressure_cap` without `rate_pressure = true`"]
    );
}

#[test]
fn an_offer_of_an_unknown_routine_is_an_error_once_the_library_is_known() {
    let text = "format = 1\ntitle = \"x\"\n\n[safety]\nscreening = [{ ask = \"Floor hard?\", offer = \"wall-ball-glute-standin\" }]\n\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"20s\"\n";
    let mut checked = routine::check_str(text);
    // Validation alone is pure: it cannot know which routines exist.
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let known = vec!["wall-ball-glute-standing".to_owned()];
    routine::check_offers(&mut checked, text, &known);
    assert_eq!(
        headlines(&checked, "r.toml", text),
        ["r.toml:5:45: error: no bundled or user routine is called `wall-ball-glute-standin`"]
    );
    assert!(checked.routine.is_none(), "no command is built from it");
    let mut fine = routine::check_str(&text.replace("standin\"", "standing\""));
    routine::check_offers(&mut fine, &text.replace("standin\"", "standing\""), &known);
    assert!(fine.diagnostics.is_empty(), "{:?}", fine.diagnostics);
}

/// A routine with one step whose cue is `cue`.
fn with_cue(cue: &str) -> String {
    format!(
        "format = 1\ntitle = \"x\"\n\n[[step]]\nkind = \"rest\"\ncue = \"{cue}\"\nduration = \"20s\"\n"
    )
}

#[test]
fn the_lints_catch_heals_and_a_cue_on_the_spine() {
    let text = with_cue("This heals. Roll along the spine.");
    let checked = routine::check_str(&text);
    assert_eq!(
        headlines(&checked, "r.toml", &text),
        [
            "r.toml:6:13: warning: \"heals\" is a claim knead never makes",
            "r.toml:6:35: warning: this cue presses on the spine, an area never to press",
        ]
    );
}

#[test]
fn a_cue_may_say_where_not_to_press() {
    for cue in [
        "Keep it off the spine.",
        "Ball on the muscle, not on the spine.",
        "Stay away from the tailbone.",
        "Avoid the armpit.",
        "Never on the back of the knee.",
    ] {
        let text = with_cue(cue);
        let checked = routine::check_str(&text);
        assert!(
            checked.diagnostics.is_empty(),
            "{cue}: {:?}",
            checked.diagnostics
        );
    }
}

#[test]
fn every_claim_word_the_review_named_is_caught() {
    for word in [
        "heal", "heals", "cure", "cures", "fix", "fixes", "relieve", "relieves", "treat", "treats",
    ] {
        let text = with_cue(&format!("It {word} your back."));
        let checked = routine::check_str(&text);
        assert_eq!(checked.diagnostics.len(), 1, "{word}");
        assert!(
            checked.diagnostics[0].message.contains("is a claim"),
            "{word}"
        );
    }
}

#[test]
fn the_schema_knows_the_new_keys() {
    let schema = routine::schema();
    for pointer in [
        "/properties/frequency",
        "/properties/before",
        "/$defs/Safety/properties/pressure_cap",
        "/$defs/Step/properties/check_in",
        "/$defs/ScreeningTable/properties/offer",
    ] {
        assert!(schema.pointer(pointer).is_some(), "{pointer}");
    }
    let question = schema
        .pointer("/$defs/ScreeningQuestion")
        .expect("question");
    assert!(question.to_string().contains("anyOf"), "{question}");
}

/// `knead check` on `files` (name, text) in a fresh folder, with no user
/// routines; returns stderr.
fn check_cli(files: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut cmd = assert_cmd::Command::cargo_bin("knead").expect("binary");
    cmd.env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .current_dir(dir.path())
        .args(["check", "--color", "never"]);
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
        cmd.arg(name);
    }
    let output = cmd.output().expect("run");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn offering(id: &str) -> String {
    format!(
        "format = 1\ntitle = \"x\"\n\n[safety]\nscreening = [{{ ask = \"Floor hard?\", offer = \"{id}\" }}]\n\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"20s\"\n"
    )
}

#[test]
fn knead_check_knows_the_bundled_routines_and_the_files_checked_together() {
    let unknown = check_cli(&[("a.toml", &offering("no-such-routine"))]);
    assert!(
        unknown
            .contains("a.toml:5:45: error: no bundled or user routine is called `no-such-routine`"),
        "{unknown}"
    );
    let bundled = check_cli(&[("a.toml", &offering("wall-ball-glute-standing"))]);
    assert!(
        bundled.ends_with("checked 1 file: 0 errors, 0 warnings\n"),
        "{bundled}"
    );
    let together = check_cli(&[("a.toml", &offering("b")), ("b.toml", &offering("a"))]);
    assert!(
        together.ends_with("checked 2 files: 0 errors, 0 warnings\n"),
        "{together}"
    );
}

#[test]
fn rate_pressure_takes_true_false_or_every_hold() {
    let with = |value: &str| {
        let text = format!(
            "format = 1\ntitle = \"x\"\n\n[safety]\nrate_pressure = {value}\npressure_cap = 5\n\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"20s\"\n"
        );
        let checked = routine::check_str(&text);
        let warnings = headlines(&checked, "r.toml", &text);
        (checked.routine.map(|r| r.safety.rate_pressure), warnings)
    };
    // `true` asks once per side now (review S13); the word keeps every hold.
    assert_eq!(with("true"), (Some(RatePressure::FirstOfEachSide), vec![]));
    assert_eq!(
        with("\"every-hold\""),
        (Some(RatePressure::EveryHold), vec![])
    );
    assert_eq!(
        with("false"),
        (
            Some(RatePressure::Never),
            vec!["r.toml:6:16: warning: `pressure_cap` without `rate_pressure = true`".to_owned()]
        )
    );
    let (routine, errors) = with("\"every\"");
    assert_eq!(routine, None);
    assert_eq!(
        errors,
        ["r.toml:5:17: error: wrong type: string \"every\", expected a boolean, or \"every-hold\""]
    );
}

#[test]
fn the_schema_offers_every_hold_beside_a_boolean() {
    let schema = routine::schema_json();
    assert!(schema.contains("\"every-hold\""), "{schema}");
}
