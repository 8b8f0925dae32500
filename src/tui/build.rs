//! Building a frame's [`View`] from the engine's status: the one place that
//! turns session state into what the screens show.

use std::time::{Duration, Instant};

use crate::routine::Routine;
use crate::safety;
use crate::session::{Asked, Cue, Mode, Outcome, Session, Status, Timed};
use crate::tui::Theme;
use crate::tui::view::{
    Before, Breath, CheckIn, ChooseGroup, ConditionPage, Flags, Header, PressurePage, RollMarker,
    Stage, StepView, Stopped, SummaryPage, View,
};
use crate::words;

/// What the face keeps between frames, besides the engine.
#[derive(Debug, Clone, Default)]
pub struct Local {
    /// Notices shown above the screening (first run, sound off, escalations).
    pub opening: Vec<String>,
    /// The latest transient line.
    pub notice: Option<String>,
    /// When a passing notice ("Halfway there") leaves the screen.
    pub brief_until: Option<Instant>,
    /// The number typed at the pressure rating so far.
    pub typed: Option<u8>,
    /// How far the long pages are scrolled.
    pub scroll: u16,
    /// The help or quit overlay.
    pub overlay: Option<crate::tui::view::Overlay>,
    /// Whether the journal is recording.
    pub recording: bool,
    /// The end of the screening's list (or the check-in's signs) has been
    /// on screen.
    pub seen_end: bool,
    /// "n" came at the screening or a check-in before its end was seen:
    /// the question says to read on until it is answered.
    pub unread: bool,
    /// A number with no group was pressed at the group question.
    pub no_such_group: bool,
}

/// Everything fixed for a session that a frame needs.
pub struct Fixed<'a> {
    /// The routine being run.
    pub routine: &'a Routine,
    /// The emergency number for guidance.
    pub emergency_number: &'a str,
    /// The colours.
    pub theme: Theme,
    /// Sound and motion settings, as shown.
    pub flags: Flags,
}

/// The frame for `status` of `session`.
pub fn view(fixed: &Fixed<'_>, session: &Session, status: &Status, local: &Local) -> View {
    View {
        header: Header {
            title: fixed.routine.title.clone(),
            total: session.plan().total(),
            tools: fixed.routine.tools.clone(),
        },
        stage: stage(fixed, session, status, local),
        overlay: local.overlay,
        notice: local.notice.clone(),
        flags: fixed.flags,
        theme: fixed.theme,
    }
}

fn stage(fixed: &Fixed<'_>, session: &Session, status: &Status, local: &Local) -> Stage {
    let question = status.question.clone().unwrap_or_default();
    match status.mode {
        Mode::NotStarted | Mode::Asking(Asked::Screening) => {
            Stage::Before(before(fixed, session, local, question))
        }
        Mode::Asking(Asked::Feeling { late: true }) => Stage::LastSession(question),
        Mode::Asking(Asked::Seen) => Stage::Condition(ConditionPage {
            heading: safety::SEEN_HEADING.to_owned(),
            advice: local.notice.clone(),
            question,
            after_session: false,
            scroll: local.scroll,
        }),
        Mode::Asking(Asked::AnotherGroup) => Stage::Condition(ConditionPage {
            heading: safety::GROUP_QUESTION.to_owned(),
            // The groups chosen so far, named as the list named them: the
            // question asks about "another", so the page says which.
            advice: Some(chosen_groups(fixed, session)),
            question,
            after_session: false,
            scroll: local.scroll,
        }),
        Mode::Asking(Asked::Condition | Asked::StillTrue) => Stage::Condition(ConditionPage {
            heading: safety::CONDITIONS_HEADING.to_owned(),
            advice: local.notice.clone(),
            question,
            after_session: false,
            scroll: local.scroll,
        }),
        Mode::Running => Stage::Step(step(session, status)),
        Mode::Paused => Stage::Paused(step(session, status)),
        Mode::Asking(Asked::FindSpot) => Stage::FindSpot(step(session, status)),
        Mode::Asking(Asked::CheckIn { halfway }) => Stage::CheckIn(
            step(session, status),
            CheckIn {
                // As plain mode asks it, the signs listed under it.
                question: words::check_in_question(),
                halfway,
                stop_signs: fixed.routine.safety.stop_signs.clone(),
                scroll: local.scroll,
                unread: local.unread,
            },
        ),
        Mode::Asking(Asked::Pressure) => Stage::Pressure(
            step(session, status),
            PressurePage {
                question,
                typed: local.typed,
            },
        ),
        Mode::Asking(Asked::Group { .. }) => Stage::ChooseGroup(ChooseGroup {
            headings: session
                .groups()
                .iter()
                .map(|g| words::group_choice(*g, fixed.routine, session.familiar()))
                .collect(),
            scroll: local.scroll,
            no_such_group: local.no_such_group,
        }),
        Mode::Asking(Asked::NewSymptoms) => Stage::Condition(ConditionPage {
            heading: words::AFTER_HEADING.to_owned(),
            advice: Some(safety::BAD_SORE.to_owned()),
            question: words::NEW_SYMPTOMS_QUESTION.to_owned(),
            after_session: true,
            scroll: local.scroll,
        }),
        Mode::Asking(Asked::Feeling { late: false }) | Mode::Finished(_) => {
            ending(fixed, session, local)
        }
    }
}

