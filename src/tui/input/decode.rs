//! The terminal's bytes become keys. Whole escape sequences are parsed
//! (vte, alacritty's parser, without its growing buffers) and only the
//! ones a key sends become keys: a terminal's reply (device attributes,
//! a cursor report, OSC 52, DCS, APC) and pasted text are never keys, so
//! no byte of them can open help or answer a question. A sequence left
//! unfinished is dropped once the bytes stop ([`Decoder::expire`]).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use vte::{Params, Parser, Perform};

const ESC: u8 = 0x1b;

/// The byte stream's state between reads.
#[derive(Default)]
pub struct Decoder {
    parser: Parser,
    keys: Keys,
    /// Bytes of an escape sequence not yet ended (0: none open).
    open: usize,
}

impl Decoder {
    /// The keys `bytes` complete, in order.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<KeyEvent> {
        self.keys.noise = false;
        for &byte in bytes {
            self.keys.ended = false;
            self.parser.advance(&mut self.keys, &[byte]);
            if self.keys.ended {
                self.open = 0;
            } else if self.open > 0 {
                self.open = self.open.saturating_add(1);
            }
            if byte == ESC {
                self.open = 1;
            }
        }
        std::mem::take(&mut self.keys.out)
    }

    /// Whether the last bytes fed held more than keys: a reply, a paste,
    /// a sequence no key sends. Keys that came with them were not pressed
    /// alone.
    pub fn noisy(&self) -> bool {
        self.keys.noise
    }

    /// Whether more bytes are awaited to end a sequence or a paste: when
    /// none come soon, [`Decoder::expire`] drops it.
    pub fn waiting(&self) -> bool {
        self.open > 0 || self.keys.pasting || self.keys.ss3
    }

    /// No more bytes came: a lone ESC was the Esc key; anything else open
    /// (a sequence cut short, a paste never closed) is dropped.
    pub fn expire(&mut self) -> Vec<KeyEvent> {
        let lone_escape = self.open == 1 && !self.keys.pasting;
        *self = Self::default();
        if lone_escape {
            vec![KeyEvent::from(KeyCode::Esc)]
        } else {
            Vec::new()
        }
    }
}

/// What the parser found, as keys.
#[derive(Default)]
struct Keys {
    out: Vec<KeyEvent>,
    /// Inside a bracketed paste: nothing is a key until it ends.
    pasting: bool,
    /// After ESC O: the next character names the key (SS3).
    ss3: bool,
    /// The last byte ended an escape sequence.
    ended: bool,
    /// Bytes that were not keys came since the last feed began.
    noise: bool,
}

impl Keys {
    fn push(&mut self, code: KeyCode, modifiers: KeyModifiers) {
        if self.pasting {
            self.noise = true;
        } else {
            self.out.push(KeyEvent::new(code, modifiers));
        }
    }

    /// A sequence ended that no key sends.
    fn drop_sequence(&mut self) {
        self.ended = true;
        self.noise = true;
    }
}

impl Perform for Keys {
    fn print(&mut self, c: char) {
        if std::mem::take(&mut self.ss3) {
            self.ended = true;
            match cursor_key(c) {
                Some(code) => self.push(code, KeyModifiers::NONE),
                None => self.noise = true,
            }
            return;
        }
        match c {
            '\u{7f}' => self.push(KeyCode::Backspace, KeyModifiers::NONE),
            c if c.is_uppercase() => self.push(KeyCode::Char(c), KeyModifiers::SHIFT),
            c => self.push(KeyCode::Char(c), KeyModifiers::NONE),
        }
    }

    fn execute(&mut self, byte: u8) {
        if matches!(byte, 0x18 | 0x1a) {
            // CAN and SUB cancel any sequence open.
            self.ended = true;
        }
        let (code, modifiers) = match byte {
            b'\r' | b'\n' => (KeyCode::Enter, KeyModifiers::NONE),
            b'\t' => (KeyCode::Tab, KeyModifiers::NONE),
            0x08 => (KeyCode::Backspace, KeyModifiers::NONE),
            0x00 => (KeyCode::Char(' '), KeyModifiers::CONTROL),
            0x01..=0x1a => (
                KeyCode::Char((b'a' + byte - 1) as char),
                KeyModifiers::CONTROL,
            ),
            0x1c..=0x1f => (
                KeyCode::Char((b'4' + byte - 0x1c) as char),
                KeyModifiers::CONTROL,
            ),
            _ => return,
        };
        self.push(code, modifiers);
    }

    fn csi_dispatch(&mut self, params: &Params, intermediates: &[u8], ignore: bool, action: char) {
        self.ended = true;
        let mut numbers = params.iter().map(|p| p.first().copied().unwrap_or(0));
        let first = numbers.next().unwrap_or(0);
        let modifiers = numbers.next().map_or(KeyModifiers::NONE, modifiers);
        // A private marker (`?`, `>`, `<`, `=`) or intermediate byte is a
        // terminal's reply or a mouse report, never a key.
        if ignore || !intermediates.is_empty() {
            self.noise = true;
            return;
        }
        match (action, first) {
            ('~', 200 | 201) => {
                self.pasting = first == 200;
                self.noise = true;
            }
            ('~', n) => self.push_some(tilde_key(n), modifiers),
            ('Z', _) => self.push(KeyCode::BackTab, KeyModifiers::SHIFT),
            (c, _) => self.push_some(cursor_key(c), modifiers),
        }
    }

    fn esc_dispatch(&mut self, intermediates: &[u8], _ignore: bool, byte: u8) {
        // ESC O opens SS3 (cursor keys in application mode); ESC \ ends a
        // string; ESC with another byte is Alt with a key, which no page uses.
        if intermediates.is_empty() && byte == b'O' {
            self.ended = true;
            self.ss3 = true;
        } else {
            self.drop_sequence();
        }
    }

    fn osc_dispatch(&mut self, _params: &[&[u8]], _bell_terminated: bool) {
        self.drop_sequence();
    }

    fn unhook(&mut self) {
        self.drop_sequence();
    }
}

impl Keys {
    /// A sequence ended that sends `code`, if any key.
    fn push_some(&mut self, code: Option<KeyCode>, modifiers: KeyModifiers) {
        match code {
            Some(code) => self.push(code, modifiers),
            None => self.noise = true,
        }
    }
}

/// The key a CSI or SS3 sequence ending in `c` sends, if a key does.
fn cursor_key(c: char) -> Option<KeyCode> {
    Some(match c {
        'A' => KeyCode::Up,
        'B' => KeyCode::Down,
        'C' => KeyCode::Right,
        'D' => KeyCode::Left,
        'H' => KeyCode::Home,
        'F' => KeyCode::End,
        _ => return None,
    })
}

/// The key `CSI n ~` sends, if a key does.
fn tilde_key(n: u16) -> Option<KeyCode> {
    Some(match n {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        _ => return None,
    })
}

/// The modifiers of xterm's second parameter (1 + a bit each).
fn modifiers(param: u16) -> KeyModifiers {
    let bits = param.saturating_sub(1);
    let mut modifiers = KeyModifiers::NONE;
    for (bit, modifier) in [
        (1, KeyModifiers::SHIFT),
        (2, KeyModifiers::ALT),
        (4, KeyModifiers::CONTROL),
    ] {
        if bits & bit != 0 {
            modifiers |= modifier;
        }
    }
    modifiers
}

#[cfg(test)]
mod tests;
