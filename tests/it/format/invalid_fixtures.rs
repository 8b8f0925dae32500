//! Broken routines, one problem per file in `tests/invalid/`.
//!
//! Each test pins, by hand, the first line a routine author sees
//! (`PATH:LINE:COL: error: message`) and the exact text the caret sits
//! under, then snapshots the whole plain rendering. Files that cannot be
//! committed sensibly (binary, huge) are generated here instead.

use std::fs;

use knead::routine::{self, Checked, MAX_BYTES};

use crate::support::diagnostics::{headlines, manifest_path};
use crate::support::routine_files::routine_ids;

/// The path a fixture is shown under, as `knead check` run from the crate
/// root would show it.
fn shown(name: &str) -> String {
    format!("tests/invalid/{name}.toml")
}

/// Every diagnostic in its full plain form, blank-line separated, as
/// `knead check --color never` prints them.
fn render_all(path: &str, text: &str, checked: &Checked) -> String {
    checked
        .diagnostics
        .iter()
        .map(|d| d.render(path, text, false))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Asserts that a file has exactly one problem, an error, reported first as
/// `headline` with its span covering exactly `at` (empty `at`: the file as a
/// whole, no location).
#[track_caller]
fn assert_one_problem(path: &str, text: &str, checked: &Checked, headline: &str, at: &str) {
    let rendered = render_all(path, text, checked);
    assert!(checked.routine.is_none(), "accepted:\n{rendered}");
    assert_eq!(
        checked.diagnostics.len(),
        1,
        "one problem, one message:\n{rendered}"
    );
    let diagnostic = &checked.diagnostics[0];
    assert!(diagnostic.is_error(), "{rendered}");
    assert_eq!(rendered.lines().next(), Some(headline), "\n{rendered}");
    assert_eq!(diagnostic.headline(path, text), headline);
    match &diagnostic.span {
        Some(span) => assert_eq!(widened(text, span), at, "caret\n{rendered}"),
        None => assert_eq!(at, "", "no location:\n{rendered}"),
    }
}

/// The text under a span, widened to whole characters: a span into bytes
/// that are not UTF-8 lands inside the replacement character shown for them.
fn widened<'a>(text: &'a str, span: &std::ops::Range<usize>) -> &'a str {
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}

/// One committed fixture: check it from disk and from bytes, pin its first
/// line and caret, and snapshot the whole message.
#[track_caller]
fn case(name: &str, headline: &str, at: &str) {
    let path = shown(name);
    let (text, checked) = routine::check_file(&manifest_path(&path));
    assert_one_problem(&path, &text, &checked, headline, at);
    let from_bytes = routine::check_bytes(text.as_bytes());
    assert_eq!(from_bytes.diagnostics, checked.diagnostics);
    insta::assert_snapshot!(name, render_all(&path, &text, &checked));
}

/// One generated fixture: written to a temporary file, checked from disk and
/// shown as `generated/NAME.toml`.
#[track_caller]
fn generated(name: &str, bytes: &[u8], headline: &str, at: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join(format!("{name}.toml"));
    fs::write(&file, bytes).expect("write fixture");
    let path = format!("generated/{name}.toml");
    let (text, checked) = routine::check_file(&file);
    assert_one_problem(&path, &text, &checked, headline, at);
    insta::assert_snapshot!(name, render_all(&path, &text, &checked));
}

macro_rules! fixtures {
    ($($test:ident: $name:literal => $headline:literal at $at:literal;)*) => {
        $(
            #[test]
            fn $test() {
                case($name, $headline, $at);
            }
        )*
        /// The fixtures the tests above cover.
        const COVERED: &[&str] = &[$($name),*];
    };
}

