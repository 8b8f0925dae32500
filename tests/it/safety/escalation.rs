//! Promise 6: repeated reports escalate (docs/safety.md, "Escalation"). Journals are
//! fabricated as the JSON lines knead writes, read back with
//! `journal::parse`, and judged at a fixed clock; then the real binary shows
//! the notice before the screening.

use jiff::{SignedDuration, Timestamp};
use knead::journal::history::{Escalation, escalations};
use knead::journal::{self, SessionRecord};
use knead::local_time::Zone;

use super::runs::{BREATHING_ROUTINE, PRESSURE_ROUTINE, Ran};
use crate::support::sandbox::Sandbox;

const HOUR: i64 = 60 * 60;
const DAY: i64 = 24 * HOUR;

/// One past session: its routine, how long ago it started (seconds), how
/// it ended, and the post-session answer, if any.
struct Past {
    routine: &'static str,
    ago: i64,
    outcome: &'static str,
    post: Option<&'static str>,
}

/// A session stopped for pain at a check-in.
fn pain_stop(routine: &'static str, ago: i64) -> Past {
    Past {
        routine,
        ago,
        outcome: "stopped_for_safety",
        post: None,
    }
}

/// A completed session answered "better", "same" or "worse" afterwards.
fn felt(routine: &'static str, ago: i64, post: &'static str) -> Past {
    Past {
        routine,
        ago,
        outcome: "completed",
        post: Some(post),
    }
}

/// Some other way a session ended, no pain reported.
fn ended(routine: &'static str, ago: i64, outcome: &'static str) -> Past {
    Past {
        routine,
        ago,
        outcome,
        post: None,
    }
}

fn at(now: Timestamp, ago: i64, after: i64) -> Timestamp {
    now.checked_sub(SignedDuration::from_secs(ago - after))
        .expect("a time in range")
}

/// The journal lines these sessions would have left, oldest first.
fn journal_text(now: Timestamp, sessions: &[Past]) -> String {
    let mut text = String::new();
    for (n, past) in sessions.iter().enumerate() {
        let id = format!("S{n}");
        let line = |after: i64, event: String| {
            format!(
                "{{\"at\":\"{}\",\"session\":\"{id}\",{event}}}\n",
                at(now, past.ago, after)
            )
        };
        text += &line(
            0,
            format!(
                "\"event\":\"start\",\"routine\":\"{}\",\"title\":\"T\",\"hash\":\"sha256:00\",\"planned_seconds\":600",
                past.routine
            ),
        );
        text += &line(10, "\"event\":\"screening\",\"answer\":\"no\"".into());
        if past.outcome == "stopped_for_safety" {
            text += &line(
                60,
                "\"event\":\"check_in\",\"step\":1,\"point\":\"end\",\"answer\":\"yes\"".into(),
            );
        }
        text += &line(
            70,
            format!("\"event\":\"end\",\"outcome\":\"{}\"", past.outcome),
        );
        if let Some(post) = past.post {
            text += &line(
                80,
                format!("\"event\":\"post_check\",\"answer\":\"{post}\""),
            );
        }
    }
    text
}

/// The fixed clock of the unit cases.
fn now() -> Timestamp {
    "2026-03-20T12:00:00Z".parse().expect("a timestamp")
}

fn records(sessions: &[Past]) -> Vec<SessionRecord> {
    let text = journal_text(now(), sessions);
    let (records, warnings) = journal::parse(text.as_bytes());
    assert_eq!(warnings, [], "{text}");
    assert_eq!(records.len(), sessions.len());
    records
}

/// The escalations before a session of `routine` (a pressure routine or not).
fn judged(sessions: &[Past], routine: &str, pressure: bool) -> Vec<Escalation> {
    escalations(&records(sessions), routine, pressure, now(), &Zone::utc())
}

#[test]
fn two_pain_stops_on_one_routine_within_14_days() {
    let two = [pain_stop("R", 13 * DAY + 23 * HOUR), pain_stop("R", DAY)];
    assert_eq!(judged(&two, "R", true), [Escalation::RoutinePainStops]);
    assert_eq!(judged(&two, "R", false), [Escalation::RoutinePainStops]);
    // Both on the same day count too.
    let same_day = [pain_stop("R", 3 * HOUR), pain_stop("R", 2 * HOUR)];
    assert_eq!(judged(&same_day, "R", true), [Escalation::RoutinePainStops]);
}

