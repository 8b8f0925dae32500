//! Durations, dates and numbers written for the table, and long titles cut.

use std::borrow::Cow;

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// A duration as `45s`, `12m 30s` or `1h 5m 0s`.
pub fn format_duration(seconds: u64) -> String {
    let mut text = String::with_capacity(12);
    push_duration(&mut text, seconds);
    text
}

/// Appends a duration as [`format_duration`] writes it.
pub(super) fn push_duration(out: &mut String, seconds: u64) {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        push_uint(out, h);
        out.push_str("h ");
    }
    if h > 0 || m > 0 {
        push_uint(out, m);
        out.push_str("m ");
    }
    push_uint(out, s);
    out.push('s');
}

/// The length of [`format_duration`]'s text, without writing it.
pub(super) fn duration_len(seconds: u64) -> usize {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let len = |n: u64| n.checked_ilog10().map_or(1, |d| d as usize + 1);
    let hours = if h > 0 { len(h) + 2 } else { 0 };
    let minutes = if h > 0 || m > 0 { len(m) + 2 } else { 0 };
    hours + minutes + len(s) + 1
}

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

    use super::{duration_len, format_duration, push_utc_minute, truncate_owned};

    fn truncate(text: &str, max: usize) -> Cow<'_, str> {
        truncate_owned(Cow::Borrowed(text), max)
    }

    #[track_caller]
    fn duration(seconds: u64, expected: &str) {
        assert_eq!(format_duration(seconds), expected);
    }

    #[test]
    fn durations() {
        duration(0, "0s");
        duration(45, "45s");
        duration(60, "1m 0s");
        duration(750, "12m 30s");
        duration(3600, "1h 0m 0s");
        duration(3725, "1h 2m 5s");
        duration(u64::MAX, "5124095576030431h 0m 15s");
        for seconds in (0..20_000).chain([u64::MAX]) {
            assert_eq!(
                duration_len(seconds),
                format_duration(seconds).len(),
                "{seconds}"
            );
        }
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
