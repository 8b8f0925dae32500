//! Writes a session to the journal as it happens, from its cues.
//!
//! Every face feeds its cues here, so the journal reads the same whichever
//! face ran the session. A journal that cannot be written never stops a
//! session: the first failure is reported once and the rest are dropped.

use std::path::PathBuf;

use crate::journal::{self, CheckPoint, Event, Feeling, Journal, Pressure, SessionId, YesNo};
use crate::safety::{Group, Tier};
use crate::session::{self, Cue, Outcome, PlannedKind, Session};

/// The journal side of one session.
pub struct Recorder {
    journal: Option<Journal>,
    /// Sessions run faster than real time are marked as previews.
    preview: bool,
    /// Written once the screening is answered, which acknowledges the
    /// first-run notice shown above it.
    first_run_marker: Option<PathBuf>,
    /// The one-line warning to show when writing failed, taken once.
    failure: Option<String>,
    /// The session's first event, written when its screening is asked.
    start: Option<Event>,
    /// Whether the start has been written, so an end has a session to end.
    started: bool,
    /// The earlier session a late better / same / worse answer belongs to.
    late: Option<SessionId>,
}

impl Recorder {
    /// Opens the journal at its usual place; without one, records nothing.
    pub fn open() -> Self {
        match Journal::default_path().and_then(Journal::open) {
            Ok(journal) => Self::with(journal),
            Err(e) => Self {
                failure: Some(format!(
                    "the journal cannot be opened ({e}): this session is not recorded"
                )),
                ..Self::none()
            },
        }
    }

    /// Records into the given journal.
    pub fn with(journal: Journal) -> Self {
        Self {
            journal: Some(journal),
            ..Self::none()
        }
    }

    /// Records nothing (tests, previews).
    pub fn none() -> Self {
        Self {
            journal: None,
            preview: false,
            first_run_marker: None,
            failure: None,
            start: None,
            started: false,
            late: None,
        }
    }

    /// Marks the session as a preview (run with `--speed`), which history
    /// shows and the safety notices leave out.
    pub fn as_preview(mut self, preview: bool) -> Self {
        self.preview = preview;
        self
    }

    /// Remembers the first-run notice as read once the screening is answered.
    pub fn acknowledge_first_run_at(&mut self, marker: PathBuf) {
        self.first_run_marker = Some(marker);
    }

    /// Whether events are being written to a journal.
    pub fn is_recording(&self) -> bool {
        self.journal.is_some()
    }

    /// A warning to show the person once, if recording failed.
    pub fn take_failure(&mut self) -> Option<String> {
        self.failure.take()
    }

    /// Takes note of the session to record; its start is written when the
    /// screening is asked, so a launch that ends at the question about the
    /// last session leaves no empty session behind.
    pub fn start(&mut self, id: &str, title: &str, file: &[u8], session: &Session) {
        self.start = Some(Event::Start {
            routine: id.to_owned(),
            title: title.to_owned(),
            hash: journal::content_hash(file),
            planned_seconds: session.plan().total().as_secs(),
            preview: self.preview,
        });
    }

    /// Records a late better / same / worse answer against this session.
    pub fn answer_late_for(&mut self, session: SessionId) {
        self.late = Some(session);
    }

    /// Records what a cue means for the history, if anything.
    pub fn cue(&mut self, cue: &Cue, session: &Session) {
        match *cue {
            Cue::ScreeningAsked => {
                if let Some(start) = self.start.take() {
                    self.append(&start);
                    self.started = true;
                }
            }
            Cue::FeelingAnswered {
                late: true,
                feeling: Some(feeling),
            } => self.append_late(feeling),
            // A launch that never reached the screening has no session to end.
            Cue::Finished(_) if !self.started => return,
            _ => {}
        }
        if matches!(cue, Cue::ScreeningAnswered { .. })
            && let Some(marker) = self.first_run_marker.take()
        {
            // Failing to remember only means the notice shows once more.
            // Private, like the journal beside it: it says knead is used.
            let _ = crate::files::write_private(
                &marker,
                b"The first-run notice was shown and the screening answered.\n",
            );
        }
        if let Some(event) = event_for(cue, session) {
            self.append(&event);
        }
    }

    fn append_late(&mut self, feeling: session::Feeling) {
        let Some(earlier) = self.late.take() else {
            return;
        };
        let answer = Event::PostCheck {
            answer: journal_feeling(feeling),
        };
        let recorded = Journal::default_path()
            .and_then(|path| Journal::resume(path, earlier))
            .and_then(|mut journal| journal.append(&answer));
        if let Err(e) = recorded {
            self.failure = Some(format!("The answer could not be saved ({e})."));
        }
    }

    fn append(&mut self, event: &Event) {
        let Some(journal) = self.journal.as_mut() else {
            return;
        };
        if let Err(e) = journal.append(event) {
            self.failure = Some(format!(
                "the journal cannot be written ({e}): this session is not fully recorded"
            ));
            self.journal = None;
        }
    }
}

/// The journal event a cue stands for.
fn event_for(cue: &Cue, session: &Session) -> Option<Event> {
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
                kind: kind.to_owned(),
                title: step.title.clone(),
                side: step.side.map(|s| s.as_str().to_owned()),
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
            rating: rating.and_then(Pressure::new),
            advice: cue.pressure_advice().map(|a| a.as_str().to_owned()),
        }),
        Cue::GroupChosen { group: Some(group) } => Some(Event::Screening {
            answer: YesNo::Yes,
            group: Some(group_word(group).to_owned()),
        }),
        Cue::FeelingAnswered {
            late: false,
            feeling: Some(feeling),
        } => Some(Event::PostCheck {
            answer: journal_feeling(feeling),
        }),
        Cue::Finished(outcome) => Some(Event::End {
            outcome: journal_outcome(outcome),
            step: session.summary().steps.last().map(|s| s.index),
        }),
        _ => None,
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
pub fn journal_outcome(outcome: Outcome) -> journal::Outcome {
    match outcome {
        Outcome::Completed => journal::Outcome::Completed,
        Outcome::StoppedForSafety => journal::Outcome::StoppedForSafety,
        Outcome::StoppedAtScreening => journal::Outcome::StoppedAtScreening,
        Outcome::StoppedByPerson => journal::Outcome::StoppedByPerson,
        Outcome::Unanswered => journal::Outcome::Unanswered,
        Outcome::Interrupted => journal::Outcome::Interrupted,
    }
}

/// The journal's word for a screening group.
fn group_word(group: Group) -> &'static str {
    match group {
        Group::Builtin(Tier::Emergency) => "emergency",
        Group::Builtin(Tier::Urgent) => "urgent",
        Group::Builtin(Tier::Caution) => "caution",
        Group::Builtin(Tier::Local) => "local",
        Group::Routine => "routine",
    }
}

/// The journal's word for how the person feels.
fn journal_feeling(feeling: session::Feeling) -> Feeling {
    match feeling {
        session::Feeling::Better => Feeling::Better,
        session::Feeling::Same => Feeling::Same,
        session::Feeling::Worse => Feeling::Worse,
    }
}
