//! `knead history`: filters and the three renderings, as snapshots.

use knead::journal::history::{self, Filter, Format};
use knead::journal::{self, SessionRecord};

/// Seven sessions covering every outcome, one with a hostile title.
fn fixture() -> Vec<SessionRecord> {
    let (records, warnings) = journal::parse(include_bytes!("../fixtures/journal.jsonl"));
    assert_eq!(warnings, []);
    records
}

fn routines(records: &[SessionRecord], filter: &Filter) -> Vec<String> {
    records
        .iter()
        .filter(|r| filter.matches(r))
        .map(|r| format!("{} {}", r.started, r.routine))
        .collect()
}

#[test]
fn the_fixture_reads_oldest_first() {
    let starts: Vec<String> = fixture().iter().map(|r| r.started.to_string()).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    assert_eq!(starts.len(), 6);
}

#[test]
fn filter_by_routine() {
    let filter = Filter::new(Some("piriformis-tennis-ball"), None).expect("filter");
    assert_eq!(
        routines(&fixture(), &filter),
        [
            "2026-11-21T07:30:00Z piriformis-tennis-ball",
            "2026-11-24T21:15:00Z piriformis-tennis-ball"
        ]
    );
}

#[test]
fn filter_since_a_date_or_a_timestamp() {
    let by_date = Filter::new(None, Some("2026-11-24")).expect("filter");
    assert_eq!(routines(&fixture(), &by_date).len(), 3);
    // A session that started exactly at the moment given is included.
    let exact = Filter::new(None, Some("2026-11-25T08:00:00Z")).expect("filter");
    assert_eq!(routines(&fixture(), &exact).len(), 2);
    let offset = Filter::new(None, Some("2026-11-25T09:00:00+01:00")).expect("filter");
    assert_eq!(routines(&fixture(), &offset).len(), 2);
}

#[test]
fn filters_combine() {
    let filter = Filter::new(Some("piriformis-tennis-ball"), Some("2026-11-22")).expect("filter");
    assert_eq!(
        routines(&fixture(), &filter),
        ["2026-11-24T21:15:00Z piriformis-tennis-ball"]
    );
}

#[test]
fn a_bad_since_is_a_clear_error() {
    let error = Filter::new(None, Some("last tuesday")).expect_err("refused");
    insta::assert_snapshot!(error.to_string(), @"invalid --since `last tuesday`: expected a date such as 2026-11-01 or a timestamp such as 2026-11-01T07:30:00Z");
}

#[test]
fn table() {
    insta::assert_snapshot!(history::render_table(&fixture()));
}

#[test]
fn json() {
    insta::assert_snapshot!(history::render_json(&fixture()).expect("json"));
}

#[test]
fn csv() {
    insta::assert_snapshot!(history::render_csv(&fixture()).expect("csv"));
}

#[test]
fn csv_reads_back_with_the_same_cells() {
    let text = history::render_csv(&fixture()).expect("csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let titles: Vec<String> = reader
        .records()
        .map(|row| row.expect("a valid row")[4].to_string())
        .collect();
    assert_eq!(titles[4], r#"Wall ball, "standing" glute"#);
}

#[test]
fn an_empty_history_is_a_friendly_line() {
    insta::assert_snapshot!(history::render_table(&[]), @"No sessions yet. Run a routine with `knead run <ROUTINE>` and it will show up here.");
    assert_eq!(history::render_json(&[]).expect("json"), "[]\n");
    insta::assert_snapshot!(history::render_csv(&[]).expect("csv"), @"session,started,ended,routine,title,hash,seconds,planned_seconds,outcome,steps,check_ins,pain_stops,pressure,post_check,preview");
}

#[test]
fn a_filter_that_matches_nothing_says_so() {
    let filter = Filter::new(Some("no-such-routine"), None).expect("filter");
    let text = history::report(fixture(), &filter, Format::Table).expect("report");
    assert_eq!(text, "No sessions match the filter.\n");
    let all = history::report(fixture(), &Filter::default(), Format::Table).expect("report");
    assert_eq!(all, history::render_table(&fixture()));
    let json = history::report(fixture(), &filter, Format::Json).expect("report");
    assert_eq!(json, "[]\n");
    let since = Filter::new(None, Some("2026-11-26")).expect("filter");
    let csv = history::report(fixture(), &since, Format::Csv).expect("report");
    assert_eq!(csv.lines().count(), 2, "{csv}");
}
