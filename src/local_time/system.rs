//! Finding the machine's zone as the C library does (`TZ`, then
//! `/etc/localtime`, names looked up under `TZDIR` or the usual zoneinfo
//! folders), with every zone file read by [`crate::files::read_regular`]:
//! a `TZ` naming `/dev/zero` or a FIFO is refused at once, never read
//! without end or waited on.

use std::path::{Component, Path, PathBuf};

use jiff::tz::TimeZone;

use crate::files::read_regular;

/// The most a zone file may hold; the largest in the database is a few KB.
const MAX_ZONE_FILE: u64 = 1024 * 1024;

/// Where zone databases live when `TZDIR` does not say.
const DATABASES: [&str; 4] = [
    "/usr/share/zoneinfo",
    "/usr/lib/zoneinfo",
    "/usr/share/lib/zoneinfo",
    "/etc/zoneinfo",
];

/// The zone a `TZ` value names: a POSIX rule (`JST-9`), a zone name
/// (`Europe/Paris`, `:Europe/Paris`) or a zone file's path; why not, in words.
pub(super) fn from_tz(tz: &str) -> Result<TimeZone, String> {
    let (implementation, rest) = match tz.strip_prefix(':') {
        Some(rest) => (true, rest),
        None => (false, tz),
    };
    if !implementation && let Ok(zone) = TimeZone::posix(rest) {
        return Ok(zone);
    }
    // A path into a zone database names its zone: `/usr/share/zoneinfo/Asia/Tokyo`.
    let name = rest.rsplit_once("zoneinfo/").map_or(rest, |(_, name)| name);
    if let Some(zone) = from_database(name) {
        return Ok(zone);
    }
    if Path::new(rest).is_absolute() {
        return unnamed(Path::new(rest)).map_err(|why| {
            format!(
                "the time zone file `{}` (TZ) cannot be read: {why}",
                crate::text::single_line(rest)
            )
        });
    }
    Err(format!(
        "the time zone `{}` (TZ) is not in this system's zone database",
        crate::text::single_line(tz)
    ))
}

/// The system's zone: what `/etc/localtime` links to, else the file itself.
pub(super) fn from_localtime() -> Option<TimeZone> {
    const LOCALTIME: &str = "/etc/localtime";
    let linked = std::fs::read_link(LOCALTIME).ok().and_then(|target| {
        let target = target.to_str()?.to_owned();
        let (_, name) = target.rsplit_once("zoneinfo/")?;
        from_database(name)
    });
    linked.or_else(|| unnamed(Path::new(LOCALTIME)).ok())
}

/// The zone of this name in the first database that has it.
fn from_database(name: &str) -> Option<TimeZone> {
    let plain = Path::new(name)
        .components()
        .all(|part| matches!(part, Component::Normal(_)));
    if name.is_empty() || !plain {
        return None;
    }
    databases().into_iter().find_map(|dir| {
        let bytes = read_regular(&dir.join(name), MAX_ZONE_FILE, "1 MiB").ok()?;
        TimeZone::tzif(name, &bytes).ok()
    })
}

fn databases() -> Vec<PathBuf> {
    match std::env::var_os("TZDIR").map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => vec![dir],
        _ => DATABASES.iter().map(PathBuf::from).collect(),
    }
}

/// A zone file with no name to go by (shown as "local time").
fn unnamed(path: &Path) -> Result<TimeZone, String> {
    let bytes = read_regular(path, MAX_ZONE_FILE, "1 MiB").map_err(|e| e.to_string())?;
    TimeZone::tzif("", &bytes).map_err(|_| "it is not a zone file".to_owned())
}
