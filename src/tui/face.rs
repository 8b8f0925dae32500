//! The full-screen face of the shared session loop: the session is a page
//! of the window (see [`super::page`]), shown at the instant the loop hands
//! in, and its last screen lingers as a page of its own.

use std::fmt::Write as _;
use std::io;
use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::build::{self, Fixed, Local};
use super::countdown::Clock;
use super::input::{Events, Wait};
use super::keys::{Action, action_for, context, rating_after};
use super::page::{self, Page, Shown};
use super::terminal::Screen;
use super::view::{Overlay, Stage, View};
use super::{pacer, screens, wake};
use crate::coach::{Face, Heard, Moment};
use crate::session::{Asked, Command, Cue, Mode, Session, Status};
use crate::sound::Switches;
use crate::words;

/// The session on the full screen (or a test screen), with its keys from `E`.
pub struct TuiFace<'a, S: Screen, E: Events> {
    screen: S,
    events: E,
    shown: Shown,
    pane: Pane<'a>,
}

/// What the face keeps between pages: what is fixed, what only the screen
/// knows (scroll, overlay, typed rating, notice), and the sound switches.
struct Pane<'a> {
    fixed: Fixed<'a>,
    local: Local,
    sound: Switches,
    /// The instant the loop last handed in: every frame shows the session
    /// at it, and the face never reads a clock of its own.
    at: Option<Instant>,
    /// The pacer's levels over the area last drawn, and whether that page
    /// asks the person something, worked out with the frame, so the wait
    /// after it builds no second view.
    levels: Option<(Rect, u16, bool)>,
}

impl<'a, S: Screen, E: Events> TuiFace<'a, S, E> {
    /// A face drawing on `screen`, hearing `events`.
    pub fn new(screen: S, events: E, fixed: Fixed<'a>, sound: Switches) -> Self {
        Self {
            screen,
            events,
            shown: Shown::default(),
            pane: Pane {
                fixed,
                local: Local::default(),
                sound,
                at: None,
                levels: None,
            },
        }
    }

    /// The screen, for tests that look at what was drawn.
    pub fn screen(&self) -> &S {
        &self.screen
    }

    /// Keeps the last screen (guidance after a stop, the summary) until the
    /// person presses a key, so nothing important vanishes unread.
    pub fn linger(&mut self, session: &Session) -> io::Result<()> {
        let Some(at) = self.pane.at else {
            return Ok(());
        };
        self.pane.local.overlay = None;
        self.shown.redraw();
        let mut last = SessionPage {
            pane: &mut self.pane,
            session,
            status: session.status(at),
            until: None,
            lingering: true,
        };
        page::show(
            &mut last,
            &mut self.screen,
            &mut self.events,
            &mut self.shown,
        )?;
        Ok(())
    }

    /// Takes note of what a cue means for the screen: a question opens
    /// with a bell and a clean page (the notice line is `build`'s).
    fn note(&mut self, cue: Cue) -> io::Result<()> {
        let local = &mut self.pane.local;
        if cue.opens_question() {
            local.seen_end = false;
            local.unread = false;
            local.no_such_group = false;
        }
        if cue.rings() {
            local.scroll = 0;
            local.typed = None;
            self.screen.bell()?;
        }
        if matches!(cue, Cue::Finished(_)) {
            local.scroll = 0;
            local.overlay = None;
        }
        Ok(())
    }
}

