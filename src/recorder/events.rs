//! The journal's words for what the engine says: which event a cue stands
//! for, and the journal's own names for outcomes, groups and feelings.

use crate::journal::{self, CheckPoint, Event, PressureRating, YesNo};
use crate::safety::{CONDITIONS, Group, Reason, Tier};
use crate::session::{Cue, Outcome, PlannedKind, Session};

/// The journal event a cue stands for.
pub(super) fn event_for(cue: &Cue, session: &Session) -> Option<Event> {
    let point = |halfway: bool| {
        if halfway {
            CheckPoint::Halfway
        } else {
            CheckPoint::End
        }
    };
    let yes_no = |yes: bool| if yes { YesNo::Yes } else { YesNo::No };
    match *cue {
        Cue::ScreeningAnswered { yes } => Some(Event::Screening {
            answer: yes_no(yes),
            group: None,
        }),
        Cue::StepFinished { index, held, .. } => {
            let step = session.plan().get(index)?;
            let kind = match step.kind {
                PlannedKind::Step(kind) => kind.as_str(),
                PlannedKind::SwitchSides => "switch",
            };
            Some(Event::Step {
                index,
                kind: kind.into(),
                title: step.title.as_str().into(),
                side: step.side.map(|s| s.as_str().into()),
                planned_seconds: step.duration.as_secs(),
                seconds: held.as_secs(),
            })
        }
        Cue::CheckInAnswered {
            index,
            halfway,
            yes,
        } => Some(Event::CheckIn {
            step: index,
            point: point(halfway),
            answer: yes_no(yes),
        }),
        Cue::PressureRated { index, rating, .. } => Some(Event::Pressure {
            step: index,
            point: last_check_point(session, index),
            rating: rating.and_then(PressureRating::new),
            advice: cue.pressure_advice().map(|a| a.as_str().to_owned()),
        }),
        Cue::GroupChosen { group: Some(group) } => Some(Event::Screening {
            answer: YesNo::Yes,
            group: Some(group_word(group).to_owned()),
        }),
        Cue::ConditionsSettled => Some(conditions(session, None)),
        Cue::NotFit { reason, .. } => Some(conditions(session, Some(refused_by(reason)))),
        Cue::FeelingAnswered {
            late: false,
            feeling: Some(feeling),
        } => Some(Event::PostCheck { answer: feeling }),
        Cue::NewSymptomsAnswered { late: false, yes } => Some(Event::NewSymptoms {
            answer: yes_no(yes),
        }),
        Cue::Finished(outcome) => Some(Event::End {
            outcome: journal_outcome(outcome),
            step: session.summary().steps.last().map(|s| s.index),
        }),
        _ => None,
    }
}

/// The long-standing answers in force now, and what refused the routine.
pub(super) fn conditions(session: &Session, refused: Option<String>) -> Event {
    let answers = session.conditions();
    Event::Conditions {
        yes: answers.yes.iter().cloned().collect(),
        cleared: answers.cleared.iter().cloned().collect(),
        review_due: answers.review_due,
        refused,
    }
}

/// The journal's word for what ruled a routine out.
fn refused_by(reason: Reason) -> String {
    match reason {
        Reason::Today(tier) => group_word(Group::Builtin(tier)).to_owned(),
        Reason::Condition(index) => CONDITIONS
            .get(index)
            .map_or_else(|| format!("condition {index}"), |c| c.id.to_owned()),
        Reason::Review => "review".to_owned(),
    }
}

/// Whether the rating for a step followed its halfway or its end check-in.
fn last_check_point(session: &Session, index: usize) -> CheckPoint {
    match session
        .summary()
        .check_ins
        .iter()
        .rev()
        .find(|c| c.index == index)
    {
        Some(check_in) if check_in.halfway => CheckPoint::Halfway,
        _ => CheckPoint::End,
    }
}

/// The journal's word for how a session ended. The journal keeps its own
/// enum because its format must stay readable whatever the engine becomes,
/// and it knows one more ending: `unfinished`, a start with no end.
pub fn journal_outcome(outcome: Outcome) -> journal::RecordedOutcome {
    match outcome {
        Outcome::Completed => journal::RecordedOutcome::Completed,
        Outcome::StoppedForSafety => journal::RecordedOutcome::StoppedForSafety,
        Outcome::StoppedAtScreening => journal::RecordedOutcome::StoppedAtScreening,
        Outcome::StoppedByPerson => journal::RecordedOutcome::StoppedByPerson,
        Outcome::Unanswered => journal::RecordedOutcome::Unanswered,
        Outcome::Interrupted => journal::RecordedOutcome::Interrupted,
    }
}

/// The journal's word for a screening group.
fn group_word(group: Group) -> &'static str {
    match group {
        Group::Builtin(Tier::Emergency) => "emergency",
        Group::Builtin(Tier::Urgent) => "urgent",
        Group::Builtin(Tier::Severe) => "severe",
        Group::Builtin(Tier::Strain) => "strain",
        Group::Builtin(Tier::Local) => "local",
        Group::Routine => "routine",
    }
}
