//! Dates and numbers written for the table, widths as a terminal shows
//! them, and long titles cut. Durations are spelt by `routine::duration`,
//! as everywhere else.

use std::borrow::Cow;
use std::fmt::Write;

use jiff::civil::DateTime;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Appends a number in decimal, without going through a formatter.
pub(crate) fn push_uint(out: &mut impl Write, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // ASCII digits are UTF-8; writing to a string cannot fail.
    let _ = out.write_str(std::str::from_utf8(&digits[start..]).unwrap_or_default());
}

/// Appends a date and time to the minute: `2026-11-21 07:30`, to a
/// `String` or a [`Text`](crate::journal::Text) (which keeps it inline).
pub(crate) fn push_minute(out: &mut impl Write, t: DateTime) {
    // Writing to a string cannot fail.
    let two = |out: &mut dyn Write, n: i8| {
        let _ = out.write_char(char::from(b'0' + (n / 10) as u8));
        let _ = out.write_char(char::from(b'0' + (n % 10) as u8));
    };
    match u64::try_from(t.year()) {
        Ok(year) if year >= 1000 => push_uint(out, year),
        // Years before 1000 cannot come from a clock; jiff pads them properly.
        _ => {
            let _ = write!(out, "{}", t.strftime("%Y"));
        }
    }
    let _ = out.write_char('-');
    two(out, t.month());
    let _ = out.write_char('-');
    two(out, t.day());
    let _ = out.write_char(' ');
    two(out, t.hour());
    let _ = out.write_char(':');
    two(out, t.minute());
}

/// How many columns a terminal gives the text: CJK and emoji take two.
pub(crate) fn width(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.width()
    }
}

/// At most `max` columns wide, ending in `…` when cut.
pub(crate) fn truncate_owned(text: Cow<'_, str>, max: usize) -> Cow<'_, str> {
    if width(&text) <= max {
        return text;
    }
    let mut cut = String::with_capacity(max * 3);
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max.saturating_sub(1) {
            break;
        }
        used += w;
        cut.push(c);
    }
    Cow::Owned(format!("{}…", cut.trim_end()))
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::{push_minute, truncate_owned, width};

    fn truncate(text: &str, max: usize) -> Cow<'_, str> {
        truncate_owned(Cow::Borrowed(text), max)
    }

    #[test]
    fn dates_to_the_minute() {
        for (at, expected) in [
            ("2026-11-21T07:30:59", "2026-11-21 07:30"),
            ("1970-01-01T00:00:00", "1970-01-01 00:00"),
            ("0999-12-31T23:59:00", "0999-12-31 23:59"),
        ] {
            let mut text = String::new();
            push_minute(&mut text, at.parse().expect("date and time"));
            assert_eq!(text, expected);
        }
    }

    #[test]
    fn long_titles_are_cut_with_an_ellipsis() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("exactly 10", 10), "exactly 10");
        assert_eq!(truncate("a title that is long", 10), "a title t…");
    }

    #[test]
    fn wide_characters_count_twice() {
        assert_eq!(width("梨状筋"), 6);
        assert_eq!(truncate("梨状筋のボールほぐし", 7), "梨状筋…");
        assert_eq!(width(&truncate("梨状筋のボールほぐし", 7)), 7);
    }
}