impl<S: Screen, E: Events> Face for TuiFace<'_, S, E> {
    fn show(&mut self, moment: &Moment<'_>) -> io::Result<()> {
        self.pane.at = Some(moment.now);
        let local = &mut self.pane.local;
        if let Some(opening) = moment.opening {
            local.opening = opening.to_vec();
        }
        local.recording = moment.recording;
        let before = local.notice.take();
        let routine = self.pane.fixed.routine;
        let (notice, passing) = build::next_notice(moment.cues, before, moment.session, routine);
        local.notice = notice;
        match passing {
            Some(true) => local.brief_until = Some(moment.now + build::BRIEF),
            Some(false) => local.brief_until = None,
            None => {}
        }
        // A step's frames come every second at least: no wake of its own.
        if local.brief_until.is_some_and(|until| until <= moment.now) {
            local.notice = None;
            local.brief_until = None;
        }
        for timed in moment.cues {
            self.note(timed.cue)?;
        }
        let status = moment.session.status(moment.now);
        if matches!(
            status.mode,
            Mode::NotStarted | Mode::Asking(Asked::Screening)
        ) {
            // Before the first step (a sound device found missing while the
            // list is read) a notice joins the opening ones on the page,
            // in full: the one-row notice line waits for the steps.
            let opening = &mut self.pane.local.opening;
            for notice in moment.notices {
                if !opening.contains(notice) {
                    opening.push(notice.clone());
                }
            }
        } else if let Some(last) = moment.notices.last() {
            self.pane.local.notice = Some(last.clone());
            self.pane.local.brief_until = None;
        }
        let view = self.pane.view(moment.session, &status);
        if self
            .screen
            .draw(&mut |area, frame| screens::render(&view, area, frame))?
        {
            self.events.drawn();
        }
        let area = self.screen.size()?;
        self.pane.levels = Some((area, levels(&view, &status, area), context(&view).asks()));
        let pane = &self.pane;
        self.shown
            .set_title_with(&mut self.screen, |title| write_title(pane, &view, title))?;
        self.shown.drawn();
        Ok(())
    }

    /// Waits for the person, or until the session or the picture next
    /// changes; the frame for `now` is already on screen (see `show`).
    fn wait(&mut self, until: Option<Instant>, now: Instant, session: &Session) -> Heard {
        self.pane.at = Some(now);
        if until.is_some_and(|at| at <= now) {
            return Heard::Due;
        }
        let mut running = SessionPage {
            pane: &mut self.pane,
            session,
            status: session.status(now),
            until,
            lingering: false,
        };
        page::show(
            &mut running,
            &mut self.screen,
            &mut self.events,
            &mut self.shown,
        )
        .unwrap_or(Heard::Closed)
    }
}

/// The session at one instant, as a page: running, or its last screen.
struct SessionPage<'p, 'a> {
    pane: &'p mut Pane<'a>,
    session: &'p Session,
    status: Status,
    /// When the session next has something to do.
    until: Option<Instant>,
    /// The session is over: any key but scrolling leaves.
    lingering: bool,
}

impl SessionPage<'_, '_> {
    fn view(&self) -> View {
        self.pane.view(self.session, &self.status)
    }

    /// What a key does; `deliberate` when it may answer a question.
    fn heard(&mut self, key: KeyEvent, area: Rect, deliberate: bool) -> Option<Heard> {
        // What a key changes is drawn afresh, levels and all.
        self.pane.levels = None;
        let view = self.view();
        let action = action_for(key, context(&view))?;
        if !deliberate && action.answers() {
            return None;
        }
        // The frame the key answers is the one drawn over `area`: if it
        // showed the screening's end, the whole list has been on screen.
        if reads_to_end(&view.stage) && self.pane.local.scroll >= screens::max_scroll(&view, area) {
            self.pane.local.seen_end = true;
        }
        if self.lingering {
            return match action {
                Action::ScrollUp => self.pane.scroll(&view, area, -1),
                Action::ScrollDown => self.pane.scroll(&view, area, 1),
                Action::PageUp => self.pane.scroll(&view, area, -page(&view, area)),
                Action::PageDown => self.pane.scroll(&view, area, page(&view, area)),
                _ => Some(Heard::Closed),
            };
        }
        self.pane.act(action, &view, area)
    }
}

/// The step's time left in the window title, for a person in another
/// window, written into `out`.
fn write_title(pane: &Pane<'_>, view: &View, out: &mut String) {
    let routine = &pane.fixed.routine.title;
    // Writing to a String cannot fail.
    let _ = match &view.stage {
        Stage::Step(step) | Stage::Paused(step) => {
            write!(out, "{} · {}", Clock(step.left), routine)
        }
        Stage::Before(_) | Stage::CheckIn(..) | Stage::Pressure(..) => {
            write!(out, "Question waiting · {routine}")
        }
        _ => write!(out, "knead · {routine}"),
    };
}

impl Page for SessionPage<'_, '_> {
    type Ending = Heard;

    fn render(&mut self, area: Rect, frame: &mut Buffer) {
        screens::render(&self.view(), area, frame);
    }

    fn key(&mut self, key: KeyEvent, area: Rect) -> Option<Heard> {
        self.heard(key, area, true)
    }

    /// A key too quick to be an answer does all a key does but answer.
    fn rushed(&mut self, key: KeyEvent, area: Rect) -> Option<Heard> {
        self.heard(key, area, false)
    }

