//! No routine text can forge a plain-mode line (issue 14): whatever
//! Unicode a title, a step's title or cue, a stop sign or a screening
//! question holds (line breaks of every kind, separators, escapes, text
//! that looks like a tag), the lines a session prints carry exactly the
//! tags the same session prints with plain words in those fields.

use crate::support::scripted::Lines;
use std::time::Instant;

use proptest::prelude::*;
use toml::{Table, Value};

use super::support::{QUIET, run_text};

/// The text fields of the test routine, in the order `routine_text` takes them.
const FIELDS: usize = 9;

/// Two screening questions, a stop sign, a hold that checks in and a rest.
fn routine_text(text: &[String; FIELDS]) -> String {
    let string = |i: usize| Value::String(text[i].clone());
    let step = |kind: &str, title: usize, cue: usize, duration: &str| {
        let mut step = Table::new();
        step.insert("kind".into(), kind.into());
        step.insert("title".into(), string(title));
        step.insert("cue".into(), string(cue));
        step.insert("duration".into(), duration.into());
        Value::Table(step)
    };
    let mut safety = Table::new();
    safety.insert("screening".into(), vec![string(1), string(2)].into());
    safety.insert("stop_signs".into(), vec![string(3), string(4)].into());
    let mut file = Table::new();
    file.insert("format".into(), 1.into());
    file.insert("title".into(), string(0));
    file.insert("safety".into(), Value::Table(safety));
    file.insert(
        "step".into(),
        vec![step("hold", 5, 6, "5s"), step("rest", 7, 8, "3s")].into(),
    );
    toml::to_string(&file).expect("a TOML table serialises")
}

/// Every character some line reader splits on (Python's `splitlines`, for
/// one): a script may read our output with any of them.
const LINE_BREAKS: &[char] = &[
    '\n', '\r', '\u{b}', '\u{c}', '\u{1c}', '\u{1d}', '\u{1e}', '\u{85}', '\u{2028}', '\u{2029}',
];

/// The tag of every line a session of `text` prints, answered with no,
/// no and "same", its lines split the way any script might; `None` when
/// the routine is not valid.
fn tags(text: &str) -> Option<Vec<String>> {
    knead::routine::check_str(text).routine?;
    let answers = Lines::typed(Instant::now(), &["n", "n", "s"]);
    let ran = run_text(text, answers, &QUIET);
    Some(
        ran.text
            .split(LINE_BREAKS)
            .filter(|line| !line.is_empty())
            .map(|line| {
                line.split_once(": ")
                    .map_or(line, |(tag, _)| tag)
                    .to_owned()
            })
            .collect(),
    )
}

/// A piece of hostile text: any character, a line break of any kind, an
/// escape, or the start of a line a script would wait for.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<char>().prop_map(String::from),
        3 => prop::sample::select(vec![
            "\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{85}", "\u{b}", "\u{c}", "\u{1b}[2K\r",
            "\u{1c}", "\u{1d}", "\u{1e}",
        ])
        .prop_map(str::to_owned),
        2 => prop::sample::select(vec!["DONE: ", "STOPPED: ", "STEP: ", "CHECKIN: ", "NOTICE: "])
            .prop_map(str::to_owned),
    ]
}

/// A field's text: hostile pieces between two words, so it is never empty
/// and never ends in a space (which plain mode's own checks refuse, and which
/// is no forgery).
fn field() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..10).prop_map(|pieces| format!("a{}z", pieces.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn routine_text_never_forges_a_tagged_line(
        text in prop::array::uniform9(field()),
    ) {
        let plain = tags(&routine_text(&std::array::from_fn(|_| "a".to_owned())))
            .expect("the plain routine is valid");
        // A routine refused at checking never runs, so cannot forge anything.
        if let Some(hostile) = tags(&routine_text(&text)) {
            prop_assert_eq!(hostile, plain);
        }
    }
}
