//! The screening list as every face shows it: the first time a routine
//! runs here, each question in full under its group's heading; after that,
//! one line of short forms for each kind of sign (issue 19, review M6).

use crate::routine::vocabulary::{self, Region, ToolKind};
use crate::routine::{self, Routine};
use crate::safety::{self, Group, Tier};

/// One group of the screening list, as a face lays it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListGroup {
    /// The group's heading, shown above its items; none once folded.
    pub heading: Option<&'static str>,
    /// The items: full questions, or lines of short forms.
    pub items: Vec<String>,
}

/// The screening list for `routine`. The first time (`familiar` false)
/// every question in full, under its group's heading. Once the routine has
/// run here, the questions were read in full: each kind of sign becomes one
/// line of short forms (the emergency signs, the same-day signs, worse than
/// usual, the area items, the routine's own), with no headings: after a
/// "yes", [`group_choice`] names each group's signs. No sign is left out.
pub fn screening_list(routine: &Routine, familiar: bool) -> Vec<ListGroup> {
    let questions = screening(routine);
    if !familiar {
        return full(&questions);
    }
    let mut lines: Vec<(Line, Vec<String>)> = Vec::new();
    for (group, short) in short_forms(routine, &questions) {
        let line = match short {
            Short::Full(_) => Line::Full,
            Short::Of(_) => Line::of(group),
        };
        let text = short.text();
        match lines.last_mut() {
            Some((last, parts)) if *last == line && line != Line::Full => parts.push(text),
            _ => lines.push((line, vec![text])),
        }
    }
    let items = lines
        .into_iter()
        .map(|(line, parts)| line.say(&parts.join("; ")))
        .collect();
    vec![ListGroup {
        heading: None,
        items,
    }]
}

/// A group as the group question names it after a "yes": its heading,
/// and once the list is folded (it has no headings then), the short forms
/// of its signs, so a person knows which group the sign they saw is in.
pub fn group_choice(group: Group, routine: &Routine, familiar: bool) -> String {
    if !familiar {
        return group_heading(group).to_owned();
    }
    // The lead the folded list gave these signs: a strain was read under
    // "Where you'll work", so its choice says so too, or a person with a
    // strain picks the area group, which lets pressure go ahead.
    let heading = match group {
        Group::Builtin(Tier::Strain) => Tier::Local.heading(),
        _ => group_heading(group),
    };
    let signs: Vec<String> = short_forms(routine, &screening(routine))
        .into_iter()
        .filter(|(of, _)| *of == group)
        .map(|(_, short)| short.text())
        .collect();
    if signs.is_empty() {
        heading.to_owned()
    } else {
        format!("{heading}: {}", signs.join("; "))
    }
}

/// What a folded list says for one question.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Short {
    /// A short form: knead's own, or the routine author's.
    Of(String),
    /// A routine's question with no short form, as written.
    Full(String),
}

impl Short {
    fn text(&self) -> String {
        match self {
            Short::Of(text) | Short::Full(text) => text.clone(),
        }
    }
}

/// Each question's group and what the folded list says for it.
fn short_forms(routine: &Routine, questions: &[safety::Question]) -> Vec<(Group, Short)> {
    let mut own = routine.safety.screening.iter();
    questions
        .iter()
        .map(|question| {
            let short = match question.group {
                Group::Builtin(_) => Short::Of(
                    safety::short_form(&question.id)
                        .map_or_else(|| question.text.to_string(), str::to_owned),
                ),
                // The routine's own come in order.
                Group::Routine => match own.next().and_then(|q| q.short.clone()) {
                    Some(short) => Short::Of(short),
                    None => Short::Full(question.text.to_string()),
                },
            };
            (question.group, short)
        })
        .collect()
}

fn full(questions: &[safety::Question]) -> Vec<ListGroup> {
    let mut groups: Vec<(Group, ListGroup)> = Vec::new();
    for question in questions {
        let text = question.text.to_string();
        match groups.last_mut() {
            Some((group, list)) if *group == question.group => list.items.push(text),
            _ => groups.push((
                question.group,
                ListGroup {
                    heading: Some(group_heading(question.group)),
                    items: vec![text],
                },
            )),
        }
    }
    groups.into_iter().map(|(_, list)| list).collect()
}

/// A line of the folded list: one kind of sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line {
    /// The emergency signs.
    Emergency,
    /// The signs that call for advice today.
    Urgent,
    /// Worse than usual today.
    Severe,
    /// A strain, the skin and the veins where the routine works.
    Area,
    /// The routine's own questions that have a short form.
    Routine,
    /// One of the routine's own questions without one, as written.
    Full,
}

impl Line {
    fn of(group: Group) -> Self {
        match group {
            Group::Builtin(Tier::Emergency) => Line::Emergency,
            Group::Builtin(Tier::Urgent) => Line::Urgent,
            Group::Builtin(Tier::Severe) => Line::Severe,
            Group::Builtin(Tier::Strain | Tier::Local) => Line::Area,
            Group::Routine => Line::Routine,
        }
    }

    /// The line with its lead, if any; the signs of a line without one
    /// start it, capitalised.
    fn say(self, signs: &str) -> String {
        match self {
            Line::Area => format!("{}: {signs}.", Tier::Local.heading()),
            Line::Routine => format!("This routine: {signs}."),
            Line::Full => signs.to_owned(),
            Line::Emergency | Line::Urgent | Line::Severe => {
                let mut chars = signs.chars();
                let first: String = chars
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .collect();
                format!("{first}{}.", chars.as_str())
            }
        }
    }
}

/// The heading of a group of screening questions.
pub fn group_heading(group: Group) -> &'static str {
    match group {
        Group::Builtin(tier) => tier.heading(),
        Group::Routine => "From this routine",
    }
}

/// The screening questions that concern this routine: every warning sign
/// about today, and the area items only where it presses, rolls or puts a
/// pack (docs/safety.md, "Screening").
pub fn screening(routine: &Routine) -> Vec<safety::Question> {
    safety::questions_for(&routine.safety.asks(), scope(routine))
}

/// What the routine does to the body, read from its vocabularies. A hold
/// or roll presses whatever its tools; a pack touches the skin even in a
/// rest. A routine that names no areas, or one knead does not know, counts
/// as reaching a leg: unsure means ask.
fn scope(routine: &Routine) -> safety::Scope {
    let presses = routine.steps.iter().any(|step| {
        matches!(
            step.kind,
            routine::Activity::Hold(_) | routine::Activity::Roll(_)
        )
    });
    let pack = routine
        .tools
        .iter()
        .map(String::as_str)
        .chain(
            routine
                .steps
                .iter()
                .flat_map(|step| step.tools.iter().copied()),
        )
        .any(|tool| vocabulary::tool(tool).is_some_and(|entry| entry.kind == ToolKind::Pack));
    safety::Scope {
        contact: presses || pack,
        legs: routine.reaches(Region::Legs),
    }
}
