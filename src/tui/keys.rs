//! Keys become actions in one pure function; only the engine changes state.
//!
//! Only key presses count: Windows also reports releases, and a held key's
//! repeats must not answer a safety question twice. Letters are read in
//! either case, so Caps Lock never makes a key dead.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::view::{Feeling, Overlay, Stage, View};

/// What the person asked for; the session loop maps it to engine commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Yes or no to the question on screen.
    Answer(bool),
    /// Pause if running, resume if paused.
    TogglePause,
    /// A tender spot is found: start counting.
    FoundIt,
    /// Go to the next step.
    Next,
    /// Go back to the previous step.
    Previous,
    /// Make the hold longer.
    Extend,
    /// Make the hold shorter.
    Shorten,
    /// Stop the session now.
    Stop,
    /// Sound off or on.
    Mute,
    /// Breath sounds off or on.
    BreathSounds,
    /// Show or hide the key help.
    Help,
    /// Ask "Quit?" (shows the confirm overlay).
    AskQuit,
    /// Quit, confirmed: the session is recorded as stopped.
    Quit,
    /// Close the overlay on screen.
    Dismiss,
    /// A digit typed at the pressure rating; see [`rating_after`].
    Digit(u8),
    /// One more on the pressure rating.
    RatingUp,
    /// One less on the pressure rating.
    RatingDown,
    /// Enter at the pressure rating: the number typed, or skip when none.
    Submit,
    /// The group numbered so (from 1) applies.
    Choose(u8),
    /// The answer to "better, the same or worse?".
    Feel(Feeling),
    /// Ask the long-standing questions again after today's list.
    ReviewConditions,
    /// Scroll the text up a line.
    ScrollUp,
    /// Scroll the text down a line.
    ScrollDown,
    /// Scroll the text up a page.
    PageUp,
    /// Scroll the text down a page.
    PageDown,
    /// Leave a finished session's last screen.
    Leave,
    /// Ctrl-C: treated like a signal.
    Interrupt,
}

impl Action {
    /// Whether this answers a safety question (or the one after a
    /// session): only a key a person pressed on purpose, after the question
    /// was drawn, may (see [`super::input::Input::Rushed`]).
    pub fn answers(self) -> bool {
        matches!(
            self,
            Action::Answer(_) | Action::Choose(_) | Action::Submit | Action::Feel(_)
        )
    }
}

/// What is on screen, which decides what a key means. It differs from
/// [`crate::session::Asked`] (what the session asks) in two ways: an
/// overlay (help, "Quit?") takes the keys first, and pages that ask
/// nothing still have keys (a step counting, the stop page, the summary).
/// Questions with the same keys share one context (`Screening` also serves
/// the long-standing questions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyContext {
    /// The screening before the first step: y/n and scrolling.
    Screening,
    /// A step counting or paused.
    Step,
    /// A find-spot hold waiting for Space.
    FindSpot,
    /// A yes/no check-in; no default answer.
    CheckIn,
    /// The 0-10 pressure rating.
    Pressure,
    /// Choosing which screening group applies.
    ChooseGroup,
    /// The stop guidance.
    Stopped,
    /// The summary while "better, the same or worse?" waits.
    Feeling,
    /// The summary after the answer.
    Finished,
    /// The "Quit?" overlay.
    ConfirmQuit,
    /// The key help overlay.
    Help,
}

impl KeyContext {
    /// Whether a page in this context asks a question a key answers.
    pub fn asks(self) -> bool {
        matches!(
            self,
            KeyContext::Screening
                | KeyContext::CheckIn
                | KeyContext::Pressure
                | KeyContext::ChooseGroup
                | KeyContext::Feeling
        )
    }
}

/// The context for a view: an overlay first, then the stage.
pub fn context(view: &View) -> KeyContext {
    match (view.overlay, &view.stage) {
        (Some(Overlay::Help), _) => KeyContext::Help,
        (Some(Overlay::ConfirmQuit), _) => KeyContext::ConfirmQuit,
        (None, Stage::Before(_) | Stage::Condition(_)) => KeyContext::Screening,
        (None, Stage::Step(_) | Stage::Paused(_)) => KeyContext::Step,
        (None, Stage::FindSpot(_)) => KeyContext::FindSpot,
        (None, Stage::CheckIn(..)) => KeyContext::CheckIn,
        (None, Stage::Pressure(..)) => KeyContext::Pressure,
        (None, Stage::ChooseGroup(_)) => KeyContext::ChooseGroup,
        (None, Stage::Stopped(s)) if s.question.is_some() => KeyContext::Feeling,
        (None, Stage::Stopped(_)) => KeyContext::Stopped,
        (None, Stage::LastSession(_)) => KeyContext::Feeling,
        (None, Stage::Summary(s)) if s.feeling.is_none() => KeyContext::Feeling,
        (None, Stage::Summary(_)) => KeyContext::Finished,
    }
}

