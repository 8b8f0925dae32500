//! The sentences a person reads about a session, in one place for every
//! face: plain mode adds its tags, the full screen lays them out. A face
//! keeps only its own framing (plain mode's tags, the screens' headings
//! and key bar); the safety texts themselves are `safety`'s.

mod after;
mod check_in;
mod end_sound;
mod screening;

use crate::routine::Routine;
use crate::routine::duration::format as show;
use crate::safety::{self, Group, Limits, Tier};
use crate::session::{BreathPhase, Feeling, Outcome, Plan, PlannedKind, PlannedStep, Summary};

pub use after::{
    AFTER_HEADING, NEW_SYMPTOMS_QUESTION, after_session, gentle_first, gentle_offer,
    same_day_advice,
};
pub use check_in::{
    CHECK_IN_SIGNS_HEADING, CHECK_IN_Y_STOPS, CHECK_IN_Y_STOPS_SAID, check_in_prompt,
    check_in_question, check_in_said,
};
pub use end_sound::{end_sound_off, sound_switched};
pub use screening::{ListGroup, group_choice, group_heading, screening, screening_list};

/// A routine's before lines, folded once the person has run it (issue 19).
pub const BEFORE_AS_LAST_TIME: &str = "Set up as before.";

/// How to stop, said at the start of every session in plain mode.
pub const HOW_TO_STOP_TYPED: &str = "To stop at any moment, type x and press Enter.";

/// How to stop, shown before the screening on the full screen.
pub const HOW_TO_STOP_KEYS: &str = "To stop at any moment, press x (or q, which asks first).";

/// Said over the screening's question when "n" came before the whole list
/// was on screen: "no" is taken only from someone who could have read it.
pub const READ_TO_THE_END: &str = "Read to the end first, then answer.";

/// Plain mode's hint after a line that does not answer a yes/no question.
pub const ANSWER_YES_NO: &str = "Please answer y or n (x stops).";

/// Plain mode's hint after a line that is not a pressure rating.
pub const ANSWER_RATING: &str = "Type a number from 0 to 10, or press Enter to skip (x stops).";

/// Plain mode's hint after a line that does not say better, same or worse.
pub const ANSWER_FEELING: &str = "Please answer b, s or w.";

/// The words for an answer to "better, the same or worse?".
pub fn feeling(feeling: Feeling) -> &'static str {
    match feeling {
        Feeling::Better => "better",
        Feeling::Same => "the same",
        Feeling::Worse => "worse",
    }
}

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

/// What a step is, in brackets after its title: "hold 30s, left side, 1 of 2".
pub fn step_about(step: &PlannedStep) -> String {
    let mut about = vec![format!("{} {}", kind_word(step), show(step.duration))];
    if let Some(tempo) = step.tempo() {
        about.push(format!("{} per pass", show(tempo)));
    }
    if let Some(side) = step.side {
        about.push(format!("{} side", side.as_str()));
    }
    if step.pass.of > 1 {
        about.push(format!("{} of {}", step.pass.number, step.pass.of));
    }
    about.join(", ")
}

/// What a breathing phase asks of the person.
pub fn breath_word(phase: BreathPhase) -> &'static str {
    match phase {
        BreathPhase::Inhale => "Breathe in",
        BreathPhase::HoldIn => "Hold",
        BreathPhase::Exhale => "Breathe out",
        BreathPhase::HoldOut => "Rest",
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

/// What a step says as it starts besides its cue: from the second pass of a
/// repeated hold, to move to a new spot (docs/safety.md, "Pressure").
pub fn new_spot(step: &PlannedStep, routine: &Routine) -> Option<&'static str> {
    (step.hold().is_some() && step.pass.number > 1).then(|| routine.load().tool.new_spot())
}

