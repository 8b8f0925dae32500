//! `knead report` from a fabricated journal (`tests/fixtures/report-journal.jsonl`):
//! the page and the JSON as snapshots, in a fixed time zone at a fixed
//! moment, and the choices that narrow it.

use serde_json::Value;

use crate::support::sandbox::{Sandbox, quiet_stdout};

/// Central European time as a POSIX rule, so no zone database is needed.
const ZONE: &str = "CET-1CEST,M3.5.0,M10.5.0/3";

/// A Friday evening, in the fourth week of the journal.
const NOW: &str = "2026-11-27T18:00:00Z";

/// A sandbox whose journal is the fabricated one.
fn with_journal() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.write_journal(include_str!("../../fixtures/report-journal.jsonl"));
    sandbox
}

/// What `knead report ARGS --now NOW` printed; it must succeed quietly.
fn report(sandbox: &Sandbox, args: &[&str]) -> String {
    let mut command = sandbox.knead();
    command
        .env("TZ", ZONE)
        .arg("report")
        .args(args)
        .args(["--now", NOW]);
    quiet_stdout(command)
}

#[test]
fn the_page_from_a_fabricated_journal() {
    let page = report(&with_journal(), &["--html"]);
    assert!(page.contains("Times are local: CET (UTC+01 on 2026-11-27 19:00)."));
    // A title from the journal is text, never markup.
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Old&quot; routine"));
    for forbidden in ["<script", "<link", "<img", "src=", "http://", "https://"] {
        assert!(!page.contains(forbidden), "{forbidden}");
    }
    insta::assert_snapshot!("report_html", page);
}

#[test]
fn the_json_has_the_same_content() {
    let text = report(&with_journal(), &["--json"]);
    let json: Value = serde_json::from_str(&text).expect("JSON");
    let foam = &json["routines"][1];
    assert_eq!(foam["id"], "foam-roll-glutes");
    assert_eq!(foam["per_week"], 3);
    // 3 + 2 + 1 of 3 a week over three finished weeks; the preview not counted.
    assert_eq!(foam["adherence"], 66);
    assert_eq!(json["previews_left_out"], 1);
    assert_eq!(json["stops"].as_array().map(Vec::len), Some(4));
    assert_eq!(json["worse"].as_array().map(Vec::len), Some(3));
    assert_eq!(json["screening"][0]["group"], "caution");
    insta::assert_snapshot!("report_json", text);
}

#[test]
fn since_and_routine_narrow_the_report() {
    let text = report(
        &with_journal(),
        &[
            "--json",
            "--since",
            "2026-11-16",
            "--routine",
            "piriformis-tennis-ball",
        ],
    );
    let json: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(json["sessions"], 2);
    assert_eq!(json["routines"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        json["routines"][0]["weeks"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(json["stops"].as_array().map(Vec::len), Some(2));
}

#[test]
fn an_empty_journal_says_so() {
    let page = report(&Sandbox::new(), &["--html"]);
    assert!(page.contains("No sessions recorded in this range."));
    // Nothing ran, so nothing is said about how sessions ended.
    assert!(!page.contains("Every session ran to its end."), "{page}");
    assert!(!page.contains("<h2>Stops</h2>"), "{page}");
}

#[test]
fn a_format_is_required_and_bad_dates_are_clear() {
    let sandbox = with_journal();
    // Either format will do, and the error names both.
    sandbox
        .knead()
        .arg("report")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("<--html|--json>"));
    sandbox
        .knead()
        .args(["report", "--html", "--since", "last week"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("invalid --since `last week`"));
}

#[test]
fn a_bad_now_is_invalid_usage_named_as_such() {
    let output = with_journal()
        .knead()
        .args(["report", "--json", "--now", "yesterday"])
        .output()
        .expect("knead ran");
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("knead: error: invalid --now: ") && stderr.lines().count() == 1,
        "{stderr}"
    );
}

#[test]
fn control_characters_in_a_journal_title_never_reach_the_page() {
    let sandbox = Sandbox::new();
    let title = r"Gone\u001b[2J\u0007\u202eroutine\u009b31m";
    sandbox.write_journal(&format!(
        "{{\"at\":\"2026-11-03T07:30:00Z\",\"session\":\"20261103T073000Z-1-0\",\"event\":\"start\",\"routine\":\"gone\",\"title\":\"{title}\",\"hash\":\"sha256:feed\",\"planned_seconds\":60}}\n\
         {{\"at\":\"2026-11-03T07:30:20Z\",\"session\":\"20261103T073000Z-1-0\",\"event\":\"end\",\"outcome\":\"stopped_by_person\"}}\n"
    ));
    let page = report(&sandbox, &["--html"]);
    for forbidden in ['\u{1b}', '\u{7}', '\u{202e}', '\u{9b}'] {
        assert!(!page.contains(forbidden), "{forbidden:?} in the page");
    }
    assert!(page.contains("Goneroutine31m"), "{page}");
}
