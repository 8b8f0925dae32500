//! Plain mode: the session as tagged lines, answers read from stdin.
//!
//! For screen readers, pipes, ssh sessions and scripts. One line per event,
//! each starting with a tag (`STEP:`, `CHECKIN:`, ...); only questions wait
//! for input. This is one [`Face`] of the shared session loop: it turns cues
//! into lines and lines into commands, nothing more.

mod answer;
pub mod driver;
pub mod lines;

use std::io::{self, Write};
use std::time::Instant;

use crate::coach::{Face, Heard, Moment};
use crate::routine::Breathing;
use crate::session::{Cue, Session};
use crate::text::without_answer_hint;
use crate::words;

use answer::{Answer, answer};
use driver::{Driver, Wake};
use lines::{Context, before_lines, lines_for, routine_line};

/// Lines on an output, answers from a [`Driver`].
pub struct PlainFace<W: Write, D: Driver> {
    out: W,
    driver: D,
    /// The breathing of the step a breath cue belongs to, known from the
    /// cues in order: by the time a line prints, the clock may be past it.
    pacing: Option<Breathing>,
}

impl<W: Write, D: Driver> PlainFace<W, D> {
    /// Writes to `out`, waits and reads answers through `driver`.
    pub fn new(out: W, driver: D) -> Self {
        Self {
            out,
            driver,
            pacing: None,
        }
    }

    /// The output and the driver, for tests that read what they saw.
    pub fn into_parts(self) -> (W, D) {
        (self.out, self.driver)
    }
}

impl<W: Write, D: Driver> Face for PlainFace<W, D> {
    fn show(&mut self, moment: &Moment<'_>) -> io::Result<()> {
        let session = moment.session;
        let mut lines = Vec::new();
        // Where the questions' own lines are: only they keep an answer hint.
        let mut questions = Vec::new();
        let mut previous = None;
        for timed in moment.cues {
            let cue = timed.cue;
            if let (Cue::ScreeningAsked, Some(opening)) = (cue, moment.opening) {
                lines.push(routine_line(moment.about.routine, session));
                lines.extend(before_lines(moment.about.routine, session.familiar()));
                lines.extend(opening.iter().map(|n| format!("NOTICE: {n}")));
                lines.push(format!("NOTICE: {}", words::HOW_TO_STOP_TYPED));
            }
            if let Cue::StepStarted { index, .. } = cue {
                self.pacing = session.plan().get(index).map(|step| step.breathing);
            }
            // After a sleep, a run of reminders prints once.
            if cue == Cue::Reminder && previous == Some(Cue::Reminder) {
                continue;
            }
            previous = Some(cue);
            let cx = Context {
                routine: moment.about.routine,
                session,
                emergency_number: moment.about.emergency_number,
                breathing: self.pacing,
                recording: moment.recording,
            };
            let cue_lines = lines_for(&cue, &cx);
            if cue.opens_question() && !cue_lines.is_empty() {
                questions.push(lines.len() + cue_lines.len() - 1);
            }
            lines.extend(cue_lines);
        }
        lines.extend(moment.notices.iter().map(|n| format!("NOTICE: {n}")));
        for (at, line) in lines.into_iter().enumerate() {
            // A script waits for input at a line ending with an answer hint,
            // so routine text ending with one ("... [y/n]") loses it.
            let line = if questions.contains(&at) {
                line
            } else {
                without_answer_hint(line)
            };
            writeln!(self.out, "{line}")?;
        }
        self.out.flush()
    }

    fn wait(&mut self, until: Option<Instant>, now: Instant, session: &Session) -> Heard {
        let within = until.map(|at| at.saturating_duration_since(now));
        match self.driver.wait(within, session.awaits_input()) {
            Wake::Due => Heard::Due,
            Wake::Signal => Heard::Signal,
            Wake::Eof => Heard::Closed,
            Wake::Line(line) => match answer(session.asked(), &line) {
                Answer::Command(command) => Heard::Command(command),
                Answer::Invalid(hint) => Heard::Invalid(hint),
            },
        }
    }

    fn question_shown(&mut self) {
        self.driver.question_shown();
    }
}