/// The routine's stop signs in a line, said as the session's first step
/// starts and again as its first step with a check-in starts, so they are
/// known before the pressure; every check-in then lists them once more
/// after its question (see [`check_in_prompt`]).
pub fn stop_signs_at(step: &PlannedStep, plan: &Plan, routine: &Routine) -> Option<String> {
    let first_check_in = plan.steps().iter().position(PlannedStep::checks_in);
    let says = step.index == 0 || Some(step.index) == first_check_in;
    says.then(|| safety::stop_signs_line(&routine.safety.stop_signs))
        .flatten()
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

/// The steps of a session that reached its end, as the report counts them:
/// "Routine complete: 8 steps", or, when some were skipped or cut short,
/// "Routine ended: 3 steps done, 5 cut short" (it read "complete: 0 steps"
/// for a session skipped through with →).
fn steps_done(summary: &Summary) -> String {
    let done = summary.steps_done();
    match summary.steps.len().saturating_sub(done) {
        0 => format!("Routine complete: {}", crate::text::count(done, "step")),
        cut => format!(
            "Routine ended: {} done, {cut} cut short",
            crate::text::count(done, "step")
        ),
    }
}

/// How a session ended, in the person's words: release first (with the
/// routine's tool) after any stop once something was pressed, then
/// guidance, then soreness advice.
pub fn ending(
    outcome: Outcome,
    routine: &Routine,
    summary: &Summary,
    emergency_number: &str,
    recording: bool,
) -> Vec<(Kind, String)> {
    let stopped = |text: String| (Kind::Stopped, text);
    let tool = routine.load().tool;
    let release = tool.release_now();
    let mut lines = match outcome {
        Outcome::Completed => vec![(
            Kind::Done,
            format!(
                "{}, {} of practice. {}{}",
                steps_done(summary),
                show(summary.active_time()),
                reports(summary),
                if recording {
                    " Saved to your history."
                } else {
                    ""
                }
            ),
        )],
        Outcome::StoppedForSafety => {
            safety::stop_guidance(tool, &routine.safety.stop_signs, emergency_number)
                .into_iter()
                .map(stopped)
                .collect()
        }
        Outcome::StoppedAtScreening if summary.not_fit.is_some() => {
            let mut lines = vec![stopped("This routine will not start today.".to_owned())];
            if let Some((reason, limits, also)) = summary.not_fit {
                let load = routine.load();
                lines.push(stopped(safety::refusal(
                    &routine.title,
                    reason,
                    limits,
                    load,
                )));
                lines.push(stopped(reason.advice(emergency_number)));
                // Every other answer's advice too: one refusal must not hide
                // what another condition asks of the person.
                let others = also.iter().map(|r| stopped(r.advice(emergency_number)));
                lines.extend(others);
                lines.extend(fitting(limits, load).into_iter().map(stopped));
            }
            lines
        }
        Outcome::StoppedAtScreening => {
            // Nobody said which group applied: the emergency guidance.
            let group = summary.group.unwrap_or(Group::Builtin(Tier::Emergency));
            let mut lines = vec![
                stopped("The session will not start today.".to_owned()),
                stopped(safety::group_guidance(group, emergency_number)),
            ];
            if group == Group::Routine {
                lines.extend(offers(routine).into_iter().map(stopped));
            }
            lines
        }
        // Nothing was pressed yet: no release, no soreness to talk about.
        Outcome::StoppedByPerson if summary.steps.is_empty() => {
            vec![stopped("You stopped before the first step.".to_owned())]
        }
        Outcome::StoppedByPerson => vec![stopped(format!("{release} You stopped the session."))],
        Outcome::Unanswered if summary.steps.is_empty() => vec![stopped(
            "No answer came, so the session did not start.".to_owned(),
        )],
        Outcome::Unanswered => vec![stopped(format!(
            "{release} No answer came, so the session stopped."
        ))],
        Outcome::Interrupted if summary.steps.is_empty() => {
            vec![stopped("Interrupted before the first step.".to_owned())]
        }
        Outcome::Interrupted => vec![stopped(format!("{release} Interrupted."))],
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

/// The bundled routines that fit what the person said, to run instead of
/// the refused one (`here`), one line each with its title and why.
fn fitting(limits: Limits, here: safety::Load) -> Vec<String> {
    let offers: Vec<String> = crate::library::bundled()
        .iter()
        .filter_map(|loaded| {
            let routine = loaded.checked.routine.as_ref()?;
            let load = routine.load();
            limits
                .fit_instead(here, load)
                .then(|| safety::offer(&routine.title, &loaded.id, load, limits, here))
        })
        .collect();
    if offers.is_empty() {
        return vec!["Ask a clinician before starting any routine.".to_owned()];
    }
    offers
}

/// After a "yes" to the routine's own questions: the routines its questions
/// offer instead. A "yes" does not say which question it was, so with more
/// than one question each offer names its own.
fn offers(routine: &Routine) -> Vec<String> {
    let asks = &routine.safety.screening;
    asks.iter()
        .filter_map(|question| {
            let offer = question.offer.as_deref()?;
            Some(if asks.len() == 1 {
                format!("Try {offer} instead: knead run {offer}")
            } else {
                format!(
                    "If \"{}\" applies, try {offer} instead: knead run {offer}",
                    question.ask
                )
            })
        })
        .collect()
}
