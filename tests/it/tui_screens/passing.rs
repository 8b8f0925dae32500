//! A passing notice ("Halfway there") is read at a glance and then goes:
//! a reviewer saw it still up at nine tenths of a hold, where it misleads.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use knead::clock::Clock;
use knead::tui::input::{Events, Input, Wait};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::support::clock::ManualClock;

use super::check_in::run_drawn;

/// One minute on a tender spot: "Halfway there" at 30 s.
const HOLD: &str = r#"format = 1
title = "One hold"

[[step]]
kind = "hold"
title = "Hold a tender spot"
cue = "Let your weight sink in."
duration = "60s"
"#;

/// Answers "no" to the questions before the step, then lets the time go
/// by to each next picture, noting when each frame showed the notice,
/// until the check-in at the end of the hold.
struct Watching {
    clock: ManualClock,
    drawn: Rc<RefCell<String>>,
    started: Option<Instant>,
    /// Seconds into the hold of every frame, and whether it showed the notice.
    frames: Rc<RefCell<Vec<(f64, bool)>>>,
}

impl Events for Watching {
    fn next(&mut self, wait: &Wait) -> Option<Input> {
        let now = self.clock.now();
        if wait.asking {
            if self.started.is_some() {
                return Some(Input::Signal);
            }
            return Some(Input::Key(KeyEvent::from(KeyCode::Char('n'))));
        }
        let started = *self.started.get_or_insert(now);
        let shown = self.drawn.borrow().contains("Halfway there");
        let at = now.duration_since(started).as_secs_f64();
        self.frames.borrow_mut().push((at, shown));
        self.clock.advance(wait.until()?);
        None
    }
}

#[test]
fn halfway_there_shows_at_half_time_and_is_gone_seconds_later() {
    let clock = ManualClock::at(Instant::now());
    let drawn = Rc::new(RefCell::new(String::new()));
    let frames = Rc::new(RefCell::new(Vec::new()));
    let events = Watching {
        clock: clock.clone(),
        drawn: Rc::clone(&drawn),
        started: None,
        frames: Rc::clone(&frames),
    };
    run_drawn(HOLD, (100, 30), &drawn, &clock, events);

    let frames = frames.borrow();
    let last = frames.last().map_or(0.0, |&(at, _)| at);
    assert!(last > 55.0, "the hold ran to its end: {frames:?}");
    let shown: Vec<f64> = frames.iter().filter(|f| f.1).map(|f| f.0).collect();
    let first = *shown.first().expect("Halfway there was shown");
    assert!((30.0..31.0).contains(&first), "shown from {first} s");
    let gone = first + knead::tui::build::BRIEF.as_secs_f64() + 1.0;
    assert!(
        shown.iter().all(|&at| at < gone),
        "still shown at {:?} s, {} s after half time",
        shown.last(),
        Duration::from_secs_f64(shown.last().copied().unwrap_or(0.0) - first).as_secs()
    );
    assert!(shown.len() >= 3, "read for a few seconds: {shown:?}");
}