fixtures! {
    // Keys the format does not know.
    unknown_key_typo: "unknown-key-typo"
        => "tests/invalid/unknown-key-typo.toml:17:1: error: unknown key `duraton` in a step"
        at "duraton";
    unknown_key_top_level: "unknown-key-top-level"
        => "tests/invalid/unknown-key-top-level.toml:3:1: error: unknown key `colour` at the top level"
        at "colour";
    unknown_key_near_top_level: "unknown-key-near-top-level"
        => "tests/invalid/unknown-key-near-top-level.toml:3:1: error: unknown key `tool` at the top level"
        at "tool";
    steps_plural: "steps-plural"
        => "tests/invalid/steps-plural.toml:7:3: error: unknown key `steps` at the top level"
        at "steps";
    unknown_key_in_safety: "unknown-key-in-safety"
        => "tests/invalid/unknown-key-in-safety.toml:8:1: error: unknown key `stop_sign` in [safety]"
        at "stop_sign";
    unknown_key_in_breathing: "unknown-key-in-breathing"
        => "tests/invalid/unknown-key-in-breathing.toml:9:1: error: unknown key `exhail` in [breathing]"
        at "exhail";
    unknown_key_in_step_breathing: "unknown-key-in-step-breathing"
        => "tests/invalid/unknown-key-in-step-breathing.toml:16:1: error: unknown key `pause` in [step.breathing]"
        at "pause";
    unknown_key_with_escape: "unknown-key-with-escape"
        => "tests/invalid/unknown-key-with-escape.toml:3:1: error: unknown key `\\u{1b}[2Jwipe` at the top level"
        at "\"\\u001b[2Jwipe\"";

    // The top of the file.
    format_2: "format-2"
        => "tests/invalid/format-2.toml:1:10: error: format 2 is not supported"
        at "2";
    format_missing: "format-missing"
        => "tests/invalid/format-missing.toml:1:1: error: missing `format = 1`"
        at "title = \"Piriformis release with a ball\"";
    format_string: "format-string"
        => "tests/invalid/format-string.toml:1:10: error: wrong type: string \"1\", expected a whole number"
        at "\"1\"";
    missing_title: "missing-title"
        => "tests/invalid/missing-title.toml:1:1: error: missing `title`"
        at "format = 1";
    empty_title: "empty-title"
        => "tests/invalid/empty-title.toml:2:9: error: a routine title cannot be empty"
        at "\"\"";
    wrong_type_title: "wrong-type-title"
        => "tests/invalid/wrong-type-title.toml:2:9: error: wrong type: integer `42`, expected a string"
        at "42";
    summary_two_lines: "summary-two-lines"
        => "tests/invalid/summary-two-lines.toml:3:11: error: `summary` must be one line"
        at "\"\"\"Ease deep buttock tightness.\nThen rest.\"\"\"";
    areas_not_a_list: "areas-not-a-list"
        => "tests/invalid/areas-not-a-list.toml:3:9: error: wrong type: string \"glutes\", expected a list, like [\"a\", \"b\"]"
        at "\"glutes\"";
    rate_pressure_not_bool: "rate-pressure-not-bool"
        => "tests/invalid/rate-pressure-not-bool.toml:8:17: error: wrong type: string \"yes\", expected a boolean, or \"every-hold\""
        at "\"yes\"";
    breathing_phase_0s: "breathing-phase-0s"
        => "tests/invalid/breathing-phase-0s.toml:8:10: error: `inhale` must last 1s to 15s, not 0s"
        at "\"0s\"";
    breathing_hold_16s: "breathing-hold-16s"
        => "tests/invalid/breathing-hold-16s.toml:10:12: error: `hold_out` must last at most 15s, not 16s"
        at "\"16s\"";
    total_over_2h: "total-over-2h"
        => "tests/invalid/total-over-2h.toml:46:12: error: the routine passes 2 hours here (2h1m in all)"
        at "\"1m\"";

    // The keys added after the safety review.
    check_in_on_hold: "check-in-on-hold"
        => "tests/invalid/check-in-on-hold.toml:9:12: error: `check_in` is only allowed on setup, rest or breathe steps, not on a hold step"
        at "true";
    pressure_cap_11: "pressure-cap-11"
        => "tests/invalid/pressure-cap-11.toml:6:16: error: `pressure_cap` must be 0 to 10, not 11"
        at "11";
    screening_unknown_key: "screening-unknown-key"
        => "tests/invalid/screening-unknown-key.toml:6:57: error: unknown field `ofer`, expected one of `ask`, `offer`, `short`"
        at "ofer";
    screening_without_ask: "screening-without-ask"
        => "tests/invalid/screening-without-ask.toml:5:14: error: missing field `ask`"
        at "{ offer = \"wall-ball-glute-standing\" }";
    per_week_zero: "per-week-zero"
        => "tests/invalid/per-week-zero.toml:3:12: error: `per_week` must be 1 to 14, not 0"
        at "0";
    frequency_two_lines: "frequency-two-lines"
        => "tests/invalid/frequency-two-lines.toml:3:13: error: `frequency` must be one line"
        at "\"\"\"Once a day.\nSkip a day if still sore.\"\"\"";
    before_not_a_list: "before-not-a-list"
        => "tests/invalid/before-not-a-list.toml:3:10: error: wrong type: string \"Keep the ball off the spine.\", expected a list, like [\"a\", \"b\"]"
        at "\"Keep the ball off the spine.\"";

    // The list of steps.
    no_steps: "no-steps"
        => "tests/invalid/no-steps.toml:1:1: error: a routine needs at least one step"
        at "format = 1";
    step_not_a_table: "step-not-a-table"
        => "tests/invalid/step-not-a-table.toml:7:9: error: each step must be a table"
        at "\"hold\"";
    step_not_a_list: "step-not-a-list"
        => "tests/invalid/step-not-a-list.toml:7:8: error: `step` must be a list of steps"
        at "\"hold\"";
    step_without_kind: "step-without-kind"
        => "tests/invalid/step-without-kind.toml:7:1: error: a step needs a `kind`"
        at "[[step]]";
    unknown_kind: "unknown-kind"
        => "tests/invalid/unknown-kind.toml:8:8: error: unknown step kind `stretch`"
        at "\"stretch\"";
    unknown_kind_typo: "unknown-kind-typo"
        => "tests/invalid/unknown-kind-typo.toml:8:8: error: unknown step kind `hodl`"
        at "\"hodl\"";
    hold_without_title: "hold-without-title"
        => "tests/invalid/hold-without-title.toml:7:1: error: a hold step needs a `title`"
        at "[[step]]";
    empty_step_title: "empty-step-title"
        => "tests/invalid/empty-step-title.toml:9:9: error: a step title cannot be empty"
        at "\"   \"";

    // Keys on the wrong kind of step.
    unknown_side: "unknown-side"
        => "tests/invalid/unknown-side.toml:11:8: error: unknown side `middle`"
        at "\"middle\"";
    unknown_side_typo: "unknown-side-typo"
        => "tests/invalid/unknown-side-typo.toml:11:8: error: unknown side `lfet`"
        at "\"lfet\"";

    // Tools and areas outside the vocabularies (issue 19).
    unknown_tool_typo: "unknown-tool-typo"
        => "tests/invalid/unknown-tool-typo.toml:5:10: error: unknown tool `tenis ball`"
        at "\"tenis ball\"";
    unknown_tool: "unknown-tool"
        => "tests/invalid/unknown-tool.toml:5:10: error: unknown tool `kettlebell`"
        at "\"kettlebell\"";
    unknown_area_typo: "unknown-area-typo"
        => "tests/invalid/unknown-area-typo.toml:4:20: error: unknown area `lumbarr`"
        at "\"lumbarr\"";
    step_tool_not_listed: "step-tool-not-listed"
        => "tests/invalid/step-tool-not-listed.toml:12:10: error: this step uses `tennis ball`, which the routine's `tools` do not list"
        at "\"tennis ball\"";
    side_on_rest: "side-on-rest"
        => "tests/invalid/side-on-rest.toml:16:8: error: `side` is only allowed on setup, hold or roll steps, not on a rest step"
        at "\"left\"";
    find_spot_on_roll: "find-spot-on-roll"
        => "tests/invalid/find-spot-on-roll.toml:17:13: error: `find_spot` is only allowed on hold steps, not on a roll step"
        at "true";
    tempo_on_hold: "tempo-on-hold"
        => "tests/invalid/tempo-on-hold.toml:18:9: error: `tempo` is only allowed on roll steps, not on a hold step"
        at "\"3s\"";
    min_on_setup: "min-on-setup"
        => "tests/invalid/min-on-setup.toml:12:7: error: `min` is only allowed on hold steps, not on a setup step"
        at "\"10s\"";
    breaths_on_hold: "breaths-on-hold"
        => "tests/invalid/breaths-on-hold.toml:12:11: error: `breaths` is only allowed on breathe steps, not on a hold step"
        at "6";

    // How long and how often.
    hold_zero_seconds: "hold-zero-seconds"
        => "tests/invalid/hold-zero-seconds.toml:17:12: error: a hold step must last 5s to 10m, not 0s"
        at "\"0s\"";
    hold_over_10m: "hold-over-10m"
        => "tests/invalid/hold-over-10m.toml:11:12: error: a hold step must last 5s to 10m, not 11m"
        at "\"11m\"";
    hold_without_duration: "hold-without-duration"
        => "tests/invalid/hold-without-duration.toml:7:1: error: a hold step needs a `duration`"
        at "[[step]]";
    min_over_duration: "min-over-duration"
        => "tests/invalid/min-over-duration.toml:18:7: error: `min` (50s) is longer than `duration` (45s)"
        at "\"50s\"";
    max_under_duration: "max-under-duration"
        => "tests/invalid/max-under-duration.toml:19:7: error: `max` (40s) is shorter than `duration` (45s)"
        at "\"40s\"";
    repeat_500: "repeat-500"
        => "tests/invalid/repeat-500.toml:18:10: error: `repeat` must be 1 to 10, not 500"
        at "500";
    repeat_0: "repeat-0"
        => "tests/invalid/repeat-0.toml:18:10: error: `repeat` must be 1 to 10, not 0"
        at "0";
    roll_5s: "roll-5s"
        => "tests/invalid/roll-5s.toml:11:12: error: a roll step must last 10s to 10m, not 5s"
        at "\"5s\"";
    tempo_10m: "tempo-10m"
        => "tests/invalid/tempo-10m.toml:18:9: error: `tempo` must last 1s to 10s, not 10m"
        at "\"10m\"";
    setup_over_5m: "setup-over-5m"
        => "tests/invalid/setup-over-5m.toml:11:12: error: a setup step must last 1s to 5m, not 6m"
        at "\"6m\"";
    breathe_over_20m: "breathe-over-20m"
        => "tests/invalid/breathe-over-20m.toml:11:12: error: a breathe step must last 1s to 20m, not 21m"
        at "\"21m\"";
    breathe_without_length: "breathe-without-length"
        => "tests/invalid/breathe-without-length.toml:7:1: error: a breathe step needs `duration` or `breaths`"
        at "[[step]]";
    breaths_and_duration: "breaths-and-duration"
        => "tests/invalid/breaths-and-duration.toml:12:11: error: a breathe step takes `duration` or `breaths`, not both"
        at "6";
    breaths_61: "breaths-61"
        => "tests/invalid/breaths-61.toml:11:11: error: `breaths` must be 1 to 60, not 61"
        at "61";
    breaths_0: "breaths-0"
        => "tests/invalid/breaths-0.toml:11:11: error: `breaths` must be 1 to 60, not 0"
        at "0";
    breaths_over_20m: "breaths-over-20m"
        => "tests/invalid/breaths-over-20m.toml:11:11: error: 50 breaths take 25m; a breathe step lasts at most 20m"
        at "50";

    // How durations are written.
    negative_duration: "negative-duration"
        => "tests/invalid/negative-duration.toml:11:12: error: a duration cannot be negative"
        at "-30";
    fractional_duration: "fractional-duration"
        => "tests/invalid/fractional-duration.toml:11:12: error: durations are whole seconds: write 90 or \"1m30s\", not a fraction"
        at "45.5";
    fractional_duration_text: "fractional-duration-text"
        => "tests/invalid/fractional-duration-text.toml:11:12: error: \"2.5s\" is not a whole number of seconds: write whole units, like \"1m30s\""
        at "\"2.5s\"";
    duration_no_unit: "duration-no-unit"
        => "tests/invalid/duration-no-unit.toml:11:12: error: \"45\" has no unit: write \"45s\", or the number without quotes"
        at "\"45\"";
    duration_garbage: "duration-garbage"
        => "tests/invalid/duration-garbage.toml:11:12: error: \"a little while\" is not a duration: write it like \"45s\", \"2m\" or \"1m30s\""
        at "\"a little while\"";
    title_zero_width: "title-zero-width"
        => "tests/invalid/title-zero-width.toml:2:9: error: a routine title holds only invisible characters (zero-width or format characters), which show nothing"
        at "\"\u{200b}\u{2060}\u{feff}\"";
    duration_repeated_unit: "duration-repeated-unit"
        => "tests/invalid/duration-repeated-unit.toml:11:12: error: \"30s30s\" names `s` twice: write each unit once, like \"1m\""
        at "\"30s30s\"";
    duration_empty: "duration-empty"
        => "tests/invalid/duration-empty.toml:11:12: error: a duration cannot be empty: write it like \"45s\" or \"1m30s\""
        at "\"\"";
    duration_bool: "duration-bool"
        => "tests/invalid/duration-bool.toml:11:12: error: wrong type: boolean `true`, expected a duration such as \"45s\", \"1m30s\", or whole seconds"
        at "true";

    // Not a routine at all.
    empty_file: "empty-file"
        => "tests/invalid/empty-file.toml: error: the file is empty: a routine needs `format = 1`, a `title` and at least one `[[step]]` (try `knead new`)"
        at "";
    syntax_error: "syntax-error"
        => "tests/invalid/syntax-error.toml:2:40: error: invalid TOML: invalid basic string, expected `\"`"
        at "";
    duplicate_key: "duplicate-key"
        => "tests/invalid/duplicate-key.toml:3:1: error: invalid TOML: duplicate key"
        at "title";
    deeply_nested: "deeply-nested"
        => "tests/invalid/deeply-nested.toml:3:89: error: invalid TOML: cannot recurse further; max recursion depth met"
        at "[";
    deeply_nested_tables: "deeply-nested-tables"
        => "tests/invalid/deeply-nested-tables.toml:3:250: error: invalid TOML: cannot recurse further; max recursion depth met"
        at "{";
}

