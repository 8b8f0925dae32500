//! The person's own time zone, in which every time a person reads is shown:
//! the history table and view, `--since` dates, and the days the escalation
//! rules count. The journal, JSON and CSV keep UTC timestamps.
//!
//! The zone comes from `TZ`, then the system (`/etc/localtime`), looked up
//! in the system's zone database (`/usr/share/zoneinfo`, or `TZDIR`). When
//! neither gives a zone, times are in UTC and [`Zone::fallback`] says why,
//! for the caller to say once.

mod system;

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

/// A time zone with the name a person reads in headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    zone: TimeZone,
    name: String,
    fallback: Option<String>,
}

impl Zone {
    /// The machine's zone (`TZ`, then the system's), or UTC with a reason.
    pub fn system() -> Self {
        let tz = std::env::var("TZ").ok().filter(|tz| !tz.is_empty());
        // UTC needs no database, and should not be called "UTC0".
        if tz.as_deref().is_some_and(names_utc) {
            return Self::utc();
        }
        let found = match &tz {
            Some(tz) => system::from_tz(tz).map_err(Some),
            None => system::from_localtime().ok_or(None),
        };
        match found {
            Ok(zone) => {
                let mut found = Self::new(zone);
                // A POSIX rule such as `JST-9` has no IANA name: show the rule.
                if let (None, Some(tz)) = (found.zone.iana_name().filter(|n| !n.is_empty()), &tz)
                    && found.zone != TimeZone::UTC
                {
                    found.name = crate::text::single_line(tz.trim_start_matches(':'))
                        .chars()
                        .take(40)
                        .collect();
                }
                found
            }
            // A machine set to UTC without the database (a slim container)
            // is still plainly UTC: nothing to say.
            Err(None) if localtime_is_utc() => Self::utc(),
            Err(reason) => {
                let reason =
                    reason.unwrap_or_else(|| "cannot tell this machine's time zone".to_owned());
                Self {
                    fallback: Some(format!("{reason}: times are shown in UTC")),
                    ..Self::utc()
                }
            }
        }
    }

    /// UTC, as `--utc` asks.
    pub fn utc() -> Self {
        Self::new(TimeZone::UTC)
    }

    /// A given zone (tests, or a zone already found).
    pub fn new(zone: TimeZone) -> Self {
        let name = match zone.iana_name().filter(|name| !name.is_empty()) {
            None if zone == TimeZone::UTC => "UTC".to_owned(),
            // A POSIX rule in TZ, or a zone file with no name.
            None => "local time".to_owned(),
            Some("Etc/UTC" | "Etc/Universal" | "Etc/Zulu" | "Universal" | "Zulu") => {
                "UTC".to_owned()
            }
            Some(name) => name.to_owned(),
        };
        Self {
            zone,
            name,
            fallback: None,
        }
    }

    /// The jiff zone.
    pub fn zone(&self) -> &TimeZone {
        &self.zone
    }

    /// The zone's name as headers show it: "Asia/Tokyo", "UTC".
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Why UTC stands in for the machine's zone, if it does.
    pub fn fallback(&self) -> Option<&str> {
        self.fallback.as_deref()
    }

    /// The local date and time of a moment.
    pub fn datetime(&self, at: Timestamp) -> DateTime {
        self.zone.to_datetime(at)
    }

    /// The local date of a moment: the person's day.
    pub fn date(&self, at: Timestamp) -> Date {
        self.datetime(at).date()
    }

    /// The first moment of a local day (later than midnight when a clock
    /// change skips midnight).
    pub fn start_of_day(&self, date: Date) -> Timestamp {
        date.to_zoned(self.zone.clone())
            .ok()
            .and_then(|day| day.start_of_day().ok())
            .map_or_else(|| self.fallback_midnight(date), |day| day.timestamp())
    }

    /// Midnight UTC, for the dates at the very ends of jiff's range.
    fn fallback_midnight(&self, date: Date) -> Timestamp {
        TimeZone::UTC
            .to_timestamp(date.to_datetime(jiff::civil::Time::midnight()))
            .unwrap_or(Timestamp::MIN)
    }
}

/// Whether `/etc/localtime` links to a UTC zone (`…/Etc/UTC` and the like).
fn localtime_is_utc() -> bool {
    std::fs::read_link("/etc/localtime").is_ok_and(|target| {
        let name = target.to_string_lossy();
        let zone = name
            .rsplit_once("zoneinfo/")
            .map_or(&*name, |(_, zone)| zone);
        names_utc(zone)
    })
}

/// Whether a `TZ` value or zone name means UTC.
fn names_utc(name: &str) -> bool {
    let name = name.trim_start_matches(':');
    let name = name.strip_prefix("Etc/").unwrap_or(name);
    ["UTC", "UTC0", "UCT", "GMT", "GMT0", "Universal", "Zulu"].contains(&name)
}

/// The Monday that starts the (ISO) week of a date: weeks run Monday to Sunday.
pub fn week_start(date: Date) -> Date {
    let back = i64::from(date.weekday().to_monday_zero_offset());
    date.checked_sub(back.days()).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;
    use jiff::tz::TimeZone;

    use super::{Zone, week_start};

    #[test]
    fn a_late_evening_in_utc_is_the_next_day_in_tokyo_and_the_same_in_new_york() {
        let at = "2026-11-24T23:30:00Z".parse().expect("timestamp");
        let tokyo = Zone::new(TimeZone::fixed(jiff::tz::offset(9)));
        let new_york = Zone::new(TimeZone::fixed(jiff::tz::offset(-5)));
        assert_eq!(tokyo.date(at), date(2026, 11, 25));
        assert_eq!(new_york.date(at), date(2026, 11, 24));
        assert_eq!(Zone::utc().date(at), date(2026, 11, 24));
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(week_start(date(2026, 11, 27)), date(2026, 11, 23));
        assert_eq!(week_start(date(2026, 11, 23)), date(2026, 11, 23));
        assert_eq!(week_start(date(2026, 11, 29)), date(2026, 11, 23));
    }

    #[test]
    fn a_day_starts_at_local_midnight() {
        let tokyo = Zone::new(TimeZone::fixed(jiff::tz::offset(9)));
        let start = tokyo.start_of_day(date(2026, 11, 25));
        assert_eq!(start.to_string(), "2026-11-24T15:00:00Z");
    }

    #[test]
    fn utc_by_any_name_is_utc() {
        for name in ["UTC", ":UTC", "Etc/UTC", "UTC0", "GMT", "Etc/Zulu"] {
            assert!(super::names_utc(name), "{name}");
        }
        for name in ["Europe/London", "JST-9", "UTC+3", ""] {
            assert!(!super::names_utc(name), "{name}");
        }
    }

    #[test]
    fn utc_is_named_utc() {
        assert_eq!(Zone::utc().name(), "UTC");
        assert_eq!(Zone::utc().fallback(), None);
    }
}
