//! What bytes become which keys, as a table.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Decoder;

fn key(c: char) -> KeyEvent {
    KeyEvent::from(KeyCode::Char(c))
}

fn code(code: KeyCode) -> KeyEvent {
    KeyEvent::from(code)
}

/// The keys `bytes` give, read in one go and then left to expire.
#[track_caller]
fn case(bytes: &[u8], expected: &[KeyEvent]) {
    let mut decoder = Decoder::default();
    let mut keys = decoder.feed(bytes);
    keys.extend(decoder.expire());
    assert_eq!(keys, expected, "{:?}", String::from_utf8_lossy(bytes));
}

#[test]
fn keys_a_person_presses() {
    case(b"xyn", &[key('x'), key('y'), key('n')]);
    case(
        b"G",
        &[KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT)],
    );
    case(b"\r", &[code(KeyCode::Enter)]);
    case(b" ?+-", &[key(' '), key('?'), key('+'), key('-')]);
    case(b"\t\x7f", &[code(KeyCode::Tab), code(KeyCode::Backspace)]);
    case(
        b"\x03",
        &[KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)],
    );
    case(b"\x1b", &[code(KeyCode::Esc)]);
    case("é".as_bytes(), &[key('é')]);
}

#[test]
fn cursor_and_page_keys_in_either_mode() {
    case(b"\x1b[A\x1b[B", &[code(KeyCode::Up), code(KeyCode::Down)]);
    case(
        b"\x1bOC\x1bOD",
        &[code(KeyCode::Right), code(KeyCode::Left)],
    );
    case(
        b"\x1b[5~\x1b[6~",
        &[code(KeyCode::PageUp), code(KeyCode::PageDown)],
    );
    case(b"\x1b[H\x1b[F", &[code(KeyCode::Home), code(KeyCode::End)]);
    case(
        b"\x1b[1~\x1b[4~",
        &[code(KeyCode::Home), code(KeyCode::End)],
    );
    case(
        b"\x1b[1;5A",
        &[KeyEvent::new(KeyCode::Up, KeyModifiers::CONTROL)],
    );
}

#[test]
fn terminal_replies_are_never_keys() {
    // Device attributes, a cursor report, a mode report, mouse.
    case(b"\x1b[?62;22cx", &[key('x')]);
    case(b"\x1b[>1;10;0cx", &[key('x')]);
    case(b"\x1b[12;40Rx", &[key('x')]);
    case(b"\x1b[?2004;1$yx", &[key('x')]);
    case(b"\x1b[<0;10;5Mx", &[key('x')]);
    // OSC 52 (clipboard) ended by BEL and by ST; a DCS; an APC.
    case(b"\x1b]52;c;eT95\x07y", &[key('y')]);
    case(b"\x1b]52;c;P3k=\x1b\\y", &[key('y')]);
    case(b"\x1bP1$r0m\x1b\\y", &[key('y')]);
    case(b"\x1b_Gi=1;OK\x1b\\y", &[key('y')]);
}

#[test]
fn pasted_text_is_never_keys() {
    case(b"\x1b[200~yes\ry\x03\x1b[201~x", &[key('x')]);
    case(b"\x1b[200~n\x1b[A\x1b[201~", &[]);
}

#[test]
fn an_unfinished_sequence_is_dropped_and_the_keys_after_it_work() {
    let mut decoder = Decoder::default();
    assert_eq!(decoder.feed(b"\x1b[?"), []);
    assert!(decoder.waiting());
    assert_eq!(decoder.expire(), []);
    assert_eq!(decoder.feed(b"x"), [key('x')]);
    // A paste that never ends is dropped too.
    assert_eq!(decoder.feed(b"\x1b[200~yyy"), []);
    assert!(decoder.waiting());
    assert_eq!(decoder.expire(), []);
    assert_eq!(decoder.feed(b"q"), [key('q')]);
    // An OSC cut short.
    assert_eq!(decoder.feed(b"\x1b]52;c;eT"), []);
    assert_eq!(decoder.expire(), []);
    assert_eq!(decoder.feed(b"\x1b"), []);
    assert_eq!(decoder.expire(), [code(KeyCode::Esc)]);
}

#[test]
fn a_sequence_split_across_reads_is_one_key() {
    let mut decoder = Decoder::default();
    assert_eq!(decoder.feed(b"\x1b"), []);
    assert_eq!(decoder.feed(b"[6"), []);
    assert_eq!(decoder.feed(b"~"), [code(KeyCode::PageDown)]);
    assert!(!decoder.waiting());
}

#[test]
fn bytes_that_are_not_keys_are_noticed() {
    let mut decoder = Decoder::default();
    for (bytes, noisy) in [
        (&b"y"[..], false),
        (b"\x1b[A", false),
        (b"\x1bOB", false),
        (b"\x1b]52;c;eT8/\x07y", true),
        (b"\x1b[?1;2c", true),
        (b"\x1b[200~n\x1b[201~", true),
        (b"\x1b[5~", false),
    ] {
        decoder.feed(bytes);
        assert_eq!(
            decoder.noisy(),
            noisy,
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}