/// A header plus `count` valid rest steps, five lines each.
fn rest_steps(count: usize) -> String {
    let mut text = String::from("format = 1\ntitle = \"Many rests\"\n");
    for _ in 0..count {
        text.push_str("\n[[step]]\nkind = \"rest\"\ncue = \"Lie still.\"\nduration = 1\n");
    }
    text
}

#[test]
fn too_many_steps() {
    // Step 201 starts on line 3 + 200 * 5 + 1.
    generated(
        "too-many-steps",
        rest_steps(201).as_bytes(),
        "generated/too-many-steps.toml:1004:1: error: too many steps: this file has 201, a routine may have at most 200",
        "[[step]]",
    );
}

#[test]
fn two_hundred_steps_are_allowed() {
    let checked = routine::check_str(&rest_steps(200));
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    assert_eq!(checked.routine.map(|r| r.steps.len()), Some(200));
}

#[test]
fn nul_byte() {
    generated(
        "nul-byte",
        b"format = 1\ntitle = \"Nul\0here\"\n",
        "generated/nul-byte.toml:2:13: error: the file contains a NUL byte: is this a routine file?",
        "\0",
    );
}

#[test]
fn invalid_utf8() {
    // Latin-1 "é", as an old editor would save it; shown as U+FFFD.
    generated(
        "invalid-utf8",
        b"format = 1\ntitle = \"Caf\xe9\"\n",
        "generated/invalid-utf8.toml:2:13: error: not UTF-8 text: is this a routine file?",
        "\u{fffd}",
    );
}

