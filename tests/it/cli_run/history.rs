//! The journal a run leaves in `$XDG_DATA_HOME/knead/journal.jsonl`, and
//! `knead history` reading it back in each format and filter.

use std::fs::OpenOptions;
use std::io::Write;

use predicates::prelude::*;
use serde_json::{Value, json};

use super::runs::{ROUTINE, events};
use crate::support::sandbox::Sandbox;

#[test]
fn the_journal_holds_the_whole_session() {
    let sandbox = Sandbox::new();
    sandbox.completed_run();
    let lines = sandbox.journal_lines();
    // Rated at the first roll of each side only (review S13).
    let rated = ["step", "check_in", "pressure"];
    let checked = ["step", "check_in"];
    let expected: Vec<&str> = [
        // Each session records the long-standing answers it ran under.
        &["start", "screening", "conditions", "step"][..],
        &rated,
        &checked,
        &checked,
        &["step", "step"],
        &rated,
        &checked,
        &checked,
        &["step", "end", "post_check"],
    ]
    .concat();
    assert_eq!(events(&lines), expected);
    let session = &lines[0]["session"];
    assert!(lines.iter().all(|line| &line["session"] == session));
    assert_eq!(lines[0]["routine"], ROUTINE);
    assert_eq!(lines[0]["planned_seconds"], 410);
    assert_eq!(lines[1]["answer"], "no");
    // Every step ran its whole time, in session time (pauses and answers
    // left out), whatever the speed.
    let steps: Vec<&Value> = lines.iter().filter(|l| l["event"] == "step").collect();
    assert_eq!(steps.len(), 10);
    for (index, step) in steps.iter().enumerate() {
        assert_eq!(step["index"], index);
        assert_eq!(step["seconds"], step["planned_seconds"], "{step}");
    }
    let sides: Vec<&Value> = steps.iter().map(|s| &s["side"]).collect();
    assert_eq!(sides[0], "left");
    assert_eq!(sides[4], &Value::Null);
    assert_eq!(sides[6], "right");
    let answers: Vec<&Value> = lines
        .iter()
        .filter(|l| l["event"] == "check_in")
        .map(|l| &l["answer"])
        .collect();
    assert!(answers.iter().all(|a| *a == "no"));
    let ratings: Vec<Value> = lines
        .iter()
        .filter(|l| l["event"] == "pressure")
        .map(|l| l["rating"].clone())
        .collect();
    assert_eq!(Value::Array(ratings), json!([5, 4]));
    let end = &lines[lines.len() - 2];
    assert_eq!(
        (&end["outcome"], &end["step"]),
        (&json!("completed"), &json!(9))
    );
    assert_eq!(lines[lines.len() - 1]["answer"], "better");
}

#[test]
fn history_shows_the_session_as_a_table_json_and_csv() {
    let sandbox = Sandbox::new();
    sandbox.completed_run();
    let table = sandbox.knead().arg("history").assert().code(0).stderr("");
    let table = String::from_utf8_lossy(&table.get_output().stdout).into_owned();
    assert!(table.contains("Foam roll the glutes"), "{table}");
    assert!(table.contains("completed"), "{table}");
    assert!(
        table.contains("preview; pressure 5,4; felt better"),
        "{table}"
    );

    let sessions = sandbox.history_json(&[]);
    assert_eq!(sessions.len(), 1);
    let session = &sessions[0];
    assert_eq!(session["routine"], ROUTINE);
    assert_eq!(session["outcome"], "completed");
    assert_eq!(session["screening"]["answer"], "no");
    assert_eq!(session["steps"].as_array().map(Vec::len), Some(10));
    assert_eq!(session["check_ins"].as_array().map(Vec::len), Some(6));
    assert_eq!(session["planned_seconds"], 410);
    assert_eq!(session["post_check"], "better");
    // Run at --speed 1000: a preview, shown as one.
    assert_eq!(session["preview"], true);

    let csv = sandbox.knead().args(["history", "--csv"]).assert().code(0);
    let csv = String::from_utf8_lossy(&csv.get_output().stdout).into_owned();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(
        rows[0].starts_with("session,started,ended,routine,"),
        "{csv}"
    );
    assert!(
        rows[1].contains(",foam-roll-glutes,Foam roll the glutes,"),
        "{csv}"
    );
    assert!(
        rows[1].ends_with(",410,completed,10,6,0,\"5,4\",better,true"),
        "{csv}"
    );
}

#[test]
fn history_filters_by_routine_and_date() {
    let sandbox = Sandbox::new();
    sandbox.completed_run();
    sandbox
        .run_fast("tests/routines/plain-session.toml", "y\n2\n")
        .assert()
        .code(3);
    assert_eq!(sandbox.history_json(&[]).len(), 2);
    let only = sandbox.history_json(&["--routine", ROUTINE]);
    assert_eq!(only.len(), 1);
    assert_eq!(only[0]["routine"], ROUTINE);
    let other = sandbox.history_json(&["--routine", "plain-session"]);
    assert_eq!(other[0]["outcome"], "stopped_at_screening");
    assert_eq!(other[0]["screening"]["group"], "urgent");
    assert!(
        sandbox
            .history_json(&["--routine", "nothing-like-it"])
            .is_empty()
    );
    assert_eq!(sandbox.history_json(&["--since", "2000-01-01"]).len(), 2);
    assert!(sandbox.history_json(&["--since", "2999-01-01"]).is_empty());
    sandbox
        .knead()
        .args(["history", "--since", "2999-01-01"])
        .assert()
        .code(0)
        .stdout("No sessions match the filter.\n");
}

#[test]
fn a_bad_since_date_is_2() {
    let sandbox = Sandbox::new();
    sandbox.completed_run();
    sandbox
        .knead()
        .args(["history", "--since", "last tuesday"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("invalid --since `last tuesday`"));
}

#[test]
fn a_torn_last_line_warns_and_shows_the_rest() {
    let sandbox = Sandbox::new();
    sandbox.completed_run();
    let mut journal = OpenOptions::new()
        .append(true)
        .open(sandbox.journal_path())
        .expect("the journal exists");
    journal
        .write_all(br#"{"at":"2026-11-21T06:00:00Z","session":"2026112"#)
        .expect("append a torn line");
    drop(journal);
    for format in [None, Some("--json"), Some("--csv")] {
        let output = sandbox
            .knead()
            .arg("history")
            .args(format)
            .output()
            .expect("history runs");
        assert_eq!(output.status.code(), Some(0));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.starts_with("knead: warning: "), "{stderr}");
        assert!(stderr.contains("line 24: incomplete last line"), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.contains("Foam roll the glutes"), "{stdout}");
    }
    // The next session's first line is not glued to the torn one.
    sandbox.completed_run();
    let output = sandbox
        .knead()
        .args(["history", "--json"])
        .output()
        .expect("history");
    let sessions: Vec<Value> = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(sessions.len(), 2);
    assert!(sessions.iter().all(|s| s["outcome"] == "completed"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("line 24:"), "{stderr}");
}
