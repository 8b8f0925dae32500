//! The report as one HTML page to print or bring to an appointment: styles
//! inside, no script, nothing fetched. Every chart has its numbers beside it.

mod plan;
mod sessions;

use super::chart;
use super::model::{Report, RoutineReport};
use crate::html::Html;
use crate::routine::duration::format as show;

const CSS: &str = ".chart{width:100%;max-width:170mm;font-size:11px}\
.band{fill:#cfe8cf}.release{fill:#f6d2d2}.grid{stroke:#999;stroke-width:.5}\
.trend{fill:none;stroke:#1d4f91;stroke-width:1.5}.point{fill:#1d4f91}\
.note{font-size:9pt;color:#333}td.n,th.n{text-align:right}th{overflow-wrap:normal}\
table.weeks{width:auto;min-width:90mm}td.when{white-space:nowrap}.trendbox{break-inside:avoid}\
table.log{font-size:8.5pt}table.log th:nth-child(2){width:22%}\
table.log th:nth-child(3){width:20%}table.log th:nth-child(4){width:13%}";

/// The whole page.
pub fn render(report: &Report) -> String {
    let mut html = Html::page("knead progress report", CSS);
    html.raw("<h1>knead progress report</h1>\n<p>");
    match (&report.first, &report.last) {
        (Some(first), Some(last)) => html.text(&format!(
            "{}, from {first} to {last}. ",
            crate::text::count(report.sessions, "session")
        )),
        _ => html.text("No sessions recorded in this range. "),
    }
    if let Some(since) = &report.since {
        html.text(&format!("Sessions since {since}. "));
    }
    if let Some(routine) = &report.routine {
        html.text(&format!("Routine {routine} only. "));
    }
    html.text(&format!(
        "Made {}. Times are local: {}.",
        report.generated, report.zone
    ));
    html.raw("</p>\n<p class=\"note\">");
    html.text(
        "What the person recorded in knead, a self-massage coach. It is not a clinical \
         assessment. Previews run at a faster speed are left out",
    );
    html.text(&format!(" ({} in this range).", report.previews_left_out));
    html.raw("</p>\n");
    summary(&mut html, report);
    for routine in &report.routines {
        routine_section(&mut html, routine);
    }
    stops(&mut html, report);
    html.raw("<h2>\u{201c}Worse\u{201d} after a session</h2>\n");
    if report.worse.is_empty() {
        html.raw("<p>None.</p>\n");
    } else {
        html.raw("<ul>");
        for answer in &report.worse {
            html.element(
                "li",
                &[],
                &format!(
                    "{}: {} ({})",
                    answer.session_started, answer.title, answer.routine
                ),
            );
        }
        html.raw("</ul>\n");
    }
    html.raw("<h2>Notices shown before sessions</h2>\n");
    if report.notices.is_empty() {
        html.raw("<p>None.</p>\n");
    } else {
        html.raw("<ul>");
        for notice in &report.notices {
            html.element(
                "li",
                &[],
                &format!("{} ({}): {}", notice.at, notice.routine, notice.notice),
            );
        }
        html.raw("</ul>\n");
    }
    screening(&mut html, report);
    sessions::section(&mut html, &report.session_log);
    html.finish()
}

fn summary(html: &mut Html, report: &Report) {
    if report.routines.is_empty() {
        return;
    }
    html.raw(
        "<h2>Sessions and adherence</h2>\n<table><tr><th>Routine</th><th class=\"n\">Sessions</th>\
<th class=\"n\">Completed</th><th class=\"n\">Time spent</th><th>Prescribed</th><th class=\"n\">Adherence</th></tr>\n",
    );
    for routine in &report.routines {
        html.raw("<tr><td>");
        html.text(&routine.title);
        html.raw("<br><code>");
        html.text(&routine.id);
        html.raw("</code></td><td class=\"n\">");
        html.value(routine.sessions);
        html.raw("</td><td class=\"n\">");
        html.value(routine.completed);
        html.raw("</td><td class=\"n\">");
        html.text(&show(std::time::Duration::from_secs(routine.seconds)));
        html.raw("</td><td>");
        html.text(&prescribed(routine));
        html.raw("</td><td class=\"n\">");
        match routine.adherence {
            Some(percent) => html.text(&format!("{percent}%")),
            None => html.text("-"),
        }
        html.raw("</td></tr>\n");
    }
    html.raw("</table>\n<p class=\"note\">");
    html.text(
        "Adherence: sessions started in each finished Monday-to-Sunday week, at most the \
         prescribed number a week, over the sessions prescribed. This week is not counted yet.",
    );
    html.raw("</p>\n");
}

