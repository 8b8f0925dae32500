//! The tagged lines plain mode prints for each cue: one vocabulary, turned
//! into text for screen readers, pipes and scripts.

use crate::routine::duration::format as show;
use crate::routine::{Breathing, Routine};
use crate::safety;
use crate::session::{BreathPhase, Cue, Feeling, Plan, PlannedStep, Session};
use crate::words;

/// What plain mode needs besides the cue.
pub struct Context<'a> {
    /// The routine being run.
    pub routine: &'a Routine,
    /// The session, for the plan and the summary.
    pub session: &'a Session,
    /// The emergency number to show in guidance.
    pub emergency_number: &'a str,
    /// The breathing pattern of the step the cue belongs to.
    pub breathing: Option<Breathing>,
    /// Whether the journal is recording this session.
    pub recording: bool,
}

/// The line announcing the routine, before anything else.
pub fn routine_line(routine: &Routine, session: &Session) -> String {
    let steps = crate::text::count(session.plan().len(), "step");
    let about = show(session.plan().total());
    format!("ROUTINE: {} ({steps}, about {about})", routine.title)
}

/// The routine's `before` lines, read before the screening and the first
/// step: in full the first time, one line after (`familiar`).
pub fn before_lines(routine: &Routine, familiar: bool) -> Vec<String> {
    if familiar && !routine.before.is_empty() {
        return vec![format!("BEFORE: {}", words::BEFORE_AS_LAST_TIME)];
    }
    routine
        .before
        .iter()
        .map(|line| format!("BEFORE: {}", line.replace('\n', " ")))
        .collect()
}

/// The lines a cue prints; most cues print one line or none.
pub fn lines_for(cue: &Cue, cx: &Context<'_>) -> Vec<String> {
    match *cue {
        Cue::ScreeningAsked => screening(cx),
        Cue::StepStarted { index, .. } => {
            let planned = cx.session.plan().get(index);
            let plan = cx.session.plan();
            planned
                .map(|s| step(s, plan, cx.routine))
                .unwrap_or_default()
        }
        Cue::WaitingForSpot { .. } => {
            vec!["SPOT: Find a tender spot, then press Enter to start the count.".to_owned()]
        }
        Cue::Breath(phase) => vec![breath(phase, cx)],
        Cue::Halfway { .. } => vec!["HALFWAY: Halfway there.".to_owned()],
        Cue::CheckInAsked { halfway, .. } => {
            let question = words::check_in_prompt(&cx.routine.safety.stop_signs);
            let when = if halfway { "Halfway check: " } else { "" };
            vec![format!("CHECKIN: {when}{question} [y/n]")]
        }
        Cue::Reminder => {
            vec![
                "NOTICE: Still waiting for your answer. Ease off the pressure while you decide, \
                 then answer y or n (x stops)."
                    .to_owned(),
            ]
        }
        Cue::PressureAsked { .. } => {
            vec![format!(
                "PRESSURE: {} Enter skips. [0-10]",
                safety::PRESSURE_QUESTION
            )]
        }
        Cue::PressureRated {
            advice: Some(advice),
            ..
        } => vec![format!("NOTICE: {}", advice.text())],
        Cue::Finished(outcome) => words::ending(
            outcome,
            cx.routine,
            cx.session.summary(),
            cx.emergency_number,
            cx.recording,
        )
        .into_iter()
        .map(|(tag, line)| format!("{}: {line}", tag.as_str()))
        .collect(),
        Cue::GroupAsked => group_question(cx),
        Cue::SeenAsked => vec![format!("SCREEN: {} [y/n]", safety::SEEN_QUESTION)],
        Cue::AnotherGroupAsked => vec![format!("SCREEN: {} [y/n]", safety::ANOTHER_GROUP_QUESTION)],
        Cue::ConditionAsked { index, clinician } => {
            let mut lines = Vec::new();
            if index == 0 && !clinician {
                lines.push(format!("SCREEN: {}", safety::CONDITIONS_HEADING));
            }
            let question = match safety::CONDITIONS.get(index) {
                Some(_) if clinician => safety::CLINICIAN_QUESTION,
                Some(condition) => condition.text,
                None => return Vec::new(),
            };
            lines.push(format!("SCREEN: {question} [y/n]"));
            lines
        }
        Cue::ConditionsToReview => vec![format!(
            "NOTICE: {}",
            cx.session.conditions().summary_line(true)
        )],
        Cue::StillTrueAsked => vec![
            format!("SCREEN: {}", safety::CONDITIONS_HEADING),
            format!(
                "SCREEN: {} [y/n]",
                cx.session.conditions().still_true_question()
            ),
        ],
        Cue::Advised { reason } => vec![format!("NOTICE: {}", reason.advice(cx.emergency_number))],
        Cue::FeelingAsked { late } => {
            let question = match cx.session.late_about() {
                Some(about) if late => safety::late_feeling_question(about),
                _ => safety::POST_SESSION_QUESTION.to_owned(),
            };
            vec![format!("AFTER: {question} [b/s/w]")]
        }
        Cue::FeelingAnswered {
            feeling: Some(Feeling::Worse),
            ..
        } => vec![format!("NOTICE: {}", safety::BAD_SORE)],
        Cue::NewSymptomsAsked => vec![format!("SCREEN: {} [y/n]", words::NEW_SYMPTOMS_QUESTION)],
        Cue::NewSymptomsAnswered { yes: true, .. } => vec![format!(
            "NOTICE: {}",
            words::same_day_advice(cx.emergency_number)
        )],
        _ => Vec::new(),
    }
}

