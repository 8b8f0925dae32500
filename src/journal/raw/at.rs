//! A journal line's `at`: the form knead writes (`2026-11-21T07:30:00Z`)
//! read by hand, everything else by jiff. A million lines' timestamps
//! were a tenth of the time a 100,000-session report spent reading.

use std::fmt;

use jiff::Timestamp;
use serde::de::{self, Deserializer, Visitor};

/// Reads `at` as jiff's own serde reader does, with the same errors.
pub(super) fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Timestamp, D::Error> {
    deserializer.deserialize_str(At)
}

struct At;

impl Visitor<'_> for At {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a timestamp string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Timestamp, E> {
        match written_by_knead(text.as_bytes()) {
            Some(at) => Ok(at),
            None => text.parse().map_err(E::custom),
        }
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` with every field in range, or `None` for jiff
/// to read (and to explain, when it cannot).
pub(super) fn written_by_knead(text: &[u8]) -> Option<Timestamp> {
    let &[
        y1,
        y2,
        y3,
        y4,
        b'-',
        m1,
        m2,
        b'-',
        d1,
        d2,
        b'T',
        h1,
        h2,
        b':',
        n1,
        n2,
        b':',
        s1,
        s2,
        b'Z',
    ] = text
    else {
        return None;
    };
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0_i64, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + i64::from(d - b'0'))
        })
    };
    let year = number(&[y1, y2, y3, y4])?;
    let month = number(&[m1, m2])?;
    let day = number(&[d1, d2])?;
    let (hour, minute, second) = (number(&[h1, h2])?, number(&[n1, n2])?, number(&[s1, s2])?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    if !(1..=days_in_month).contains(&day) || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Timestamp::from_second(days * 86_400 + hour * 3600 + minute * 60 + second).ok()
}

/// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;

    use super::written_by_knead;

    #[test]
    fn reads_what_jiff_reads_and_leaves_the_rest_to_it() {
        let mut at = Timestamp::from_second(-2_208_988_800).expect("1900");
        // Every 61 hours and 7 seconds for about 250 years: every month end,
        // leap day and century.
        while at.as_second() < 5_700_000_000 {
            let text = at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
            assert_eq!(written_by_knead(text.as_bytes()), Some(at), "{text}");
            at = Timestamp::from_second(at.as_second() + 61 * 3600 + 7).expect("in range");
        }
        for other in [
            "2026-11-21T07:30:00+01:00",
            "2026-11-21T07:30:00.5Z",
            "2026-02-29T07:30:00Z",
            "2026-11-31T07:30:00Z",
            "2026-11-21T24:00:00Z",
            "2026-11-21T07:30:60Z",
            "2026-13-01T07:30:00Z",
            "2026-1a-01T07:30:00Z",
        ] {
            assert_eq!(written_by_knead(other.as_bytes()), None, "{other}");
        }
    }
}