    fn wait(&self, area: Rect) -> Wait {
        let (Some(now), false) = (self.pane.at, self.lingering) else {
            // The last screen waits for the person only.
            return Wait::default();
        };
        let (levels, asking) = match self.pane.levels {
            Some((drawn, levels, asking)) if drawn == area => (levels, asking),
            _ => {
                let view = self.view();
                (levels(&view, &self.status, area), context(&view).asks())
            }
        };
        let redraw = wake::next_change(&self.status, now, levels);
        Wait {
            redraw: redraw.map(|at| at.saturating_duration_since(now)),
            deadline: self.until.map(|at| at.saturating_duration_since(now)),
            asking,
        }
    }

    /// The time came (the next second, the pacer, the session's deadline):
    /// the loop takes a turn and draws again at a fresh instant.
    fn time(&mut self) -> Option<Heard> {
        Some(Heard::Due)
    }

    fn ended(&mut self, signal: bool) -> Heard {
        if signal { Heard::Signal } else { Heard::Closed }
    }

    fn title(&self) -> Option<String> {
        let mut title = String::new();
        write_title(self.pane, &self.view(), &mut title);
        Some(title)
    }
}

impl Pane<'_> {
    fn view(&self, session: &Session, status: &Status) -> View {
        build::view(&self.fixed, session, status, &self.local)
    }

    /// Scrolls the long page of `view` drawn over `area`.
    fn scroll(&mut self, view: &View, area: Rect, by: i32) -> Option<Heard> {
        let most = usize::from(screens::max_scroll(view, area));
        let at = page::scrolled(usize::from(self.local.scroll), by, most);
        self.local.scroll = u16::try_from(at).unwrap_or(u16::MAX);
        // The next frame, drawn before any key is read, shows the end.
        if at == most && reads_to_end(&view.stage) {
            self.local.seen_end = true;
        }
        None
    }

    /// What a key press means now: a command for the engine, or something
    /// this face handles itself (help, scrolling, sound, the typed rating).
    fn act(&mut self, action: Action, view: &View, area: Rect) -> Option<Heard> {
        let command = |c| Some(Heard::Command(c));
        match action {
            // A question too long to pin in a small window scrolls with
            // the page: "y" and "n" turn it until its end has shown.
            Action::Answer(_) if screens::question_unread(view, area, self.local.scroll) => {
                self.scroll(view, area, page(view, area))
            }
            // "No, start" (or "no, go on") only from someone who has had
            // the whole list on screen: before that, "n" turns the page and
            // says why.
            Action::Answer(false) if reads_to_end(&view.stage) && !self.local.seen_end => {
                self.local.unread = true;
                self.scroll(view, area, page(view, area))
            }
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
            Action::Choose(n) => match &view.stage {
                Stage::ChooseGroup(choose) if usize::from(n) > choose.headings.len() => {
                    self.local.no_such_group = true;
                    None
                }
                _ => command(Command::Choose(usize::from(n).saturating_sub(1))),
            },
            Action::Feel(feeling) => command(Command::Feel(feeling)),
            Action::ReviewConditions => command(Command::ReviewConditions),
            Action::Digit(_) | Action::RatingUp | Action::RatingDown => {
                self.local.typed = rating_after(self.local.typed, action);
                None
            }
            Action::Mute => {
                let muted = self.sound.toggle_mute();
                self.fixed.flags.muted = muted;
                self.local.notice = Some(words::sound_switched(muted, self.fixed.routine).into());
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
            Action::ScrollUp => self.scroll(view, area, -1),
            Action::ScrollDown => self.scroll(view, area, 1),
            Action::PageUp => self.scroll(view, area, -page(view, area)),
            Action::PageDown => self.scroll(view, area, page(view, area)),
            // At the question after the session (or about the last one) the
            // key bar offers "q leave": the question is left unanswered, as
            // a stop leaves it. The last screen's leaving is `linger`'s.
            Action::Leave => command(Command::Stop),
        }
    }
}

/// How many lines a page key scrolls: what the page shows, less one.
fn page(view: &View, area: Rect) -> i32 {
    i32::from(screens::page_rows(view, area))
}

/// Whether "no" on this stage waits until its whole list has been on
/// screen: the screening's warning signs, the check-in's stop signs.
fn reads_to_end(stage: &Stage) -> bool {
    matches!(stage, Stage::Before(_) | Stage::CheckIn(..))
}

/// How many sizes the pacer or positions the roll marker can show now.
fn levels(view: &View, status: &Status, area: Rect) -> u16 {
    // Without motion the shape and marker are words: only seconds change.
    if view.flags.reduce_motion {
        return 0;
    }
    match screens::pacer_area(view, area) {
        Some(pacer) if status.roll.is_some() => pacer::roll_levels(pacer),
        Some(pacer) => pacer::levels(pacer),
        None => 0,
    }
}
