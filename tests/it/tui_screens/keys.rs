//! The key map: presses only, vim keys, keys that mean different things
//! in different places.

use knead::tui::keys::{Action, KeyContext, action_for, context, rating_after};
use knead::tui::view::{Feeling, Overlay, Stage};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::{hold, summary, view};

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn only_presses_count() {
    let mut key = press(KeyCode::Char(' '));
    assert_eq!(action_for(key, KeyContext::Step), Some(Action::TogglePause));
    for kind in [KeyEventKind::Release, KeyEventKind::Repeat] {
        key.kind = kind;
        assert_eq!(action_for(key, KeyContext::Step), None, "{kind:?}");
    }
}

#[test]
fn key_table() {
    use KeyCode::{Char, Down, Enter, Esc, Left, PageDown, Right, Up};
    use KeyContext as C;
    #[track_caller]
    fn case(code: KeyCode, context: KeyContext, expected: Option<Action>) {
        assert_eq!(
            action_for(press(code), context),
            expected,
            "{code:?} at {context:?}"
        );
    }
    case(Char(' '), C::Step, Some(Action::TogglePause));
    case(Char(' '), C::FindSpot, Some(Action::FoundIt));
    for code in [Enter, Right, Char('l')] {
        case(code, C::Step, Some(Action::Next));
    }
    case(Left, C::Step, Some(Action::Previous));
    case(Char('h'), C::Step, Some(Action::Previous));
    case(Char('+'), C::Step, Some(Action::Extend));
    case(Char('='), C::Step, Some(Action::Extend));
    case(Char('-'), C::Step, Some(Action::Shorten));
    case(Char('x'), C::Step, Some(Action::Stop));
    case(Char('X'), C::CheckIn, Some(Action::Stop));
    case(Char('m'), C::Step, Some(Action::Mute));
    case(Char('b'), C::Step, Some(Action::BreathSounds));
    case(Char('?'), C::Step, Some(Action::Help));
    case(Char('q'), C::Step, Some(Action::AskQuit));
    case(Esc, C::Step, Some(Action::AskQuit));
    case(Char('y'), C::CheckIn, Some(Action::Answer(true)));
    case(Char('N'), C::CheckIn, Some(Action::Answer(false)));
    case(Enter, C::CheckIn, None);
    // Today's list reopens the long-standing questions; a check-in does not.
    case(Char('c'), C::Screening, Some(Action::ReviewConditions));
    case(Char('c'), C::CheckIn, None);
    case(Char(' '), C::CheckIn, None);
    // A check-in too long for a small window scrolls, Space aside.
    case(Down, C::CheckIn, Some(Action::ScrollDown));
    case(Char('k'), C::CheckIn, Some(Action::ScrollUp));
    case(PageDown, C::CheckIn, Some(Action::PageDown));
    case(Char('y'), C::Step, None);
    case(Char('7'), C::Pressure, Some(Action::Digit(7)));
    case(Up, C::Pressure, Some(Action::RatingUp));
    case(Char('j'), C::Pressure, Some(Action::RatingDown));
    case(Enter, C::Pressure, Some(Action::Submit));
    case(Char('3'), C::ChooseGroup, Some(Action::Choose(3)));
    case(Char('0'), C::ChooseGroup, None);
    case(Char('b'), C::Feeling, Some(Action::Feel(Feeling::Better)));
    case(Char('s'), C::Feeling, Some(Action::Feel(Feeling::Same)));
    case(Char('w'), C::Feeling, Some(Action::Feel(Feeling::Worse)));
    case(Enter, C::Feeling, None);
    case(Enter, C::Finished, Some(Action::Leave));
    case(Char('y'), C::ConfirmQuit, Some(Action::Quit));
    case(Char('n'), C::ConfirmQuit, Some(Action::Dismiss));
    case(Char('q'), C::ConfirmQuit, Some(Action::Dismiss));
    case(Char(' '), C::ConfirmQuit, None);
    case(Char('?'), C::Help, Some(Action::Dismiss));
    case(Char('x'), C::Help, None);
    case(Char('y'), C::Screening, Some(Action::Answer(true)));
    case(Char('k'), C::Screening, Some(Action::ScrollUp));
    case(Down, C::Screening, Some(Action::ScrollDown));
    case(PageDown, C::Stopped, Some(Action::PageDown));
    case(Enter, C::Stopped, Some(Action::Leave));
    let ctrl_c = KeyEvent::new(Char('c'), KeyModifiers::CONTROL);
    for context in [C::Step, C::CheckIn, C::Help, C::ConfirmQuit, C::Finished] {
        assert_eq!(action_for(ctrl_c, context), Some(Action::Interrupt));
    }
    let ctrl_x = KeyEvent::new(Char('x'), KeyModifiers::CONTROL);
    assert_eq!(action_for(ctrl_x, C::Step), None);
}

#[test]
fn context_follows_the_view() {
    let mut v = view(Stage::Paused(hold()));
    assert_eq!(context(&v), KeyContext::Step);
    v.overlay = Some(Overlay::ConfirmQuit);
    assert_eq!(context(&v), KeyContext::ConfirmQuit);
    assert_eq!(
        context(&view(Stage::Summary(summary(None)))),
        KeyContext::Feeling
    );
    let answered = view(Stage::Summary(summary(Some(Feeling::Same))));
    assert_eq!(context(&answered), KeyContext::Finished);
}

#[test]
fn rating_typing() {
    assert_eq!(rating_after(None, Action::Digit(4)), Some(4));
    assert_eq!(rating_after(Some(1), Action::Digit(0)), Some(10));
    assert_eq!(rating_after(Some(3), Action::Digit(0)), Some(0));
    assert_eq!(rating_after(None, Action::RatingUp), Some(5));
    assert_eq!(rating_after(Some(10), Action::RatingUp), Some(10));
    assert_eq!(rating_after(Some(0), Action::RatingDown), Some(0));
    assert_eq!(rating_after(Some(6), Action::Submit), Some(6));
}