#[test]
fn too_large() {
    let mut bytes = rest_steps(1).into_bytes();
    bytes.resize(usize::try_from(MAX_BYTES).expect("fits") + 1, b'\n');
    generated(
        "too-large",
        &bytes,
        "generated/too-large.toml: error: the file is larger than 1 MiB; routine files are limited to 1 MiB",
        "",
    );
}

#[test]
fn exactly_one_mebibyte_is_allowed() {
    let mut text = rest_steps(1);
    text.push('#');
    let size = usize::try_from(MAX_BYTES).expect("fits");
    text.extend(std::iter::repeat_n('x', size - text.len()));
    assert_eq!(text.len(), size);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("big.toml");
    fs::write(&file, &text).expect("write");
    let (_, checked) = routine::check_file(&file);
    assert!(checked.routine.is_some(), "{:?}", checked.diagnostics);
}

#[test]
fn exactly_two_hours_is_allowed() {
    let mut text = String::from("format = 1\ntitle = \"Long\"\n");
    for _ in 0..6 {
        text.push_str("\n[[step]]\nkind = \"breathe\"\ncue = \"Slowly.\"\nduration = \"20m\"\n");
    }
    let checked = routine::check_str(&text);
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let planned = checked.routine.map(|r| r.planned_time().as_secs());
    assert_eq!(planned, Some(2 * 60 * 60));
}

