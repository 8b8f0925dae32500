//! The preview of one routine: what it is, what it needs, its steps with
//! their times and sides, and its own safety questions and stop signs.

use ratatui::text::{Line, Span, Text};

use super::entry::Entry;
use crate::library::Origin;
use crate::routine::duration::format as show;
use crate::routine::{Activity, Breathe, Routine, Side, Step};
use crate::tui::Theme;

/// The preview's text for `entry`.
pub fn text(entry: &Entry, theme: &Theme) -> Text<'static> {
    let mut text = Text::default();
    text.push_line(Line::styled(entry.title().to_owned(), theme.title));
    text.push_line(Line::styled(origin(entry), theme.muted));
    if let Some(problem) = &entry.problem {
        let word = if entry.startable() {
            "Start it from here; by its id it cannot run:"
        } else {
            "This routine cannot start:"
        };
        text.push_line(Line::styled(word, theme.warning));
        text.push_line(Line::styled(problem.clone(), theme.text));
        if !entry.startable() {
            text.push_line(Line::styled(
                format!("Fix the file, then check it: knead check {}", entry.path),
                theme.muted,
            ));
        }
    }
    if let Some(routine) = &entry.routine {
        about(&mut text, routine, theme);
        steps(&mut text, routine, theme);
        safety(&mut text, routine, theme);
        text.push_line(Line::default());
    }
    if entry.origin != Origin::Bundled && entry.startable() {
        text.push_line(labelled("File", entry.path.clone(), theme));
    }
    text
}

/// Where the routine comes from, and what it replaces.
fn origin(entry: &Entry) -> String {
    match (entry.origin, entry.shadows_bundled) {
        (Origin::User, true) => {
            format!("Your own routine, in place of the bundled `{}`.", entry.id)
        }
        (Origin::User | Origin::Path, _) => "Your own routine.".to_owned(),
        (Origin::Bundled, _) => "Bundled with knead.".to_owned(),
    }
}

fn labelled(label: &str, value: String, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label}: "), theme.muted),
        Span::styled(value, theme.text),
    ])
}

fn or_none(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

fn about(text: &mut Text<'static>, routine: &Routine, theme: &Theme) {
    if let Some(summary) = &routine.summary {
        text.push_line(Line::styled(summary.clone(), theme.text));
    }
    let time = show(routine.planned_time());
    text.push_line(labelled("Time", format!("{time}, answers aside"), theme));
    text.push_line(labelled("Areas", or_none(&routine.areas), theme));
    text.push_line(labelled("Tools", or_none(&routine.tools), theme));
    if let Some(author) = &routine.author {
        text.push_line(labelled("Author", author.clone(), theme));
    }
    if let Some(plan) = &routine.plan {
        let review = plan
            .review
            .map(|r| format!(", review {r}"))
            .unwrap_or_default();
        let about = format!("{} weeks, from {}{review}", plan.weeks, plan.therapist);
        text.push_line(labelled("Plan", about, theme));
    }
    if let Some(frequency) = &routine.frequency {
        text.push_line(labelled("How often", frequency.clone(), theme));
    }
}

fn steps(text: &mut Text<'static>, routine: &Routine, theme: &Theme) {
    text.push_line(Line::default());
    text.push_line(Line::styled("Steps", theme.title));
    for (n, step) in routine.steps.iter().enumerate() {
        text.push_line(Line::from(vec![
            Span::styled(format!("{:>2}. ", n + 1), theme.muted),
            Span::styled(step.title.clone(), theme.text),
            Span::styled(format!("  {}", describe(step)), theme.muted),
        ]));
    }
}

/// Activity, time, sides and repeats, short: "hold 45s, left then right, x2".
fn describe(step: &Step) -> String {
    let mut parts = vec![match step.kind {
        Activity::Breathe(Breathe {
            breaths: Some(breaths),
        }) => format!("breathe {breaths} breaths"),
        kind => format!("{} {}", kind.as_str(), show(step.duration)),
    }];
    match step.side {
        Some(Side::Both) => parts.push("left then right".to_owned()),
        Some(side) => parts.push(side.as_str().to_owned()),
        None => {}
    }
    if step.repeat > 1 {
        parts.push(format!("x{}", step.repeat));
    }
    parts.join(", ")
}

fn safety(text: &mut Text<'static>, routine: &Routine, theme: &Theme) {
    let lists = [
        ("Read before you start", routine.before.clone()),
        ("Its own safety questions", routine.safety.asks()),
        ("Its own stop signs", routine.safety.stop_signs.clone()),
    ];
    for (heading, items) in lists {
        if items.is_empty() {
            continue;
        }
        text.push_line(Line::default());
        text.push_line(Line::styled(heading, theme.title));
        for item in items {
            text.push_line(Line::styled(format!("- {item}"), theme.text));
        }
    }
}
