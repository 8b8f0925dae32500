//! A line as knead writes it, read by hand: one flat object, no spaces, no
//! escapes, each field once. serde_json's derived reader matched every key
//! against twenty names and went through a visitor for every value: 43 % of
//! the instructions of `knead report --json` over a varied journal. Any line
//! not of that form (spaces, escapes, an unknown or repeated field, a bad
//! value) is left to serde_json, which reads it or says what is wrong, so
//! the errors are its own; a test checks that both read every line alike.

use std::borrow::Cow;

use jiff::Timestamp;
use serde::Deserialize;
use serde::de::value::{BorrowedStrDeserializer, Error};

use super::{Answer, RawLine, at};
use crate::journal::event::PressureRating;

/// The line's fields, or `None` for serde_json to read.
pub(super) fn read(line: &str) -> Option<RawLine<'_>> {
    let mut input = Input {
        text: line,
        at: 0,
        seen: 0,
    };
    input.eat(b'{')?;
    let mut fields = Fields::default();
    loop {
        let key = input.string()?;
        input.eat(b':')?;
        fields.read(key, &mut input)?;
        match input.next()? {
            b',' => {}
            b'}' => break,
            _ => return None,
        }
    }
    // serde_json allows JSON's whitespace after the object, and nothing else.
    let rest = &line.as_bytes()[input.at..];
    if !rest
        .iter()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        return None;
    }
    fields.into_line()
}

/// Where reading is in the line, and which fields it has seen.
struct Input<'a> {
    text: &'a str,
    at: usize,
    /// A bit per field (by [`slot`]): a repeated field is serde_json's error.
    seen: u32,
}

impl<'a> Input<'a> {
    fn next(&mut self) -> Option<u8> {
        let byte = *self.text.as_bytes().get(self.at)?;
        self.at += 1;
        Some(byte)
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.next()? == byte).then_some(())
    }

    fn word(&mut self, word: &str) -> Option<()> {
        let end = self.at + word.len();
        (self.text.get(self.at..end)? == word).then(|| self.at = end)
    }

    /// A string without escapes or control characters.
    fn string(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.at;
        let bytes = self.text.as_bytes();
        // One pass: the first quote, backslash or control character ends it.
        let length = bytes[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        let end = start + length;
        if bytes[end] != b'"' {
            return None;
        }
        self.at = end + 1;
        self.text.get(start..end)
    }

    /// A whole number as JSON writes it (no sign, no leading zero).
    fn number(&mut self) -> Option<u64> {
        let bytes = &self.text.as_bytes()[self.at..];
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let follows = bytes.get(digits).copied();
        if digits == 0
            || (digits > 1 && bytes[0] == b'0')
            || matches!(follows, Some(b'.' | b'e' | b'E'))
        {
            return None;
        }
        let value = self.text.get(self.at..self.at + digits)?.parse().ok()?;
        self.at += digits;
        Some(value)
    }

    /// `null` (then `None` inside), or what `read` reads.
    fn nullable<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.peek()? == b'n' {
            self.word("null")?;
            return Some(None);
        }
        read(self).map(Some)
    }

    fn strings(&mut self) -> Option<Vec<String>> {
        self.eat(b'[')?;
        let mut list = Vec::new();
        if self.peek()? == b']' {
            self.at += 1;
            return Some(list);
        }
        loop {
            list.push(self.string()?.to_owned());
            match self.next()? {
                b',' => {}
                b']' => return Some(list),
                _ => return None,
            }
        }
    }

    fn boolean(&mut self) -> Option<bool> {
        match self.peek()? {
            b't' => self.word("true").map(|()| true),
            _ => self.word("false").map(|()| false),
        }
    }

    /// A value serde reads from a string (the events' words).
    fn named<T: Deserialize<'a>>(&mut self) -> Option<T> {
        let text = self.string()?;
        T::deserialize(BorrowedStrDeserializer::<Error>::new(text)).ok()
    }
}