#[test]
fn windows_line_endings_are_shown_like_unix_ones() {
    let path = shown("hold-zero-seconds");
    let unix = fs::read_to_string(manifest_path(&path)).expect("fixture");
    let windows = unix.replace('\n', "\r\n");
    let expected = render_all(&path, &unix, &routine::check_str(&unix));
    let shown_windows = render_all(&path, &windows, &routine::check_str(&windows));
    assert_eq!(shown_windows, expected);
}

#[test]
fn a_lone_carriage_return_is_masked() {
    let text = "format = 1\ntitle = \"x\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold\"\ncue = \"x\"\nduration = \"0s\" # \rhidden\n";
    let checked = routine::check_str(text);
    let rendered = render_all("r.toml", text, &checked);
    assert!(!rendered.contains('\r'), "{rendered:?}");
    assert!(rendered.contains("# ?hidden"), "{rendered}");
}

#[test]
fn many_problems_are_all_reported_in_file_order() {
    let path = shown("many-problems");
    let (text, checked) = routine::check_file(&manifest_path(&path));
    assert!(checked.routine.is_none());
    let headlines = headlines(&checked, &path, &text);
    let p = "tests/invalid/many-problems.toml";
    assert_eq!(
        headlines,
        [
            format!("{p}:3:1: error: unknown key `colour` at the top level"),
            format!("{p}:9:10: error: `exhale` must last 1s to 15s, not 20s"),
            format!("{p}:15:1: error: unknown key `duraton` in a step"),
            format!(
                "{p}:21:12: error: \"forever\" is not a duration: write it like \"45s\", \"2m\" or \"1m30s\""
            ),
            format!("{p}:24:8: error: unknown step kind `strech`"),
            format!("{p}:34:9: error: `tempo` must last 1s to 10s, not 30s"),
            format!(
                "{p}:35:13: error: `find_spot` is only allowed on hold steps, not on a roll step"
            ),
            format!("{p}:44:1: error: unknown key `exhail` in [step.breathing]"),
        ]
    );
    let starts: Vec<usize> = checked
        .diagnostics
        .iter()
        .filter_map(|d| d.span.as_ref().map(|s| s.start))
        .collect();
    assert!(starts.is_sorted(), "{starts:?}");
    insta::assert_snapshot!("many-problems", render_all(&path, &text, &checked));
}

