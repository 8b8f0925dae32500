//! The picker's keys: one pure function from a key press to an action.
//!
//! Only presses count (Windows also reports releases); letters are read in
//! either case, except while typing a filter, where they are text.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What keys mean now on the picker; the session's pages have their own
/// ([`crate::tui::keys::KeyContext`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKeys {
    /// Moving through the list.
    Browse,
    /// Typing the `/` filter.
    Typing,
    /// The preview as a page of its own.
    Preview,
    /// The "what I have" checklist.
    Tools,
    /// The key help.
    Help,
    /// Why the chosen routine cannot start.
    Why,
}

/// What the person asked the picker to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickAction {
    /// One up (the list, the checklist, or the preview's text).
    Up,
    /// One down.
    Down,
    /// A page up.
    PageUp,
    /// A page down.
    PageDown,
    /// To the top.
    First,
    /// To the bottom.
    Last,
    /// Start the selected routine.
    Start,
    /// Start typing a filter.
    Filter,
    /// A character typed into the filter.
    Type(char),
    /// Delete the filter's last character.
    Erase,
    /// Stop typing, keeping the filter.
    DoneTyping,
    /// Clear the filter and stop typing.
    ClearFilter,
    /// Open the "what I have" checklist.
    Tools,
    /// Tick or untick the tool under the cursor.
    Toggle,
    /// Show or hide the preview as a page of its own.
    Preview,
    /// Show the key help.
    Help,
    /// Open the history page.
    History,
    /// Close the box or page on top.
    Dismiss,
    /// Leave knead.
    Quit,
    /// Ctrl-C: treated like a signal.
    Interrupt,
}

/// The action for a key in `mode`, or `None` when the key does nothing.
pub fn action_for(key: KeyEvent, mode: PickerKeys) -> Option<PickAction> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c' | 'C')).then_some(PickAction::Interrupt);
    }
    if key.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    if mode == PickerKeys::Typing {
        return typing(key.code);
    }
    let code = match key.code {
        KeyCode::Char(c) => KeyCode::Char(c.to_ascii_lowercase()),
        other => other,
    };
    match mode {
        PickerKeys::Browse => moving(code).or_else(|| browse(code)),
        PickerKeys::Preview => moving(code).or_else(|| preview(code)),
        PickerKeys::Tools => moving(code).or_else(|| tools(code)),
        PickerKeys::Help | PickerKeys::Why => close(code),
        PickerKeys::Typing => None,
    }
}

fn typing(code: KeyCode) -> Option<PickAction> {
    match code {
        KeyCode::Enter => Some(PickAction::Start),
        KeyCode::Esc => Some(PickAction::ClearFilter),
        KeyCode::Tab => Some(PickAction::DoneTyping),
        KeyCode::Backspace => Some(PickAction::Erase),
        KeyCode::Up => Some(PickAction::Up),
        KeyCode::Down => Some(PickAction::Down),
        KeyCode::PageUp => Some(PickAction::PageUp),
        KeyCode::PageDown => Some(PickAction::PageDown),
        KeyCode::Char(c) if !c.is_control() => Some(PickAction::Type(c)),
        _ => None,
    }
}

fn moving(code: KeyCode) -> Option<PickAction> {
    match code {
        KeyCode::Up | KeyCode::Char('k') => Some(PickAction::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(PickAction::Down),
        KeyCode::PageUp => Some(PickAction::PageUp),
        KeyCode::PageDown => Some(PickAction::PageDown),
        KeyCode::Home | KeyCode::Char('g') => Some(PickAction::First),
        KeyCode::End => Some(PickAction::Last),
        _ => None,
    }
}

fn browse(code: KeyCode) -> Option<PickAction> {
    match code {
        KeyCode::Enter => Some(PickAction::Start),
        KeyCode::Char('/') => Some(PickAction::Filter),
        KeyCode::Char('t') => Some(PickAction::Tools),
        KeyCode::Char('p') | KeyCode::Tab => Some(PickAction::Preview),
        KeyCode::Char('h') => Some(PickAction::History),
        KeyCode::Char('?') => Some(PickAction::Help),
        KeyCode::Char('q') => Some(PickAction::Quit),
        KeyCode::Esc => Some(PickAction::ClearFilter),
        _ => None,
    }
}

fn preview(code: KeyCode) -> Option<PickAction> {
    match code {
        KeyCode::Enter => Some(PickAction::Start),
        KeyCode::Char(' ') => Some(PickAction::PageDown),
        KeyCode::Char('p' | 'q') | KeyCode::Tab | KeyCode::Esc => Some(PickAction::Dismiss),
        KeyCode::Char('?') => Some(PickAction::Help),
        _ => None,
    }
}

fn tools(code: KeyCode) -> Option<PickAction> {
    match code {
        KeyCode::Char(' ' | 'x') | KeyCode::Enter => Some(PickAction::Toggle),
        KeyCode::Char('t' | 'q') | KeyCode::Esc => Some(PickAction::Dismiss),
        _ => None,
    }
}

fn close(code: KeyCode) -> Option<PickAction> {
    match code {
        KeyCode::Char('?' | 'q') | KeyCode::Esc | KeyCode::Enter => Some(PickAction::Dismiss),
        _ => None,
    }
}