/// Each field [`RawLine`] reads, by its place in [`Fields`]: one `match`
/// on the key (a list searched for it was half the time of a line).
fn slot(key: &str) -> Option<usize> {
    Some(match key {
        "at" => 0,
        "session" => 1,
        "event" => 2,
        "routine" => 3 + ROUTINE,
        "title" => 3 + TITLE,
        "hash" => 3 + HASH,
        "group" => 3 + GROUP,
        "kind" => 3 + KIND,
        "side" => 3 + SIDE,
        "advice" => 3 + ADVICE,
        "refused" => 3 + REFUSED,
        "planned_seconds" => 11 + PLANNED,
        "index" => 11 + INDEX,
        "seconds" => 11 + SECONDS,
        "step" => 11 + STEP,
        "answer" => 15,
        "point" => 16,
        "outcome" => 17,
        "rating" => 18,
        "preview" => 19,
        "yes" => 20,
        "cleared" => 21,
        "review_due" => 22,
        _ => return None,
    })
}

/// What has been read so far.
#[derive(Default)]
struct Fields<'a> {
    at: Option<Timestamp>,
    session: Option<&'a str>,
    event: Option<&'a str>,
    texts: [Option<&'a str>; 8],
    numbers: [Option<u64>; 4],
    answer: Option<Answer>,
    point: Option<super::CheckPoint>,
    rating: Option<PressureRating>,
    outcome: Option<super::RecordedOutcome>,
    preview: Option<bool>,
    yes: Option<Vec<String>>,
    cleared: Option<Vec<String>>,
    review_due: Option<bool>,
}

/// Where each optional text field goes in [`Fields::texts`].
const ROUTINE: usize = 0;
const TITLE: usize = 1;
const HASH: usize = 2;
const GROUP: usize = 3;
const KIND: usize = 4;
const SIDE: usize = 5;
const ADVICE: usize = 6;
const REFUSED: usize = 7;
/// Where each number goes in [`Fields::numbers`].
const PLANNED: usize = 0;
const INDEX: usize = 1;
const SECONDS: usize = 2;
const STEP: usize = 3;

impl<'a> Fields<'a> {
    /// Reads the value of `key`; `None` for a key it does not know or has
    /// seen, or a value it cannot read.
    fn read(&mut self, key: &str, input: &mut Input<'a>) -> Option<()> {
        let field = slot(key)?;
        let bit = 1 << field;
        if input.seen & bit != 0 {
            return None;
        }
        input.seen |= bit;
        let text = |input: &mut Input<'a>| input.nullable(Input::string);
        let number = |input: &mut Input<'a>| input.nullable(Input::number);
        match field {
            0 => self.at = Some(timestamp(input.string()?)?),
            1 => self.session = Some(input.string()?),
            2 => self.event = Some(input.string()?),
            3..=10 => self.texts[field - 3] = text(input)?,
            11..=14 => self.numbers[field - 11] = number(input)?,
            15 => self.answer = input.nullable(Input::named)?,
            16 => self.point = input.nullable(Input::named)?,
            17 => self.outcome = input.nullable(Input::named)?,
            18 => {
                self.rating = match input.nullable(Input::number)? {
                    Some(n) => Some(PressureRating::new(u8::try_from(n).ok()?)?),
                    None => None,
                }
            }
            19 => self.preview = input.nullable(Input::boolean)?,
            20 => self.yes = input.nullable(Input::strings)?,
            21 => self.cleared = input.nullable(Input::strings)?,
            _ => self.review_due = input.nullable(Input::boolean)?,
        }
        Some(())
    }

    fn into_line(self) -> Option<RawLine<'a>> {
        let text = |i: usize| self.texts[i].map(Cow::Borrowed);
        // What does not fit a `usize` is serde_json's error to give.
        let index = |i: usize| self.numbers[i].map(usize::try_from).transpose().ok();
        Some(RawLine {
            at: self.at?,
            session: Cow::Borrowed(self.session?),
            event: Cow::Borrowed(self.event?),
            routine: text(ROUTINE),
            title: text(TITLE),
            hash: text(HASH),
            planned_seconds: self.numbers[PLANNED],
            answer: self.answer,
            group: text(GROUP),
            index: index(INDEX)?,
            kind: text(KIND),
            side: text(SIDE),
            seconds: self.numbers[SECONDS],
            step: index(STEP)?,
            point: self.point,
            rating: self.rating,
            advice: text(ADVICE),
            outcome: self.outcome,
            preview: self.preview,
            yes: self.yes,
            cleared: self.cleared,
            review_due: self.review_due,
            refused: text(REFUSED),
        })
    }
}

/// `at` as the serde reader reads it; `None` when that would fail.
fn timestamp(text: &str) -> Option<Timestamp> {
    at::written_by_knead(text.as_bytes()).or_else(|| text.parse().ok())
}

#[cfg(test)]
mod tests;
