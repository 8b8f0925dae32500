//! Choosing sessions: by routine, by start time, the most recent few, and
//! in which order.

use jiff::civil::{Date, DateTime};
use jiff::{Span, Timestamp};

use super::HistoryError;
use crate::journal::SessionRecord;
use crate::local_time::Zone;

/// Which sessions the history shows; the default shows all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only sessions of this routine id.
    pub routine: Option<String>,
    /// Only sessions started at or after this moment.
    pub since: Option<Timestamp>,
}

impl Filter {
    /// Builds a filter from the raw `--routine` and `--since` arguments;
    /// dates are the person's (`zone`), spans count back from `now`.
    pub fn new(
        routine: Option<&str>,
        since: Option<&str>,
        zone: &Zone,
        now: Timestamp,
    ) -> Result<Self, HistoryError> {
        Ok(Self {
            routine: routine.map(str::to_string),
            since: since.map(|s| parse_since(s, zone, now)).transpose()?,
        })
    }

    /// Whether a session is shown.
    pub fn matches(&self, record: &SessionRecord) -> bool {
        self.routine.as_ref().is_none_or(|id| record.routine == *id)
            && self.since.is_none_or(|since| record.started >= since)
    }
}

/// The order rows are printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Oldest first, as the journal is written (the default).
    #[default]
    OldestFirst,
    /// Newest first (`--reverse`).
    NewestFirst,
}

/// What `knead history` prints: the filter, how many of the most recent
/// sessions it keeps, and their order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Which sessions.
    pub filter: Filter,
    /// At most this many, the most recent ones (`--limit`).
    pub limit: Option<usize>,
    /// In which order.
    pub order: Order,
}

impl Query {
    /// The chosen sessions in the chosen order; takes the records by value
    /// so nothing is copied.
    pub fn apply(&self, mut records: Vec<SessionRecord>) -> Vec<SessionRecord> {
        records.retain(|r| self.filter.matches(r));
        if let Some(limit) = self.limit {
            let extra = records.len().saturating_sub(limit);
            records.drain(..extra);
        }
        if self.order == Order::NewestFirst {
            records.reverse();
        }
        records
    }
}

/// Reads `--since`: a timestamp with an offset; a span back from now
/// ("7d", "2w", "12h", "3 months"), where days and longer count whole local
/// days, so "7d" on a Friday starts at midnight the Friday before; or a
/// local date, or date and time, in `zone`.
pub fn parse_since(input: &str, zone: &Zone, now: Timestamp) -> Result<Timestamp, HistoryError> {
    let text = input.trim();
    let bad = |source| HistoryError::BadSince {
        input: input.to_string(),
        source,
    };
    if let Ok(timestamp) = text.parse::<Timestamp>() {
        return Ok(timestamp);
    }
    if let Ok(span) = text.parse::<Span>() {
        return span_back(span, zone, now).map_err(bad);
    }
    // jiff's `Date` would also take a timestamp and drop its time, hence
    // the order: a timestamp first, then a date and time.
    let datetime = text.parse::<DateTime>().map_err(bad)?;
    zone.zone().to_timestamp(datetime).map_err(bad)
}

/// The moment a span before `now`: calendar units from the start of today.
fn span_back(span: Span, zone: &Zone, now: Timestamp) -> Result<Timestamp, jiff::Error> {
    let span = span.abs();
    let clock_units = span.get_hours() != 0
        || span.get_minutes() != 0
        || span.get_seconds() != 0
        || span.get_milliseconds() != 0
        || span.get_microseconds() != 0
        || span.get_nanoseconds() != 0;
    if clock_units {
        return Ok(now
            .to_zoned(zone.zone().clone())
            .checked_sub(span)?
            .timestamp());
    }
    let today: Date = zone.date(now);
    Ok(zone.start_of_day(today.checked_sub(span)?))
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;
    use jiff::tz::{TimeZone, offset};

    use super::parse_since;
    use crate::local_time::Zone;

    fn now() -> Timestamp {
        "2026-11-27T20:00:00Z".parse().expect("timestamp")
    }

    #[track_caller]
    fn case(input: &str, zone: &Zone, expected: &str) {
        let got = parse_since(input, zone, now()).map(|t| t.to_string());
        assert_eq!(got.ok().as_deref(), Some(expected), "input {input:?}");
    }

    #[test]
    fn dates_and_timestamps() {
        let utc = Zone::utc();
        case("2026-11-01", &utc, "2026-11-01T00:00:00Z");
        case(" 2026-11-01 ", &utc, "2026-11-01T00:00:00Z");
        case("2026-11-01T07:30:00Z", &utc, "2026-11-01T07:30:00Z");
        case("2026-11-01T07:30:00+02:00", &utc, "2026-11-01T05:30:00Z");
        case("2026-11-01T07:30", &utc, "2026-11-01T07:30:00Z");
        case("2026-11-01 07:30", &utc, "2026-11-01T07:30:00Z");
    }

    #[test]
    fn dates_are_local_and_timestamps_keep_their_offset() {
        let tokyo = Zone::new(TimeZone::fixed(offset(9)));
        case("2026-11-01", &tokyo, "2026-10-31T15:00:00Z");
        case("2026-11-01 07:30", &tokyo, "2026-10-31T22:30:00Z");
        case("2026-11-01T07:30:00Z", &tokyo, "2026-11-01T07:30:00Z");
    }

    #[test]
    fn spans_count_back_whole_local_days() {
        let utc = Zone::utc();
        case("7d", &utc, "2026-11-20T00:00:00Z");
        case("2w", &utc, "2026-11-13T00:00:00Z");
        case("1 month", &utc, "2026-10-27T00:00:00Z");
        case("12h", &utc, "2026-11-27T08:00:00Z");
        // 20:00 UTC is already the 28th in Tokyo.
        let tokyo = Zone::new(TimeZone::fixed(offset(9)));
        case("7d", &tokyo, "2026-11-20T15:00:00Z");
        let new_york = Zone::new(TimeZone::fixed(offset(-5)));
        case("0d", &new_york, "2026-11-27T05:00:00Z");
    }

    #[test]
    fn bad_dates_are_clear_errors() {
        for input in ["yesterday", "2026-13-01", "2026-02-30", "", "01/11/2026"] {
            let message = parse_since(input, &Zone::utc(), now()).map_err(|e| e.to_string());
            let Err(message) = message else {
                panic!("{input:?} was accepted");
            };
            assert!(message.contains(&format!("`{input}`")), "{message}");
            assert!(message.contains("2026-11-01"), "{message}");
            assert!(message.contains("7d"), "{message}");
        }
    }
}
