//! `knead history`: filters and the three renderings, as snapshots.

use std::collections::HashMap;

use jiff::Timestamp;
use knead::journal::history::{self, Aims, Filter, HistoryFormat, Order, Perspective, Query};
use knead::journal::{self, SessionRecord};
use knead::local_time::Zone;

/// Friday 27 November 2026, noon UTC: the fixture's week started on the 23rd.
fn now() -> Timestamp {
    "2026-11-27T12:00:00Z".parse().expect("timestamp")
}

/// A filter as `--routine` and `--since` give it, read in UTC.
fn filter(routine: Option<&str>, since: Option<&str>) -> Result<Filter, history::HistoryError> {
    Filter::new(routine, since, &Zone::utc(), now())
}

fn report(
    records: Vec<SessionRecord>,
    query: &Query,
    format: HistoryFormat,
    aims: &Aims,
) -> String {
    let zone = Zone::utc();
    let perspective = Perspective {
        zone: &zone,
        now: now(),
        aims,
        columns: None,
    };
    history::report(records, query, format, perspective).expect("report")
}

fn only(filter: Filter) -> Query {
    Query {
        filter,
        ..Query::default()
    }
}

/// Seven sessions covering every outcome, one with a hostile title.
fn fixture() -> Vec<SessionRecord> {
    let (records, warnings) = journal::parse(include_bytes!("../../fixtures/journal.jsonl"));
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
    let filter = filter(Some("piriformis-tennis-ball"), None).expect("filter");
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
    let by_date = filter(None, Some("2026-11-24")).expect("filter");
    assert_eq!(routines(&fixture(), &by_date).len(), 3);
    // A session that started exactly at the moment given is included.
    let exact = filter(None, Some("2026-11-25T08:00:00Z")).expect("filter");
    assert_eq!(routines(&fixture(), &exact).len(), 2);
    let offset = filter(None, Some("2026-11-25T09:00:00+01:00")).expect("filter");
    assert_eq!(routines(&fixture(), &offset).len(), 2);
}

#[test]
fn filters_combine() {
    let filter = filter(Some("piriformis-tennis-ball"), Some("2026-11-22")).expect("filter");
    assert_eq!(
        routines(&fixture(), &filter),
        ["2026-11-24T21:15:00Z piriformis-tennis-ball"]
    );
}

#[test]
fn a_bad_since_is_a_clear_error() {
    let error = filter(None, Some("last tuesday")).expect_err("refused");
    insta::assert_snapshot!(error.to_string(), @"invalid --since `last tuesday`: expected a date such as 2026-11-01, a span back from today such as 7d or 2w, or a timestamp such as 2026-11-01T07:30:00Z");
}

#[test]
fn table() {
    insta::assert_snapshot!(history::render_table(&fixture(), &Zone::utc()));
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
    insta::assert_snapshot!(history::render_table(&[], &Zone::utc()), @"No sessions yet. Run a routine with `knead run <ROUTINE>` and it will show up here.");
    assert_eq!(history::render_json(&[]).expect("json"), "[]\n");
    insta::assert_snapshot!(history::render_csv(&[]).expect("csv"), @"session,started,ended,routine,title,hash,seconds,planned_seconds,outcome,steps,check_ins,pain_stops,pressure,post_check,preview");
}

#[test]
fn a_filter_that_matches_nothing_says_so() {
    let filter = filter(Some("no-such-routine"), None).expect("filter");
    let none = Aims::new();
    let text = report(
        fixture(),
        &only(filter.clone()),
        HistoryFormat::Table,
        &none,
    );
    assert_eq!(text, "No sessions match the filter.\n");
    let all = report(fixture(), &Query::default(), HistoryFormat::Table, &none);
    assert!(all.starts_with(&history::render_table(&fixture(), &Zone::utc())));
    let json = report(fixture(), &only(filter), HistoryFormat::Json, &none);
    assert_eq!(json, "[]\n");
    let since = filter_since("2026-11-26");
    let csv = report(fixture(), &only(since), HistoryFormat::Csv, &none);
    assert_eq!(csv.lines().count(), 2, "{csv}");
}

fn filter_since(since: &str) -> Filter {
    filter(None, Some(since)).expect("filter")
}

fn starts(records: &[SessionRecord]) -> Vec<String> {
    records.iter().map(|r| r.started.to_string()).collect()
}

#[test]
fn limit_keeps_the_most_recent_and_reverse_puts_the_newest_first() {
    let all = starts(&fixture());
    let last_two = Query {
        limit: Some(2),
        ..Query::default()
    };
    assert_eq!(starts(&last_two.apply(fixture())), all[4..]);
    let newest_first = Query {
        limit: Some(2),
        order: Order::NewestFirst,
        ..Query::default()
    };
    assert_eq!(
        starts(&newest_first.apply(fixture())),
        [all[5].clone(), all[4].clone()]
    );
    let reversed = Query {
        order: Order::NewestFirst,
        ..Query::default()
    };
    let mut expected = all.clone();
    expected.reverse();
    assert_eq!(starts(&reversed.apply(fixture())), expected);
    // The limit counts after the filter, and a large one keeps everything.
    let one_routine = Query {
        filter: filter(Some("piriformis-tennis-ball"), None).expect("filter"),
        limit: Some(1),
        ..Query::default()
    };
    assert_eq!(
        starts(&one_routine.apply(fixture())),
        ["2026-11-24T21:15:00Z"]
    );
    let many = Query {
        limit: Some(100),
        ..Query::default()
    };
    assert_eq!(starts(&many.apply(fixture())), all);
    let table = report(fixture(), &newest_first, HistoryFormat::Table, &Aims::new());
    let dates: Vec<&str> = table.lines().skip(1).take(2).map(|l| &l[..10]).collect();
    assert_eq!(dates, ["2026-11-26", "2026-11-25"], "{table}");
}

