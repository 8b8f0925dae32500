//! Dates and numbers written for the table, and long titles cut. Durations
//! are spelt by `routine::duration`, as everywhere else.

use std::borrow::Cow;

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// Appends a number in decimal, without going through a formatter.
pub(super) fn push_uint(out: &mut String, mut n: u64) {
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
    out.extend(digits[start..].iter().map(|&d| char::from(d)));
}

/// Appends a UTC date and time to the minute: `2026-11-21 07:30`.
pub(super) fn push_utc_minute(out: &mut String, at: Timestamp) {
    let t = TimeZone::UTC.to_datetime(at);
    let two = |out: &mut String, n: i8| {
        out.push(char::from(b'0' + (n / 10) as u8));
        out.push(char::from(b'0' + (n % 10) as u8));
    };
    match u64::try_from(t.year()) {
        Ok(year) if year >= 1000 => push_uint(out, year),
        // Years before 1000 cannot come from a clock; jiff pads them properly.
        _ => out.push_str(&t.strftime("%Y").to_string()),
    }
    out.push('-');
    two(out, t.month());
    out.push('-');
    two(out, t.day());
    out.push(' ');
    two(out, t.hour());
    out.push(':');
    two(out, t.minute());
}

/// At most `max` characters, ending in `…` when cut.
pub(super) fn truncate_owned(text: Cow<'_, str>, max: usize) -> Cow<'_, str> {
    if text.len() <= max || text.chars().nth(max).is_none() {
        return text;
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    Cow::Owned(format!("{}…", cut.trim_end()))
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::{push_utc_minute, truncate_owned};

    fn truncate(text: &str, max: usize) -> Cow<'_, str> {
        truncate_owned(Cow::Borrowed(text), max)
    }

    #[test]
    fn dates_to_the_minute() {
        for (at, expected) in [
            ("2026-11-21T07:30:59Z", "2026-11-21 07:30"),
            ("1970-01-01T00:00:00Z", "1970-01-01 00:00"),
            ("0999-12-31T23:59:00Z", "0999-12-31 23:59"),
        ] {
            let mut text = String::new();
            push_utc_minute(&mut text, at.parse().expect("timestamp"));
            assert_eq!(text, expected);
        }
    }

    #[test]
    fn long_titles_are_cut_with_an_ellipsis() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("exactly 10", 10), "exactly 10");
        assert_eq!(truncate("a title that is long", 10), "a title t…");
    }
}
