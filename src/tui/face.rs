//! The full-screen face of the shared session loop: draws frames, reads
//! keys, and sleeps until the picture or the session next changes.

use std::io;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::build::{self, Fixed, Local};
use super::input::Input;
use super::keys::{Action, KeyContext, action_for, rating_after};
use super::terminal::FullScreen;
use super::view::{Overlay, View};
use super::{pacer, screens, wake};
use crate::clock::SessionClock;
use crate::coach::{Face, Heard, Moment};
use crate::routine::Routine;
use crate::session::{Command, Cue, Feeling, Mode, Session, Status};
use crate::sound::Switches;

/// The session on the full screen.
pub struct TuiFace<'a> {
    screen: FullScreen,
    inputs: Receiver<Input>,
    clock: SessionClock,
    fixed: Fixed<'a>,
    local: Local,
    sound: Switches,
    /// The last frame drawn, so an unchanged picture is never drawn again.
    drawn: Option<Buffer>,
    /// The text in the window title, set only when it changes.
    title: String,
}

impl<'a> TuiFace<'a> {
    /// A face over an entered full screen.
    pub fn new(
        screen: FullScreen,
        inputs: Receiver<Input>,
        clock: SessionClock,
        fixed: Fixed<'a>,
        sound: Switches,
    ) -> Self {
        Self {
            screen,
            inputs,
            clock,
            fixed,
            local: Local::default(),
            sound,
            drawn: None,
            title: String::new(),
        }
    }

    /// The routine this face shows.
    pub fn routine(&self) -> &Routine {
        self.fixed.routine
    }

    /// Keeps the last screen (guidance after a stop, the summary) until the
    /// person presses a key, so nothing important vanishes unread.
    pub fn linger(&mut self, session: &Session) -> io::Result<()> {
        self.local.overlay = None;
        loop {
            let now = self.clock.now();
            self.draw(session, &session.status(now))?;
            match self.inputs.recv() {
                Ok(Input::Key(key)) => {
                    let context = build::key_context(&session.status(now), &self.local);
                    match action_for(key, context) {
                        Some(Action::ScrollUp | Action::PageUp) => self.scroll(session, -1),
                        Some(Action::ScrollDown | Action::PageDown) => self.scroll(session, 1),
                        Some(_) => return Ok(()),
                        None => {}
                    }
                }
                Ok(Input::Resize) => self.drawn = None,
                Ok(Input::Signal | Input::Closed) | Err(_) => return Ok(()),
            }
        }
    }

    fn view(&self, session: &Session, status: &Status) -> View {
        build::view(&self.fixed, session, status, &self.local)
    }

    /// Draws the frame for `status` if it differs from the last one drawn.
    fn draw(&mut self, session: &Session, status: &Status) -> io::Result<()> {
        let view = self.view(session, status);
        let size = self.screen.terminal().size()?;
        let area = Rect::new(0, 0, size.width, size.height);
        let mut frame = Buffer::empty(area);
        screens::render(&view, area, &mut frame);
        if self.drawn.as_ref() == Some(&frame) {
            return Ok(());
        }
        self.screen
            .terminal()
            .draw(|f| screens::render(&view, f.area(), f.buffer_mut()))?;
        self.drawn = Some(frame);
        self.set_title(status)
    }

    /// The step's time left in the window title, for a person in another window.
    fn set_title(&mut self, status: &Status) -> io::Result<()> {
        let routine = &self.fixed.routine.title;
        let title = match status.mode {
            Mode::Running | Mode::Paused => {
                format!("{} · {}", build::title_time(status.time_left), routine)
            }
            Mode::CheckIn { .. } | Mode::Screening | Mode::PressureRating => {
                format!("Question waiting · {routine}")
            }
            _ => format!("knead · {routine}"),
        };
        if title != self.title {
            self.screen.set_title(&title)?;
            self.title = title;
        }
        Ok(())
    }

    fn scroll(&mut self, session: &Session, by: i32) {
        let view = self.view(session, &session.status(self.clock.now()));
        let size = self.screen.terminal().size().unwrap_or_default();
        let most = screens::max_scroll(&view, Rect::new(0, 0, size.width, size.height));
        let next = i32::from(self.local.scroll) + by;
        self.local.scroll = u16::try_from(next.max(0)).unwrap_or(0).min(most);
    }

