//! `knead history --view` in a pseudo-terminal: the chart and the table
//! show, the keys scroll, and `q` gives the shell its terminal back.

use jiff::{SignedDuration, Timestamp};

use super::Knead;
use crate::support::journal_lines::{journal_text, session};

/// A journal of a session a day for the last 30 days, written in `dir`;
/// when the oldest started, as the view shows it in UTC.
fn daily_journal(dir: &std::path::Path) -> String {
    let now = Timestamp::now();
    let oldest = (now - SignedDuration::from_hours(24 * 30))
        .strftime("%Y-%m-%d %H:%M")
        .to_string();
    let sessions: Vec<_> = (1..=30)
        .rev()
        .map(|days| {
            let at = (now - SignedDuration::from_hours(24 * days)).to_string();
            session(
                &at,
                "piriformis-tennis-ball",
                "Piriformis release with a ball",
            )
            .rated(&[4, 5])
        })
        .collect();
    let journal = dir.join("data/knead/journal.jsonl");
    std::fs::create_dir_all(journal.parent().expect("a folder")).expect("data folder");
    std::fs::write(journal, journal_text(&sessions)).expect("journal written");
    oldest
}

#[test]
fn history_view_shows_the_chart_and_q_returns_to_the_shell() {
    let mut oldest = String::new();
    let mut knead = Knead::launch((24, 80), |command, dir| {
        oldest = daily_journal(dir);
        command.args(["history", "--view"]);
        command.env("TZ", "UTC");
    });
    knead.wait_for("Sessions");
    // A frame can be read half-written; the table is drawn below the chart.
    let screen = knead.wait_for("When");
    assert!(screen.contains("count"), "{screen}");
    assert!(screen.contains("This week"), "{screen}");
    assert!(screen.contains("When"), "{screen}");
    // The oldest session is below the fold until End (G) scrolls to it.
    assert!(!screen.contains(&oldest), "{screen}");
    knead.press("G");
    knead.wait_for(&oldest);
    knead.press("q");
    let (code, _) = knead.exit_code();
    assert_eq!(code, 0);
}

#[test]
fn ctrl_c_leaves_the_history_view_with_130() {
    let mut knead = Knead::launch((12, 40), |command, dir| {
        daily_journal(dir);
        command.args(["history", "--view"]);
    });
    knead.wait_for("Week");
    knead.press("\x03");
    let (code, _) = knead.exit_code();
    assert_eq!(code, 130);
}
