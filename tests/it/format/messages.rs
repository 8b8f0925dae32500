//! Clear messages for routine authors (issue 14): every problem located,
//! in the author's words, with nothing hidden and nothing forged.

use knead::routine;

use crate::support::diagnostics::headlines;

/// The headlines of checking `text` as `r.toml`.
fn check(text: &str) -> Vec<String> {
    headlines(&routine::check_str(text), "r.toml", text)
}

/// A valid routine whose one step lasts `duration` (TOML value as written).
fn with_duration(duration: &str) -> String {
    format!(
        "format = 1\ntitle = \"t\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"h\"\ncue = \"c\"\nduration = {duration}\n"
    )
}

#[test]
fn a_key_nested_too_deeply_is_located() {
    let text = format!("format = 1\ntitle = \"t\"\n{}b = 1\n", "a.".repeat(100));
    assert_eq!(
        check(&text),
        ["r.toml:3:1: error: invalid TOML: a dotted key with more than 80 parts"]
    );
}

#[test]
fn fractional_durations_are_refused_with_the_whole_unit_form() {
    assert_eq!(
        check(&with_duration("\"1.5m\"")),
        [
            "r.toml:8:12: error: \"1.5m\" has a fraction: durations are written in whole units; write \"1m30s\""
        ]
    );
    assert_eq!(
        check(&with_duration("\"0.1h\"")),
        [
            "r.toml:8:12: error: \"0.1h\" has a fraction: durations are written in whole units; write \"6m\""
        ]
    );
}

#[test]
fn a_huge_integer_is_never_called_an_i128() {
    for value in ["18446744073709551616", "-18446744073709551617"] {
        let shown = check(&with_duration(value)).join("\n");
        assert!(
            !shown.contains("i128") && shown.contains("r.toml:8:12: error"),
            "{shown}"
        );
    }
    let text =
        with_duration("\"30s\"").replace("[[step]]", "[[step]]\nrepeat = 99999999999999999999");
    let shown = check(&text).join("\n");
    assert!(!shown.contains("i128"), "{shown}");
}

#[test]
fn an_invisible_character_in_a_key_is_shown() {
    let text = "format = 1\n\"title\u{200b}\" = \"t\"\n";
    let checked = routine::check_str(text);
    let first = &checked.diagnostics[0];
    assert_eq!(
        first.message,
        "unknown key `title\\u{200b}` at the top level"
    );
    assert_eq!(first.help.as_deref(), Some("did you mean `title`?"));
    assert!(
        first
            .render("r.toml", text, false)
            .contains("\"title???\" = \"t\"")
    );
}

#[test]
fn a_file_with_only_the_format_reports_the_title_and_the_steps() {
    assert_eq!(
        check("format = 1\n"),
        [
            "r.toml:1:1: error: missing `title`",
            "r.toml:1:1: error: a routine needs at least one step"
        ]
    );
}

#[test]
fn a_byte_order_mark_does_not_shift_columns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bom.toml");
    std::fs::write(&path, "\u{feff}titl = 3\n").expect("written");
    let (text, checked) = routine::check_file(&path);
    let shown = headlines(&checked, "bom.toml", &text);
    assert_eq!(
        shown[0],
        "bom.toml:1:1: error: unknown key `titl` at the top level"
    );
    assert!(
        shown.contains(&"bom.toml:1:8: error: wrong type: integer `3`, expected a string".into()),
        "{shown:?}"
    );
}
