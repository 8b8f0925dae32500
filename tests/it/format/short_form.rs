//! A screening question's optional `short` form (issue 19): read into the
//! routine, checked like `ask`, warned when it saves no words, and claim-
//! checked like every text a person reads. Files without it keep working.

use knead::routine;

use crate::support::diagnostics::headlines;

fn file(question: &str) -> String {
    format!(
        "format = 1\ntitle = \"x\"\n\n[safety]\nscreening = [\n  {question},\n]\n\n[[step]]\nkind = \"rest\"\ncue = \"Rest.\"\nduration = \"20s\"\n"
    )
}

#[test]
fn a_short_form_is_read_with_its_question() {
    let text = file(
        r#"{ ask = "Is getting down to the floor hard for you today?", offer = "wall-ball-glute-standing", short = "floor hard today" }"#,
    );
    let checked = routine::check_str(&text);
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let routine = checked.routine.expect("valid");
    let question = &routine.safety.screening[0];
    assert_eq!(question.short.as_deref(), Some("floor hard today"));
    assert_eq!(question.offer.as_deref(), Some("wall-ball-glute-standing"));
    let plain = routine::check_str(&file(r#""Is your knee swollen today?""#));
    let routine = plain.routine.expect("valid");
    assert_eq!(routine.safety.screening[0].short, None);
}

#[test]
fn a_short_form_that_saves_no_words_is_a_located_warning() {
    let text = file(r#"{ ask = "Knee swollen?", short = "a knee that is swollen" }"#);
    let checked = routine::check_str(&text);
    assert!(checked.routine.is_some(), "a warning, not an error");
    assert_eq!(
        headlines(&checked, "r.toml", &text),
        ["r.toml:6:36: warning: `short` is not shorter than `ask`"]
    );
}

#[test]
fn an_empty_short_form_is_an_error_and_a_claim_in_one_is_a_warning() {
    let empty = file(r#"{ ask = "Is your knee swollen today?", short = " " }"#);
    let checked = routine::check_str(&empty);
    assert!(checked.routine.is_none());
    assert_eq!(
        headlines(&checked, "r.toml", &empty),
        ["r.toml:6:50: error: `short` cannot be empty"]
    );
    let claim =
        file(r#"{ ask = "Is your knee swollen and sore today?", short = "cures sciatica" }"#);
    let checked = routine::check_str(&claim);
    let lines = headlines(&checked, "r.toml", &claim);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("is a claim knead never makes")),
        "{lines:?}"
    );
}
