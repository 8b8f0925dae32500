//! The sentences a person reads about a session, in one place for every
//! face: plain mode adds its tags, the full screen lays them out.

use crate::routine::duration::format as show;
use crate::safety::{self, Group, Tier};
use crate::session::{Outcome, PlannedKind, PlannedStep, Summary};

/// What kind of line a sentence is; plain mode prints it as the tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The session completed.
    Done,
    /// The session stopped early, or will not start.
    Stopped,
    /// Advice that waits for nothing.
    Notice,
}

impl Kind {
    /// The plain-mode tag for this kind of line.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Done => "DONE",
            Kind::Stopped => "STOPPED",
            Kind::Notice => "NOTICE",
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

/// The word for a planned step's kind ("hold", "roll", "switch").
pub fn kind_word(step: &PlannedStep) -> &'static str {
    match step.kind {
        PlannedKind::Step(kind) => kind.as_str(),
        PlannedKind::SwitchSides => "switch",
    }
}

/// A step's title with its side, as "what comes next" names it.
pub fn step_title(step: &PlannedStep) -> String {
    match step.side {
        Some(side) => format!("{} ({} side)", step.title, side.as_str()),
        None => step.title.clone(),
    }
}

/// The check-ins and ratings of a session, in one sentence.
pub fn reports(summary: &Summary) -> String {
    let mut text = match summary.check_ins.len() {
        0 => "No check-ins.".to_owned(),
        1 => "1 check-in, all clear.".to_owned(),
        n => format!("{n} check-ins, all clear."),
    };
    let ratings: Vec<String> = summary
        .ratings
        .iter()
        .filter_map(|r| r.rating.map(|v| v.to_string()))
        .collect();
    if !ratings.is_empty() {
        text = format!("{} Pressure: {}.", text, ratings.join(", "));
    }
    text
}

/// After a session that ran: good versus bad soreness and when to get
/// advice, the bad kind first when the person feels worse.
pub fn soreness(worse: bool) -> Vec<String> {
    let mut lines: Vec<String> = safety::POST_SESSION
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    if worse {
        lines.retain(|l| l != safety::BAD_SORE);
        lines.insert(0, safety::BAD_SORE.to_owned());
    }
    lines
}

/// How a session ended, in the person's words: release first after any
/// stop once something was pressed, then guidance, then soreness advice.
pub fn ending(
    outcome: Outcome,
    summary: &Summary,
    emergency_number: &str,
    recording: bool,
) -> Vec<(Kind, String)> {
    let stopped = |text: String| (Kind::Stopped, text);
    let mut lines = match outcome {
        Outcome::Completed => vec![(
            Kind::Done,
            format!(
                "Routine complete: {}, {} of practice. {}{}",
                crate::text::count(summary.steps_done(), "step"),
                show(summary.active_time()),
                reports(summary),
                if recording {
                    " Saved to your history."
                } else {
                    ""
                }
            ),
        )],
        Outcome::StoppedForSafety => safety::stop_guidance(emergency_number)
            .into_iter()
            .map(stopped)
            .collect(),
        Outcome::StoppedAtScreening => {
            // Nobody said which group applied: the emergency guidance.
            let group = summary.group.unwrap_or(Group::Builtin(Tier::Emergency));
            vec![
                stopped("The session will not start today.".to_owned()),
                stopped(safety::group_guidance(group, emergency_number)),
            ]
        }
        // Nothing was pressed yet: no release, no soreness to talk about.
        Outcome::StoppedByPerson if summary.steps.is_empty() => {
            vec![stopped("You stopped before the first step.".to_owned())]
        }
        Outcome::StoppedByPerson => vec![stopped(format!(
            "{} You stopped the session.",
            safety::RELEASE_NOW
        ))],
        Outcome::Unanswered => vec![stopped(format!(
            "{} No answer came, so the session stopped.",
            safety::RELEASE_NOW
        ))],
        Outcome::Interrupted => vec![stopped(format!("{} Interrupted.", safety::RELEASE_NOW))],
    };
    let ran = !summary.steps.is_empty();
    if ran
        && matches!(
            outcome,
            Outcome::Completed | Outcome::StoppedForSafety | Outcome::StoppedByPerson
        )
    {
        lines.extend(
            safety::POST_SESSION
                .iter()
                .map(|text| (Kind::Notice, (*text).to_owned())),
        );
    }
    lines
}
