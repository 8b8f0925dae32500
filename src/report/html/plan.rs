//! The plan's part of a routine's section: who, when to review, and each
//! week of the plan so far.

use crate::html::Html;
use crate::report::plan::PlanReport;
use crate::routine::duration::format as show;

/// A therapist's plan: who, when to review, and each week of it so far.
pub(super) fn section(html: &mut Html, plan: &PlanReport) {
    html.raw("<h3>");
    html.text(&format!("Plan by {}", plan.therapist));
    html.raw("</h3>\n<p>");
    let contact = plan
        .contact
        .as_ref()
        .map(|c| format!(" ({c})"))
        .unwrap_or_default();
    let review = plan
        .review
        .as_ref()
        .map_or_else(|| "no review date".to_owned(), |r| format!("review on {r}"));
    html.text(&format!(
        "{} weeks from {}; {review}{contact}.",
        plan.weeks, plan.start
    ));
    html.raw("</p>\n<table class=\"weeks\"><tr><th>Plan week</th><th class=\"n\">Sessions</th><th class=\"n\">Prescribed</th><th class=\"n\">Hold</th><th class=\"n\">Pressure</th><th>Stops</th></tr>\n");
    for week in &plan.rows {
        html.raw("<tr><td>");
        html.text(&format!("{} (from {})", week.week, week.starts));
        html.raw("</td><td class=\"n\">");
        html.value(week.sessions);
        html.raw("</td><td class=\"n\">");
        html.value_or_dash(week.prescribed);
        html.raw("</td><td class=\"n\">");
        html.value_or_dash(
            week.hold_seconds
                .map(|s| show(std::time::Duration::from_secs(s))),
        );
        html.raw("</td><td class=\"n\">");
        match week.pressure {
            Some((lo, hi)) if lo == hi => html.value(lo),
            Some((lo, hi)) => html.text(&format!("{lo}-{hi}")),
            None => html.text("-"),
        }
        html.raw("</td><td>");
        html.text(&stops_in_words(week.pain_stops, week.worse));
        html.raw("</td></tr>\n");
    }
    html.raw("</table>\n");
}

fn stops_in_words(pain: usize, worse: usize) -> String {
    match (pain, worse) {
        (0, 0) => "none".to_owned(),
        (p, 0) => crate::text::count(p, "pain stop"),
        (0, w) => format!("{w} worse"),
        (p, w) => format!("{}, {w} worse", crate::text::count(p, "pain stop")),
    }
}