fn screening(cx: &Context<'_>) -> Vec<String> {
    let familiar = cx.session.familiar();
    let mut lines = Vec::new();
    if !familiar {
        lines.push("SCREEN: Before you start, read this list.".to_owned());
    }
    // Once familiar, the list is folded: no headings (after a "yes" the
    // group question names each group's signs), and no bullets, which
    // would be a word a line for a screen reader.
    for group in words::screening_list(cx.routine, familiar) {
        if let Some(heading) = group.heading {
            lines.push(format!("SCREEN: {heading}:"));
        }
        let bullet = if familiar { "" } else { "- " };
        lines.extend(
            group
                .items
                .iter()
                .map(|item| format!("SCREEN: {bullet}{item}")),
        );
    }
    if let Some(mut remembered) = cx.session.conditions_line() {
        if cx.session.offers_condition_review() {
            remembered.push_str(" To change them, type c.");
        }
        lines.push(format!("SCREEN: {remembered}"));
    }
    lines.push(format!("SCREEN: {} [y/n]", safety::SCREENING_ASK));
    lines
}

/// After a "yes" at the screening: the groups, numbered.
fn group_question(cx: &Context<'_>) -> Vec<String> {
    let session = cx.session;
    let groups = session
        .groups()
        .iter()
        .map(|g| words::group_choice(*g, cx.routine, session.familiar()));
    let mut lines = vec![format!("SCREEN: {}", safety::GROUP_QUESTION)];
    lines.extend((1..).zip(groups).map(|(n, g)| format!("SCREEN: {n}. {g}")));
    lines.push(format!(
        "SCREEN: Type its number. [1-{}]",
        session.groups().len()
    ));
    lines
}

fn step(step: &PlannedStep, plan: &Plan, routine: &Routine) -> Vec<String> {
    let about = words::step_about(step);
    let mut lines = vec![format!(
        "STEP: {}. {} ({about})",
        step.index + 1,
        step.title
    )];
    if let Some(move_on) = words::new_spot(step, routine) {
        lines.push(format!("CUE: {move_on}"));
    }
    if let Some(cue) = &step.cue {
        lines.push(format!("CUE: {}", cue.replace('\n', " ")));
    }
    if let Some(signs) = words::stop_signs_at(step, plan, routine) {
        lines.push(format!("CUE: {signs}"));
    }
    lines
}

fn breath(phase: BreathPhase, cx: &Context<'_>) -> String {
    let length = cx
        .breathing
        .map(|breathing| format!(" {}", show(phase.length(&breathing))))
        .unwrap_or_default();
    format!("BREATHE: {}{length}", words::breath_word(phase))
}
