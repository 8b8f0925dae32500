//! A therapist's plan on paper (issue 23): the handout prints the plan,
//! and `knead report` shows each week of it: sessions against `per_week`,
//! the hold reached, ratings and stops, and the review date.

use serde_json::Value;

use super::plan_progress::{CALM, Went, day, plan, session};
use crate::support::sandbox::{Sandbox, quiet_stdout};

/// A sandbox with the plan (started 15 days ago, 3 a week, a review) and
/// a calm first week, a pain stop in the second.
pub fn with_plan() -> Sandbox {
    let sandbox = Sandbox::new();
    let text = plan(day(15), 6)
        .replace("weeks = 6\n", "weeks = 6\nreview = \"2099-01-12\"\n")
        .replace(
            "title = \"Knee plan\"\n",
            "title = \"Knee plan\"\nper_week = 3\n",
        );
    sandbox.user_routine("knee-plan.toml", &text);
    let stop = Went {
        pain_stop: true,
        ..CALM
    };
    sandbox.write_journal(
        &(session(day(14), CALM) + &session(day(12), CALM) + &session(day(6), stop)),
    );
    sandbox
}

#[test]
fn the_handout_prints_the_plan() {
    let sandbox = with_plan();
    let handout = quiet_stdout({
        let mut command = sandbox.knead();
        command.args(["print", "knee-plan"]);
        command
    });
    assert!(handout.contains("- **Plan:** 6 weeks from "), "{handout}");
    assert!(
        handout.contains(", by Sam Lee, physiotherapist"),
        "{handout}"
    );
    assert!(handout.contains("- **Contact:** 01234 567890"));
    assert!(handout.contains("- **Review:** 2099-01-12: your next appointment"));
    assert!(handout.contains(
        "- **Holds grow:** after each week with a finished session, pressure at 6 or less"
    ));
    assert!(handout.contains("15s longer each good week up to 1m30s"));
}

#[test]
fn the_report_shows_each_week_of_the_plan() {
    let sandbox = with_plan();
    let json: Value = serde_json::from_str(&quiet_stdout({
        let mut command = sandbox.knead();
        command.args(["report", "--json"]);
        command
    }))
    .expect("JSON");
    let plan = &json["routines"][0]["plan"];
    assert_eq!(plan["therapist"], "Sam Lee, physiotherapist");
    assert_eq!(plan["review"], "2099-01-12");
    let rows = plan["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 3, "two weeks done and this one: {plan}");
    assert_eq!(rows[0]["sessions"], 2);
    assert_eq!(rows[0]["prescribed"], 3);
    assert_eq!(rows[0]["hold_seconds"], 30);
    assert_eq!(rows[0]["pressure"], serde_json::json!([3, 5]));
    assert_eq!(rows[1]["pain_stops"], 1);
    assert_eq!(rows[2]["sessions"], 0);
    let page = quiet_stdout({
        let mut command = sandbox.knead();
        command.args(["report", "--html"]);
        command
    });
    assert!(
        page.contains("<h3>Plan by Sam Lee, physiotherapist</h3>"),
        "{page}"
    );
    assert!(page.contains("6 weeks from "));
    assert!(page.contains("review on 2099-01-12 (01234 567890)."));
    assert!(page.contains("<td>1 pain stop</td>"), "{page}");
}
