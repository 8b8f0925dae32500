//! What a handout says, once, for every format: the Markdown and the HTML
//! handouts render this model and hold no sentence of their own, so the two
//! never drift apart.
//!
//! Text is a list of [`Span`]s that keep knead's own words apart from words
//! out of the routine file (or the command line), so each renderer escapes
//! exactly what came from outside.

mod dont_use;
mod plan;
mod safety;
mod step;
mod titles;

use plan::from_plan;
pub use step::breathing;
use step::step_item;
pub use titles::Titles;

use crate::routine::Routine;
use crate::routine::duration::format as show;

/// A run of handout text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    /// knead's own words.
    Own(String),
    /// knead's own words, emphasised.
    Strong(String),
    /// Words from a routine file or the command line: always escaped.
    File(String),
    /// A key or a routine id, as a person types it (may come from a file).
    Code(String),
}

/// A line or paragraph of handout text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text(pub Vec<Span>);

impl Text {
    fn own(text: impl Into<String>) -> Self {
        Self(vec![Span::Own(text.into())])
    }

    fn file(text: &str) -> Self {
        Self(vec![Span::File(text.to_owned())])
    }

    fn then(mut self, span: Span) -> Self {
        self.0.push(span);
        self
    }

    /// File items joined by commas, or "none".
    fn list(items: &[String]) -> Self {
        if items.is_empty() {
            return Self::own("none");
        }
        let mut text = Self::default();
        for (n, item) in items.iter().enumerate() {
            if n > 0 {
                text.0.push(Span::Own(", ".into()));
            }
            text.0.push(Span::File(item.clone()));
        }
        text
    }
}

/// A labelled fact near the top: total time, how often, tools...
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// The label, such as "Total time".
    pub label: &'static str,
    /// What it says.
    pub value: Text,
}

/// A step as listed in the handout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepItem {
    /// The step's title, from the file.
    pub title: String,
    /// Activity, time, bounds, sides and repeats in one phrase (knead's words).
    pub about: String,
    /// The step's cue, from the file.
    pub cue: Option<String>,
    /// The step's own breathing pattern, when it differs from the routine's.
    pub breathing: Option<String>,
    /// Whether the step ends with the safety check-in.
    pub checks_in: bool,
}

/// A bullet, with the routine's own items under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The bullet's text.
    pub text: Text,
    /// Items nested under it.
    pub children: Vec<Text>,
}

/// A heading and the warning signs under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignGroup {
    /// What to do, such as "Call 112 or go to A&E now if you notice:".
    pub heading: String,
    /// The signs.
    pub signs: Vec<String>,
}

/// The therapist's details, filled from `--therapist` and `--phone`, or
/// left as lines to write on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Therapist {
    /// The therapist's name.
    pub name: Option<String>,
    /// A phone number.
    pub phone: Option<String>,
}

/// The label and the line left blank for the therapist's details.
pub const THERAPIST_LINES: [&str; 3] = ["Name", "Phone", "Date"];

/// The whole handout, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handout {
    /// The routine's title.
    pub title: String,
    /// Its one-line summary.
    pub summary: Option<String>,
    /// Author, total time, how often, tools, areas, breathing.
    pub facts: Vec<Fact>,
    /// The routine's areas as written, for the body outline.
    pub areas: Vec<String>,
    /// When not to use the routine at all, after [`DONT_USE_HEADING`], in
    /// a box of its own.
    pub dont_use: Text,
    /// Lines to read before starting.
    pub before: Vec<String>,
    /// The routine's notes, one paragraph per non-empty line.
    pub notes: Vec<String>,
    /// The steps.
    pub steps: Vec<StepItem>,
    /// Screening, check-ins, stop signs and pressure.
    pub safety: Vec<Item>,
    /// What knead is and is not, after the safety items.
    pub disclaimer: &'static str,
    /// The emergency and urgent warning signs.
    pub warning_signs: Vec<SignGroup>,
    /// Good and bad soreness, when to see someone, keep moving.
    pub afterwards: &'static [&'static str],
    /// The therapist's details.
    pub therapist: Therapist,
}

/// The bold first words of the "Don't use if..." box.
pub const DONT_USE_HEADING: &str = dont_use::HEADING;

/// The note after the safety items.
const DISCLAIMER: &str = "This routine is a relaxation and self-care aid. It does not diagnose or \
     treat any condition, and any comfort it brings is short-term: staying active matters most. \
     Ask a GP or physiotherapist if pain persists, gets worse, or spreads.";

impl Handout {
    /// The handout of `routine`, with the therapist's details if given;
    /// other routines it names are named by their `titles`.
    pub fn new(routine: &Routine, therapist: Therapist, titles: &Titles) -> Self {
        let titled = |text: &String| titles.replace_ids(text);
        Self {
            title: routine.title.clone(),
            summary: routine.summary.clone(),
            facts: facts(routine),
            areas: routine.areas.clone(),
            dont_use: dont_use::text(routine),
            before: routine.before.iter().map(titled).collect(),
            notes: routine
                .notes
                .as_deref()
                .map(paragraphs)
                .unwrap_or_default()
                .iter()
                .map(titled)
                .collect(),
            steps: routine
                .steps
                .iter()
                .map(|step| step_item(step, &routine.breathing, titles))
                .collect(),
            safety: safety::items(routine, titles),
            disclaimer: DISCLAIMER,
            warning_signs: warning_signs(),
            afterwards: crate::safety::POST_SESSION,
            therapist: from_plan(routine, therapist),
        }
    }
}

fn facts(routine: &Routine) -> Vec<Fact> {
    let mut facts = Vec::new();
    if let Some(author) = &routine.author {
        facts.push(Fact {
            label: "Author",
            value: Text::file(author),
        });
    }
    facts.extend(plan::facts(routine));
    facts.push(Fact {
        label: "Total time",
        value: Text::own(format!(
            "about {} (plus the time you take to answer)",
            show(routine.planned_time())
        )),
    });
    if let Some(frequency) = &routine.frequency {
        facts.push(Fact {
            label: "How often",
            value: Text::file(frequency),
        });
    }
    facts.push(Fact {
        label: "Tools",
        value: Text::list(&routine.tools),
    });
    facts.push(Fact {
        label: "Areas",
        value: Text::list(&routine.areas),
    });
    facts.push(Fact {
        label: "Breathing",
        value: Text::own(breathing(&routine.breathing)),
    });
    facts
}

/// Notes' non-empty lines, trimmed: the author's line breaks are kept.
fn paragraphs(notes: &str) -> Vec<String> {
    notes
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The red-flag list, grouped under what to do.
fn warning_signs() -> Vec<SignGroup> {
    let mut groups: Vec<SignGroup> = Vec::new();
    for line in crate::safety::red_flags(crate::safety::DEFAULT_EMERGENCY_NUMBER) {
        match (line.strip_prefix("- "), groups.last_mut()) {
            (Some(sign), Some(group)) => group.signs.push(sign.to_owned()),
            _ => groups.push(SignGroup {
                heading: line,
                signs: Vec::new(),
            }),
        }
    }
    groups
}
