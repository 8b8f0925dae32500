//! Session by session: the answers each session started under, what they
//! did, and what ran (review S11).

use crate::html::Html;
use crate::report::model::SessionEntry;
use crate::text::count;

/// One row per session, oldest first.
pub(super) fn section(html: &mut Html, log: &[SessionEntry]) {
    if log.is_empty() {
        return;
    }
    html.raw(
        "<h2>Session by session</h2>\n<table class=\"log\"><tr><th>When</th><th>Routine</th>\
<th>Today's list</th><th>Long-standing</th><th>What ran</th></tr>\n",
    );
    for entry in log {
        html.raw("<tr><td class=\"when\">");
        html.text(&entry.at);
        html.raw("</td><td>");
        html.text(&entry.title);
        html.raw("</td><td>");
        html.text(&before(entry));
        html.raw("</td><td>");
        html.text(&entry.conditions_text);
        html.raw("</td><td>");
        html.text(&ran(entry));
        html.raw("</td></tr>\n");
    }
    html.raw("</table>\n");
}

/// Today's list, the groups chosen and what knead did.
fn before(entry: &SessionEntry) -> String {
    let mut text = match entry.screening {
        "yes" if entry.groups.is_empty() => "Yes.".to_owned(),
        "yes" => {
            let groups: Vec<&str> = entry.groups.iter().map(|g| g.meaning).collect();
            format!("Yes: {}.", groups.join("; and "))
        }
        "no" => "No.".to_owned(),
        _ => "Not answered.".to_owned(),
    };
    match (entry.decision, &entry.why) {
        ("ran", _) => {}
        // A group's own words already say what refused it.
        ("refused", Some(why)) if entry.groups.iter().any(|g| g.meaning == why) => {
            text.push_str(" This routine was refused.");
        }
        ("refused", Some(why)) => text.push_str(&format!(" Refused: {why}.")),
        (_, Some(why)) => text.push_str(&format!(" No session: {why}.")),
        (decision, None) => text.push_str(&format!(" {}.", crate::text::capitalised(decision))),
    }
    text
}

/// What ran: steps done and cut short, and how it ended.
fn ran(entry: &SessionEntry) -> String {
    if entry.decision != "ran" {
        return "Nothing ran.".to_owned();
    }
    let mut text = format!("{} done", count(entry.steps_done, "step"));
    if entry.steps_cut_short > 0 {
        text.push_str(&format!(" ({} cut short)", entry.steps_cut_short));
    }
    let ended = match entry.ended.as_str() {
        "" => "Completed",
        ended => ended.trim_end_matches('.'),
    };
    let mut text = format!("{text}. {ended}.");
    match (entry.new_symptoms, &entry.followed) {
        (Some("yes"), Some(followed)) => text.push_str(&format!(
            " Then felt worse, with new numbness, weakness or spreading pain: {followed}."
        )),
        (Some(_), _) => {
            text.push_str(" Then felt worse, with no new numbness, weakness or spreading pain.");
        }
        (None, _) => {}
    }
    text
}