#[test]
fn since_7d_counts_back_whole_days() {
    // Seven days before Friday the 27th is Friday the 20th, from midnight.
    let week = filter_since("7d");
    assert_eq!(
        week.since.map(|t| t.to_string()).as_deref(),
        Some("2026-11-20T00:00:00Z")
    );
    assert_eq!(only(week).apply(fixture()).len(), 6);
    let three_days = filter_since("3d");
    assert_eq!(starts(&only(three_days).apply(fixture())).len(), 3);
}

#[test]
fn the_table_footer_counts_this_week_against_per_week() {
    let aims: Aims = HashMap::from([("piriformis-tennis-ball".to_owned(), 3)]);
    let table = report(fixture(), &Query::default(), HistoryFormat::Table, &aims);
    let footer = table.split("This week").nth(1).expect("a footer");
    insta::assert_snapshot!(footer);
    // Sessions hidden by --since still count for this week.
    let hidden = report(
        fixture(),
        &only(filter_since("2026-11-26")),
        HistoryFormat::Table,
        &aims,
    );
    assert!(hidden.contains("This week"), "{hidden}");
}

#[test]
fn times_are_the_persons_and_utc_on_request() {
    let tokyo = Zone::new(jiff::tz::TimeZone::fixed(jiff::tz::offset(9)));
    let table = history::render_table(&fixture(), &tokyo);
    // 2026-11-24 21:15 UTC is the 25th at 06:15 in Tokyo.
    assert!(table.contains("2026-11-25 06:15"), "{table}");
    assert!(table.starts_with("Date (local time)"), "{table}");
    let utc = history::render_table(&fixture(), &Zone::utc());
    assert!(utc.contains("2026-11-24 21:15"), "{utc}");
    // JSON and CSV keep UTC whatever the zone.
    let json = history::render_json(&fixture()).expect("json");
    assert!(json.contains("2026-11-24T21:15:00Z"), "{json}");
}

#[test]
fn a_cjk_title_keeps_its_row_aligned() {
    let text = String::from_utf8_lossy(include_bytes!("../../fixtures/journal.jsonl"))
        .replace("Piriformis release with a ball", "梨状筋のボールほぐし");
    let (records, _) = journal::parse(text.as_bytes());
    let table = history::render_table(&records, &Zone::utc());
    let column = |line: &str, word: &str| {
        let at = line.find(word).expect("the word");
        unicode_width::UnicodeWidthStr::width(&line[..at])
    };
    let header = table.lines().next().expect("a header");
    let rows: Vec<&str> = table
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(rows.iter().any(|r| r.contains("梨状筋")), "{table}");
    for (row, record) in rows.iter().zip(&records) {
        let id = format!("  {}  ", record.routine);
        assert_eq!(column(row, &id) + 2, column(header, "ID"), "{table}");
    }
}

#[test]
fn weeks_are_the_persons_monday_to_sunday() {
    use knead::journal::history::adherence::{Tally, per_week};
    // Sunday 22 November 2026, 23:30 UTC: already Monday the 23rd in Tokyo,
    // still Sunday in New York.
    let text = r#"{"at":"2026-11-22T23:30:00Z","session":"s1","event":"start","routine":"r","title":"R","hash":"sha256:00","planned_seconds":60}
{"at":"2026-11-22T23:31:00Z","session":"s1","event":"step","index":0,"kind":"rest","title":"Rest","planned_seconds":60,"seconds":60}
{"at":"2026-11-22T23:31:00Z","session":"s1","event":"end","outcome":"completed"}
"#;
    let (records, warnings) = journal::parse(text.as_bytes());
    assert_eq!(warnings, []);
    let zone = |hours| Zone::new(jiff::tz::TimeZone::fixed(jiff::tz::offset(hours)));
    let aims: Aims = HashMap::from([("r".to_owned(), 2)]);
    let this_week = |hours| {
        let tally = Tally::this_week(&records, &zone(hours), now());
        tally.adherence(["r"], &aims)[0].count()
    };
    assert_eq!(this_week(9), "1 of 2", "Tokyo");
    assert_eq!(this_week(-5), "0 of 2", "New York");
    let weeks = |hours| -> Vec<usize> {
        per_week(&records, &zone(hours), now(), 2)
            .iter()
            .map(|w| w.sessions)
            .collect()
    };
    assert_eq!(weeks(9), [0, 1]);
    assert_eq!(weeks(-5), [1, 0]);
}
