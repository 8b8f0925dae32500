//! Writes a session to the journal as it happens, from its cues.
//!
//! Every face feeds its cues here, so the journal reads the same whichever
//! face ran the session. A journal that cannot be written never stops a
//! session: the first failure is reported once and the rest are dropped.

use std::path::PathBuf;

use crate::journal::{self, CheckPoint, Event, Feeling, Journal, Pressure, YesNo};
use crate::session::{Cue, Outcome, PlannedKind, Session};

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

    /// Records the start of a session.
    pub fn start(&mut self, id: &str, title: &str, file: &[u8], session: &Session) {
        self.append(&Event::Start {
            routine: id.to_owned(),
            title: title.to_owned(),
            hash: journal::content_hash(file),
            planned_seconds: session.plan().total().as_secs(),
            preview: self.preview,
        });
    }

    /// Records what a cue means for the history, if anything.
    pub fn cue(&mut self, cue: &Cue, session: &Session) {
        if matches!(cue, Cue::ScreeningAnswered { .. })
            && let Some(marker) = self.first_run_marker.take()
        {
            // Failing to remember only means the notice shows once more.
            let _ = marker.parent().map(std::fs::create_dir_all);
            let _ = std::fs::write(
                &marker,
                "The first-run notice was shown and the screening answered.\n",
            );
        }
        if let Some(event) = event_for(cue, session) {
            self.append(&event);
        }
    }

    /// Records which screening group applied after a "yes".
    pub fn screening_group(&mut self, group: &str) {
        self.append(&Event::Screening {
            answer: YesNo::Yes,
            group: Some(group.to_owned()),
        });
    }

    /// Records the answer to the post-session question.
    pub fn post_check(&mut self, answer: Feeling) {
        self.append(&Event::PostCheck { answer });
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
        Cue::PressureRated { index, rating } => Some(Event::Pressure {
            step: index,
            point: last_check_point(session, index),
            rating: rating.and_then(Pressure::new),
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