#[test]
fn no_routine_escalation_for_stops_15_days_apart_or_on_another_routine() {
    let apart = [pain_stop("R", 16 * DAY), pain_stop("R", DAY)];
    assert_eq!(judged(&apart, "R", true), []);
    // Just over 14 days apart is not within 14 days.
    let just_over = [pain_stop("R", 14 * DAY + HOUR), pain_stop("R", HOUR)];
    assert_eq!(judged(&just_over, "R", true), []);
    let old = [pain_stop("R", 20 * DAY), pain_stop("R", 15 * DAY)];
    assert_eq!(judged(&old, "R", true), []);
    let elsewhere = [pain_stop("Other", 2 * DAY), pain_stop("Other", DAY)];
    assert_eq!(judged(&elsewhere, "R", true), []);
    assert_eq!(
        judged(&elsewhere, "Other", true),
        [Escalation::RoutinePainStops]
    );
    let one_each = [pain_stop("Other", 2 * DAY), pain_stop("R", DAY)];
    assert_eq!(judged(&one_each, "R", true), []);
}

#[test]
fn only_pain_stops_count_as_pain_stops() {
    for outcome in [
        "stopped_by_person",
        "unanswered",
        "interrupted",
        "stopped_at_screening",
        "completed",
    ] {
        let sessions = [
            ended("R", 3 * DAY, outcome),
            ended("R", 2 * DAY, outcome),
            ended("R", DAY, outcome),
        ];
        assert_eq!(judged(&sessions, "R", true), [], "{outcome}");
    }
}

#[test]
fn pain_stops_on_three_days_of_30_lock_out_pressure_routines_only() {
    let three_days = [
        pain_stop("A", 29 * DAY),
        pain_stop("B", 20 * DAY),
        pain_stop("C", 15 * DAY),
    ];
    // 29, 20 and 15 days ago fall in weeks 4, 2 and 2: not three weeks.
    assert_eq!(
        judged(&three_days, "D", true),
        [Escalation::FrequentPainStops]
    );
    // A breathing-only routine presses nothing, so it stays open.
    assert_eq!(judged(&three_days, "D", false), []);
}

#[test]
fn no_frequent_escalation_for_three_stops_on_one_day_or_outside_30_days() {
    let same_day = [
        pain_stop("A", 3 * HOUR),
        pain_stop("B", 2 * HOUR),
        pain_stop("C", HOUR),
    ];
    assert_eq!(judged(&same_day, "D", true), []);
    let one_too_old = [
        pain_stop("A", 30 * DAY + HOUR),
        pain_stop("B", 2 * DAY),
        pain_stop("C", DAY),
    ];
    assert_eq!(judged(&one_too_old, "D", true), []);
}

#[test]
fn reports_in_three_different_weeks_of_six_are_persistent() {
    let weeks = [
        pain_stop("A", 41 * DAY),
        felt("B", 9 * DAY, "worse"),
        pain_stop("C", 2 * DAY),
    ];
    assert_eq!(judged(&weeks, "D", true), [Escalation::Persistent]);
    // Also before a breathing routine: it is advice, not a lock.
    assert_eq!(judged(&weeks, "D", false), [Escalation::Persistent]);
    // Two weeks are not enough, and older reports do not count.
    assert_eq!(judged(&weeks[1..], "D", true), []);
    let too_old = [
        pain_stop("A", 42 * DAY + HOUR),
        felt("B", 9 * DAY, "worse"),
        pain_stop("C", 2 * DAY),
    ];
    assert_eq!(judged(&too_old, "D", true), []);
}

#[test]
fn three_worse_answers_in_a_row_are_persistent() {
    let worse = [
        felt("A", 3 * DAY, "worse"),
        felt("A", 2 * DAY, "worse"),
        felt("A", DAY, "worse"),
    ];
    assert_eq!(judged(&worse, "A", true), [Escalation::Persistent]);
    // Only answers of the last six weeks count.
    let old = [
        felt("A", 42 * DAY + HOUR, "worse"),
        felt("A", 2 * DAY, "worse"),
        felt("A", DAY, "worse"),
    ];
    assert_eq!(judged(&old, "A", true), []);
    let broken = [
        felt("A", 4 * DAY, "worse"),
        felt("A", 3 * DAY, "better"),
        felt("A", 2 * DAY, "worse"),
        felt("A", DAY, "worse"),
    ];
    assert_eq!(judged(&broken, "A", true), []);
    let recovered = [
        felt("A", 3 * DAY, "worse"),
        felt("A", 2 * DAY, "worse"),
        felt("A", DAY, "same"),
    ];
    assert_eq!(judged(&recovered, "A", true), []);
}

