//! Local time for the report: wall-clock minutes in the person's zone
//! ([`crate::local_time`]), and the zone named with its offset.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::journal::Text;
use crate::local_time::Zone;

pub use crate::local_time::week_start as monday;

/// Shows instants as the wall-clock time of one time zone.
#[derive(Debug, Clone)]
pub struct LocalClock {
    zone: Zone,
}

impl LocalClock {
    /// The person's zone (`TZ`, then the system's); UTC when it cannot be
    /// found, which [`Zone::fallback`] says.
    pub fn system() -> Self {
        Self::new(Zone::system())
    }

    /// A clock in the given zone.
    pub fn new(zone: Zone) -> Self {
        Self { zone }
    }

    /// The zone, for the rules that count the person's days.
    pub fn zone(&self) -> &Zone {
        &self.zone
    }

    /// "2026-11-21 08:30", local time.
    pub fn minute(&self, at: Timestamp) -> Text {
        // A report over years shows hundreds of thousands of these:
        // history's writer, not `strftime`'s parser of its format, into
        // text kept inline, not allocated.
        let mut minute = Text::default();
        crate::journal::history::push_minute(&mut minute, self.zone.datetime(at));
        minute
    }

    /// The local calendar date of an instant.
    pub fn date(&self, at: Timestamp) -> Date {
        self.zone.date(at)
    }

    /// The zone's name: its IANA name ("Europe/London"), or else its
    /// abbreviation, with the offset at `at` ("CET (UTC+01 on ...)").
    pub fn zone_name(&self, at: Timestamp) -> String {
        let tz = self.zone.zone();
        let info = tz.to_offset_info(at);
        let offset = info.offset();
        let name = match tz.iana_name().filter(|name| !name.is_empty()) {
            Some(name) => name.to_owned(),
            None => info.abbreviation().to_owned(),
        };
        format!("{name} (UTC{offset} on {})", self.minute(at)).replace("UTC+00 ", "UTC ")
    }
}

#[cfg(test)]
mod tests {
    use super::LocalClock;
    use crate::local_time::Zone;
    use jiff::Timestamp;
    use jiff::tz::TimeZone;

    #[test]
    fn local_minutes_and_the_zone_name() {
        let tz = TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("a POSIX zone");
        let clock = LocalClock::new(Zone::new(tz));
        let winter: Timestamp = "2026-11-21T07:30:00Z".parse().expect("a time");
        let summer: Timestamp = "2026-07-01T07:30:00Z".parse().expect("a time");
        assert_eq!(clock.minute(winter), "2026-11-21 08:30");
        assert_eq!(clock.minute(summer), "2026-07-01 09:30");
        assert_eq!(clock.zone_name(winter), "CET (UTC+01 on 2026-11-21 08:30)");
    }
}