    /// What a key press means now: a command for the engine, or something
    /// this face handles itself (help, scrolling, sound, the typed rating).
    fn act(&mut self, action: Action, session: &Session, context: KeyContext) -> Option<Heard> {
        let command = |c| Some(Heard::Command(c));
        match action {
            Action::Answer(yes) => command(Command::Answer(yes)),
            Action::TogglePause => command(Command::TogglePause),
            Action::FoundIt => command(Command::FoundIt),
            Action::Next => command(Command::Next),
            Action::Previous => command(Command::Previous),
            Action::Extend => command(Command::Extend),
            Action::Shorten => command(Command::Shorten),
            Action::Stop | Action::Quit => {
                self.local.overlay = None;
                command(Command::Stop)
            }
            Action::Interrupt => Some(Heard::Signal),
            Action::Submit => command(Command::Rate(self.local.typed.take())),
            Action::Choose(n) => command(Command::Choose(usize::from(n).saturating_sub(1))),
            Action::Feel(feeling) => command(Command::Feel(match feeling {
                super::view::Feeling::Better => Feeling::Better,
                super::view::Feeling::Same => Feeling::Same,
                super::view::Feeling::Worse => Feeling::Worse,
            })),
            Action::Digit(_) | Action::RatingUp | Action::RatingDown => {
                self.local.typed = rating_after(self.local.typed, action);
                None
            }
            Action::Mute => {
                let muted = self.sound.toggle_mute();
                self.fixed.flags.muted = muted;
                self.local.notice = Some(if muted { "Sound off" } else { "Sound on" }.into());
                None
            }
            Action::BreathSounds => {
                let on = self.sound.toggle_breath();
                self.fixed.flags.breath_sounds = on;
                let word = if on { "on" } else { "off" };
                self.local.notice = Some(format!("Breath sounds {word}"));
                None
            }
            Action::Help => {
                self.local.overlay = Some(Overlay::Help);
                None
            }
            Action::AskQuit => {
                self.local.overlay = Some(Overlay::ConfirmQuit);
                None
            }
            Action::Dismiss => {
                self.local.overlay = None;
                None
            }
            Action::ScrollUp => self.scroll_by(session, -1),
            Action::ScrollDown => self.scroll_by(session, 1),
            Action::PageUp => self.scroll_by(session, -8),
            Action::PageDown => self.scroll_by(session, 8),
            // Leaving is the session's end; a finished session waits for no key.
            Action::Leave => (context == KeyContext::Stopped).then_some(Heard::Due),
        }
    }

    fn scroll_by(&mut self, session: &Session, by: i32) -> Option<Heard> {
        self.scroll(session, by);
        None
    }

    /// Takes note of what the cues mean for the screen: a question opens
    /// with a bell and a title, a milestone leaves a line.
    fn note(&mut self, cue: Cue) -> io::Result<()> {
        let line = match cue {
            Cue::Halfway { .. } => Some("Halfway there".to_owned()),
            Cue::SwitchSides => Some("Switch sides".to_owned()),
            Cue::HoldAdjusted { duration, .. } => Some(format!(
                "Hold now {}",
                crate::routine::duration::format(duration)
            )),
            Cue::Reminder => Some("Still waiting: ease off while you decide".to_owned()),
            Cue::SpotFound { .. } => Some("Counting".to_owned()),
            // The paused screen says so itself, in words.
            Cue::StepStarted { .. } | Cue::Paused | Cue::Resumed => Some(String::new()),
            _ => None,
        };
        if let Some(line) = line {
            self.local.notice = (!line.is_empty()).then_some(line);
        }
        let asks = matches!(
            cue,
            Cue::ScreeningAsked
                | Cue::CheckInAsked { .. }
                | Cue::PressureAsked { .. }
                | Cue::GroupAsked
                | Cue::FeelingAsked { .. }
                | Cue::Reminder
        );
        if asks {
            self.local.scroll = 0;
            self.local.typed = None;
            self.screen.bell()?;
        }
        if matches!(cue, Cue::Finished(_)) {
            self.local.scroll = 0;
            self.local.overlay = None;
        }
        Ok(())
    }
}

impl Face for TuiFace<'_> {
    fn now(&mut self) -> Instant {
        self.clock.now()
    }

    fn show(&mut self, moment: &Moment<'_>) -> io::Result<()> {
        if let Some(opening) = moment.opening {
            self.local.opening = opening.to_vec();
        }
        self.local.recording = moment.recording;
        for timed in moment.cues {
            self.note(timed.cue)?;
        }
        if let Some(last) = moment.notices.last() {
            self.local.notice = Some(last.clone());
        }
        let status = moment.session.status(self.clock.now());
        self.draw(moment.session, &status)
    }

    fn wait(&mut self, until: Option<Instant>, session: &Session) -> Heard {
        loop {
            let now = self.clock.now();
            if until.is_some_and(|at| at <= now) {
                return Heard::Due;
            }
            let status = session.status(now);
            if self.draw(session, &status).is_err() {
                return Heard::Closed;
            }
            let change = wake::next_change(&status, now, self.levels(session, &status));
            let wake_at = [until, change].into_iter().flatten().min();
            let received = match wake_at {
                Some(at) => self.inputs.recv_timeout(self.clock.real_wait(at)),
                None => self
                    .inputs
                    .recv()
                    .map_err(|_| RecvTimeoutError::Disconnected),
            };
            match received {
                Err(RecvTimeoutError::Timeout) | Ok(Input::Resize) => {}
                Err(RecvTimeoutError::Disconnected) | Ok(Input::Closed) => return Heard::Closed,
                Ok(Input::Signal) => return Heard::Signal,
                Ok(Input::Key(key)) => {
                    let context = build::key_context(&status, &self.local);
                    let heard = action_for(key, context)
                        .and_then(|action| self.act(action, session, context));
                    if let Some(heard) = heard {
                        return heard;
                    }
                }
            }
        }
    }
}

impl TuiFace<'_> {
    /// How many sizes the pacer or positions the roll marker can show now.
    fn levels(&mut self, session: &Session, status: &Status) -> u16 {
        let view = self.view(session, status);
        let size = self.screen.terminal().size().unwrap_or_default();
        let area = Rect::new(0, 0, size.width, size.height);
        match screens::pacer_area(&view, area) {
            Some(pacer) if status.roll.is_some() => pacer::roll_levels(pacer),
            Some(pacer) => pacer::levels(pacer),
            None => 0,
        }
    }
}
