//! Writes a session to the journal as it happens, from its cues.
//!
//! Every face feeds its cues here, so the journal reads the same whichever
//! face ran the session. A journal that cannot be written never stops a
//! session: the first failure is reported once and the rest are dropped.
//! A journal another program holds locked never delays one either: events
//! wait in memory and are written at the next chance.

mod events;

use std::path::PathBuf;
use std::time::Duration;

use jiff::Timestamp;

use crate::journal::{self, Event, Journal, JournalError, SessionId, YesNo};
use crate::remembered;
use crate::session::{self, Cue, Session};

use events::event_for;

pub use events::journal_outcome;

/// How long one cue waits for another program's lock on the journal: the
/// cue is shown after it is journaled, and a question must not be late.
pub const LOCK_PATIENCE: Duration = Duration::from_millis(200);

/// How long the end of a session waits for a busy journal to write what is
/// still in memory: the questions are over, a short wait costs nothing.
pub const END_PATIENCE: Duration = Duration::from_secs(2);

/// The journal side of one session.
pub struct Recorder {
    journal: Option<Journal>,
    /// Sessions run faster than real time are marked as previews.
    preview: bool,
    /// Written once the screening is answered, which acknowledges the
    /// first-run notice shown above it.
    first_run_marker: Option<PathBuf>,
    /// Where the long-standing answers are remembered.
    conditions_file: Option<PathBuf>,
    /// The one-line warning to show when writing failed, taken once.
    failure: Option<String>,
    /// The session's first event, written when its screening is asked.
    start: Option<Event>,
    /// Whether the start has been written, so an end has a session to end.
    started: bool,
    /// Whether this session's long-standing answers are in the journal yet.
    conditions_written: bool,
    /// Before the first step, events wait in memory: a signal or the end of
    /// input there leaves no session behind, since nothing was done.
    holding: bool,
    /// The earlier session a late better / same / worse answer belongs to.
    late: Option<SessionId>,
    /// Events not written yet because another program held the journal,
    /// oldest first, with the time each happened.
    backlog: Vec<(Event, Timestamp)>,
    /// Whether the person has been told that the journal is busy.
    told_busy: bool,
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
            conditions_file: None,
            failure: None,
            start: None,
            started: false,
            conditions_written: false,
            holding: true,
            late: None,
            backlog: Vec::new(),
            told_busy: false,
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

    /// Remembers the long-standing answers in `path` once they are settled.
    pub fn remember_conditions_at(&mut self, path: PathBuf) {
        self.conditions_file = Some(path);
    }

    /// Whether events are being written to a journal.
    pub fn is_recording(&self) -> bool {
        self.journal.is_some()
    }

    /// A warning to show the person once, if recording failed.
    pub fn take_failure(&mut self) -> Option<String> {
        self.failure.take()
    }

    /// Takes note of the session to record; its start dates from the
    /// screening, so a launch that ends at the question about the last
    /// session leaves no empty session behind, and it is written with the
    /// first step or an answered ending (a signal or the end of input before
    /// the first step leaves nothing).
    pub fn start(&mut self, id: &str, title: &str, file: &[u8], session: &Session) {
        self.start = Some(Event::Start {
            routine: id.into(),
            title: title.into(),
            hash: journal::content_hash(file).into(),
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
        // A session whose answers were remembered, not asked, records them
        // as its first step starts: each session says what it ran under.
        if matches!(cue, Cue::StepStarted { .. }) && self.started && !self.conditions_written {
            self.conditions_written = true;
            self.append(&events::conditions(session, None));
        }
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
            } => self.append_late(&Event::PostCheck { answer: feeling }),
            Cue::NewSymptomsAnswered { late: true, yes } => {
                let answer = if yes { YesNo::Yes } else { YesNo::No };
                self.append_late(&Event::NewSymptoms { answer });
            }
            // A launch that never reached the screening has no session to end.
            Cue::Finished(_) if !self.started => return,
            Cue::Finished(session::Outcome::Interrupted | session::Outcome::Unanswered)
                if self.holding =>
            {
                self.backlog.clear();
                self.started = false;
                return;
            }
            Cue::StepStarted { .. } | Cue::Finished(_) if self.holding => {
                self.holding = false;
                self.flush(LOCK_PATIENCE);
            }
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
        if let (Cue::ConditionsSettled, Some(path)) = (cue, &self.conditions_file)
            && let Err(e) = remembered::save(path, session.conditions(), Timestamp::now())
        {
            self.failure = Some(format!(
                "Your answers could not be remembered ({e}); they will be asked again."
            ));
        }
        if let Some(event) = event_for(cue, session) {
            self.conditions_written |= matches!(event, Event::Conditions { .. });
            self.append(&event);
        }
    }

    /// Adds an answer to the earlier session; after "worse", the question
    /// about new symptoms follows, for the same session.
    fn append_late(&mut self, answer: &Event) {
        let Some(earlier) = self.late.clone() else {
            return;
        };
        let recorded = Journal::default_path()
            .and_then(|path| Journal::resume(path, earlier))
            // The screening comes next: it must not wait on another's lock.
            .and_then(|mut journal| journal.append_within(answer, Journal::now(), LOCK_PATIENCE));
        if let Err(e) = recorded {
            self.failure = Some(format!("The answer could not be saved ({e})."));
        }
    }

    /// Writes what is still waiting for a busy journal, waiting for it a
    /// little longer; what still cannot be written is reported as lost.
    /// Called once the session is over.
    pub fn finish(&mut self) {
        self.flush(END_PATIENCE);
        if !self.backlog.is_empty() {
            let lost = self.backlog.len();
            self.backlog.clear();
            self.journal = None;
            self.failure = Some(format!(
                "the journal stayed in use by another program: {lost} events of this \
                 session were not recorded"
            ));
        }
    }

    fn append(&mut self, event: &Event) {
        if self.journal.is_none() {
            return;
        }
        // Already waiting: one try, no wait, so a held lock costs a
        // session at most one short wait.
        let patience = if self.backlog.is_empty() {
            LOCK_PATIENCE
        } else {
            Duration::ZERO
        };
        self.backlog.push((event.clone(), Journal::now()));
        if !self.holding {
            self.flush(patience);
        }
    }

    /// Writes the waiting events in order, until the journal is busy.
    fn flush(&mut self, patience: Duration) {
        let Some(journal) = self.journal.as_mut() else {
            return;
        };
        while let Some((event, at)) = self.backlog.first() {
            match journal.append_within(event, *at, patience) {
                Ok(()) => {
                    self.backlog.remove(0);
                }
                Err(JournalError::Busy { .. }) => {
                    if !std::mem::replace(&mut self.told_busy, true) {
                        self.failure = Some(
                            "the journal is in use by another program: this session's events \
                             are kept and written as soon as it is free"
                                .to_owned(),
                        );
                    }
                    return;
                }
                Err(e) => {
                    self.failure = Some(format!(
                        "the journal cannot be written ({e}): this session is not fully recorded"
                    ));
                    self.journal = None;
                    self.backlog.clear();
                    return;
                }
            }
        }
    }
}