#[test]
fn every_fixture_file_has_a_test() {
    let on_disk: Vec<String> = routine_ids("tests/invalid")
        .into_iter()
        .filter(|name| name != "many-problems" && name != "every-type-error-in-a-step")
        .collect();
    let mut covered: Vec<String> = COVERED.iter().map(|s| (*s).to_owned()).collect();
    covered.sort();
    assert_eq!(on_disk, covered);
    assert!(covered.len() >= 32);
}

#[test]
fn a_misspelt_key_is_read_as_the_key_it_resembles() {
    // The typo is reported once, not again as a missing `duration`; the
    // value is still checked, so both of its problems show at once.
    let text = "format = 1\ntitle = \"x\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold\"\ncue = \"x\"\nduraton = \"0s\"\n";
    let checked = routine::check_str(text);
    let headlines = headlines(&checked, "r.toml", text);
    assert_eq!(
        headlines,
        [
            "r.toml:8:1: error: unknown key `duraton` in a step",
            "r.toml:8:11: error: a hold step must last 5s to 10m, not 0s",
        ]
    );
}

#[test]
fn a_misspelt_key_beside_the_real_one_is_only_reported() {
    let text = "format = 1\ntitle = \"x\"\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold\"\ncue = \"x\"\nduration = \"45s\"\nduraton = \"0s\"\n";
    let checked = routine::check_str(text);
    let messages: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(messages, ["unknown key `duraton` in a step"]);
}

#[test]
fn paths_are_escaped_in_headlines() {
    let text = "format = 2\ntitle = \"x\"\n";
    let checked = routine::check_str(text);
    let headline = checked.diagnostics[0].headline("\u{1b}[31mred\u{7}.toml", text);
    assert_eq!(
        headline,
        r#""\u{1b}[31mred\u{7}.toml":1:10: error: format 2 is not supported"#
    );
    let headline = checked.diagnostics[0].headline("a\nDONE: b.toml", text);
    assert_eq!(
        headline,
        r#""a\nDONE: b.toml":1:10: error: format 2 is not supported"#
    );
}

#[test]
fn every_wrong_type_in_a_step_is_reported_not_just_the_first() {
    let path = "tests/invalid/every-type-error-in-a-step.toml";
    let (text, checked) = routine::check_file(&manifest_path(path));
    let headlines = headlines(&checked, path, &text);
    assert_eq!(
        headlines,
        [
            format!(
                "{path}:6:12: error: \"forever\" is not a duration: write it like \"45s\", \"2m\" or \"1m30s\""
            ),
            format!("{path}:7:10: error: wrong type: string \"two\", expected a whole number"),
        ]
    );
}