#[test]
fn every_rule_at_once() {
    let all = [
        pain_stop("R", 20 * DAY),
        pain_stop("R", 9 * DAY),
        pain_stop("R", 2 * DAY),
    ];
    assert_eq!(
        judged(&all, "R", true),
        [
            Escalation::RoutinePainStops,
            Escalation::FrequentPainStops,
            Escalation::Persistent
        ]
    );
}

/// Runs `routine` in a sandbox whose journal holds these sessions, relative
/// to the real clock; input ends at the screening.
fn run_after(sessions: &[Past], routine: &str) -> Ran {
    let sandbox = Sandbox::new();
    sandbox.write_journal(&journal_text(Timestamp::now(), sessions));
    let ran = sandbox.run(routine, "");
    assert_eq!(ran.code, Some(3), "{}{}", ran.stdout, ran.stderr);
    ran
}

#[track_caller]
fn assert_shown_before_screening(ran: &Ran, escalation: Escalation) {
    let Some(at) = ran.notice(escalation.notice()) else {
        panic!("no {escalation:?} notice:\n{}", ran.stdout);
    };
    assert!(
        at < ran.first_screen(),
        "{escalation:?} after the screening"
    );
}

#[track_caller]
fn assert_not_shown(ran: &Ran, escalation: Escalation) {
    assert_eq!(ran.notice(escalation.notice()), None, "{}", ran.stdout);
}

#[test]
fn the_binary_shows_the_routine_escalation_before_the_screening() {
    let stops = [
        pain_stop(PRESSURE_ROUTINE, 3 * DAY),
        pain_stop(PRESSURE_ROUTINE, DAY),
    ];
    let ran = run_after(&stops, PRESSURE_ROUTINE);
    assert_shown_before_screening(&ran, Escalation::RoutinePainStops);
    let other = run_after(&stops, "gentle-flare-up");
    assert_not_shown(&other, Escalation::RoutinePainStops);
    // Only the session notice and how to stop.
    assert_eq!(other.tagged("NOTICE").len(), 2, "{}", other.stdout);
}

#[test]
fn the_binary_shows_the_frequent_escalation_before_pressure_routines_only() {
    let stops = [
        pain_stop("a", 10 * DAY),
        pain_stop("b", 9 * DAY),
        pain_stop("c", 8 * DAY),
    ];
    let ran = run_after(&stops, PRESSURE_ROUTINE);
    assert_shown_before_screening(&ran, Escalation::FrequentPainStops);
    let breathing = run_after(&stops, BREATHING_ROUTINE);
    assert_not_shown(&breathing, Escalation::FrequentPainStops);
}

#[test]
fn the_binary_shows_the_persistent_escalation_before_the_screening() {
    let worse = [
        felt("a", 3 * DAY, "worse"),
        felt("b", 2 * DAY, "worse"),
        felt("c", DAY, "worse"),
    ];
    for routine in [PRESSURE_ROUTINE, BREATHING_ROUTINE] {
        let ran = run_after(&worse, routine);
        assert_shown_before_screening(&ran, Escalation::Persistent);
        assert_not_shown(&ran, Escalation::FrequentPainStops);
    }
}

#[test]
fn the_binary_shows_every_escalation_that_applies() {
    let stops = [
        pain_stop(PRESSURE_ROUTINE, 20 * DAY),
        pain_stop(PRESSURE_ROUTINE, 9 * DAY),
        pain_stop(PRESSURE_ROUTINE, 2 * DAY),
    ];
    let ran = run_after(&stops, PRESSURE_ROUTINE);
    for escalation in [
        Escalation::RoutinePainStops,
        Escalation::FrequentPainStops,
        Escalation::Persistent,
    ] {
        assert_shown_before_screening(&ran, escalation);
    }
}

