//! `knead history` in the person's time zone, through the binary: a session
//! at 23:30 UTC is the next day in Tokyo and the same day in New York, for
//! the table and for `--since`; JSON keeps UTC; `--utc`, an unknown zone,
//! `--limit`, `--reverse`, `--since 7d`, a CJK title, and `--view` in a pipe.

use std::path::Path;

use jiff::{SignedDuration, Timestamp};

use crate::support::journal_lines::{journal_text, session};
use crate::support::sandbox::Sandbox;
use crate::support::tools;

/// Tuesday 24 November 2026, 23:30 UTC: Wednesday 08:30 in Tokyo, Tuesday
/// 18:30 in New York.
const LATE: &str = "2026-11-24T23:30:00Z";

/// The zones these tests read live in Debian's `tzdata`.
fn zones_or_skip() -> bool {
    let found = ["Asia/Tokyo", "America/New_York"]
        .iter()
        .all(|zone| Path::new("/usr/share/zoneinfo").join(zone).exists());
    if !found {
        tools::skip("no time zone database in /usr/share/zoneinfo (Debian: tzdata)");
    }
    found
}

fn around_midnight() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.write_journal(&journal_text(&[
        session(
            "2026-11-24T12:00:00Z",
            "piriformis-tennis-ball",
            "Piriformis release with a ball",
        )
        .rated(&[4]),
        session(
            LATE,
            "piriformis-tennis-ball",
            "Piriformis release with a ball",
        )
        .rated(&[5]),
        session("2026-11-25T10:00:00Z", "nashijo", "梨状筋のボールほぐし").rated(&[3]),
        session(
            "2026-11-26T08:00:00Z",
            "foam-roll-glutes",
            "Foam roll the glutes",
        ),
    ]));
    sandbox
}

