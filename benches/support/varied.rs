//! A varied synthetic journal, like one an attack run or years of real use
//! write: many routines (most no longer on disk), ratings from 0 to 10 and
//! skipped, every outcome, "worse" answers, screening "yes" with groups, and
//! irregular days: minutes apart mostly, now and then days apart, so
//! 100,000 sessions span about two years (dozens a day, as a script that
//! runs knead in a loop writes them). Made from a fixed seed, so every run
//! measures the same bytes.

use std::io::{self, Write};

use jiff::{SignedDuration, Timestamp};
use knead::journal::{
    CheckPoint, Event, Feeling, Line, PressureRating, RecordedOutcome, SessionId, YesNo,
};

/// How many different routine ids the sessions spread over.
const ROUTINES: u64 = 300;

/// A small xorshift generator: deterministic and dependency-free.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Writes `sessions` varied sessions from 2020, in the order they started.
pub fn write_varied_journal(out: &mut impl Write, sessions: u64) -> io::Result<()> {
    let mut dice = Dice(0x9e37_79b9_7f4a_7c15);
    let mut started = Timestamp::from_second(1_577_836_800).map_err(io::Error::other)?;
    for n in 0..sessions {
        // Mostly minutes apart, now and then days.
        let gap = match dice.below(100) {
            0 => dice.below(3 * 86_400),
            _ => dice.below(600),
        };
        started += SignedDuration::from_secs(60 + gap as i64);
        let session = SessionId(compact_str::format_compact!(
            "{}-{}-{}",
            started.strftime("%Y%m%dT%H%M%SZ"),
            1000 + n % 30000,
            n % 3
        ));
        for (offset, event) in session_events(&mut dice) {
            let line = Line {
                at: started + SignedDuration::from_secs(offset),
                session: session.clone(),
                event,
            };
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

fn session_events(dice: &mut Dice) -> Vec<(i64, Event)> {
    let routine = dice.below(ROUTINES);
    let mut events = vec![(
        0,
        Event::Start {
            routine: format!("routine-{routine}").into(),
            title: format!("Routine number {routine}, {} steps", routine % 7 + 1).into(),
            hash: format!("sha256:{routine:064x}").into(),
            planned_seconds: 60 * (routine % 20 + 1),
            preview: dice.below(50) == 0,
        },
    )];
    if dice.below(15) == 0 {
        let groups = ["emergency", "urgent", "caution", "local", "routine"];
        let group = groups[dice.below(groups.len() as u64) as usize];
        events.push((5, screening(YesNo::Yes, Some(group))));
        events.push((6, end(RecordedOutcome::StoppedAtScreening, None)));
        return events;
    }
    events.push((5, screening(YesNo::No, None)));
    let mut t = 5;
    for index in 0..(1 + dice.below(6) as usize) {
        let seconds = 30 + dice.below(240);
        t += seconds as i64;
        let kind = ["hold", "roll", "breathe", "rest"][dice.below(4) as usize];
        events.push((t, step(index, kind, seconds)));
        if kind != "hold" && kind != "roll" {
            continue;
        }
        t += 4;
        let pain = dice.below(12) == 0;
        let answer = if pain { YesNo::Yes } else { YesNo::No };
        events.push((t, check_in(index, answer)));
        if pain {
            events.push((t, end(RecordedOutcome::StoppedForSafety, Some(index))));
            return events;
        }
        let rating = match dice.below(12) {
            11 => None,
            r => PressureRating::new(r as u8),
        };
        events.push((t + 2, pressure(index, rating)));
    }
    match dice.below(20) {
        0 => return events,
        1 => events.push((t, end(RecordedOutcome::StoppedByPerson, Some(0)))),
        2 => events.push((t, end(RecordedOutcome::Interrupted, Some(0)))),
        3 => events.push((t, end(RecordedOutcome::Unanswered, Some(0)))),
        _ => events.push((t, end(RecordedOutcome::Completed, None))),
    }
    let answer = match dice.below(6) {
        0 => Feeling::Worse,
        1 | 2 => Feeling::Same,
        _ => Feeling::Better,
    };
    events.push((t + 10, Event::PostCheck { answer }));
    events
}

fn screening(answer: YesNo, group: Option<&str>) -> Event {
    Event::Screening {
        answer,
        group: group.map(str::to_owned),
    }
}

fn end(outcome: RecordedOutcome, step: Option<usize>) -> Event {
    Event::End { outcome, step }
}

fn check_in(step: usize, answer: YesNo) -> Event {
    Event::CheckIn {
        step,
        point: CheckPoint::End,
        answer,
    }
}

fn pressure(step: usize, rating: Option<PressureRating>) -> Event {
    Event::Pressure {
        step,
        point: CheckPoint::End,
        rating,
        advice: None,
    }
}

fn step(index: usize, kind: &str, seconds: u64) -> Event {
    Event::Step {
        index,
        kind: kind.into(),
        title: format!("Step {index}: {kind}").into(),
        side: index.is_multiple_of(2).then(|| "left".into()),
        planned_seconds: seconds,
        seconds,
    }
}