/// The action for a key in a context, or `None` when the key does nothing.
pub fn action_for(key: KeyEvent, context: KeyContext) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let code = match key.code {
        KeyCode::Char(c) => KeyCode::Char(c.to_ascii_lowercase()),
        other => other,
    };
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return (code == KeyCode::Char('c')).then_some(Action::Interrupt);
    }
    if key.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    match context {
        KeyContext::Help => help(code),
        KeyContext::ConfirmQuit => confirm_quit(code),
        KeyContext::Screening => answer(code)
            .or_else(|| (code == KeyCode::Char('c')).then_some(Action::ReviewConditions))
            .or_else(|| scroll(code))
            .or_else(|| common(code)),
        KeyContext::Step => step(code, Action::TogglePause).or_else(|| session(code)),
        KeyContext::FindSpot => step(code, Action::FoundIt).or_else(|| session(code)),
        KeyContext::CheckIn => answer(code)
            .or_else(|| session(code))
            .or_else(|| lines(code)),
        KeyContext::Pressure => rating(code).or_else(|| session(code)),
        KeyContext::ChooseGroup => choose(code)
            .or_else(|| scroll(code))
            .or_else(|| common(code)),
        KeyContext::Stopped => leave(code).or_else(|| scroll(code)),
        KeyContext::Feeling => feeling(code).or_else(|| scroll(code)),
        KeyContext::Finished => leave(code).or_else(|| scroll(code)),
    }
}

/// The pressure rating after `action`, from what was typed so far.
///
/// A digit replaces the number, except `0` after `1`, which makes 10; up and
/// down move by one within 0-10, starting from 5 when nothing was typed.
pub fn rating_after(typed: Option<u8>, action: Action) -> Option<u8> {
    match (typed, action) {
        (Some(1), Action::Digit(0)) => Some(10),
        (_, Action::Digit(d)) if d <= 9 => Some(d),
        (None, Action::RatingUp | Action::RatingDown) => Some(5),
        (Some(n), Action::RatingUp) => Some(n.saturating_add(1).min(10)),
        (Some(n), Action::RatingDown) => Some(n.saturating_sub(1)),
        (typed, _) => typed,
    }
}

fn help(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Char('?' | 'q') | KeyCode::Esc | KeyCode::Enter => Some(Action::Dismiss),
        _ => None,
    }
}

fn confirm_quit(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Char('y') => Some(Action::Quit),
        KeyCode::Char('n' | 'q') | KeyCode::Esc => Some(Action::Dismiss),
        _ => None,
    }
}

fn answer(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Char('y') => Some(Action::Answer(true)),
        KeyCode::Char('n') => Some(Action::Answer(false)),
        _ => None,
    }
}

/// Keys of a step screen; `space` is what Space means here.
fn step(code: KeyCode, space: Action) -> Option<Action> {
    match code {
        KeyCode::Char(' ') => Some(space),
        KeyCode::Enter | KeyCode::Right | KeyCode::Char('l') => Some(Action::Next),
        KeyCode::Left | KeyCode::Char('h') => Some(Action::Previous),
        KeyCode::Char('+' | '=') => Some(Action::Extend),
        KeyCode::Char('-' | '_') => Some(Action::Shorten),
        _ => None,
    }
}

/// Keys that work on every screen of a running session.
fn session(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Char('x') => Some(Action::Stop),
        KeyCode::Char('m') => Some(Action::Mute),
        KeyCode::Char('b') => Some(Action::BreathSounds),
        _ => common(code),
    }
}

/// Keys that work on every screen before the summary.
fn common(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Char('x') => Some(Action::Stop),
        KeyCode::Char('?') => Some(Action::Help),
        KeyCode::Char('q') | KeyCode::Esc => Some(Action::AskQuit),
        _ => None,
    }
}

fn rating(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Char(c @ '0'..='9') => Some(Action::Digit(c as u8 - b'0')),
        KeyCode::Up | KeyCode::Char('k' | '+' | '=') => Some(Action::RatingUp),
        KeyCode::Down | KeyCode::Char('j' | '-') => Some(Action::RatingDown),
        KeyCode::Enter => Some(Action::Submit),
        _ => None,
    }
}

fn choose(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Char(c @ '1'..='9') => Some(Action::Choose(c as u8 - b'0')),
        _ => None,
    }
}

/// Scrolling a page: the keys of [`lines`], and Space for the next page.
fn scroll(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Char(' ') => Some(Action::PageDown),
        _ => lines(code),
    }
}

/// Scrolling a box over a step, where Space keeps meaning nothing: a
/// person used to pausing with it must not scroll past a stop sign.
fn lines(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Up | KeyCode::Char('k') => Some(Action::ScrollUp),
        KeyCode::Down | KeyCode::Char('j') => Some(Action::ScrollDown),
        KeyCode::PageUp => Some(Action::PageUp),
        KeyCode::PageDown => Some(Action::PageDown),
        _ => None,
    }
}

fn feeling(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Char('b') => Some(Action::Feel(Feeling::Better)),
        KeyCode::Char('s') => Some(Action::Feel(Feeling::Same)),
        KeyCode::Char('w') => Some(Action::Feel(Feeling::Worse)),
        KeyCode::Char('q') | KeyCode::Esc => Some(Action::Leave),
        _ => None,
    }
}

fn leave(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Enter | KeyCode::Char('q') | KeyCode::Esc => Some(Action::Leave),
        _ => None,
    }
}
