//! Local time for the report, with the zone named. (A shared local-time
//! module is on its way; this small conversion is the report's own until
//! then.)

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

/// Shows instants as the wall-clock time of one time zone.
#[derive(Debug, Clone)]
pub struct LocalClock {
    tz: TimeZone,
}

impl LocalClock {
    /// The system's time zone (`TZ`, then `/etc/localtime`); UTC when it
    /// cannot be found, which the zone's name then says.
    pub fn system() -> Self {
        Self::new(TimeZone::system())
    }

    /// A clock in the given zone.
    pub fn new(tz: TimeZone) -> Self {
        Self { tz }
    }

    /// "2026-11-21 08:30", local time.
    pub fn minute(&self, at: Timestamp) -> String {
        self.tz
            .to_datetime(at)
            .strftime("%Y-%m-%d %H:%M")
            .to_string()
    }

    /// The local calendar date of an instant.
    pub fn date(&self, at: Timestamp) -> Date {
        self.tz.to_datetime(at).date()
    }

    /// The zone's name: its IANA name ("Europe/London"), or else its
    /// abbreviation and offset at `at` ("CET, UTC+01:00").
    pub fn zone_name(&self, at: Timestamp) -> String {
        let info = self.tz.to_offset_info(at);
        let offset = info.offset();
        let name = match self.tz.iana_name() {
            Some(name) => name.to_owned(),
            None => info.abbreviation().to_owned(),
        };
        format!("{name} (UTC{offset} on {})", self.minute(at)).replace("UTC+00 ", "UTC ")
    }
}

/// The Monday on or before `date`.
pub fn monday(date: Date) -> Date {
    let back = i64::from(date.weekday().to_monday_zero_offset());
    date.checked_sub(jiff::Span::new().days(back))
        .unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::{LocalClock, monday};
    use jiff::Timestamp;
    use jiff::tz::TimeZone;

    #[test]
    fn local_minutes_and_the_zone_name() {
        let tz = TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("a POSIX zone");
        let clock = LocalClock::new(tz);
        let winter: Timestamp = "2026-11-21T07:30:00Z".parse().expect("a time");
        let summer: Timestamp = "2026-07-01T07:30:00Z".parse().expect("a time");
        assert_eq!(clock.minute(winter), "2026-11-21 08:30");
        assert_eq!(clock.minute(summer), "2026-07-01 09:30");
        assert_eq!(clock.zone_name(winter), "CET (UTC+01 on 2026-11-21 08:30)");
    }

    #[test]
    fn weeks_start_on_monday() {
        let sunday: jiff::civil::Date = "2026-11-29".parse().expect("a date");
        assert_eq!(monday(sunday).to_string(), "2026-11-23");
        assert_eq!(monday(monday(sunday)).to_string(), "2026-11-23");
    }
}
