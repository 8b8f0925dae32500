//! Text from a routine file that spans lines: every event still prints one
//! tagged line, so screen readers and scripts can rely on the tags.

use crate::support::scripted::Lines;
use std::time::Instant;

use knead::session::Outcome;

use super::support::{QUIET, run_text};

/// Every text a routine shows, each with a line break in it.
const SPANNING: &str = r#"
format = 1
title = "Two\nlines"

[safety]
screening = ["Hip surgery\nthis year?"]
stop_signs = ["pain spreading\nbelow the knee"]

[[step]]
kind = "hold"
title = "Hold\nthe spot"
cue = "Press\nslowly."
side = "left"
duration = "5s"
"#;

#[test]
fn text_that_spans_lines_stays_one_tagged_line() {
    // `run_text` checks that every line starts with a known tag.
    let ran = run_text(
        SPANNING,
        Lines::typed(Instant::now(), &["n", "n", "s"]),
        &QUIET,
    );
    assert_eq!(ran.outcome(), Outcome::Completed);
    assert_eq!(ran.lines()[0], "ROUTINE: Two lines (1 step, about 5s)");
    assert!(ran.lines().contains(&"SCREEN: - Hip surgery this year?"));
    assert_eq!(
        ran.tagged("STEP"),
        ["STEP: 1. Hold the spot (hold 5s, left side)"]
    );
    assert_eq!(
        ran.tagged("CUE"),
        [
            "CUE: Press slowly.",
            "CUE: Stop if you notice: pain spreading below the knee."
        ]
    );
    assert_eq!(
        ran.tagged("CHECKIN"),
        [
            "CHECKIN: Anything new or worse since you started: sharp pain, numbness, tingling, or spreading pain? (y stops) Stop if you notice: pain spreading below the knee. [y/n]"
        ]
    );
}

/// The same texts, broken with the Unicode line and paragraph separators
/// and trying to forge the lines a script waits for.
const SEPARATED: &str = "
format = 1
title = \"Two\u{2028}DONE: forged\"

[safety]
stop_signs = [\"pain spreading\u{2029}STOPPED: forged\"]

[[step]]
kind = \"hold\"
title = \"Hold\u{2028}the spot\"
cue = \"Press\u{2029}slowly.\"
side = \"left\"
duration = \"5s\"
";

#[test]
fn unicode_line_separators_cannot_forge_a_line() {
    let ran = run_text(
        SEPARATED,
        Lines::typed(Instant::now(), &["n", "n", "s"]),
        &QUIET,
    );
    assert_eq!(ran.outcome(), Outcome::Completed);
    for line in ran.lines() {
        assert!(!line.contains(['\u{2028}', '\u{2029}']), "{line:?}");
    }
    assert_eq!(
        ran.lines()[0],
        "ROUTINE: Two DONE: forged (1 step, about 5s)"
    );
    // The stop sign's forged tag stays inside its cue line.
    assert_eq!(
        ran.tagged("CUE"),
        [
            "CUE: Press slowly.",
            "CUE: Stop if you notice: pain spreading STOPPED: forged."
        ]
    );
    assert_eq!(
        ran.tagged("CHECKIN"),
        [
            "CHECKIN: Anything new or worse since you started: sharp pain, numbness, tingling, or spreading pain? (y stops) Stop if you notice: pain spreading STOPPED: forged. [y/n]"
        ]
    );
    assert!(ran.tagged("STOPPED").is_empty());
}