fn before(fixed: &Fixed<'_>, session: &Session, local: &Local, ask: String) -> Before {
    // The same list as plain mode's: folded once the routine has run here.
    let groups = words::screening_list(fixed.routine, session.familiar())
        .into_iter()
        .map(|group| (group.heading.unwrap_or_default().to_owned(), group.items))
        .collect();
    let mut notices = local.opening.clone();
    // Plain mode says it as the answer comes; here it waits on this page.
    if session.late_worse() == Some(true) {
        notices.insert(0, words::same_day_advice(fixed.emergency_number));
    }
    notices.push(HOW_TO_STOP.to_owned());
    // Folded as plain mode folds them: read in full the first time.
    let before = if session.familiar() && !fixed.routine.before.is_empty() {
        vec![words::BEFORE_AS_LAST_TIME.to_owned()]
    } else {
        fixed.routine.before.clone()
    };
    Before {
        before,
        notices,
        groups,
        conditions: session.conditions_line(),
        can_review: session.offers_condition_review(),
        ask: if local.unread {
            format!("{} {ask}", words::READ_TO_THE_END)
        } else {
            ask
        },
        scroll: local.scroll,
    }
}

/// How to stop, said before every session.
pub const HOW_TO_STOP: &str = crate::words::HOW_TO_STOP_KEYS;

/// The notice line a cue leaves on the step screen: `Some("")` clears it,
/// `None` leaves it as it was.
pub fn notice_for(cue: Cue, session: &Session, routine: &Routine) -> Option<String> {
    let line = match cue {
        Cue::Halfway { .. } => "Halfway there".to_owned(),
        Cue::SwitchSides => "Switch sides".to_owned(),
        Cue::HoldAdjusted { duration, .. } => {
            format!("Hold now {}", crate::routine::duration::format(duration))
        }
        Cue::Reminder => "Still waiting: ease off while you decide".to_owned(),
        Cue::SpotFound { .. } => "Counting".to_owned(),
        Cue::PressureRated {
            advice: Some(advice),
            ..
        } => advice.text(),
        // A repeated hold moves on; the first step and the first with a
        // check-in say the routine's stop signs, as plain mode does; any
        // other step starts with a clean line.
        Cue::StepStarted { index, .. } => session
            .plan()
            .get(index)
            .and_then(|step| {
                words::new_spot(step, routine)
                    .map(str::to_owned)
                    .or_else(|| words::stop_signs_at(step, session.plan(), routine))
            })
            .unwrap_or_default(),
        // The paused screen says so itself, in words.
        Cue::Paused | Cue::Resumed => String::new(),
        // Each "yes" shows its own advice over the next question.
        Cue::ConditionAnswered {
            index,
            clinician: false,
            yes: true,
        } => safety::Reason::Condition(index).advice(""),
        Cue::ConditionAsked { .. } | Cue::StillTrueAsked => return None,
        _ => return None,
    };
    Some(line)
}

/// How long a passing notice stays: read from the floor at a glance, gone
/// before "Halfway there" is still up at nine tenths of a hold.
pub const BRIEF: Duration = Duration::from_secs(6);

/// The notice line after a batch of cues, from the line before it. Advice
/// after a pressure rating outlives the start of the next step in the same
/// batch, which would otherwise clear it.
pub fn notice_after(
    cues: &[Timed],
    before: Option<String>,
    session: &Session,
    routine: &Routine,
) -> Option<String> {
    next_notice(cues, before, session, routine).0
}

