//! A synthetic journal for benchmarks and timings: realistic sessions, made
//! deterministically so every run measures the same bytes.

use std::io::{self, Write};

use jiff::{SignedDuration, Timestamp};
use knead::journal::{
    CheckPoint, Event, Feeling, Line, PressureRating, RecordedOutcome, SessionId, YesNo,
};

const ROUTINES: [(&str, &str); 4] = [
    ("piriformis-tennis-ball", "Piriformis release with a ball"),
    ("foam-roll-glutes", "Foam rolling, glutes"),
    ("trigger-point-holds", "Sustained trigger-point holds"),
    ("gentle-flare-up", "Gentle flare-up routine"),
];

/// Writes `sessions` sessions of 8 to 10 events each, one every 8 hours from 2020.
pub fn write_journal(out: &mut impl Write, sessions: u64) -> io::Result<()> {
    let origin = Timestamp::from_second(1_577_836_800).map_err(io::Error::other)?;
    write_sessions(out, sessions, origin, 8)
}

/// Writes one session a day for `days` days, the last one a day before
/// `until`: years of daily practice up to now, for the history view.
pub fn write_daily_journal(out: &mut impl Write, days: u64, until: Timestamp) -> io::Result<()> {
    let back = SignedDuration::from_hours(24 * days as i64);
    write_sessions(out, days, until - back, 24)
}

fn write_sessions(
    out: &mut impl Write,
    sessions: u64,
    origin: Timestamp,
    every_hours: i64,
) -> io::Result<()> {
    for n in 0..sessions {
        let started = origin + SignedDuration::from_hours(every_hours * n as i64);
        for (offset, event) in session_events(n) {
            let line = Line {
                at: started + SignedDuration::from_secs(offset),
                session: SessionId(compact_str::format_compact!(
                    "{}-{}-0",
                    started.strftime("%Y%m%dT%H%M%SZ"),
                    1000 + n % 30000
                )),
                event,
            };
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// The events of session `n`, with their offsets in seconds from its start.
fn session_events(n: u64) -> Vec<(i64, Event)> {
    let (routine, title) = ROUTINES[(n % 4) as usize];
    let mut events = vec![
        (
            0,
            Event::Start {
                routine: routine.into(),
                title: title.into(),
                hash: format!("sha256:{:064x}", n % 4).into(),
                planned_seconds: 420,
                preview: false,
            },
        ),
        (
            5,
            Event::Screening {
                answer: YesNo::No,
                group: None,
            },
        ),
    ];
    let mut t = 5;
    for index in 0..2 {
        t += 60;
        events.push((t, step(index, "hold", 60)));
        t += 4;
        let pain = n.is_multiple_of(10) && index == 1;
        let answer = if pain { YesNo::Yes } else { YesNo::No };
        events.push((
            t,
            Event::CheckIn {
                step: index,
                point: CheckPoint::End,
                answer,
            },
        ));
        if pain {
            events.push((
                t,
                Event::End {
                    outcome: RecordedOutcome::StoppedForSafety,
                    step: Some(index),
                },
            ));
            return events;
        }
        let rating = PressureRating::new((n % 7 + index as u64) as u8);
        events.push((
            t + 2,
            Event::Pressure {
                step: index,
                point: CheckPoint::End,
                rating,
                advice: None,
            },
        ));
    }
    // One session in twenty is killed before it ends.
    if n % 20 == 7 {
        return events;
    }
    events.push((
        t,
        Event::End {
            outcome: RecordedOutcome::Completed,
            step: None,
        },
    ));
    events.push((
        t + 10,
        Event::PostCheck {
            answer: Feeling::Better,
        },
    ));
    events
}

fn step(index: usize, kind: &str, seconds: u64) -> Event {
    Event::Step {
        index,
        kind: kind.into(),
        title: "Hold a tender spot".into(),
        side: Some("left".into()),
        planned_seconds: seconds,
        seconds,
    }
}
