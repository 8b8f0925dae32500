//! The full-screen face of the shared session loop: draws frames, reads
//! keys, and sleeps until the picture or the session next changes.

use std::io;
use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::build::{self, Fixed, Local};
use super::clock::clock;
use super::input::{Events, Input, Wait};
use super::keys::{Action, action_for, context, rating_after};
use super::terminal::{Screen, show_changed};
use super::view::{Overlay, Stage, View};
use super::{pacer, screens, wake};
use crate::coach::{Face, Heard, Moment};
use crate::session::{Command, Cue, Session, Status};
use crate::sound::Switches;

/// The session on the full screen (or a test screen), with its time and
/// keys from `E`.
pub struct TuiFace<'a, S: Screen, E: Events> {
    screen: S,
    events: E,
    fixed: Fixed<'a>,
    local: Local,
    sound: Switches,
    /// The last frame drawn, so an unchanged picture is never drawn again.
    drawn: Option<Buffer>,
    /// The text in the window title, set only when it changes.
    title: String,
    /// The instant the loop last handed in: every frame shows the session
    /// at it, and the face never reads a clock of its own.
    at: Option<Instant>,
}

impl<'a, S: Screen, E: Events> TuiFace<'a, S, E> {
    /// A face drawing on `screen`, hearing `events`.
    pub fn new(screen: S, events: E, fixed: Fixed<'a>, sound: Switches) -> Self {
        Self {
            screen,
            events,
            fixed,
            local: Local::default(),
            sound,
            drawn: None,
            title: String::new(),
            at: None,
        }
    }

    /// The screen, for tests that look at what was drawn.
    pub fn screen(&self) -> &S {
        &self.screen
    }

    /// Keeps the last screen (guidance after a stop, the summary) until the
    /// person presses a key, so nothing important vanishes unread.
    pub fn linger(&mut self, session: &Session) -> io::Result<()> {
        let Some(at) = self.at else {
            return Ok(());
        };
        self.local.overlay = None;
        loop {
            let view = self.view(session, &session.status(at));
            self.draw(&view)?;
            let context = context(&view);
            let wait = Wait {
                asked: Some(context),
                ..Wait::default()
            };
            match self.events.next(&wait) {
                Some(Input::Key(key)) => match action_for(key, context) {
                    Some(Action::ScrollUp | Action::PageUp) => self.scroll(session, -1),
                    Some(Action::ScrollDown | Action::PageDown) => self.scroll(session, 1),
                    Some(_) => return Ok(()),
                    None => {}
                },
                Some(Input::Resize) => self.drawn = None,
                Some(Input::Signal | Input::Closed) | None => return Ok(()),
            }
        }
    }

    fn view(&self, session: &Session, status: &Status) -> View {
        build::view(&self.fixed, session, status, &self.local)
    }

    /// Renders `view` and writes it to the screen only if it differs from
    /// the last frame written: an unchanged frame costs one render, no I/O.
    fn draw(&mut self, view: &View) -> io::Result<()> {
        let area = self.screen.size()?;
        let mut frame = Buffer::empty(area);
        screens::render(view, area, &mut frame);
        if !show_changed(&mut self.screen, &mut self.drawn, frame)? {
            return Ok(());
        }
        self.set_title(view)
    }

    /// The step's time left in the window title, for a person in another window.
    fn set_title(&mut self, view: &View) -> io::Result<()> {
        let routine = &self.fixed.routine.title;
        let title = match &view.stage {
            Stage::Step(step) | Stage::Paused(step) => {
                format!("{} · {}", clock(step.left), routine)
            }
            Stage::Before(_) | Stage::CheckIn(..) | Stage::Pressure(..) => {
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
        let Some(at) = self.at else {
            return;
        };
        let view = self.view(session, &session.status(at));
        let area = self.screen.size().unwrap_or_default();
        let most = screens::max_scroll(&view, area);
        let next = i32::from(self.local.scroll) + by;
        self.local.scroll = u16::try_from(next.max(0)).unwrap_or(0).min(most);
    }

    /// What a key press means now: a command for the engine, or something
    /// this face handles itself (help, scrolling, sound, the typed rating).
    fn act(&mut self, action: Action, session: &Session) -> Option<Heard> {
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
            Action::Feel(feeling) => command(Command::Feel(feeling.into())),
            Action::ReviewConditions => command(Command::ReviewConditions),
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
            // Leaving matters only once the session is over (see `linger`).
            Action::Leave => None,
        }
    }

    fn scroll_by(&mut self, session: &Session, by: i32) -> Option<Heard> {
        self.scroll(session, by);
        None
    }

    /// Takes note of what a cue means for the screen: a question opens
    /// with a bell and a clean page (the notice line is `build`'s).
    fn note(&mut self, cue: Cue) -> io::Result<()> {
        if cue.rings() {
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

impl<S: Screen, E: Events> Face for TuiFace<'_, S, E> {
    fn show(&mut self, moment: &Moment<'_>) -> io::Result<()> {
        self.at = Some(moment.now);
        if let Some(opening) = moment.opening {
            self.local.opening = opening.to_vec();
        }
        self.local.recording = moment.recording;
        let before = self.local.notice.take();
        let routine = self.fixed.routine;
        self.local.notice = build::notice_after(moment.cues, before, moment.session, routine);
        for timed in moment.cues {
            self.note(timed.cue)?;
        }
        if let Some(last) = moment.notices.last() {
            self.local.notice = Some(last.clone());
        }
        let status = moment.session.status(moment.now);
        let view = self.view(moment.session, &status);
        self.draw(&view)
    }

    /// Waits for the person, or until the session or the picture next
    /// changes; the frame for `now` is already on screen (see `show`).
    fn wait(&mut self, until: Option<Instant>, now: Instant, session: &Session) -> Heard {
        self.at = Some(now);
        if until.is_some_and(|at| at <= now) {
            return Heard::Due;
        }
        let status = session.status(now);
        let view = self.view(session, &status);
        let context = context(&view);
        let redraw = wake::next_change(&status, now, self.levels(&view, &status));
        let wait = Wait {
            redraw: redraw.map(|at| at.saturating_duration_since(now)),
            deadline: until.map(|at| at.saturating_duration_since(now)),
            asked: session.awaits_input().then_some(context),
        };
        match self.events.next(&wait) {
            // Time came, or the window changed: the loop takes a turn and
            // draws again at a fresh instant.
            None | Some(Input::Resize) => Heard::Due,
            Some(Input::Closed) => Heard::Closed,
            Some(Input::Signal) => Heard::Signal,
            Some(Input::Key(key)) => action_for(key, context)
                .and_then(|action| self.act(action, session))
                .unwrap_or(Heard::Due),
        }
    }
}

impl<S: Screen, E: Events> TuiFace<'_, S, E> {
    /// How many sizes the pacer or positions the roll marker can show now.
    fn levels(&mut self, view: &View, status: &Status) -> u16 {
        // Without motion the shape and marker are words: only seconds change.
        if view.flags.reduce_motion {
            return 0;
        }
        // The area just drawn: no need to ask the terminal again.
        let area = self
            .drawn
            .as_ref()
            .map_or_else(Rect::default, |frame| frame.area);
        match screens::pacer_area(view, area) {
            Some(pacer) if status.roll.is_some() => pacer::roll_levels(pacer),
            Some(pacer) => pacer::levels(pacer),
            None => 0,
        }
    }
}
