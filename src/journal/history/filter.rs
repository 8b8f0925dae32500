//! Choosing sessions by routine and start time.

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;

use super::HistoryError;
use crate::journal::SessionRecord;

/// Which sessions the history shows; the default shows all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only sessions of this routine id.
    pub routine: Option<String>,
    /// Only sessions started at or after this moment.
    pub since: Option<Timestamp>,
}

impl Filter {
    /// Builds a filter from the raw `--routine` and `--since` arguments.
    pub fn new(routine: Option<&str>, since: Option<&str>) -> Result<Self, HistoryError> {
        Ok(Self {
            routine: routine.map(str::to_string),
            since: since.map(parse_since).transpose()?,
        })
    }

    /// Whether a session is shown.
    pub fn matches(&self, record: &SessionRecord) -> bool {
        self.routine.as_ref().is_none_or(|id| record.routine == *id)
            && self.since.is_none_or(|since| record.started >= since)
    }
}

/// Reads `--since`: a date (midnight UTC), a timestamp with offset, or a UTC date and time.
pub fn parse_since(input: &str) -> Result<Timestamp, HistoryError> {
    let text = input.trim();
    if let Ok(timestamp) = text.parse::<Timestamp>() {
        return Ok(timestamp);
    }
    // The table shows UTC, so a date, or a date and time without an offset,
    // means UTC too. (jiff's `Date` would also take a timestamp and drop its
    // time, hence the order.)
    match text.parse::<DateTime>() {
        Ok(datetime) => utc(datetime, input),
        Err(source) => Err(HistoryError::BadSince {
            input: input.to_string(),
            source,
        }),
    }
}

fn utc(datetime: DateTime, input: &str) -> Result<Timestamp, HistoryError> {
    TimeZone::UTC
        .to_timestamp(datetime)
        .map_err(|source| HistoryError::BadSince {
            input: input.to_string(),
            source,
        })
}

#[cfg(test)]
mod tests {
    use super::parse_since;

    #[track_caller]
    fn case(input: &str, expected: &str) {
        let got = parse_since(input).map(|t| t.to_string());
        assert_eq!(got.ok().as_deref(), Some(expected), "input {input:?}");
    }

    #[test]
    fn dates_and_timestamps() {
        case("2026-11-01", "2026-11-01T00:00:00Z");
        case(" 2026-11-01 ", "2026-11-01T00:00:00Z");
        case("2026-11-01T07:30:00Z", "2026-11-01T07:30:00Z");
        case("2026-11-01T07:30:00+02:00", "2026-11-01T05:30:00Z");
        case("2026-11-01T07:30", "2026-11-01T07:30:00Z");
        case("2026-11-01 07:30", "2026-11-01T07:30:00Z");
    }

    #[test]
    fn bad_dates_are_clear_errors() {
        for input in ["yesterday", "2026-13-01", "2026-02-30", "", "01/11/2026"] {
            let message = parse_since(input).map_err(|e| e.to_string());
            let Err(message) = message else {
                panic!("{input:?} was accepted");
            };
            assert!(message.contains(&format!("`{input}`")), "{message}");
            assert!(message.contains("2026-11-01"), "{message}");
        }
    }
}