/// [`notice_after`], and whether the notice the cues set is a passing one:
/// `Some(true)` for a marker of the step ("Halfway there", "Switch sides",
/// "Counting", "Hold now 45s") that stays [`BRIEF`], `Some(false)` for any
/// other (advice stays until the next step), `None` when they set none.
pub fn next_notice(
    cues: &[Timed],
    before: Option<String>,
    session: &Session,
    routine: &Routine,
) -> (Option<String>, Option<bool>) {
    let mut notice = before;
    let mut passing = None;
    let mut advice = None;
    // Each piece of advice as a session goes ahead is said, not only the last.
    let mut advised: Vec<String> = Vec::new();
    for timed in cues {
        if let Some(line) = notice_for(timed.cue, session, routine) {
            notice = (!line.is_empty()).then_some(line);
            passing = Some(matches!(
                timed.cue,
                Cue::Halfway { .. }
                    | Cue::SwitchSides
                    | Cue::SpotFound { .. }
                    | Cue::HoldAdjusted { .. }
            ));
        }
        if let Cue::Advised { reason } = timed.cue {
            advised.push(reason.advice(""));
        }
        if let Cue::PressureRated {
            advice: Some(said), ..
        } = timed.cue
        {
            advice = Some(said.text());
        }
    }
    if !advised.is_empty() {
        return (Some(advised.join(" ")), Some(false));
    }
    match (advice, notice) {
        (Some(advice), Some(line)) if line != advice => {
            (Some(format!("{advice} {line}")), Some(false))
        }
        (Some(advice), _) => (Some(advice), Some(false)),
        (None, notice) => (notice, passing),
    }
}

/// "You chose: ..." with each group chosen since the "yes", as the group
/// question named it.
fn chosen_groups(fixed: &Fixed<'_>, session: &Session) -> String {
    let chosen: Vec<String> = session
        .summary()
        .groups
        .iter()
        .map(|group| words::group_choice(*group, fixed.routine, session.familiar()))
        .collect();
    format!("You chose: {}.", chosen.join("; "))
}

/// The step screen's numbers, from the status.
fn step(session: &Session, status: &Status) -> StepView {
    let planned = status.step.as_ref();
    let next = session.plan().get(status.number).map(words::step_title);
    StepView {
        number: status.number,
        count: status.count,
        session_left: status.total_left,
        title: planned.map(|s| s.title.clone()).unwrap_or_default(),
        side: planned
            .and_then(|s| s.side)
            // The screen adds "side" itself: "left side", never "left side side".
            .map(|s| s.as_str().to_owned()),
        kind: planned.map(words::kind_word).unwrap_or_default().to_owned(),
        cue: planned.and_then(|s| s.cue.clone()),
        next,
        left: status.time_left,
        duration: status.duration,
        progress: status.progress,
        // A hold of one fixed length has no range to show, and +/- would
        // do nothing there.
        bounds: planned
            .and_then(|s| s.hold())
            .map(|h| (h.min, h.max))
            .filter(|(min, max)| min != max),
        breath: status.breath.map(Breath::from),
        roll: status.roll.map(RollMarker::from),
    }
}

/// The last screen: the summary of a completed session, or the stop
/// guidance, with the better / same / worse question while it waits.
fn ending(fixed: &Fixed<'_>, session: &Session, local: &Local) -> Stage {
    let summary = session.summary();
    let outcome = session.outcome().unwrap_or(Outcome::Interrupted);
    let asking = session.awaits_input();
    let feeling = summary.feeling;
    if outcome == Outcome::Completed {
        return Stage::Summary(SummaryPage {
            done: summary.steps_done(),
            count: session.plan().len(),
            time: summary.active_time(),
            reports: words::reports(summary),
            question: safety::POST_SESSION_QUESTION.to_owned(),
            feeling,
            guidance: words::after_session(summary, fixed.emergency_number),
            saved: local.recording,
            scroll: local.scroll,
        });
    }
    let mut lines: Vec<String> = words::ending(
        outcome,
        fixed.routine,
        summary,
        fixed.emergency_number,
        false,
    )
    .into_iter()
    .map(|(_, line)| line)
    .collect();
    if summary.new_symptoms == Some(true) {
        lines.insert(0, words::same_day_advice(fixed.emergency_number));
    }
    Stage::Stopped(Stopped {
        lines,
        scroll: local.scroll,
        question: asking.then(|| safety::POST_SESSION_QUESTION.to_owned()),
    })
}