/// `knead history ARGS` with `TZ` set (or removed when `None`): stdout and stderr.
fn history(sandbox: &Sandbox, tz: Option<&str>, args: &[&str]) -> (String, String) {
    let mut command = sandbox.knead();
    command.arg("history").args(args);
    match tz {
        Some(tz) => command.env("TZ", tz),
        None => command.env_remove("TZ"),
    };
    let output = command.output().expect("knead history runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Whether the table has a Piriformis row that starts at `when`.
fn row_at(table: &str, when: &str) -> bool {
    table
        .lines()
        .any(|l| l.starts_with(when) && l.contains("Piriformis"))
}

fn json_count(sandbox: &Sandbox, tz: &str, args: &[&str]) -> usize {
    let (out, _) = history(sandbox, Some(tz), &[&["--json"], args].concat());
    let sessions: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    sessions.as_array().map_or(0, Vec::len)
}

#[test]
fn the_table_shows_the_persons_local_time() {
    if !zones_or_skip() {
        return;
    }
    let sandbox = around_midnight();
    let (tokyo, err) = history(&sandbox, Some("Asia/Tokyo"), &[]);
    assert_eq!(err, "");
    assert!(tokyo.starts_with("Date (Asia/Tokyo)"), "{tokyo}");
    assert!(row_at(&tokyo, "2026-11-25 08:30"), "{tokyo}");
    let (new_york, _) = history(&sandbox, Some("America/New_York"), &[]);
    assert!(
        new_york.starts_with("Date (America/New_York)"),
        "{new_york}"
    );
    assert!(row_at(&new_york, "2026-11-24 18:30"), "{new_york}");
    let (utc, _) = history(&sandbox, Some("Asia/Tokyo"), &["--utc"]);
    assert!(utc.starts_with("Date (UTC)"), "{utc}");
    assert!(row_at(&utc, "2026-11-24 23:30"), "{utc}");
}

#[test]
fn since_a_date_means_the_persons_midnight() {
    if !zones_or_skip() {
        return;
    }
    let sandbox = around_midnight();
    // From Wednesday: the late session is Wednesday in Tokyo, Tuesday in New York.
    assert_eq!(
        json_count(&sandbox, "Asia/Tokyo", &["--since", "2026-11-25"]),
        3
    );
    assert_eq!(
        json_count(&sandbox, "America/New_York", &["--since", "2026-11-25"]),
        2
    );
    assert_eq!(json_count(&sandbox, "UTC", &["--since", "2026-11-25"]), 2);
    // A timestamp keeps its own offset, whatever the zone.
    let exact = ["--since", LATE];
    assert_eq!(json_count(&sandbox, "Asia/Tokyo", &exact), 3);
    assert_eq!(json_count(&sandbox, "America/New_York", &exact), 3);
}

#[test]
fn json_and_csv_keep_utc_timestamps() {
    if !zones_or_skip() {
        return;
    }
    let sandbox = around_midnight();
    let (json, _) = history(&sandbox, Some("Asia/Tokyo"), &["--json"]);
    assert!(
        json.contains(r#""started": "2026-11-24T23:30:00Z""#),
        "{json}"
    );
    let (csv, _) = history(&sandbox, Some("America/New_York"), &["--csv"]);
    assert!(csv.contains(",2026-11-24T23:30:00Z,"), "{csv}");
}

#[test]
fn an_unknown_zone_falls_back_to_utc_and_says_so_once() {
    let sandbox = around_midnight();
    let (out, err) = history(&sandbox, Some("Nowhere/Atlantis"), &[]);
    assert!(out.starts_with("Date (UTC)"), "{out}");
    assert!(out.contains("2026-11-24 23:30"), "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("`Nowhere/Atlantis`") && err.contains("UTC"),
        "{err}"
    );
}

#[test]
fn a_cjk_title_keeps_its_row_aligned() {
    let sandbox = around_midnight();
    let (out, _) = history(&sandbox, Some("UTC"), &["--utc"]);
    let column = |line: &str, word: &str| {
        let at = line.find(word).expect("the word");
        unicode_width::UnicodeWidthStr::width(&line[..at])
    };
    let header = out.lines().next().expect("a header");
    let cjk = out
        .lines()
        .find(|l| l.contains("梨状筋"))
        .expect("the CJK row");
    let plain = out
        .lines()
        .find(|l| l.contains("Foam roll"))
        .expect("a row");
    assert_eq!(column(cjk, "nashijo"), column(header, "ID"), "{out}");
    assert_eq!(
        column(plain, "foam-roll-glutes"),
        column(header, "ID"),
        "{out}"
    );
    assert_eq!(
        column(cjk, "completed"),
        column(plain, "completed"),
        "{out}"
    );
}

#[test]
fn limit_reverse_and_since_7d() {
    let now = Timestamp::now();
    let ago = |days: i64| (now - SignedDuration::from_hours(24 * days)).to_string();
    let sandbox = Sandbox::new();
    sandbox.write_journal(&journal_text(&[
        session(&ago(10), "a", "Ten days ago"),
        session(&ago(5), "b", "Five days ago"),
        session(&ago(1), "c", "Yesterday"),
    ]));
    let titles = |args: &[&str]| {
        let (out, _) = history(&sandbox, Some("UTC"), args);
        ["Ten days ago", "Five days ago", "Yesterday"]
            .into_iter()
            .filter_map(|t| out.find(t).map(|at| (at, t)))
            .collect::<std::collections::BTreeMap<_, _>>()
            .into_values()
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&[]), ["Ten days ago", "Five days ago", "Yesterday"]);
    assert_eq!(
        titles(&["--reverse"]),
        ["Yesterday", "Five days ago", "Ten days ago"]
    );
    assert_eq!(titles(&["--limit", "2"]), ["Five days ago", "Yesterday"]);
    assert_eq!(titles(&["--limit", "1", "--reverse"]), ["Yesterday"]);
    assert_eq!(titles(&["--since", "7d"]), ["Five days ago", "Yesterday"]);
    assert_eq!(
        titles(&["--since", "2w", "--reverse"]),
        ["Yesterday", "Five days ago", "Ten days ago"]
    );
    let (out, _) = history(&sandbox, Some("UTC"), &["--limit", "1", "--json"]);
    assert!(
        out.contains("Yesterday") && !out.contains("Five days"),
        "{out}"
    );
}

#[test]
fn this_week_counts_against_per_week_in_the_footer() {
    let now = Timestamp::now();
    let sandbox = Sandbox::new();
    // Now is always in this week; piriformis-tennis-ball aims for 3 a week.
    sandbox.write_journal(&journal_text(&[
        session(
            &now.to_string(),
            "piriformis-tennis-ball",
            "Piriformis release with a ball",
        ),
        session(&now.to_string(), "my-own", "A routine with no aim"),
    ]));
    let (out, _) = history(&sandbox, Some("UTC"), &[]);
    let footer = out
        .split("This week (from Monday ")
        .nth(1)
        .expect("a footer");
    let line = |id: &str| {
        let line = footer.lines().find(|l| l.contains(id)).expect("a line");
        line.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    assert!(
        line("(piriformis-tennis-ball)").ends_with(") 1 of 3"),
        "{out}"
    );
    assert!(line("(my-own)").ends_with("(my-own) 1"), "{out}");
}

#[test]
fn view_in_a_pipe_prints_the_table() {
    let sandbox = around_midnight();
    let (out, err) = history(&sandbox, Some("UTC"), &["--view"]);
    assert!(out.starts_with("Date (UTC)"), "{out}");
    assert!(err.contains("--view needs a terminal"), "{err}");
}

#[test]
fn a_bad_limit_is_a_usage_error() {
    let sandbox = Sandbox::new();
    sandbox
        .knead()
        .args(["history", "--limit", "ten"])
        .assert()
        .code(2);
    sandbox
        .knead()
        .args(["history", "--view", "--json"])
        .assert()
        .code(2);
}

#[test]
fn a_posix_rule_in_tz_needs_no_database_and_utc_needs_no_warning() {
    let sandbox = around_midnight();
    let (out, err) = history(&sandbox, Some("JST-9"), &[]);
    assert_eq!(err, "");
    assert!(out.starts_with("Date (JST-9)"), "{out}");
    assert!(row_at(&out, "2026-11-25 08:30"), "{out}");
    for utc in ["UTC", "UTC0", ":Etc/UTC", ""] {
        let (out, err) = history(&sandbox, Some(utc), &[]);
        assert_eq!(err, "", "TZ={utc}");
        assert!(out.starts_with("Date (UTC)"), "TZ={utc}: {out}");
    }
}