fn prescribed(routine: &RoutineReport) -> String {
    match (routine.per_week, &routine.frequency) {
        (Some(n), Some(line)) => format!("{n} a week ({line})"),
        (Some(n), None) => format!("{n} a week"),
        (None, Some(line)) => line.clone(),
        (None, None) => "not known".to_owned(),
    }
}

fn routine_section(html: &mut Html, routine: &RoutineReport) {
    html.raw("<section>\n<h2>");
    html.text(&routine.title);
    html.raw("</h2>\n<table class=\"weeks\"><tr><th>Week of</th><th class=\"n\">Sessions</th><th class=\"n\">Prescribed</th></tr>\n");
    for week in &routine.weeks {
        html.raw("<tr><td>");
        html.text(&week.starts);
        if week.current {
            html.text(" (this week, so far)");
        }
        html.raw("</td><td class=\"n\">");
        html.value(week.sessions);
        html.raw("</td><td class=\"n\">");
        html.value_or_dash(week.prescribed);
        html.raw("</td></tr>\n");
    }
    html.raw("</table>\n");
    if let Some(plan) = &routine.plan {
        plan::section(html, plan);
    }
    if routine.pressure.is_empty() {
        html.raw("<p>No pressure ratings.</p>\n</section>\n");
        return;
    }
    html.raw("<div class=\"trendbox\"><h3>Pressure ratings (0 none, 10 worst imaginable)</h3>\n");
    let label = format!(
        "Pressure ratings for {} over time; the same ratings are listed below.",
        routine.title
    );
    chart::write(html, &routine.pressure, &label);
    html.raw("<p class=\"note\">Green band: the working range, 3 to 6. Red band: 8 or more, release and move.</p>\n<ul>");
    // One line per session: when it was, and its ratings in order.
    let mut sessions: Vec<(&str, &str, Vec<u8>)> = Vec::new();
    for point in &routine.pressure {
        match sessions.last_mut() {
            Some((id, _, ratings)) if point.session == *id => ratings.push(point.rating),
            _ => sessions.push((&point.session, &point.at, vec![point.rating])),
        }
    }
    for (_, at, ratings) in &sessions {
        let list: Vec<String> = ratings.iter().map(u8::to_string).collect();
        html.element("li", &[], &format!("{at}: {}", list.join(", ")));
    }
    html.raw("</ul></div>\n</section>\n");
}

fn stops(html: &mut Html, report: &Report) {
    // With no sessions there are no endings to speak of, good or bad.
    if report.sessions == 0 {
        return;
    }
    html.raw("<h2>Stops</h2>\n");
    if report.stops.is_empty() {
        html.raw("<p>Every session ran to its end.</p>\n");
        return;
    }
    html.raw("<table><tr><th>Session</th><th>Routine</th><th>What was reported</th></tr>\n");
    for stop in &report.stops {
        html.raw("<tr><td class=\"when\">");
        // By the session's start, as the session log lists it: by the
        // moment of the stop, it lined up with the session after it.
        html.text(&stop.session_started);
        html.raw("</td><td>");
        html.text(&stop.title);
        html.raw("</td><td>");
        html.text(&stop.reported);
        html.raw("</td></tr>\n");
    }
    html.raw("</table>\n");
}

fn screening(html: &mut Html, report: &Report) {
    html.raw("<h2>Screening answers that changed what was offered</h2>\n<p>");
    html.text(&format!(
        "Answered \u{201c}no\u{201d} (none of today's signs applied) before {}.",
        crate::text::count(report.screening_no, "session")
    ));
    html.raw("</p>\n");
    if report.screening.is_empty() {
        html.raw("<p>No \u{201c}yes\u{201d} answers.</p>\n");
        return;
    }
    html.raw("<ul>");
    for answer in &report.screening {
        html.element(
            "li",
            &[],
            &format!(
                "{} ({}): {}. {}",
                answer.at,
                answer.routine,
                answer.meaning,
                match answer.then {
                    "ran" => "The session ran.",
                    "refused" => "This routine was refused.",
                    _ => "No session.",
                }
            ),
        );
    }
    html.raw("</ul>\n");
}