#[test]
fn the_three_days_are_the_persons_days() {
    let zone = |hours| Zone::new(jiff::tz::TimeZone::fixed(jiff::tz::offset(hours)));
    // 2026-03-18 23:30 and 12:00 UTC, and 2026-03-10 10:00 UTC: two UTC days,
    // but 23:30 UTC is already the 19th in Tokyo, and still the 18th in New York.
    let at = |stamp: &str| {
        let started: Timestamp = stamp.parse().expect("a timestamp");
        pain_stop("A", now().as_second() - started.as_second())
    };
    let stops = [
        at("2026-03-10T10:00:00Z"),
        at("2026-03-18T12:00:00Z"),
        at("2026-03-18T23:30:00Z"),
    ];
    let judged_in = |hours| escalations(&records(&stops), "D", true, now(), &zone(hours));
    assert_eq!(judged_in(9), [Escalation::FrequentPainStops], "Tokyo");
    assert_eq!(judged_in(0), [], "UTC");
    assert_eq!(judged_in(-4), [], "New York");
}

#[test]
fn the_binary_counts_pain_stop_days_in_the_persons_zone() {
    let zones = ["Asia/Tokyo", "America/New_York"];
    if !zones
        .iter()
        .all(|z| std::path::Path::new("/usr/share/zoneinfo").join(z).exists())
    {
        crate::support::tools::skip(
            "no time zone database in /usr/share/zoneinfo (Debian: tzdata)",
        );
        return;
    }
    // Six days ago at 12:00 and 23:30 UTC, and eleven days ago at 10:00 UTC:
    // two UTC days and two New York days, but three Tokyo days (23:30 UTC
    // is already the next morning there).
    let today = Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let day = |back: i64, time: &str| -> Timestamp {
        let date = today - jiff::Span::new().days(back);
        format!("{date}T{time}Z").parse().expect("a timestamp")
    };
    let stops: Vec<Past> = [day(11, "10:00:00"), day(6, "12:00:00"), day(6, "23:30:00")]
        .into_iter()
        .zip(["a", "b", "c"])
        .map(|(at, routine)| pain_stop(routine, Timestamp::now().as_second() - at.as_second()))
        .collect();
    for (tz, expected) in [
        ("Asia/Tokyo", true),
        ("America/New_York", false),
        ("UTC", false),
    ] {
        let sandbox = Sandbox::new();
        sandbox.write_journal(&journal_text(Timestamp::now(), &stops));
        let output = sandbox
            .run_fast(PRESSURE_ROUTINE, "")
            .env("TZ", tz)
            .output()
            .expect("knead runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let shown = stdout.contains(Escalation::FrequentPainStops.notice());
        assert_eq!(shown, expected, "TZ={tz}:\n{stdout}");
    }
}

/// Review M7: stops count by body area (the standing wall-ball routine on
/// the same buttock), and the notice asks whether a GP or physio has been
/// seen since; "no" means the light routines only, remembered until "yes".
#[test]
fn m7_pain_stops_in_the_same_area_ask_whether_a_clinician_was_seen() {
    let stops = [
        pain_stop("piriformis-tennis-ball", 3 * DAY),
        pain_stop("piriformis-tennis-ball", DAY),
    ];
    let sandbox = Sandbox::new();
    sandbox.remember_conditions(&[]);
    sandbox.write_journal(&journal_text(Timestamp::now(), &stops));
    let ran = sandbox.run("wall-ball-glute-standing", "n\nn\n");
    assert!(
        ran.notice(Escalation::RoutinePainStops.notice()).is_some(),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains(knead::safety::SEEN_QUESTION),
        "{}",
        ran.stdout
    );
    assert!(!ran.stdout.contains("STEP:"), "{}", ran.stdout);
    // Remembered, and asked each time until "yes": a light routine runs, a
    // pressure routine does not, with no stops left in the journal.
    sandbox.write_journal("");
    let light = sandbox.run("gentle-flare-up", "n\nn\n");
    assert!(light.stdout.contains("STEP: 1."), "{}", light.stdout);
    let firm = sandbox.run("piriformis-tennis-ball", "n\nn\n");
    assert!(!firm.stdout.contains("STEP:"), "{}", firm.stdout);
    // Once seen, the limit goes.
    let seen = sandbox.run("piriformis-tennis-ball", "n\ny\n");
    assert!(seen.stdout.contains("STEP: 1."), "{}", seen.stdout);
}
